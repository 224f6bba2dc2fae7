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
    tern_gen *g = TERN_AS(tern_gen, f->ctx);
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
    vm->frame++;
    vm->sp = f->base - 1;
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
    if (g->state == TERN_GEN_CREATED && exc) {
        /* thrown in before the first instruction: no try block of the body
         * is active yet (a body that starts with `try` covers offset 0) */
        g->state = TERN_GEN_DONE;
        g->stack = TERN_NULL;
        tern_raise(vm, exc);
    }
    n = g->nsaved;
    tern_vm_check_frame(vm, n + TERN_AS(tern_code, g->code)->stacksize + 4);
    /* root gen, v and exc just below the frame */
    base = vm->sp;
    base[0] = gen;
    base[1] = v;
    base[2] = exc;
    base += 3;
    g = TERN_AS(tern_gen, gen);
    for (i = 0; i < n; i++)
        base[i] = TERN_AS(tern_array, g->stack)->items[i];
    f = --vm->frame;
    f->code = g->code;
    f->globals = g->globals;
    f->ctx = gen;
    f->ip = TERN_CODE_BYTES(TERN_PTR(g->code)) + g->ip;
    f->base = base;     /* the result goes to base[-1], exc's slot, no longer needed */
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
    int flags = TERN_AS(tern_code, TERN_AS(tern_gen, self)->code)->flags;
    snprintf(addr, sizeof addr, "%p", TERN_PTR(self));
    return tern_str_fmt(vm, "<%s object %V at %s>",
                        (flags & TERN_CO_COROUTINE) ? "coroutine" :
                        (flags & TERN_CO_ASYNCGEN) ? "async_generator" : "generator",
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

/* throw(type[, value[, tb]]): the exception instance to throw in. */
static tern_val thrown_exception(tern_vm *vm, int nargs, tern_val *args) {
    tern_val exc = args[1];
    if (TERN_IS_TYPE(exc)) {
        if (nargs > 2 && args[2] != TERN_NONE)
            exc = tern_call1(vm, args[1], args[2]);
        else
            exc = tern_call0(vm, exc);
    }
    if (!TERN_IS_KIND(exc, TERN_K_EXC))
        tern_raise_type_error(vm, "exceptions must be classes or instances deriving from BaseException, not %T",
                              exc);
    return exc;
}

static tern_val gen_throw(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int done;
    tern_val r, exc;
    tern_check_args(vm, "throw", nargs, kwnames, 2, 4);
    exc = thrown_exception(vm, nargs, args);
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
    if (TERN_AS(tern_code, g->code)->flags & TERN_CO_ASYNCGEN) {
        if (name == TERN_N(ag_running))
            return g->state == TERN_GEN_RUNNING ? TERN_TRUE : TERN_FALSE;
        if (name == TERN_N(ag_suspended))
            return g->state == TERN_GEN_SUSPENDED ? TERN_TRUE : TERN_FALSE;
        if (name == TERN_N(ag_code))
            return g->code;
        if (name == TERN_N(ag_await))
            return g->yf && !g->yielded ? g->yf : TERN_NONE;
        return TERN_NULL;
    }
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
    TERN_NSTR(generator), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
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
    TERN_NSTR(coroutine), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, gen_attrs, sizeof(gen_attrs) / sizeof(gen_attrs[0]),
    TERN_K_GEN, 0, 0,
    NULL,           /* make */
    gen_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, gen_getattr, NULL                     /* call getattr setattr */
};

/* ===================================================================
 * Async generators
 *
 * An async generator is a generator object whose code is flagged
 * TERN_CO_ASYNCGEN. Its body suspends for two reasons: a `yield v`
 * (g->yielded = 1) produces the next value of the iteration; an `await`
 * inside the body (YIELD_FROM, g->yielded = 0) passes an event-loop step
 * out. __anext__/asend/athrow/aclose return awaitables that tell the two
 * apart; those are small Python objects (lib/_asyncgen.py) over the one
 * primitive below, since their logic is control flow, not speed.
 * =================================================================== */

/* _tern.agen_step(ag, value, exc) -> (kind, result): resume the body with
 * `value` sent in (or `exc` thrown in, when not None). kind 0: the body
 * yielded `result`; 1: an await in the body passed `result` out; 2: the
 * body finished. Exceptions from the body propagate. */
tern_val tern_gen_agen_step(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int done, kind;
    tern_val r, t, *s;
    tern_check_args(vm, "agen_step", nargs, kwnames, 3, 3);
    if (!TERN_IS_KIND(args[0], TERN_K_GEN) ||
        !(TERN_AS(tern_code, TERN_AS(tern_gen, args[0])->code)->flags & TERN_CO_ASYNCGEN))
        tern_raise_type_error(vm, "agen_step() needs an async generator, not %T", args[0]);
    if (args[2] != TERN_NONE) {
        r = tern_gen_resume(vm, args[0], TERN_NONE, args[2], &done);
    } else {
        if (TERN_AS(tern_gen, args[0])->state == TERN_GEN_CREATED && args[1] != TERN_NONE)
            tern_raise_type_error(vm, "can't send non-None value to a just-started async generator");
        r = tern_gen_resume(vm, args[0], args[1], TERN_NULL, &done);
    }
    kind = done ? 2 : TERN_AS(tern_gen, args[0])->yielded ? 0 : 1;
    s = tern_push(vm, r);
    t = tern_tuple_new(vm, 2);
    TERN_TUPLE_ITEMS(t)[0] = TERN_SMALL(kind);
    TERN_TUPLE_ITEMS(t)[1] = s[0];
    tern_popn(vm, 1);
    return t;
}

/* _asyncgen._Step(ag, value, exc, closing): the awaitable of one step. */
static tern_val agen_awaitable(tern_vm *vm, tern_val ag, tern_val value, tern_val exc, int closing) {
    tern_val *s = tern_push(vm, ag), m, r;
    tern_push(vm, value);
    tern_push(vm, exc);
    tern_push(vm, closing ? TERN_TRUE : TERN_FALSE);
    m = tern_import(vm, TERN_N(_asyncgen), TERN_NONE, 0, TERN_NONE);
    m = tern_getattr(vm, m, TERN_N(_Step));
    r = tern_call(vm, m, 4, s, TERN_NULL);
    tern_popn(vm, 4);
    return r;
}

static tern_val agen_aiter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__aiter__", nargs, kwnames, 1, 1);
    return args[0];
}

