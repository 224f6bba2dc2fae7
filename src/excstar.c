/* SPDX-License-Identifier: MIT */
/*
 * excstar.c — the C side of exception groups. BaseExceptionGroup and
 * ExceptionGroup are Python classes (lib/_excgroup.py): the builtins load
 * them on first use of either name, so programs that never use them pay
 * nothing. `try: ... except* T:` compiles to calls of the helpers below
 * (compile_stmt.c), constants of the code, which call the module's.
 */
#include "runtime.h"

static tern_val excgroup_module(tern_vm *vm) {
    return tern_import(vm, TERN_N(_excgroup), TERN_NULL, 0, TERN_NULL);
}

tern_val tern_excstar_lazy_builtin(tern_vm *vm, tern_val name) {
    tern_val *s, r;
    if (name != TERN_N(ExceptionGroup) && name != TERN_N(BaseExceptionGroup))
        return TERN_NULL;
    s = tern_push(vm, excgroup_module(vm));
    tern_push(vm, tern_getattr(vm, s[0], TERN_N(ExceptionGroup)));
    tern_dict_set(vm, vm->builtins, TERN_N(ExceptionGroup), s[1]);
    s[1] = tern_getattr(vm, s[0], TERN_N(BaseExceptionGroup));
    tern_dict_set(vm, vm->builtins, TERN_N(BaseExceptionGroup), s[1]);
    r = tern_dict_get_name(vm->builtins, name);
    tern_popn(vm, 2);
    return r;
}

static tern_val call_helper(tern_vm *vm, tern_val name, int nargs, tern_val *args, tern_val kwnames) {
    tern_val f = tern_getattr(vm, excgroup_module(vm), name);
    return tern_call(vm, f, nargs, args, kwnames);
}

#define HELPER(id) \
    static tern_val id##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return call_helper(vm, TERN_N(id), nargs, args, kwnames); \
    } \
    TERN_CFUNC_DEF(tern_##id##_obj, id, id##_fn);
HELPER(_excstar_start)
HELPER(_excstar_match)
HELPER(_excstar_record)
HELPER(_excstar_finish)
