/* SPDX-License-Identifier: MIT */
/*
 * api_int.h — internals shared by the files of the value API (api_value.c,
 * api_handle.c, api_host.c). Not for other files.
 */
#ifndef TERN_API_INT_H
#define TERN_API_INT_H

#include "runtime.h"

/* The arguments and results of one API call, shared by all bodies. */
typedef struct tern_api_op {
    const char *who;        /* the API function, for misuse messages */
    int a, b, c;            /* slots */
    const char *s;          /* a name or text */
    size_t n;
    const void *p;
    int64_t i;
    double f;
    tern_cfunction fn;
    void *ud;
    tern_handle h;
    int ptext;              /* p is text: 1 of n bytes, 2 NUL-terminated (see protect) */
    int bad_text;           /* a text in the heap too long to copy */
    void (*body)(tern_vm *vm, void *ud);
    /* results */
    int64_t oi;
    double of;
    const void *op;
    size_t on;
    int ob;
} tern_api_op;

static inline void tern_api_op_init(tern_api_op *o, const char *who) {
    memset(o, 0, sizeof *o);
    o->who = who;
}

/* The slots of the current C context (valid until the next allocation). */
#define TERN_API_SLOTS(vm)  (TERN_AS(tern_array, (vm)->api_slots)->items + (vm)->api_base)

/* Run body(vm, o) under tern_pcall: on an exception, make it the pending
 * error of the API and return TERN_ERROR (api_value.c). */
int tern_api_value_protect(tern_vm *vm, void (*body)(tern_vm *vm, void *ud), tern_api_op *o);
/* Raise a SystemError unless slots [slot, slot + n) exist. */
void tern_api_value_check_slots(tern_vm *vm, const tern_api_op *o, int slot, int n);
/* Raise SystemError "<API function>: what". */
TERN_NORETURN void tern_api_value_misuse(tern_vm *vm, const tern_api_op *o, const char *what);

/* Store v (already computed: no allocation between here and the store). */
static inline void tern_api_put_slot(tern_vm *vm, int slot, tern_val v) {
    TERN_API_SLOTS(vm)[slot] = v;
}

/* Grow the slot array to hold at least `need` slots in all. */
void tern_api_slots_reserve(tern_vm *vm, size_t need);
/* Is s[0..n) well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF)? Python strs must be. */
int tern_api_utf8_valid(const unsigned char *s, size_t n);
/* The interned str for o->s; SystemError if NULL, ValueError if not UTF-8. */
tern_val tern_api_op_name(tern_vm *vm, const tern_api_op *o);
/* The namespace of __main__. */
tern_val tern_api_main_dict(tern_vm *vm);
/* Is v a C function of the embedder (api_host.c)? */
int tern_api_is_host_fn(tern_val v);

#endif /* TERN_API_INT_H */
