/* SPDX-License-Identifier: MIT */
/*
 * mod_tern.c — the `_tern` module: what the Python library in lib/ needs
 * from the core and no public module offers (traceback text for the
 * traceback module). Not for programs: its contents may change.
 */
#include "runtime.h"
#include "obj_class.h"

/* _tern.format_exception(exc): the text an uncaught exc prints, with its
 * causes and contexts. */
static tern_val format_exception_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "format_exception", nargs, kwnames, 1, 1);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "format_exception() argument must be an exception, not %T", args[0]);
    return tern_format_exception(vm, args[0]);
}

static TERN_CFUNC_DEF(format_exception_obj, format_exception, format_exception_fn);

static const tern_attr tern_funcs[] = {
    { TERN_NSTR(format_exception), &format_exception_obj },
};

tern_val tern_mod_tern_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(_tern))), r;
    size_t i;
    for (i = 0; i < TERN_NATTRS(tern_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(tern_funcs[i].name),
                      TERN_VAL(tern_funcs[i].value));
    r = *m;
    tern_popn(vm, 1);
    return r;
}
