/* SPDX-License-Identifier: MIT */
/*
 * mod_micropython.c — the micropython module, for code written for
 * MicroPython: const, mem_info, opt_level, schedule, heap_lock/unlock and
 * the native/viper decorators (identity functions here); and Tern's own
 * pinned buffers (pinned, addressof).
 */
#include <stdarg.h>
#include <stdio.h>
#include "runtime.h"
#include "gc.h"
#include "obj_class.h"
#include "obj_bytes.h"

/* mod_ring.c: the ring buffers for passing data out of interrupts */
extern const tern_type tern_type_RingIO, tern_type_RingBuffer;

/* const(x) is x; also native/viper decorators. */
static tern_val mp_identity_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "const", nargs, kwnames, 1, 1);
    return args[0];
}

static void mp_print(tern_vm *vm, const char *fmt, ...) {
    char buf[200];
    int n;
    va_list ap;
    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        tern_write(vm, 1, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* mem_info(): the stack, the heap and the collector's figures; with an
 * argument, also a map of the heap (at most 64 lines of 64 cells). */
static tern_val mp_mem_info_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_gc_stats st;
    tern_check_args(vm, "mem_info", nargs, kwnames, 0, 1);
    tern_gc_info(vm, &st);
    /* values and frame records share the region: slots counts both */
    mp_print(vm, "stack: %lu of %lu slots, %lu of %lu frames\n",
             (unsigned long)((tern_val *)vm->frame_top - vm->stack - ((tern_val *)vm->frame - vm->sp)),
             (unsigned long)((tern_val *)vm->frame_top - vm->stack), (unsigned long)(vm->frame_top - vm->frame),
             (unsigned long)vm->max_depth);
    mp_print(vm, "heap: total %lu, used %lu, free %lu, largest free %lu\n", (unsigned long)st.total,
             (unsigned long)st.used, (unsigned long)st.free, (unsigned long)st.largest_free);
    mp_print(vm, "  side tables %lu, pinned %lu (%lu free in it)\n", (unsigned long)st.side,
             (unsigned long)st.pinned, (unsigned long)st.pinned_free);
    mp_print(vm, "gc: %lu collections; the last freed %lu objects (%lu bytes) in %lu us; longest pause %lu us\n",
             (unsigned long)st.collections, (unsigned long)st.freed_objects, (unsigned long)st.freed_bytes,
             st.pause_last_us, st.pause_max_us);
    if (st.threshold)
        mp_print(vm, "  threshold %lu bytes\n", (unsigned long)st.threshold);
    if (vm->grow)
        mp_print(vm, "  growing heap: bound %lu, grown %lu times, shrunk %lu times\n",
                 (unsigned long)st.heap_max, (unsigned long)st.grows, (unsigned long)st.shrinks);
    if (nargs == 1 && tern_truthy(vm, args[0])) {
        enum { COLS = 64, ROWS = 64 };
        size_t area = (size_t)(vm->heap_hi - vm->heap_lo), cell, ncells, i;
        char line[COLS];
        cell = (area + COLS * ROWS - 1) / (COLS * ROWS);
        cell = (cell + 15) / 16 * 16;
        if (cell < 16)
            cell = 16;
        ncells = (area + cell - 1) / cell;
        mp_print(vm, "map: one character per %lu bytes: . free, = rest of an object, P pinned;\n",
                 (unsigned long)cell);
        mp_print(vm, "  C class, I big int, F float, S str, B bytes/bytearray, T tuple, L list, D dict,\n");
        mp_print(vm, "  E set, R range/slice, i iterator, f function, m bound method, b code, c cell,\n");
        mp_print(vm, "  M module, w wrapper/super, g generator, a array, x internal, o native,\n");
        mp_print(vm, "  O instance, X exception\n");
        for (i = 0; i < ncells; i += COLS) {
            size_t n = ncells - i < COLS ? ncells - i : (size_t)COLS;
            tern_gc_map(vm, line, i, n, cell);
            mp_print(vm, "%08lx: %.*s\n", (unsigned long)(i * cell), (int)n, line);
        }
    }
    return TERN_NONE;
}

/* pinned(n): a bytearray of n zero bytes whose buffer never moves. */
static tern_val mp_pinned_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int n;
    tern_check_args(vm, "pinned", nargs, kwnames, 1, 1);
    n = tern_index_value(vm, args[0]);
    if (n < 0)
        tern_raise_fmt(vm, &tern_type_ValueError, "negative count");
    return tern_bytearray_pinned(vm, (size_t)n);
}

/* addressof(buf): the address of a bytearray's bytes (stable only for a
 * pinned one: others move at any allocation). */
static tern_val mp_addressof_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "addressof", nargs, kwnames, 1, 1);
    if (!TERN_IS_BYTEARRAY(args[0]))
        tern_raise_fmt(vm, &tern_type_TypeError, "addressof() argument must be a bytearray, not '%s'",
                       tern_type_name(args[0]));
    return tern_int_from(vm, (tern_int)(uintptr_t)tern_bytearray_data(args[0]));
}

