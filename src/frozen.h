/* SPDX-License-Identifier: MIT */
/*
 * frozen.h — the Python library frozen into the binary (the .py files of lib/, turned
 * into const data by tools/freeze.py at build time). import finds these
 * modules through the ".frozen" entry of sys.path, after the script's own
 * directory, so a program's own heapq.py still wins as in CPython.
 */
#ifndef TERN_FROZEN_H
#define TERN_FROZEN_H

#include <stddef.h>

typedef struct tern_frozen_module {
    const char *name;       /* dotted module name, e.g. "collections.abc" */
    const char *source;     /* UTF-8 Python source */
    size_t len;
    int is_package;         /* from pkg/__init__.py */
} tern_frozen_module;

extern const tern_frozen_module tern_frozen_modules[];

#endif
