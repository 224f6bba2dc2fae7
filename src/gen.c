/* SPDX-License-Identifier: MIT */
/*
 * gen.c — generators: a Python frame that can be suspended.
 *
 * While suspended, a generator's locals and temporaries live in its own
 * array (allocated once, big enough for the frame's maximum depth, so that
 * yielding never allocates). Resuming copies them back onto the value
 * stack and runs the frame as an entry frame of a nested tern_vm_execute.
 */
#include "vm_int.h"
#include <stdio.h>

tern_val tern_gen_new(tern_vm *vm, tern_val func, tern_val *slots, size_t nslots) {
    tern_val arr, g;
    tern_code *c;
    size_t cap, i;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, func);
    c = TERN_AS(tern_code, TERN_AS(tern_func, func)->code);
    cap = (size_t)c->nlocals + c->stacksize + 2;
    arr = TERN_VAL(tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(cap)));
    TERN_AS(tern_array, arr)->cap = cap;
    for (i = 0; i < nslots; i++)
        TERN_AS(tern_array, arr)->items[i] = slots[i];
    TERN_ROOT(vm, arr);
    g = TERN_VAL(tern_alloc(vm, TERN_K_GEN, sizeof(tern_gen)));
    {
        tern_gen *gp = TERN_AS(tern_gen, g);
        tern_func *fn = TERN_AS(tern_func, func);
        gp->func = func;
        gp->code = fn->code;
        gp->globals = fn->globals;
        gp->stack = arr;
        gp->name = fn->qualname ? fn->qualname : fn->name;
        gp->nsaved = (uint32_t)nslots;
        gp->ip = 0;
        gp->state = TERN_GEN_CREATED;
    }
    TERN_UNROOT(vm);
    return g;
}

void tern_gen_suspend(tern_vm *vm, tern_frame *f, tern_val *sp) {
    tern_gen *g = TERN_AS(tern_gen, f->gen);
    tern_array *arr = TERN_AS(tern_array, g->stack);
    size_t n = (size_t)(sp - f->base), i;
    tern_val tmp;
    for (i = 0; i < n && i < arr->cap; i++)
        arr->items[i] = f->base[i];
    g->nsaved = (uint32_t)n;
    g->ip = (uint32_t)(f->ip - TERN_CODE_BYTES(TERN_PTR(f->code)));
    g->state = TERN_GEN_SUSPENDED;
    tmp = g->handled;
    g->handled = vm->handled;
    vm->handled = tmp;
    vm->frame--;
    vm->sp = f->ret;
}

tern_val tern_gen_resume(tern_vm *vm, tern_val gen, tern_val v, tern_val exc, int *done) {
    tern_gen *g = TERN_AS(tern_gen, gen);
    tern_frame *f;
    tern_val *base, *saved_sp = vm->sp, r, tmp, yf;
    size_t i, n;
    int yielded;

    if (g->state == TERN_GEN_RUNNING)
        tern_raise_value_error(vm, "generator already executing");
    if (g->state == TERN_GEN_DONE) {
        if (exc)
            tern_raise(vm, exc);
        *done = 1;
        return TERN_NONE;
    }
    if (g->state == TERN_GEN_CREATED && v != TERN_NONE && !exc)
        tern_raise_type_error(vm, "can't send non-None value to a just-started generator");
    if (tern_frames_full(vm))
        tern_raise_fmt(vm, &tern_type_RecursionError, "maximum recursion depth exceeded");
    n = g->nsaved;
    tern_vm_check_stack(vm, n + TERN_AS(tern_code, g->code)->stacksize + 4);
    /* root gen, v and exc just below the frame */
    base = vm->sp;
    base[0] = gen;
    base[1] = v;
    base[2] = exc;
    base += 3;
    g = TERN_AS(tern_gen, gen);
    for (i = 0; i < n; i++)
        base[i] = TERN_AS(tern_array, g->stack)->items[i];
    f = ++vm->frame;
    f->code = g->code;
    f->func = g->func;
    f->globals = g->globals;
    f->locals = TERN_NULL;
    f->gen = gen;
    f->ip = TERN_CODE_BYTES(TERN_PTR(g->code)) + g->ip;
    f->base = base;
    f->ret = base;
    f->flags = TERN_FR_ENTRY;
    vm->sp = base + n;
    /* suspended in `yield from`/`await`: a thrown exception goes to the
     * delegate first (YIELD_FROM does it, see vm.c) */
    yf = g->yf;
    g->yf = TERN_NULL;
    if (exc && yf) {
        *vm->sp++ = exc;
        vm->throw_yf = 1;
        exc = TERN_NULL;
    } else if (g->state != TERN_GEN_CREATED && !exc) {
        *vm->sp++ = v;
    }
    g->state = TERN_GEN_RUNNING;
    tmp = vm->handled;
    vm->handled = g->handled;
    g->handled = tmp;
    vm->pending_throw = exc;
    r = tern_vm_execute(vm, &yielded);
    vm->sp = saved_sp;
    *done = !yielded;
    return r;
}

/* ------------------------------------------------------------------ */
/* The generator type                                                  */
/* ------------------------------------------------------------------ */

static tern_val gen_repr(tern_vm *vm, tern_val self) {
    char addr[32];
    int coro = (TERN_AS(tern_code, TERN_AS(tern_gen, self)->code)->flags & TERN_CO_COROUTINE) != 0;
    snprintf(addr, sizeof addr, "%p", TERN_PTR(self));
    return tern_str_fmt(vm, "<%s object %V at %s>", coro ? "coroutine" : "generator",
                        TERN_AS(tern_gen, self)->name, addr);
}

