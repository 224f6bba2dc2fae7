/* SPDX-License-Identifier: MIT */
/*
 * names.c — the ROM str objects for every name in names.h, and the list
 * the interning code searches. All const: they cost no RAM.
 */
#include "runtime.h"

#define TERN_NAME(id, s) \
    { { TERN_HDR_ROM(TERN_K_STR) | TERN_HF_INTERNED, 0, sizeof(s) - 1, sizeof(s) - 1, 0 }, s },
const tern_names_t tern_names = {
#include "names.h"
    0
};
#undef TERN_NAME

#define TERN_NAME(id, s) TERN_NSTR(id),
const tern_str *const tern_name_list[] = {
#include "names.h"
};
#undef TERN_NAME

const size_t tern_name_count = sizeof(tern_name_list) / sizeof(tern_name_list[0]);
