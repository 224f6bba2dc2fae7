/* SPDX-License-Identifier: MIT */
/*
 * site.c — the builtins CPython's site module adds for scripts and the
 * REPL: exit() and quit(), which raise SystemExit and, printed, say how
 * to leave; and open(), whose file objects are written in Python.
 */
#include "runtime.h"
#include "obj_class.h"

typedef struct quitter {
    tern_hdr hdr;
    tern_val cls;
    const char *name;
} quitter;

extern const tern_type tern_type_quitter;

static tern_val quitter_repr(tern_vm *vm, tern_val self) {
    const char *n = TERN_AS(quitter, self)->name;
    return tern_str_fmt(vm, "Use %s() or Ctrl-D (i.e. EOF) to exit", n);
}

static tern_val quitter_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    (void)self;
    tern_check_args(vm, TERN_AS(quitter, self)->name, nargs, kwnames, 0, 1);
    t = tern_tuple_from(vm, (size_t)nargs, args);
    tern_raise(vm, tern_exc_new(vm, &tern_type_SystemExit, t));
}

const tern_type tern_type_quitter = {
    TERN_TYPE_HEAD(Quitter, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    NULL, quitter_repr, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, quitter_call, NULL, NULL
};

static const quitter exit_obj = { TERN_HDR_ROM(TERN_K_OBJECT), TERN_VAL(&tern_type_quitter), "exit" };
static const quitter quit_obj = { TERN_HDR_ROM(TERN_K_OBJECT), TERN_VAL(&tern_type_quitter), "quit" };

/* open(): the file objects are Python (lib/_fileio.py), imported on the
 * first call so that programs that never open a file pay nothing. */
static tern_val open_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val m, f;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, kwnames);     /* the import and getattr move it */
    m = tern_import(vm, TERN_N(_fileio), TERN_NULL, 0, TERN_NULL);
    f = tern_getattr(vm, m, TERN_N(open));
    TERN_UNROOT(vm);
    return tern_call(vm, f, nargs, args, kwnames);
}

static TERN_CFUNC_DEF(open_obj, open, open_fn);

void tern_site_init(tern_vm *vm) {
    tern_dict_set(vm, vm->builtins, TERN_N(open), TERN_VAL(&open_obj));
    tern_dict_set(vm, vm->builtins, TERN_N(exit), TERN_VAL(&exit_obj));
    tern_dict_set(vm, vm->builtins, TERN_N(quit), TERN_VAL(&quit_obj));
}
