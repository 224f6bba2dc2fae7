/* SPDX-License-Identifier: MIT */
/*
 * vm_int.h — internals shared by the interpreter loop (vm.c) and the call
 * machinery (call.c, gen.c). Not for other files.
 */
#ifndef TERN_VM_INT_H
#define TERN_VM_INT_H

#include "runtime.h"

/* Outcome of running frames until the entry frame finishes. */
typedef struct tern_run {
    tern_frame *entry;  /* the frame whose return ends the run */
    tern_val result;    /* returned or yielded value */
    int yielded;        /* 1 if the entry frame (a generator) yielded */
    int top;            /* the API level: a spent budget may stop it (slice.c) */
} tern_run;

/* Time slicing (slice.c). tern_slice_start: the countdown an interpreter
 * loop starts with; tern_slice_check: called when it runs out, between
 * two instructions with the frame's ip and vm->sp saved; raises
 * KeyboardInterrupt on a stop request, returns -1 when the loop must
 * return to the embedder (vm->sliced set), else the next countdown. */
long tern_slice_start(tern_vm *vm, const tern_run *run);
long tern_slice_check(tern_vm *vm, const tern_run *run);
tern_val tern_vm_resume_slice(tern_vm *vm, tern_frame *entry);
tern_val tern_vm_throw_slice(tern_vm *vm, tern_frame *entry, tern_val exc);
/* Give up a run its budget stopped (frames and values popped). */
void tern_slice_discard(tern_vm *vm);
/* tern_abandon with the C stack's base already marked (a top-level run). */
int tern_slice_abandon(tern_vm *vm);
/* api.c: run body(vm, ud) as the embedder's run (budget, abandon,
 * status), as tern_run_source does. */
int tern_api_run(tern_vm *vm, void (*body)(tern_vm *vm, void *ud), void *ud);
/* api.c: the status of an API-level run after its tern_pcall. */
int tern_run_status(tern_vm *vm, int failed);

/* Run vm->frame (an entry frame) and everything it calls until it returns
 * or yields. Exceptions not handled inside propagate to the caller with
 * the entry frame popped. */
tern_val tern_vm_execute(tern_vm *vm, int *yielded);

/* Bind `nargs` arguments at `args` (last len(kwnames) are keywords) to a
 * new frame for Python function `func`. The arguments must be the top of
 * the value stack (vm->sp == args + nargs, kwnames not on the stack); the
 * frame's locals start at `args`, and args[-1] (the function's slot)
 * receives the result. Returns the new frame, or NULL if func is a
 * generator function, in which case the generator object has been stored
 * in args[-1] and the stack cut to args. */
tern_frame *tern_vm_push_call(tern_vm *vm, tern_val func, tern_val *args, int nargs,
                              tern_val kwnames);

/* Push a frame that runs `code` with locals in dict `locals` (module and
 * class bodies). Free variables come from `closure` (tuple or NULL). */
tern_frame *tern_vm_push_body(tern_vm *vm, tern_val code, tern_val globals,
                              tern_val locals, tern_val closure);

/* Raise RecursionError (the recursion limit or the end of the region). */
TERN_NORETURN void tern_vm_overflow(tern_vm *vm);

/* Make sure a new frame fits: its record below vm->frame, and `n` slots
 * (its locals and temporaries) above vm->sp, with the recursion limit
 * (sys.setrecursionlimit) not reached. The frame is pushed afterwards
 * (--vm->frame), once its arguments are bound. */
static inline void tern_vm_check_frame(tern_vm *vm, size_t n) {
    size_t room = (size_t)((uint8_t *)vm->frame - (uint8_t *)vm->sp);
    if (TERN_UNLIKELY((size_t)(vm->frame_top - vm->frame) >= vm->max_depth ||
                      room < sizeof(tern_frame) + (n + 8) * sizeof(tern_val)))
        tern_vm_overflow(vm);
}

/* Make sure `n` more slots fit on the value stack above vm->sp. */
void tern_vm_check_stack(tern_vm *vm, size_t n);

/* Create a generator for a bound frame's slots. */
tern_val tern_gen_new(tern_vm *vm, tern_val func, tern_val *slots, size_t nslots);

/* Resume generator `gen` sending `v` (TERN_NONE for next()). Returns the
 * yielded value with *done = 0, or the return value with *done = 1. If
 * `exc` is not NULL it is thrown into the generator instead. */
tern_val tern_gen_resume(tern_vm *vm, tern_val gen, tern_val v, tern_val exc, int *done);
tern_val tern_gen_agen_step(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames);

/* Called by the interpreter when a generator frame yields. */
void tern_gen_suspend(tern_vm *vm, tern_frame *f, tern_val *sp);

/* Raise NameError for a missing global/builtin. */
TERN_NORETURN void tern_vm_name_error(tern_vm *vm, tern_val name);

/* Append a traceback entry for frame f to exception vm->exc (never raises). */
void tern_tb_add(tern_vm *vm, tern_frame *f);

#endif