static tern_val mp_opt_level_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "opt_level", nargs, kwnames, 0, 1);
    return TERN_SMALL(0);
}

/* schedule(f, arg): run f(arg) soon, at the main program's next safe
 * point (docs/interrupts.md); from a hard callback too (it allocates
 * nothing). RuntimeError when the queue is full. */
static tern_val mp_schedule_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "schedule", nargs, kwnames, 2, 2);
    if (!vm->sched) {
        if (vm->irq_level)
            tern_raise_fmt(vm, &tern_type_RuntimeError, "schedule queue full");
        tern_sched_init(vm);
    }
    if (!tern_sched_put(vm, args[0], args[1]))
        tern_raise_fmt(vm, &tern_type_RuntimeError, "schedule queue full");
    return TERN_NONE;
}

/* disable_irq() -> state: hard callbacks wait until enable_irq(state)
 * puts the previous state back (docs/interrupts.md: for the main program's
 * side of data it shares with callbacks). */
static tern_val mp_disable_irq_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int was = vm->irq_disabled;
    (void)args;
    tern_check_args(vm, "disable_irq", nargs, kwnames, 0, 0);
    vm->irq_disabled = 1;
    return TERN_SMALL(was ? 0 : 1);     /* MicroPython's state: true if they were enabled */
}

static tern_val mp_enable_irq_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int enable;
    tern_check_args(vm, "enable_irq", nargs, kwnames, 0, 1);
    enable = nargs == 0 || tern_truthy(vm, args[0]);
    vm->irq_disabled = !enable;
    if (enable && !vm->irq_defer && TERN_IRQ_LOAD(&vm->irq_pending))
        tern_irq_run_pending(vm);   /* the ones that waited */
    return TERN_NONE;
}

/* alloc_emergency_exception_buf(n): MicroPython's buffer for exceptions
 * raised in interrupts is Tern's ISR reserve (docs/interrupts.md): hard
 * callbacks allocate from n bytes set aside at each collection. */
static tern_val mp_emergency_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int n;
    tern_check_args(vm, "alloc_emergency_exception_buf", nargs, kwnames, 1, 1);
    n = tern_index_value(vm, args[0]);
    if (n < 0)
        tern_raise_value_error(vm, "alloc_emergency_exception_buf: size must be >= 0");
    if (vm->irq_level)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "alloc_emergency_exception_buf: not in an interrupt");
    vm->irq_reserve = (size_t)n;
    vm->irq_reserve_set = 1;
    tern_gc_collect_(vm);   /* set it aside now */
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
static TERN_CFUNC_DEF(mp_pinned_obj, pinned, mp_pinned_fn);
static TERN_CFUNC_DEF(mp_addressof_obj, addressof, mp_addressof_fn);
static TERN_CFUNC_DEF(mp_opt_level_obj, opt_level, mp_opt_level_fn);
static TERN_CFUNC_DEF(mp_schedule_obj, schedule, mp_schedule_fn);
static TERN_CFUNC_DEF(mp_disable_irq_obj, disable_irq, mp_disable_irq_fn);
static TERN_CFUNC_DEF(mp_enable_irq_obj, enable_irq, mp_enable_irq_fn);
static TERN_CFUNC_DEF(mp_heap_lock_obj, heap_lock, mp_zero_fn);
static TERN_CFUNC_DEF(mp_heap_unlock_obj, heap_unlock, mp_zero_fn);
static TERN_CFUNC_DEF(mp_stack_use_obj, stack_use, mp_zero_fn);
static TERN_CFUNC_DEF(mp_kbd_intr_obj, kbd_intr, mp_zero_fn);
static TERN_CFUNC_DEF(mp_emergency_obj, alloc_emergency_exception_buf, mp_emergency_fn);

static const tern_attr mp_funcs[] = {
    { TERN_NSTR(const), &mp_const_obj },
    { TERN_NSTR(native), &mp_native_obj },
    { TERN_NSTR(viper), &mp_viper_obj },
    { TERN_NSTR(mem_info), &mp_mem_info_obj },
    { TERN_NSTR(pinned), &mp_pinned_obj },
    { TERN_NSTR(addressof), &mp_addressof_obj },
    { TERN_NSTR(opt_level), &mp_opt_level_obj },
    { TERN_NSTR(schedule), &mp_schedule_obj },
    { TERN_NSTR(disable_irq), &mp_disable_irq_obj },
    { TERN_NSTR(enable_irq), &mp_enable_irq_obj },
    { TERN_NSTR(heap_lock), &mp_heap_lock_obj },
    { TERN_NSTR(heap_unlock), &mp_heap_unlock_obj },
    { TERN_NSTR(stack_use), &mp_stack_use_obj },
    { TERN_NSTR(kbd_intr), &mp_kbd_intr_obj },
    { TERN_NSTR(alloc_emergency_exception_buf), &mp_emergency_obj },
    { TERN_NSTR(RingIO), &tern_type_RingIO },
    { TERN_NSTR(RingBuffer), &tern_type_RingBuffer },
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
