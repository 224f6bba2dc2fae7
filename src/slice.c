/* SPDX-License-Identifier: MIT */
/*
 * slice.c — time slicing and stop requests (tern_set_budget, tern_resume,
 * tern_request_stop; docs/timeslicing.md).
 *
 * The interpreter loop (vm.c) keeps a countdown in a local. At the API
 * level (the loop tern_run_source or tern_resume entered directly, with no
 * C function of the VM between it and the embedder) and with a budget,
 * every instruction decrements it (with computed goto, through a second
 * dispatch table whose entries lead to per-opcode counting stubs; an
 * uncounted loop uses the plain table and pays nothing), and when it goes
 * negative the loop calls tern_slice_check between two instructions. A
 * spent budget makes the loop return with every frame and value kept on
 * the VM's stack region: the frames live there, not on the C stack, so
 * tern_resume can enter the loop again at the same instruction. A loop
 * entered from C (a sort key, a __init__, a generator being resumed, an
 * import) cannot return early without losing the C frames under it, so it
 * does not count: the budget is checked again when control is back at the
 * API level and its countdown runs out there.
 *
 * A stop request is a flag another thread or a signal handler sets; every
 * loop polls it at each JUMP (every Python loop jumps back with one) and
 * at its checks, and raises KeyboardInterrupt there, at any level. A
 * request made while no code runs is raised before the first instruction
 * of the next run or resume.
 */
#include <limits.h>

#include "vm_int.h"

long tern_slice_start(tern_vm *vm, const tern_run *run) {
    if (TERN_STOP_GET(&vm->stop_request))
        return 0;           /* the first check comes before the first instruction */
    if (run->top && vm->slice_budget)
        return vm->slice_budget;
    return LONG_MAX;        /* not counted */
}

long tern_slice_check(tern_vm *vm, const tern_run *run) {
    int flags = TERN_STOP_GET(&vm->stop_request);
    if (flags && vm->irq_level)
        return LONG_MAX;    /* a hard callback: the main program's business */
    if (flags & TERN_SAFE_COLLECT) {
        /* a hard callback spent half the ISR reserve: collect now, which
         * sets a new reserve aside (irq.c) */
        TERN_STOP_AND(&vm->stop_request, ~TERN_SAFE_COLLECT);
        tern_gc_collect_(vm);
    }
    if (flags & TERN_SAFE_SCHEDULE) {
        TERN_STOP_AND(&vm->stop_request, ~TERN_SAFE_SCHEDULE);
        tern_sched_run(vm);         /* soft callbacks (micropython.schedule) */
    }
    if (flags & TERN_SAFE_STOP) {
        TERN_STOP_AND(&vm->stop_request, ~TERN_SAFE_STOP);
        /* the frame's ip is at the instruction about to run, and handlers
         * and lines are looked up at ip - 1, the instruction that raised:
         * make that the one about to run, or a loop at the start of a try
         * body (`try: while True: ...`) would raise outside the try */
        vm->frame->ip++;
        tern_raise(vm, tern_exc_new(vm, &tern_type_KeyboardInterrupt, TERN_NULL));
    }
    if (run->top && vm->slice_budget) {
        vm->sliced = 1;
        vm->slice_entry = run->entry;
        return -1;
    }
    /* no budget, or below the API level: counting stops */
    return LONG_MAX;
}

void tern_set_budget(tern_vm *vm, unsigned long n) {
    if (!TERN_VM_OPEN(vm))
        return;
    /* the countdown is a long, and LONG_MAX means "not counted": larger
     * budgets are cut to 2**31 - 2 (seconds of work; 32-bit hosts too) */
    vm->slice_budget = n > (unsigned long)0x7ffffffeL ? 0x7ffffffeL : (long)n;
}

unsigned long tern_get_budget(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? (unsigned long)vm->slice_budget : 0;
}

int tern_suspended(tern_vm *vm) {
    return TERN_VM_OPEN(vm) && vm->slice_entry != NULL;
}