static tern_val agen_anext(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__anext__", nargs, kwnames, 1, 1);
    return agen_awaitable(vm, args[0], TERN_NONE, TERN_NONE, 0);
}

static tern_val agen_asend(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "asend", nargs, kwnames, 2, 2);
    return agen_awaitable(vm, args[0], args[1], TERN_NONE, 0);
}

static tern_val agen_athrow(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val exc;
    tern_check_args(vm, "athrow", nargs, kwnames, 2, 4);
    exc = thrown_exception(vm, nargs, args);
    return agen_awaitable(vm, args[0], TERN_NONE, exc, 0);
}

static tern_val agen_aclose(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val exc;
    tern_check_args(vm, "aclose", nargs, kwnames, 1, 1);
    exc = tern_exc_new(vm, &tern_type_GeneratorExit, TERN_NULL);
    return agen_awaitable(vm, args[0], TERN_NONE, exc, 1);
}

static TERN_CMETHOD_DEF(agen_aiter_obj, __aiter__, agen_aiter);
static TERN_CMETHOD_DEF(agen_anext_obj, __anext__, agen_anext);
static TERN_CMETHOD_DEF(agen_asend_obj, asend, agen_asend);
static TERN_CMETHOD_DEF(agen_athrow_obj, athrow, agen_athrow);
static TERN_CMETHOD_DEF(agen_aclose_obj, aclose, agen_aclose);

static const tern_attr agen_attrs[] = {
    {TERN_NSTR(__aiter__), &agen_aiter_obj},
    {TERN_NSTR(__anext__), &agen_anext_obj},
    {TERN_NSTR(asend), &agen_asend_obj},
    {TERN_NSTR(athrow), &agen_athrow_obj},
    {TERN_NSTR(aclose), &agen_aclose_obj},
};

const tern_type tern_type_async_generator = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(async_generator), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, agen_attrs, sizeof(agen_attrs) / sizeof(agen_attrs[0]),
    TERN_K_GEN, 0, 0,
    NULL,           /* make */
    gen_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, gen_getattr, NULL                     /* call getattr setattr */
};
