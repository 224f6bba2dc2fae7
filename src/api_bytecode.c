/* SPDX-License-Identifier: MIT */
/*
 * api_bytecode.c — the embedding API for precompiled bytecode and files
 * (include/tern.h, "Running"): compiling source to serialized bytecode,
 * running bytecode, and running a file that holds either.
 *
 * The runs behave as tern_run_source(..., TERN_MODE_FILE) does: the module
 * runs as __main__, may stop on its budget (TERN_YIELD, resumed with
 * tern_resume), and ends in TERN_OK, TERN_ERROR or TERN_EXIT.
 */
#include "vm_int.h"
#include "api_int.h"
#include "bytecode_io.h"

/* ===================================================================
 * Compiling to bytecode
 * =================================================================== */

static void compile_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val fname, code = TERN_NULL, b;
    tern_api_value_check_slots(vm, o, o->a, 1);
    fname = tern_str_from_c(vm, o->s ? o->s : "<string>");
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, fname);
        TERN_ROOT(vm, code);
        code = tern_compile(vm, (const char *)o->p, o->n, fname, TERN_MODE_FILE);
        b = tern_bytecode_io_dump(vm, code);
        TERN_UNROOT(vm);
    }
    TERN_API_SLOTS(vm)[o->a] = b;
}

int tern_compile_bytecode(tern_vm *vm, const char *src, size_t len, const char *filename, int slot) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_compile_bytecode");
    o.p = src;
    o.n = len;
    o.ptext = 1;
    o.s = filename;
    o.a = slot;
    if (!src) {
        o.p = "";
        o.n = 0;
    }
    return tern_api_value_protect(vm, compile_body, &o);
}

/* ===================================================================
 * Running bytecode or a file
 * =================================================================== */

typedef struct run_args {
    const uint8_t *data;    /* the program: bytecode or source */
    size_t len;
    const char *path;       /* the file it came from, or NULL */
    const char *missing;    /* the file could not be loaded: its path */
    int only_bytecode;      /* refuse anything else (tern_run_bytecode) */
} run_args;

static void run_body(tern_vm *vm, void *ud) {
    run_args *ra = (run_args *)ud;
    tern_val code = TERN_NULL, fname = TERN_NULL, d;
    if (ra->missing)
        tern_raise_fmt(vm, &tern_type_FileNotFoundError, "No such file or directory: '%s'", ra->missing);
    /* the movable part of the heap (pinned blocks stay put: they may hold it) */
    if ((const uint8_t *)ra->data >= vm->heap_lo && (const uint8_t *)ra->data < vm->pin_lo)
        tern_raise_fmt(vm, &tern_type_SystemError,
                       "tern_run_bytecode: the bytes lie in the VM's heap (from tern_get_bytes?): "
                       "they would move; copy them first");
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, code);
        TERN_ROOT(vm, fname);
        if (ra->path)
            fname = tern_str_from_c(vm, ra->path);
        if (ra->only_bytecode || tern_bytecode_io_is(ra->data, ra->len)) {
            code = tern_bytecode_io_load(vm, ra->data, ra->len);
            if (!fname)
                fname = TERN_AS(tern_code, code)->filename;
        } else {
            code = tern_compile(vm, (const char *)ra->data, ra->len, fname, TERN_MODE_FILE);
        }
        d = TERN_AS(tern_module, vm->main_module)->dict;
        tern_dict_set(vm, d, TERN_N(__file__), fname);
        TERN_UNROOT(vm);
    }
    d = TERN_AS(tern_module, vm->main_module)->dict;
    tern_run_code(vm, code, d, d);
}

int tern_run_bytecode(tern_vm *vm, const void *data, size_t len) {
    run_args ra;
    static const uint8_t empty[1] = {0};
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    ra.data = data ? (const uint8_t *)data : empty;
    ra.len = data ? len : 0;
    ra.path = NULL;
    ra.missing = NULL;
    ra.only_bytecode = 1;
    return tern_api_run(vm, run_body, &ra);
}

int tern_run_file(tern_vm *vm, const char *path) {
    run_args ra;
    const char *buf = NULL;
    size_t len = 0;
    int status;
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    if (path && vm->load)
        buf = vm->load(vm->user_data, path, &len);
    ra.data = buf ? (const uint8_t *)buf : (const uint8_t *)"";
    ra.len = buf ? len : 0;
    ra.path = path ? path : "<file>";
    ra.missing = buf ? NULL : ra.path;
    ra.only_bytecode = 0;
    status = tern_api_run(vm, run_body, &ra);
    /* the code object holds copies of everything it needs */
    if (buf && vm->release)
        vm->release(vm->user_data, buf);
    return status;
}