void tern_slice_discard(tern_vm *vm) {
    if (!vm->slice_entry)
        return;
    vm->frame = vm->slice_entry + 1;
    vm->sp = vm->slice_sp;
    vm->slice_entry = NULL;
    vm->slice_slot = 0;
    vm->sliced = 0;
    vm->handled = TERN_NULL;
}

static void abandon_body(tern_vm *vm, void *ud) {
    tern_val e;
    (void)ud;
    e = tern_exc_new(vm, &tern_type_GeneratorExit, TERN_NULL);
    tern_vm_throw_slice(vm, vm->slice_entry, e);
}

int tern_abandon(tern_vm *vm) {
    char base;
    int status;
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    if (!vm->slice_entry)
        return TERN_OK;
    if (vm->c_stack_base)   /* from a callback: its frames are above the run's */
        return tern_raise_error(vm, "SystemError", "tern_abandon: called while Python code runs");
    vm->c_stack_base = (uintptr_t)&base;
    status = tern_slice_abandon(vm);
    vm->c_stack_base = 0;
    return status;
}

/* tern_abandon at the top level, the C stack's base already marked. */
int tern_slice_abandon(tern_vm *vm) {
    int failed, status = TERN_OK;
    if (!vm->slice_entry)
        return TERN_OK;
    vm->error_text = TERN_NULL;
    vm->sliced = 0;
    failed = tern_pcall(vm, abandon_body, NULL);
    if (vm->sliced) {
        /* the cleanup ran out of budget (it caught GeneratorExit and went
         * on): drop what is left */
        tern_slice_discard(vm);
    } else {
        /* ended: by GeneratorExit (the normal way), another exception, or
         * a return (the cleanup swallowed it) */
        vm->frame = vm->slice_entry + 1;
        vm->sp = vm->slice_sp;
        vm->slice_entry = NULL;
        vm->slice_slot = 0;
        if (failed && tern_isinstance(vm->exc, &tern_type_GeneratorExit)) {
            vm->exc = TERN_NULL;
            vm->handled = TERN_NULL;
        } else if (failed) {
            status = tern_run_status(vm, 1);
        }
    }
    vm->sliced = 0;
    vm->fresh_str = TERN_NULL;
    return status;
}

static void resume_body(tern_vm *vm, void *ud) {
    tern_val r;
    (void)ud;
    r = tern_vm_resume_slice(vm, vm->slice_entry);
    if (!vm->sliced) {
        /* the run ended: as tern_run_code leaves the stack; a stopped
         * tern_call_slot or tern_eval gets its result now */
        vm->sp = vm->slice_sp;
        vm->slice_entry = NULL;
        if (vm->slice_slot) {
            TERN_AS(tern_array, vm->api_slots)->items[vm->slice_slot - 1] = r;
            vm->slice_slot = 0;
        }
    }
}

int tern_resume(tern_vm *vm) {
    int status, failed;
    char base;
    int outermost;
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    outermost = vm->c_stack_base == 0;
    if (!vm->slice_entry)
        return TERN_OK;
    if (outermost)
        vm->c_stack_base = (uintptr_t)&base;
    vm->error_text = TERN_NULL;
    vm->sliced = 0;
    failed = tern_pcall(vm, resume_body, NULL);
    if (failed) {
        /* the exception popped the run's frames; tern_pcall put back the
         * stack as it was at the stop: it is that of the caller of the run */
        vm->frame = vm->slice_entry + 1;
        vm->sp = vm->slice_sp;
        vm->slice_entry = NULL;
        vm->slice_slot = 0;
    }
    status = tern_run_status(vm, failed);
    if (outermost)
        vm->c_stack_base = 0;
    vm->fresh_str = TERN_NULL;
    return status;
}

int tern_run_budget(tern_vm *vm, const char *src, size_t len, const char *filename,
                    int mode, unsigned long budget) {
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    tern_set_budget(vm, budget);
    return tern_run_source(vm, src, len, filename, mode);
}

void tern_request_stop(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return;
    TERN_STOP_OR(&vm->stop_request, TERN_SAFE_STOP);
}
