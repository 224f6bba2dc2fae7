/* SPDX-License-Identifier: MIT */
/*
 * mod_gc.c — the gc module: collect, mem_free, mem_alloc and threshold
 * (MicroPython), enable/disable/isenabled. The collector always runs when
 * the heap is full, so disabling only records the flag (kept in the
 * module's dict, since the core has no writable globals).
 */
#include "runtime.h"
#include "obj_class.h"

static tern_val gc_collect_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "collect", nargs, kwnames, 0, 1);
    tern_gc_collect_(vm);
    return tern_int_from(vm, (tern_int)vm->gc_freed_objs);   /* objects reclaimed */
}

static tern_val gc_mem_free_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "mem_free", nargs, kwnames, 0, 0);
    return tern_int_from(vm, (tern_int)tern_gc_mem_free(vm));
}

static tern_val gc_mem_alloc_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "mem_alloc", nargs, kwnames, 0, 0);
    return tern_int_from(vm, (tern_int)tern_gc_mem_alloc(vm));
}

/* threshold(): the bytes allocated between collections, -1 for automatic
 * (when the heap is full or live data has doubled); threshold(n) sets it,
 * threshold(-1) goes back to automatic. */
static tern_val gc_threshold_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int n;
    tern_check_args(vm, "threshold", nargs, kwnames, 0, 1);
    if (nargs == 0)
        return vm->gc_threshold ? tern_int_from(vm, (tern_int)vm->gc_threshold) : TERN_SMALL(-1);
    n = tern_int_value(vm, args[0]);
    tern_gc_set_threshold(vm, n <= 0 ? 0 : (size_t)n);
    return TERN_NONE;
}

/* The gc module's dict, where the enabled flag lives. */
static void set_enabled(tern_vm *vm, tern_val flag) {
    tern_val m = vm->modules ? tern_dict_get(vm, vm->modules, TERN_N(gc)) : TERN_NULL;
    if (m && TERN_IS_KIND(m, TERN_K_MODULE))
        tern_dict_set(vm, TERN_AS(tern_module, m)->dict, TERN_N(_enabled), flag);
}

static tern_val gc_enable_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "enable", nargs, kwnames, 0, 0);
    set_enabled(vm, TERN_TRUE);
    return TERN_NONE;
}

static tern_val gc_disable_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "disable", nargs, kwnames, 0, 0);
    set_enabled(vm, TERN_FALSE);
    return TERN_NONE;
}

static tern_val gc_isenabled_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val m, f;
    (void)args;
    tern_check_args(vm, "isenabled", nargs, kwnames, 0, 0);
    m = vm->modules ? tern_dict_get(vm, vm->modules, TERN_N(gc)) : TERN_NULL;
    if (!m || !TERN_IS_KIND(m, TERN_K_MODULE))
        return TERN_TRUE;
    f = tern_dict_get_name(TERN_AS(tern_module, m)->dict, TERN_N(_enabled));
    return f == TERN_FALSE ? TERN_FALSE : TERN_TRUE;
}

static TERN_CFUNC_DEF(gc_collect_obj, collect, gc_collect_fn);
static TERN_CFUNC_DEF(gc_mem_free_obj, mem_free, gc_mem_free_fn);
static TERN_CFUNC_DEF(gc_mem_alloc_obj, mem_alloc, gc_mem_alloc_fn);
static TERN_CFUNC_DEF(gc_threshold_obj, threshold, gc_threshold_fn);
static TERN_CFUNC_DEF(gc_enable_obj, enable, gc_enable_fn);
static TERN_CFUNC_DEF(gc_disable_obj, disable, gc_disable_fn);
static TERN_CFUNC_DEF(gc_isenabled_obj, isenabled, gc_isenabled_fn);

static const tern_attr gc_funcs[] = {
    { TERN_NSTR(collect), &gc_collect_obj },
    { TERN_NSTR(mem_free), &gc_mem_free_obj },
    { TERN_NSTR(mem_alloc), &gc_mem_alloc_obj },
    { TERN_NSTR(threshold), &gc_threshold_obj },
    { TERN_NSTR(enable), &gc_enable_obj },
    { TERN_NSTR(disable), &gc_disable_obj },
    { TERN_NSTR(isenabled), &gc_isenabled_obj },
};

tern_val tern_mod_gc_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(gc))), r;
    size_t i;
    for (i = 0; i < TERN_NATTRS(gc_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(gc_funcs[i].name),
                      TERN_VAL(gc_funcs[i].value));
    r = *m;
    tern_popn(vm, 1);
    return r;
}