static tern_val gen_iter(tern_vm *vm, tern_val self) {
    (void)vm;
    return self;
}

static tern_val gen_next(tern_vm *vm, tern_val self) {
    int done;
    tern_val r = tern_gen_resume(vm, self, TERN_NONE, TERN_NULL, &done);
    return done ? TERN_NULL : r;
}

TERN_NORETURN static void stop_iteration(tern_vm *vm, tern_val value) {
    tern_val args = TERN_NULL, e;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, value);
    if (value != TERN_NONE) {
        args = tern_tuple_new(vm, 1);
        TERN_TUPLE_ITEMS(args)[0] = value;
    }
    e = tern_exc_new(vm, &tern_type_StopIteration, args);
    tern_raise(vm, e);
}

static tern_val gen_send(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int done;
    tern_val r;
    tern_check_args(vm, "send", nargs, kwnames, 2, 2);
    r = tern_gen_resume(vm, args[0], args[1], TERN_NULL, &done);
    if (done)
        stop_iteration(vm, r);
    return r;
}

static tern_val gen_throw(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int done;
    tern_val r, exc;
    tern_check_args(vm, "throw", nargs, kwnames, 2, 4);
    exc = args[1];
    if (TERN_IS_TYPE(exc)) {
        if (nargs > 2 && args[2] != TERN_NONE)
            exc = tern_call1(vm, args[1], args[2]);
        else
            exc = tern_call0(vm, exc);
    }
    if (!TERN_IS_KIND(exc, TERN_K_EXC))
        tern_raise_type_error(vm, "exceptions must be classes or instances deriving from BaseException, not %T",
                              exc);
    r = tern_gen_resume(vm, args[0], TERN_NONE, exc, &done);
    if (done)
        stop_iteration(vm, r);
    return r;
}

/* close(): throw GeneratorExit; the generator must not yield again. */
static void close_body(tern_vm *vm, void *ud) {
    tern_val *args = (tern_val *)ud;
    int done;
    tern_val exc = tern_exc_new(vm, &tern_type_GeneratorExit, TERN_NULL);
    tern_gen_resume(vm, args[0], TERN_NONE, exc, &done);
    if (!done)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "generator ignored GeneratorExit");
}

static tern_val gen_close(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "close", nargs, kwnames, 1, 1);
    if (TERN_AS(tern_gen, args[0])->state == TERN_GEN_CREATED) {
        TERN_AS(tern_gen, args[0])->state = TERN_GEN_DONE;
        return TERN_NONE;
    }
    if (TERN_AS(tern_gen, args[0])->state == TERN_GEN_DONE)
        return TERN_NONE;
    if (tern_pcall(vm, close_body, args)) {
        tern_val e = vm->exc;
        if (tern_isinstance(e, &tern_type_GeneratorExit) || tern_isinstance(e, &tern_type_StopIteration)) {
            vm->exc = TERN_NULL;
            return TERN_NONE;
        }
        tern_raise(vm, e);
    }
    return TERN_NONE;
}

/* The introspection attributes (gi_* for generators, cr_* for coroutines).
 * There are no frame objects, so gi_frame/cr_frame are absent. */
static tern_val gen_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_gen *g = TERN_AS(tern_gen, self);
    int coro = (TERN_AS(tern_code, g->code)->flags & TERN_CO_COROUTINE) != 0;
    (void)vm;
    if (name == TERN_N(__name__))
        return TERN_AS(tern_func, g->func)->name;
    if (name == TERN_N(__qualname__))
        return g->name;
    if (name == (coro ? TERN_N(cr_running) : TERN_N(gi_running)))
        return g->state == TERN_GEN_RUNNING ? TERN_TRUE : TERN_FALSE;
    if (name == (coro ? TERN_N(cr_suspended) : TERN_N(gi_suspended)))
        return g->state == TERN_GEN_SUSPENDED ? TERN_TRUE : TERN_FALSE;
    if (name == (coro ? TERN_N(cr_code) : TERN_N(gi_code)))
        return g->code;
    if (name == (coro ? TERN_N(cr_await) : TERN_N(gi_yieldfrom)))
        return g->yf ? g->yf : TERN_NONE;
    return TERN_NULL;
}

static TERN_CMETHOD_DEF(gen_send_obj, send, gen_send);
static TERN_CMETHOD_DEF(gen_throw_obj, throw, gen_throw);
static TERN_CMETHOD_DEF(gen_close_obj, close, gen_close);

static const tern_attr gen_attrs[] = {
    {TERN_NSTR(send), &gen_send_obj},
    {TERN_NSTR(throw), &gen_throw_obj},
    {TERN_NSTR(close), &gen_close_obj},
};

const tern_type tern_type_generator = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(generator), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, gen_attrs, sizeof(gen_attrs) / sizeof(gen_attrs[0]),
    TERN_K_GEN, 0, 0,
    NULL,           /* make */
    gen_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    gen_iter, gen_next,
    NULL, gen_getattr, NULL                     /* call getattr setattr */
};

/* A coroutine (from `async def`) is a generator that is awaited rather than
 * iterated: same object, no iteration slots. */
const tern_type tern_type_coroutine = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(coroutine), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, gen_attrs, sizeof(gen_attrs) / sizeof(gen_attrs[0]),
    TERN_K_GEN, 0, 0,
    NULL,           /* make */
    gen_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, gen_getattr, NULL                     /* call getattr setattr */
};
