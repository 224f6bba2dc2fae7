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
    if (g->state == TERN_GEN_CREATED && exc) {
        /* thrown in before the first instruction: no try block of the body
         * is active yet (a body that starts with `try` covers offset 0) */
        g->state = TERN_GEN_DONE;
        g->stack = TERN_NULL;
        tern_raise(vm, exc);
    }
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
    int fl = TERN_AS(tern_code, TERN_AS(tern_gen, self)->code)->flags;
    snprintf(addr, sizeof addr, "%p", TERN_PTR(self));
    return tern_str_fmt(vm, "<%s object %V at %s>",
                        !(fl & TERN_CO_COROUTINE) ? "generator" : (fl & TERN_CO_GENERATOR) ? "async_generator"
                        : "coroutine", TERN_AS(tern_gen, self)->name, addr);
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
    NULL, NULL, NULL                            /* call getattr setattr */
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
    NULL, NULL, NULL                            /* call getattr setattr */
};

/* ------------------------------------------------------------------ */
/* Async generators                                                    */
/* ------------------------------------------------------------------ */

/* An async generator is a generator whose code is also a coroutine. Its
 * __anext__, asend, athrow and aclose return awaitables written in Python
 * (lib/_asyncgen.py): these methods forward there, and the awaitables drive
 * the frame with tern_agen_step. */
static tern_val agen_forward(tern_vm *vm, tern_val name, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s = tern_push(vm, tern_import(vm, TERN_N(_asyncgen), TERN_NULL, 0, TERN_NULL)), r;
    s[0] = tern_getattr(vm, s[0], name);
    r = tern_call(vm, s[0], nargs, args, kwnames);
    tern_popn(vm, 1);
    return r;
}

static tern_val agen_aiter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__aiter__", nargs, kwnames, 1, 1);
    return args[0];
}

static tern_val agen_anext(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__anext__", nargs, kwnames, 1, 1);
    return agen_forward(vm, TERN_N(__anext__), nargs, args, kwnames);
}

static tern_val agen_asend(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "asend", nargs, kwnames, 2, 2);
    return agen_forward(vm, TERN_N(asend), nargs, args, kwnames);
}

static tern_val agen_athrow(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "athrow", nargs, kwnames, 2, 4);
    return agen_forward(vm, TERN_N(athrow), nargs, args, kwnames);
}

static tern_val agen_aclose(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "aclose", nargs, kwnames, 1, 1);
    return agen_forward(vm, TERN_N(aclose), nargs, args, kwnames);
}

/* Resume async generator gen with v (or throw exc, if not NULL). *kind says
 * what came back: 0 a value an inner await passes up to the event loop, 1 a
 * value the body yielded, 2 the body finished (or already had). */
tern_val tern_agen_step(tern_vm *vm, tern_val gen, tern_val v, tern_val exc, int *kind) {
    int done;
    tern_val r, *s;
    if (TERN_AS(tern_gen, gen)->state == TERN_GEN_DONE) {
        *kind = 2;
        return TERN_NONE;
    }
    s = tern_push(vm, gen);
    r = tern_gen_resume(vm, gen, v, exc, &done);
    /* suspended in YIELD_FROM (an await) it delegates to g->yf; a plain
     * YIELD_VALUE leaves yf NULL */
    *kind = done ? 2 : TERN_AS(tern_gen, s[0])->yf ? 0 : 1;
    tern_popn(vm, 1);
    return r;
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
    TERN_NSTR(async_generator), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, agen_attrs, sizeof(agen_attrs) / sizeof(agen_attrs[0]),
    TERN_K_GEN, 0, 0,
    NULL,           /* make */
    gen_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, NULL, NULL                            /* call getattr setattr */
};
