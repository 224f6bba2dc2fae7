/* SPDX-License-Identifier: MIT */
/*
 * mod_micropython.c — the micropython module, for code written for
 * MicroPython: const, mem_info, opt_level, schedule, heap_lock/unlock and
 * the native/viper decorators (identity functions here).
 */
#include <stdio.h>
#include "runtime.h"
#include "obj_class.h"

/* const(x) is x; also native/viper decorators. */
static tern_val mp_identity_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "const", nargs, kwnames, 1, 1);
    return args[0];
}

static tern_val mp_mem_info_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    char buf[160];
    size_t used = (size_t)(vm->heap_top - vm->heap_lo) + vm->side_bytes;
    size_t avail = (size_t)(vm->heap_hi - vm->heap_top);
    int n;
    (void)args;
    tern_check_args(vm, "mem_info", nargs, kwnames, 0, 1);
    n = snprintf(buf, sizeof buf, "heap: total=%lu, used=%lu, free=%lu, collections=%lu\n",
                 (unsigned long)(used + avail), (unsigned long)used, (unsigned long)avail,
                 (unsigned long)vm->gc_count);
    if (n > 0)
        tern_write(vm, 1, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    return TERN_NONE;
}

static tern_val mp_opt_level_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "opt_level", nargs, kwnames, 0, 1);
    return TERN_SMALL(0);
}

/* There is no scheduler: the callback runs at once. */
static tern_val mp_schedule_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "schedule", nargs, kwnames, 2, 2);
    tern_call1(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val mp_zero_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "heap_lock", nargs, kwnames, 0, 1);
    return TERN_SMALL(0);
}

static TERN_CFUNC_DEF(mp_const_obj, const, mp_identity_fn);
static TERN_CFUNC_DEF(mp_native_obj, native, mp_identity_fn);
static TERN_CFUNC_DEF(mp_viper_obj, viper, mp_identity_fn);
static TERN_CFUNC_DEF(mp_mem_info_obj, mem_info, mp_mem_info_fn);
static TERN_CFUNC_DEF(mp_opt_level_obj, opt_level, mp_opt_level_fn);
static TERN_CFUNC_DEF(mp_schedule_obj, schedule, mp_schedule_fn);
static TERN_CFUNC_DEF(mp_heap_lock_obj, heap_lock, mp_zero_fn);
static TERN_CFUNC_DEF(mp_heap_unlock_obj, heap_unlock, mp_zero_fn);
static TERN_CFUNC_DEF(mp_stack_use_obj, stack_use, mp_zero_fn);
static TERN_CFUNC_DEF(mp_kbd_intr_obj, kbd_intr, mp_zero_fn);
static TERN_CFUNC_DEF(mp_emergency_obj, alloc_emergency_exception_buf, mp_zero_fn);

static const tern_attr mp_funcs[] = {
    { TERN_NSTR(const), &mp_const_obj },
    { TERN_NSTR(native), &mp_native_obj },
    { TERN_NSTR(viper), &mp_viper_obj },
    { TERN_NSTR(mem_info), &mp_mem_info_obj },
    { TERN_NSTR(opt_level), &mp_opt_level_obj },
    { TERN_NSTR(schedule), &mp_schedule_obj },
    { TERN_NSTR(heap_lock), &mp_heap_lock_obj },
    { TERN_NSTR(heap_unlock), &mp_heap_unlock_obj },
    { TERN_NSTR(stack_use), &mp_stack_use_obj },
    { TERN_NSTR(kbd_intr), &mp_kbd_intr_obj },
    { TERN_NSTR(alloc_emergency_exception_buf), &mp_emergency_obj },
};

tern_val tern_mod_micropython_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(micropython))), r;
    size_t i;
    for (i = 0; i < TERN_NATTRS(mp_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(mp_funcs[i].name),
                      TERN_VAL(mp_funcs[i].value));
    r = *m;
    tern_popn(vm, 1);
    return r;
}
