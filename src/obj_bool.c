/* SPDX-License-Identifier: MIT */
/*
 * obj_bool.c — bool, a subclass of int whose two values are the immediates
 * True and False. Arithmetic treats them as 1 and 0 (obj_int.c accepts
 * bools everywhere); only &, |, ^ between two bools give a bool.
 */
#include "runtime.h"
#include "obj_num.h"

static tern_val bool_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t;
    tern_check_args(vm, "bool", nargs, kwnames, 0, 1);
    if (nargs == 0)
        return TERN_FALSE;
    return TERN_BOOL(tern_truthy(vm, args[0]));
}

static tern_val bool_repr(tern_vm *vm, tern_val self) {
    (void)vm;
    return self == TERN_TRUE ? TERN_N(True) : TERN_N(False);
}

static tern_val bool_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int bop = op & ~TERN_OP_INPLACE;
    if (TERN_IS_BOOL(a) && TERN_IS_BOOL(b)) {
        int x = a == TERN_TRUE, y = b == TERN_TRUE;
        if (bop == TERN_OP_AND)
            return TERN_BOOL(x & y);
        if (bop == TERN_OP_OR)
            return TERN_BOOL(x | y);
        if (bop == TERN_OP_XOR)
            return TERN_BOOL(x ^ y);
    }
    return tern_int_binop(vm, op, a, b);
}

static tern_val bool_hash(tern_vm *vm, tern_val self) {
    (void)vm;
    return TERN_SMALL(self == TERN_TRUE);
}

static int bool_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return self == TERN_TRUE;
}

static tern_val bool_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    return tern_type_int.compare(vm, op, a, b);
}

static tern_val bool_unop(tern_vm *vm, int op, tern_val a) {
    return tern_type_int.unop(vm, op, a);
}

const tern_type tern_type_bool = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(bool), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_int, NULL, 0,
    TERN_K_BIGINT, 0, 0,
    bool_make,
    bool_repr,
    NULL,
    bool_hash,
    bool_compare,
    bool_binop,
    bool_unop,
    bool_truth,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    tern_int_getattr_,
    NULL
};
