/* SPDX-License-Identifier: MIT */
/*
 * nlr.c — protected calls: the only place that installs a non-local-exit
 * handler. Everything that needs to catch a Python exception in C goes
 * through tern_pcall.
 */
#include "runtime.h"

int tern_pcall(tern_vm *vm, void (*fn)(tern_vm *vm, void *ud), void *ud) {
    tern_nlr h;
    volatile int status = 0;
    h.prev = vm->nlr;
    h.nroots = vm->nroots;
    h.sp = vm->sp;
    h.frame = vm->frame;
    h.c_depth = vm->c_depth;
    h.irq_defer = vm->irq_defer;
    vm->nlr = &h;
    TERN_NLR_TRY(&h)
        fn(vm, ud);
    TERN_NLR_CATCH(&h)
        status = 1;
        vm->root_overflow = 0;
        vm->nroots = h.nroots;
        vm->sp = h.sp;
        vm->frame = h.frame;
        vm->c_depth = h.c_depth;
        vm->irq_defer = h.irq_defer;
    TERN_NLR_END(&h)
    vm->nlr = h.prev;
    if (status && !vm->irq_defer && TERN_IRQ_LOAD(&vm->irq_pending))
        tern_irq_run_pending(vm);   /* the interrupts a section left by the exception held */
    return status;
}

void tern_nlr_throw(tern_vm *vm) {
    tern_nlr *h = vm->nlr;
    if (!h) {
        /* No handler: an embedder called into the VM outside tern_run_*.
         * There is nowhere to go; this is a bug in the caller. */
        const char msg[] = "tern: fatal: exception raised with no handler\n";
        tern_write(vm, 2, msg, sizeof(msg) - 1);
        for (;;) {
        }
    }
    TERN_NLR_JUMP(h);
}

/* Out of C-root slots (runaway C recursion). Raise RecursionError using
 * the spare slots; while doing so, pushes are allowed into the spares. */
void tern_root_overflow_(tern_vm *vm) {
    if (vm->root_overflow) {
        if (vm->nroots < vm->roots_cap)
            return;
        tern_raise_memory_error(vm);    /* preallocated: needs no roots */
    }
    vm->root_overflow = 1;
    tern_raise_fmt(vm, &tern_type_RecursionError, "maximum recursion depth exceeded");
}

void tern_c_overflow_(tern_vm *vm) {
    vm->c_depth--;
    tern_raise_fmt(vm, &tern_type_RecursionError, "maximum recursion depth exceeded");
}
