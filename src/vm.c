/* SPDX-License-Identifier: MIT */
/*
 * vm.c — the bytecode interpreter loop and exception unwinding.
 *
 * Python-to-Python calls do not recurse in C: the loop pushes a frame and
 * carries on. C re-enters the loop (tern_vm_execute) only when C code calls
 * Python (a __init__, a sort key, a generator's next).
 *
 * The loop keeps ip and sp in C locals. Before anything that can allocate
 * or raise it publishes them (SAVE: frame->ip, vm->sp) and afterwards
 * reloads ip and the constant/name tables (LOAD), because a collection may
 * have moved the code object (the collector rebases frame->ip).
 */
#include <limits.h>

#include "vm_int.h"
#include "containers.h"
#include "obj_class.h"

#if defined(__GNUC__) && !defined(__cplusplus) && !defined(TERN_NO_COMPUTED_GOTO)
#define COMPUTED_GOTO 1
#else
#define COMPUTED_GOTO 0
#endif

#define CODE(f)         TERN_AS(tern_code, (f)->code)

TERN_NORETURN void tern_vm_name_error(tern_vm *vm, tern_val name) {
    tern_raise_fmt(vm, &tern_type_NameError, "name '%V' is not defined", name);
}

/* Traceback entries form a chain hanging from the exception, outermost
 * frame first (tern_traceback). Building it must not raise, even while
 * raising MemoryError, so a failed allocation drops the entry. */
void tern_tb_add(tern_vm *vm, tern_frame *f) {
    tern_traceback *t;
    size_t off;
    if (!TERN_IS_KIND(vm->exc, TERN_K_EXC) || !f->code)
        return;
    off = (size_t)(f->ip - TERN_CODE_BYTES(TERN_PTR(f->code)));
    t = (tern_traceback *)tern_alloc_try(vm, TERN_K_TRACEBACK, sizeof(tern_traceback));
    if (!t)
        return;
    t->code = f->code;              /* read after the allocation: it may have moved */
    t->offset = off > 0 ? off - 1 : 0;
    t->next = TERN_AS(tern_exc, vm->exc)->traceback;
    TERN_AS(tern_exc, vm->exc)->traceback = TERN_VAL(t);
}

/* The exception table entry covering byte `off` of code, or NULL. */
static const tern_exc_entry *find_handler(tern_val code, size_t off) {
    tern_val tab = TERN_AS(tern_code, code)->exctable;
    const tern_exc_entry *e;
    size_t i, n;
    if (!tab)
        return NULL;
    n = TERN_AS(tern_blob, tab)->len / sizeof(tern_exc_entry);
    e = (const tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(tab));
    for (i = 0; i < n; i++)
        if (off >= e[i].start && off < e[i].end)
            return &e[i];
    return NULL;
}

static void gen_finished(tern_vm *vm, tern_frame *f) {
    tern_val gen = tern_frame_gen(f);
    if (gen) {
        tern_gen *g = TERN_AS(tern_gen, gen);
        g->state = TERN_GEN_DONE;
        g->stack = TERN_NULL;
        g->yf = TERN_NULL;
        /* the generator's exception state goes back to the resumer's */
        vm->handled = g->handled;
        g->handled = TERN_NULL;
    }
}

/* PEP 479: a StopIteration escaping a generator's body would silently end
 * whatever loop drives it, so it becomes a RuntimeError caused by it. */
static void stop_iteration_escaped(tern_vm *vm, tern_frame *f) {
    int flags = TERN_AS(tern_code, f->code)->flags;
    int sai = tern_isinstance(vm->exc, &tern_type_StopAsyncIteration);
    tern_val msg, args, e;
    vm->scratch[2] = vm->exc;
    vm->exc = TERN_NULL;
    msg = tern_str_from_c(vm, (flags & TERN_CO_COROUTINE) ? "coroutine raised StopIteration" :
                          !(flags & TERN_CO_ASYNCGEN) ? "generator raised StopIteration" :
                          sai ? "async generator raised StopAsyncIteration" :
                                "async generator raised StopIteration");
    vm->scratch[3] = msg;
    args = tern_tuple_new(vm, 1);
    TERN_TUPLE_ITEMS(args)[0] = vm->scratch[3];
    e = tern_exc_new(vm, &tern_type_RuntimeError, args);
    TERN_AS(tern_exc, e)->cause = vm->scratch[2];
    TERN_AS(tern_exc, e)->context = vm->scratch[2];
    TERN_AS(tern_exc, e)->suppress_context = 1;
    vm->exc = e;
    vm->scratch[2] = vm->scratch[3] = TERN_NULL;
}

/* vm->exc was raised in vm->frame. Find a handler in the frames from
 * vm->frame down to `entry`, adding traceback entries on the way. Returns
 * 1 with the handler's frame ready to resume, or 0 with every frame down
 * to and including `entry` popped. */
static int unwind(tern_vm *vm, tern_frame *entry) {
    int skip_tb = vm->tb_skip;
    vm->tb_skip = 0;
    for (;;) {
        tern_frame *f = vm->frame;
        size_t off = (size_t)(f->ip - TERN_CODE_BYTES(TERN_PTR(f->code)));
        const tern_exc_entry *h;
        if (!skip_tb)
            tern_tb_add(vm, f);
        skip_tb = 0;
        h = find_handler(f->code, off > 0 ? off - 1 : 0);
        if (h) {
            tern_val *sp = f->base + CODE(f)->nlocals + h->depth;
            *sp++ = vm->exc;
            vm->exc = TERN_NULL;
            vm->sp = sp;
            f->ip = TERN_CODE_BYTES(TERN_PTR(f->code)) + h->target;
            return 1;
        }
        if (tern_frame_gen(f) && (tern_isinstance(vm->exc, &tern_type_StopIteration) ||
                       ((TERN_AS(tern_code, f->code)->flags & TERN_CO_ASYNCGEN) &&
                        tern_isinstance(vm->exc, &tern_type_StopAsyncIteration))))
            stop_iteration_escaped(vm, f);
        gen_finished(vm, f);
        vm->frame++;
        vm->sp = f->base - 1;
        if (f == entry)
            return 0;
    }
}

static void interp(tern_vm *vm, tern_run *run);

/* it.<name>(v) (or it.<name>() when v is NULL) for `yield from` over a
 * non-generator iterator: a
 * StopIteration it raises means the delegation is over (its value is the
 * result). */
typedef struct send_job {
    tern_val *s;        /* [it, v, method] on the value stack */
    tern_val result;
} send_job;

static void send_job_run(tern_vm *vm, void *ud) {
    send_job *j = (send_job *)ud;
    j->result = j->s[1] ? tern_call1(vm, j->s[2], j->s[1]) : tern_call0(vm, j->s[2]);
}

static tern_val send_catching_stop(tern_vm *vm, tern_val it, tern_val name, tern_val v, int *done) {
    tern_val *s = tern_push(vm, it), r;
    send_job j;
    tern_push(vm, v);
    tern_push(vm, tern_getattr(vm, it, name));
    j.s = s;
    j.result = TERN_NULL;
    *done = 0;
    if (tern_pcall(vm, send_job_run, &j)) {
        tern_val e = vm->exc;
        if (!tern_isinstance(e, &tern_type_StopIteration))
            tern_nlr_throw(vm);
        vm->exc = TERN_NULL;
        *done = 1;
        r = TERN_NONE;
        if (TERN_AS(tern_exc, e)->args && TERN_IS_TUPLE(TERN_AS(tern_exc, e)->args) &&
            TERN_TUPLE_LEN(TERN_AS(tern_exc, e)->args) > 0)
            r = TERN_TUPLE_ITEMS(TERN_AS(tern_exc, e)->args)[0];
        tern_popn(vm, 3);
        return r;
    }
    tern_popn(vm, 3);
    return j.result;
}

/* gen.throw(exc) while gen delegates to `it` (PEP 380): GeneratorExit
 * closes the delegate and is raised here; other exceptions are thrown
 * into the delegate, and whatever it raises is raised here. */
static tern_val yield_from_throw(tern_vm *vm, tern_val it, tern_val exc, int *done) {
    tern_val m;
    if (tern_isinstance(exc, &tern_type_GeneratorExit)) {
        tern_val *s = tern_push(vm, exc);
        m = tern_getattr_opt(vm, it, TERN_N(close));
        if (m)
            tern_call0(vm, m);
        exc = s[0];
        tern_popn(vm, 1);
        tern_raise(vm, exc);
    }
    if (TERN_IS_KIND(it, TERN_K_GEN))
        return tern_gen_resume(vm, it, TERN_NONE, exc, done);
    {
        /* both rooted here: the lookup may allocate and move them */
        tern_val *s = tern_push(vm, exc), r;
        tern_push(vm, it);
        m = tern_getattr_opt(vm, s[1], TERN_N(throw));
        if (!m) {
            exc = s[0];
            tern_popn(vm, 2);
            tern_raise(vm, exc);
        }
        r = send_catching_stop(vm, s[1], TERN_N(throw), s[0], done);
        tern_popn(vm, 2);
        return r;
    }
}

static tern_val execute_run(tern_vm *vm, tern_run *run, int *yielded);

tern_val tern_vm_execute(tern_vm *vm, int *yielded) {
    tern_run run;
    run.entry = vm->frame;
    run.result = TERN_NULL;
    run.yielded = 0;
    /* the run tern_run_source / tern_resume armed is the API level: the
     * only one a spent budget may stop (slice.c) */
    run.top = vm->slice_arm;
    vm->slice_arm = 0;
    if (vm->pending_throw) {
        /* a generator resumed by throw(): raise at its suspension point */
        vm->exc = vm->pending_throw;
        vm->pending_throw = TERN_NULL;
        if (!unwind(vm, run.entry))
            tern_nlr_throw(vm);
    }
    return execute_run(vm, &run, yielded);
}

/* Continue a run its budget stopped: `entry` is its entry frame, still on
 * the frame stack with everything it called above it. */
tern_val tern_vm_resume_slice(tern_vm *vm, tern_frame *entry) {
    tern_run run;
    int yielded;
    run.entry = entry;
    run.result = TERN_NULL;
    run.yielded = 0;
    run.top = 1;
    return execute_run(vm, &run, &yielded);
}

/* Give up a run its budget stopped, letting it clean up: raise `exc` at
 * the instruction it stopped before (as a stop request does), so its
 * except and finally blocks and with-exits run, still counted by the
 * budget. Returns when the run ends; the exception, or another its
 * cleanup raised, propagates. */
tern_val tern_vm_throw_slice(tern_vm *vm, tern_frame *entry, tern_val exc) {
    tern_run run;
    int yielded;
    run.entry = entry;
    run.result = TERN_NULL;
    run.yielded = 0;
    run.top = 1;
    vm->frame->ip++;
    vm->exc = exc;
    if (!unwind(vm, entry))
        tern_nlr_throw(vm);
    return execute_run(vm, &run, &yielded);
}

static tern_val execute_run(tern_vm *vm, tern_run *run, int *yielded) {
    for (;;) {
        tern_nlr h;
        volatile int status = 0;
        h.prev = vm->nlr;
        h.nroots = vm->nroots;
        h.c_depth = vm->c_depth;
        h.sp = vm->sp;
        h.frame = vm->frame;
        h.irq_defer = vm->irq_defer;
        vm->nlr = &h;
        TERN_NLR_TRY(&h)
            interp(vm, run);
        TERN_NLR_CATCH(&h)
            status = 1;
        TERN_NLR_END(&h)
        vm->nlr = h.prev;
        if (!status) {
            *yielded = run->yielded;
            return run->result;
        }
        vm->nroots = h.nroots;
        vm->c_depth = h.c_depth;
        vm->irq_defer = h.irq_defer;
        vm->root_overflow = 0;
        if (!unwind(vm, run->entry))
            tern_nlr_throw(vm);
    }
}

/* ------------------------------------------------------------------ */
/* Helpers for opcodes that are too big to inline                      */
/* ------------------------------------------------------------------ */

static tern_val load_name(tern_vm *vm, tern_frame *f, tern_val name) {
    tern_val v;
    if (tern_frame_locals(f)) {
        v = tern_mapping_get_opt(vm, f->ctx, name);
        if (v)
            return v;
    }
    v = tern_dict_get_name(f->globals, name);
    if (v)
        return v;
    v = tern_builtin_fetch(vm, name);
    if (v)
        return v;
    v = tern_excstar_lazy_builtin(vm, name);
    if (v)
        return v;
    tern_vm_name_error(vm, name);
}

static tern_val load_global(tern_vm *vm, tern_frame *f, tern_val name) {
    tern_val v = tern_dict_get_name(f->globals, name);
    if (v)
        return v;
    v = tern_builtin_fetch(vm, name);
    if (v)
        return v;
    v = tern_excstar_lazy_builtin(vm, name);
    if (v)
        return v;
    tern_vm_name_error(vm, name);
}

TERN_NORETURN static void unbound_local(tern_vm *vm, tern_frame *f, int slot) {
    tern_val name = TERN_TUPLE_ITEMS(CODE(f)->varnames)[slot];
    tern_raise_fmt(vm, &tern_type_UnboundLocalError,
                   "cannot access local variable '%V' where it is not associated with a value", name);
}

TERN_NORETURN static void unbound_free(tern_vm *vm, tern_frame *f, int slot) {
    tern_val name = TERN_TUPLE_ITEMS(CODE(f)->varnames)[slot];
    tern_raise_fmt(vm, &tern_type_NameError,
                   "cannot access free variable '%V' where it is not associated with a value in enclosing scope",
                   name);
}

/* UNPACK_SEQUENCE / UNPACK_EX: push the items of seq so the first ends on
 * top. `sp` points at seq's slot; returns the new stack top. */
static tern_val *unpack(tern_vm *vm, tern_val *sp, int before, int after, int star) {
    tern_val seq = sp[0];
    tern_val *items;
    size_t n, i, want = (size_t)before + (size_t)after;
    if (TERN_IS_TUPLE(seq) || TERN_IS_LIST(seq)) {
        n = TERN_IS_TUPLE(seq) ? TERN_TUPLE_LEN(seq) : TERN_LIST_LEN(seq);
        items = TERN_IS_TUPLE(seq) ? TERN_TUPLE_ITEMS(seq) : (n ? TERN_LIST_ITEMS(seq) : NULL);
        if (!star && n != want) {
            if (n > want)
                tern_raise_value_error(vm, "too many values to unpack (expected %d)", (int)want);
            tern_raise_value_error(vm, "not enough values to unpack (expected %d, got %d)", (int)want, (int)n);
        }
        if (star && n < want)
            tern_raise_value_error(vm, "not enough values to unpack (expected at least %d, got %d)",
                                   (int)want, (int)n);
        if (!star) {
            for (i = 0; i < n; i++)
                sp[n - 1 - i] = items[i];
            return sp + n;
        }
    }
    /* general: collect into a list first */
    {
        tern_val list;
        const tern_type *t = tern_typeof(seq);
        if (!t->iter && !(t->flags & TERN_TF_HEAP) && !t->getitem)
            tern_raise_type_error(vm, "cannot unpack non-iterable %s object", tern_type_name(seq));
        sp[0] = tern_list_of(vm, seq);
        list = sp[0];
        n = TERN_LIST_LEN(list);
        if (!star && n != want) {
            if (n > want)
                tern_raise_value_error(vm, "too many values to unpack (expected %d)", (int)want);
            tern_raise_value_error(vm, "not enough values to unpack (expected %d, got %d)", (int)want, (int)n);
        }
        if (star && n < want)
            tern_raise_value_error(vm, "not enough values to unpack (expected at least %d, got %d)",
                                   (int)want, (int)n);
        if (!star) {
            items = TERN_LIST_ITEMS(list);
            for (i = 0; i < n; i++)
                sp[n - 1 - i] = items[i];
            return sp + n;
        }
        /* star: [after items (reversed)] [middle list] [before items (reversed)] */
        {
            size_t mid = n - want;
            tern_val midlist;
            vm->sp = sp + 1;
            midlist = tern_list_new(vm, mid);
            list = sp[0];
            for (i = 0; i < mid; i++)
                TERN_LIST_ITEMS(midlist)[i] = TERN_LIST_ITEMS(list)[before + i];
            TERN_AS(tern_list, midlist)->len = mid;
            items = TERN_LIST_ITEMS(list);
            /* layout from the bottom: after_k..after_1, mid, before_k..before_1 */
            {
                tern_val *out = sp;
                for (i = 0; i < (size_t)after; i++)
                    out[i] = items[n - 1 - i];
                out[after] = midlist;
                for (i = 0; i < (size_t)before; i++)
                    out[after + 1 + i] = items[before - 1 - i];
                return sp + want + 1;
            }
        }
    }
}

/* from m import *: the names in m.__all__, or else every name not
 * starting with an underscore. */
static void import_star(tern_vm *vm, tern_frame *f, tern_val mod) {
    tern_val d, k = TERN_NULL, v = TERN_NULL, target, all;
    size_t pos = 0;
    TERN_ROOTS(vm);
    if (!TERN_IS_KIND(mod, TERN_K_MODULE))
        tern_raise_type_error(vm, "import * expects a module");
    if (TERN_AS(tern_module, mod)->dict == vm->builtins) {
        tern_val *keep = tern_push(vm, mod);
        tern_builtins_complete(vm);
        mod = *keep;
        tern_popn(vm, 1);
    }
    d = TERN_AS(tern_module, mod)->dict;
    target = tern_frame_locals(f) ? f->ctx : f->globals;
    TERN_ROOT(vm, mod);
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, target);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    all = tern_dict_get_name(d, TERN_N(__all__));
    if (all) {
        tern_val it = tern_iter(vm, all);
        TERN_ROOT(vm, it);
        while ((k = tern_next(vm, it)) != TERN_NULL) {
            v = tern_dict_get(vm, d, k);
            if (!v)
                tern_raise_fmt(vm, &tern_type_AttributeError, "module '%V' has no attribute '%V'",
                               TERN_AS(tern_module, mod)->name, k);
            tern_dict_set(vm, target, k, v);
        }
        TERN_UNROOT(vm);
        return;
    }
    while (tern_dict_next(d, &pos, &k, &v)) {
        if (TERN_IS_STR(k) && TERN_STR_CHARS(k)[0] == '_')
            continue;
        tern_dict_set(vm, target, k, v);
    }
    TERN_UNROOT(vm);
}

/* Raise for RAISE_VARARGS: exc may be a class or an instance. */
TERN_NORETURN static void do_raise(tern_vm *vm, tern_val exc, tern_val cause, int has_cause) {
    TERN_ROOTS(vm);
    TERN_ROOT(vm, exc);
    TERN_ROOT(vm, cause);
    if (TERN_IS_TYPE(exc))
        exc = tern_call0(vm, exc);
    if (!TERN_IS_KIND(exc, TERN_K_EXC))
        tern_raise_type_error(vm, "exceptions must derive from BaseException");
    if (has_cause) {
        if (TERN_IS_TYPE(cause))
            cause = tern_call0(vm, cause);
        if (cause != TERN_NONE && !TERN_IS_KIND(cause, TERN_K_EXC))
            tern_raise_type_error(vm, "exception causes must derive from BaseException");
        TERN_AS(tern_exc, exc)->cause = cause == TERN_NONE ? TERN_NULL : cause;
        TERN_AS(tern_exc, exc)->suppress_context = 1;
    }
    tern_raise(vm, exc);
}

/* What `await x` iterates: a coroutine itself, or x.__await__(). */
static tern_val awaitable(tern_vm *vm, tern_val x, const char *what) {
    tern_val m;
    if (TERN_IS_KIND(x, TERN_K_GEN) &&
        (TERN_AS(tern_code, TERN_AS(tern_gen, x)->code)->flags & (TERN_CO_COROUTINE | TERN_CO_GENERATOR))
        == TERN_CO_COROUTINE)
        return x;
    m = tern_getattr_opt(vm, x, TERN_N(__await__));
    if (!m)
        tern_raise_type_error(vm, "object %T can't be used in %s", x, what);
    return tern_call0(vm, m);
}

static tern_val format_value(tern_vm *vm, tern_val v, int conv, tern_val spec) {
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, spec);
    if (conv == 1) {
        v = tern_to_str(vm, v);
    } else if (conv == 2) {
        v = tern_repr(vm, v);
    } else if (conv == 3) {
        tern_val f = tern_builtin_get(vm, TERN_N(ascii));   /* same as ascii() */
        v = f ? tern_call1(vm, f, v) : tern_repr(vm, v);
    }
    if (!spec && TERN_IS_STR(v)) {
        TERN_UNROOT(vm);
        return v;
    }
    r = tern_format(vm, v, spec ? spec : TERN_N(empty_str));
    TERN_UNROOT(vm);
    return r;
}

/* ------------------------------------------------------------------ */
/* The loop                                                            */
/* ------------------------------------------------------------------ */

#define SAVE()      (f->ip = ip, vm->sp = sp)
/* names[i] read afresh (after an allocation, before LOAD) */
#define NAME(i)     (TERN_TUPLE_ITEMS(CODE(f)->names)[i])
#define LOAD()      (ip = f->ip, sp = vm->sp, consts = TERN_TUPLE_ITEMS(CODE(f)->consts), \
                     names = TERN_TUPLE_ITEMS(CODE(f)->names))
/* Reload after a call that left its result in vm->sp[-1]. */
#define PUSH(v)     (*sp++ = (v))
#define POP()       (*--sp)
#define TOP()       (sp[-1])
#define SECOND()    (sp[-2])
#define ARG()       (arg = (unsigned)ip[0] | ((unsigned)ip[1] << 8), ip += 2)
/* t = truth of v: the common constants inline, anything else through
 * tern_truthy (which may run __bool__/__len__, so the state is saved). */
#define TRUTH(v, t) do { \
        if ((v) == TERN_TRUE) (t) = 1; \
        else if ((v) == TERN_FALSE || (v) == TERN_NONE || (v) == TERN_SMALL(0)) (t) = 0; \
        else { SAVE(); (t) = tern_truthy(vm, (v)); LOAD(); } \
    } while (0)
/* Enter frame nf just pushed by a call: state comes from it. */
#define ENTER(nf)   (f = (nf), locals = f->base, LOAD())

#if TERN_ATTR_HINTS
/* The slot of attribute `name` in instance a's storage d (split or a
 * dict), trying hint h first; the hint then says where it was found. */
static tern_val *hinted_slot(tern_val a, tern_val d, int split, tern_val name, tern_attr_hint *h) {
    tern_val *slot;
    if (split) {
        slot = tern_inst_split_slot(a, name, &h->index);
        if (slot)
            h->flags |= TERN_HINT_SPLIT;
    } else {
        slot = tern_dict_name_slot_hinted(d, name, &h->index);
        if (slot)
            h->flags &= (uint16_t)~TERN_HINT_SPLIT;
    }
    return slot;
}
#endif

static void interp(tern_vm *vm, tern_run *run) {
    tern_frame *f = vm->frame;
    const uint8_t *ip;
    tern_val *sp, *locals = f->base, *consts, *names;
    unsigned arg = 0;
    tern_val a, b, r;
    tern_val *fs;       /* a call's function slot (shared by the call opcodes) */
    /* Instructions left before the next slice check (slice.c): the
     * budget of a time slice at the API level, or LONG_MAX: not counted.
     * With computed goto, an uncounted loop dispatches through `labels`
     * and pays nothing for it; a counted one through `counted`, whose
     * every entry leads to a decrement before the real dispatch. The
     * switch build always decrements. Stop requests are polled at every
     * JUMP (each loop has one) and at the checks. */
    long left = tern_slice_start(vm, run);

    LOAD();

#if COMPUTED_GOTO
    static const void *const labels[256] = {
#define TERN_OP0(name) [TERN_BC_##name] = &&op_##name,
#define TERN_OP1(name) [TERN_BC_##name] = &&op_##name,
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
    };
    static const void *const counted[256] = {
#define TERN_OP0(name) [TERN_BC_##name] = &&count_##name,
#define TERN_OP1(name) [TERN_BC_##name] = &&count_##name,
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
    };
    const void *const *tbl = left == LONG_MAX ? labels : counted;
#define DISPATCH()  goto *tbl[*ip++]
#define CASE(name)  op_##name:
#define NEXT()      DISPATCH()
    DISPATCH();
#else
#define CASE(name)  case TERN_BC_##name:
#define NEXT()      goto dispatch
dispatch:
    if (TERN_UNLIKELY(--left < 0))
        goto slice_check;
dispatch_now:
    switch (*ip++) {
#endif
    {
    CASE(NOP)
        NEXT();
    CASE(POP_TOP)
        sp--;
        NEXT();
    CASE(ROT_TWO)
        a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = a;
        NEXT();
    CASE(ROT_THREE)
        a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = a;
        NEXT();
    CASE(ROT_FOUR)
        a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = a;
        NEXT();
    CASE(DUP_TOP)
        a = sp[-1]; PUSH(a);
        NEXT();
    CASE(DUP_TOP_TWO)
        sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2;
        NEXT();
    CASE(BINARY_SUBSCR)
        a = sp[-2]; b = sp[-1];
        if (TERN_IS_LIST(a) && TERN_IS_SMALL(b)) {
            tern_int i = TERN_SMALL_VALUE(b), n = (tern_int)TERN_LIST_LEN(a);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                sp[-2] = TERN_LIST_ITEMS(a)[i];
                sp--;
                NEXT();
            }
        }
        SAVE();
        r = tern_getitem(vm, a, b);
        LOAD();
        sp[-2] = r; sp--;
        NEXT();
    CASE(STORE_SUBSCR)
        SAVE();
        tern_setitem(vm, sp[-2], sp[-1], sp[-3]);
        LOAD();
        sp -= 3;
        NEXT();
    CASE(DELETE_SUBSCR)
        SAVE();
        tern_setitem(vm, sp[-2], sp[-1], TERN_NULL);
        LOAD();
        sp -= 2;
        NEXT();
    CASE(GET_ITER)
        SAVE();
        r = tern_iter(vm, sp[-1]);
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(RETURN_VALUE) {
        tern_frame *done = f;
        r = sp[-1];
        if (done->ctx) {
            /* a generator returning (not a body: gen_finished tells): its
             * value rides on StopIteration */
            gen_finished(vm, done);
        }
        done->base[-1] = r;
        vm->sp = done->base;
        vm->frame++;
        if (done == run->entry) {
            run->result = r;
            run->yielded = 0;
            return;
        }
        f = vm->frame;
        locals = f->base;
        LOAD();
        NEXT();
    }
    CASE(LOAD_BUILD_CLASS)
        r = tern_builtin_get(vm, TERN_N(__build_class__));
        if (!r) {
            SAVE();
            tern_raise_fmt(vm, &tern_type_NameError, "__build_class__ not found");
        }
        PUSH(r);
        NEXT();
    CASE(PRINT_EXPR)
        a = sp[-1];
        if (a != TERN_NONE) {
            SAVE();
            tern_dict_set(vm, vm->builtins, TERN_N(underscore), sp[-1]);
            r = tern_repr(vm, sp[-1]);
            tern_write(vm, 1, TERN_STR_CHARS(r), TERN_STR_LEN(r));
            tern_write(vm, 1, "\n", 1);
            LOAD();
        }
        sp--;
        NEXT();
    CASE(LOAD_ASSERTION_ERROR)
        PUSH(TERN_VAL(&tern_type_AssertionError));
        NEXT();
    CASE(LIST_TO_TUPLE) {
        /* allocate first, then copy: the list's items move with the allocation */
        size_t i, n = TERN_LIST_LEN(sp[-1]);
        SAVE();
        r = tern_tuple_new(vm, n);
        LOAD();
        for (i = 0; i < n; i++)
            TERN_TUPLE_ITEMS(r)[i] = TERN_LIST_ITEMS(sp[-1])[i];
        sp[-1] = r;
        NEXT();
    }
    CASE(PUSH_EXC_INFO)
        a = sp[-1];
        sp[-1] = vm->handled ? vm->handled : TERN_NONE;
        PUSH(a);
        vm->handled = a;
        NEXT();
    CASE(POP_EXCEPT)
        a = POP();
        vm->handled = a == TERN_NONE ? TERN_NULL : a;
        NEXT();
    CASE(CHECK_EXC_MATCH)
        SAVE();
        r = TERN_BOOL(tern_exc_matches(vm, sp[-2], sp[-1]));
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(RERAISE)
        SAVE();
        vm->tb_skip = 1;
        vm->exc = sp[-1];
        tern_nlr_throw(vm);
    CASE(BEFORE_WITH) {
        /* [mgr] -> [exit enter()]; the slot above mgr keeps exit rooted */
        tern_val enter = TERN_NULL, *top = sp;
        SAVE();
        top[0] = tern_getattr_opt(vm, top[-1], TERN_N(__exit__));
        vm->sp = top + 1;
        if (top[0])
            enter = tern_getattr_opt(vm, top[-1], TERN_N(__enter__));
        if (!top[0] || !enter)
            tern_raise_type_error(vm, "'%T' object does not support the context manager protocol",
                                  top[-1]);
        r = tern_call0(vm, enter);
        vm->sp = top;
        LOAD();
        top[-1] = top[0];
        top[0] = r;
        sp = top + 1;
        NEXT();
    }
    CASE(WITH_EXCEPT_START) {
        tern_val exc = sp[-1];
        SAVE();
        r = tern_call3(vm, sp[-3], TERN_VAL(tern_typeof(exc)), exc,
                       TERN_AS(tern_exc, exc)->traceback ? TERN_AS(tern_exc, exc)->traceback : TERN_NONE);
        LOAD();
        PUSH(r);
        NEXT();
    }
    CASE(IMPORT_STAR)
        SAVE();
        import_star(vm, f, sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(YIELD_VALUE)
        r = POP();
        SAVE();
        if (tern_frame_gen(f))
            TERN_AS(tern_gen, f->ctx)->yielded = 1;
        tern_gen_suspend(vm, f, sp);    /* never allocates: r stays valid */
        run->result = r;
        run->yielded = 1;
        return;
    CASE(GET_YIELD_FROM_ITER)
        if (!TERN_IS_KIND(sp[-1], TERN_K_GEN)) {
            SAVE();
            r = tern_iter(vm, sp[-1]);
            LOAD();
            sp[-1] = r;
        }
        NEXT();
    CASE(YIELD_FROM) {
        int done, thrown = vm->throw_yf;
        tern_val it = sp[-2], v = sp[-1];
        vm->throw_yf = 0;
        SAVE();
        if (thrown) {
            r = yield_from_throw(vm, it, v, &done);
        } else if (TERN_IS_KIND(it, TERN_K_GEN)) {
            r = tern_gen_resume(vm, it, v, TERN_NULL, &done);
        } else if (v == TERN_NONE && TERN_IS_KIND(it, TERN_K_INSTANCE)) {
            /* a Python iterator's StopIteration may carry the result */
            r = send_catching_stop(vm, it, TERN_N(__next__), TERN_NULL, &done);
        } else if (v == TERN_NONE) {
            r = tern_next(vm, it);
            done = 0;
            if (!r) {
                done = 1;
                r = TERN_NONE;
            }
        } else {
            r = send_catching_stop(vm, it, TERN_N(send), v, &done);
        }
        LOAD();
        if (done) {
            sp[-2] = r;
            sp--;
            NEXT();
        }
        /* yield r; on resume, re-run this instruction with the sent value
         * pushed on [iter] */
        sp--;
        ip -= 1;
        SAVE();
        if (tern_frame_gen(f)) {
            TERN_AS(tern_gen, f->ctx)->yf = sp[-1];
            TERN_AS(tern_gen, f->ctx)->yielded = 0;
        }
        tern_gen_suspend(vm, f, sp);
        run->result = r;
        run->yielded = 1;
        return;
    }
    CASE(GET_AWAITABLE)
        SAVE();
        r = awaitable(vm, sp[-1], "'await' expression");
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(GET_AITER)
        SAVE();
        r = tern_getattr_opt(vm, sp[-1], TERN_N(__aiter__));
        if (!r)
            tern_raise_type_error(vm, "'async for' requires an object with __aiter__ method, got %T", sp[-1]);
        r = tern_call0(vm, r);
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(GET_ANEXT)
        SAVE();
        r = tern_getattr_opt(vm, sp[-1], TERN_N(__anext__));
        if (!r)
            tern_raise_type_error(vm, "'async for' requires an iterator with __anext__ method, got %T", sp[-1]);
        sp[0] = tern_call0(vm, r);
        vm->sp = sp + 1;
        r = awaitable(vm, sp[0], "'async for' __anext__ result");
        LOAD();             /* sp is now one above the iterator */
        sp[-1] = r;
        NEXT();
    CASE(END_ASYNC_FOR)
        /* [ait exc]: the loop ends on StopAsyncIteration, anything else goes on */
        if (tern_isinstance(sp[-1], &tern_type_StopAsyncIteration)) {
            sp -= 2;
            NEXT();
        }
        SAVE();
        vm->tb_skip = 1;
        vm->exc = sp[-1];
        tern_nlr_throw(vm);
    CASE(BEFORE_ASYNC_WITH) {
        tern_val *top = sp, enter = TERN_NULL;
        SAVE();
        top[0] = tern_getattr_opt(vm, top[-1], TERN_N(__aexit__));
        vm->sp = top + 1;
        if (top[0])
            enter = tern_getattr_opt(vm, top[-1], TERN_N(__aenter__));
        if (!top[0] || !enter)
            tern_raise_type_error(vm, "'%T' object does not support the asynchronous context manager protocol",
                                  top[-1]);
        top[1] = tern_call0(vm, enter);
        vm->sp = top + 2;
        r = awaitable(vm, top[1], "'async with' __aenter__ result");
        vm->sp = top;
        LOAD();
        top[-1] = top[0];
        top[0] = r;
        sp = top + 1;
        NEXT();
    }

    /* ---- with argument ---- */
    CASE(LOAD_CONST)
        ARG();
        PUSH(consts[arg]);
        NEXT();
    CASE(LOAD_SMALL_INT)
        ARG();
        PUSH(TERN_SMALL((int16_t)arg));
        NEXT();
    CASE(LOAD_FAST)
        ARG();
        a = locals[arg];
        if (TERN_UNLIKELY(!a)) {
            SAVE();
            unbound_local(vm, f, (int)arg);
        }
        PUSH(a);
        NEXT();
    CASE(LOAD_FAST_AUG)
        ARG();
        a = locals[arg];
        if (TERN_UNLIKELY(!a)) {
            SAVE();
            unbound_local(vm, f, (int)arg);
        }
        if (a == vm->fresh_str)
            vm->fresh_loads++;
        PUSH(a);
        NEXT();
    CASE(STORE_FAST)
        ARG();
        locals[arg] = POP();
        NEXT();
    CASE(DELETE_FAST)
        ARG();
        if (!locals[arg]) {
            SAVE();
            unbound_local(vm, f, (int)arg);
        }
        locals[arg] = TERN_NULL;
        NEXT();
    CASE(MAKE_CELL)
        ARG();
        SAVE();
        r = tern_cell_new(vm, locals[arg]);
        LOAD();
        locals[arg] = r;
        NEXT();
    CASE(LOAD_CLOSURE)
        ARG();
        PUSH(locals[arg]);
        NEXT();
    CASE(LOAD_DEREF)
        ARG();
        a = TERN_AS(tern_cell, locals[arg])->value;
        if (!a) {
            SAVE();
            unbound_free(vm, f, (int)arg);
        }
        PUSH(a);
        NEXT();
    CASE(STORE_DEREF)
        ARG();
        if (TERN_UNLIKELY(sp[-1] == vm->fresh_str))
            vm->fresh_str = TERN_NULL;  /* cells are shared: see tern_str_append */
        TERN_AS(tern_cell, locals[arg])->value = POP();
        NEXT();
    CASE(DELETE_DEREF)
        ARG();
        TERN_AS(tern_cell, locals[arg])->value = TERN_NULL;
        NEXT();
    CASE(LOAD_GLOBAL)
        ARG();
#if TERN_ATTR_HINTS
        if (CODE(f)->hints) {
            /* the hint's dict index: where the global was last time */
            tern_attr_hint *h = (tern_attr_hint *)TERN_BLOB_DATA(TERN_PTR(CODE(f)->hints)) + arg;
            tern_val *slot = tern_dict_name_slot_hinted(f->globals, names[arg], &h->index);
            a = slot ? *slot : TERN_NULL;
        } else
#endif
        a = tern_dict_get_name(f->globals, names[arg]);
        if (!a) {
            SAVE();
            a = load_global(vm, f, names[arg]);
            LOAD();
        }
        if (TERN_UNLIKELY(a == vm->fresh_str))
            vm->fresh_loads++;
        PUSH(a);
        NEXT();
    CASE(STORE_GLOBAL)
        ARG();
        if (TERN_UNLIKELY(sp[-1] == vm->fresh_str) && (*(tern_hdr *)TERN_PTR(f->globals) & TERN_HF_EXPOSED))
            vm->fresh_str = TERN_NULL;  /* see tern_str_append */
        SAVE();
        tern_dict_set(vm, f->globals, names[arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(DELETE_GLOBAL)
        ARG();
        SAVE();
        if (!tern_dict_del(vm, f->globals, names[arg]))
            tern_vm_name_error(vm, NAME(arg));
        LOAD();
        NEXT();
    CASE(LOAD_NAME)
        ARG();
        SAVE();
        r = load_name(vm, f, names[arg]);
        LOAD();
        if (TERN_UNLIKELY(r == vm->fresh_str))
            vm->fresh_loads++;
        PUSH(r);
        NEXT();
    CASE(STORE_NAME)
        /* only in module and class bodies, whose frames' ctx is the locals */
        ARG();
        /* only a module body's unexposed namespace keeps a fresh str unique
         * (a class body's namespace is copied into the class) */
        if (TERN_UNLIKELY(sp[-1] == vm->fresh_str) &&
            (f->ctx != f->globals || (*(tern_hdr *)TERN_PTR(f->ctx) & TERN_HF_EXPOSED)))
            vm->fresh_str = TERN_NULL;
        SAVE();
        if (TERN_IS_DICT(f->ctx))
            tern_dict_set(vm, f->ctx, names[arg], sp[-1]);
        else
            tern_setitem(vm, f->ctx, names[arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(DELETE_NAME)
        ARG();
        SAVE();
        if (!tern_dict_del(vm, f->ctx, names[arg]))
            tern_vm_name_error(vm, NAME(arg));
        LOAD();
        NEXT();
    CASE(LOAD_ATTR)
        ARG();
        a = sp[-1];
        if (TERN_IS_KIND(a, TERN_K_INSTANCE)) {
            /* fast path: an instance attribute the class doesn't define
             * (so no descriptor can intervene), in a dict or split storage */
            tern_val d = TERN_AS(tern_instance, a)->dict;
            tern_val cls = TERN_AS(tern_instance, a)->cls;
            int split = d && TERN_IS_KIND(d, TERN_K_ARRAY);
            if (d && (split || TERN_IS_DICT(d)) && !(((const tern_type *)TERN_PTR(cls))->pad_ & TERN_CLS_GETATTRIBUTE)) {
                tern_val *slot;
#if TERN_ATTR_HINTS
                /* (a hard callback neither reads nor writes the hints: the
                 * main program may be halfway through writing one) */
                tern_val hv = vm->irq_level ? TERN_NULL : CODE(f)->hints;
                tern_attr_hint *h = hv ? (tern_attr_hint *)TERN_BLOB_DATA(TERN_PTR(hv)) + arg : NULL;
                if (h && h->type == (uintptr_t)cls && h->epoch == vm->attr_epoch && (h->flags & TERN_HINT_LOAD)) {
                    if (split && (h->flags & TERN_HINT_SPLIT) && h->index < TERN_AS(tern_array, d)->cap
                        && (r = TERN_AS(tern_array, d)->items[h->index]) != TERN_NULL) {
                        sp[-1] = r;
                        NEXT();
                    }
                    slot = hinted_slot(a, d, split, names[arg], h);
                    if (slot) {
                        sp[-1] = *slot;
                        NEXT();
                    }
                } else
#endif
                if (!tern_type_lookup(vm, (const tern_type *)TERN_PTR(cls), names[arg])) {
#if TERN_ATTR_HINTS
                    if (h) {
                        if (h->type != (uintptr_t)cls || h->epoch != vm->attr_epoch)
                            h->flags = 0;
                        h->type = (uintptr_t)cls;
                        h->epoch = vm->attr_epoch;
                        h->flags |= TERN_HINT_LOAD;
                        slot = hinted_slot(a, d, split, names[arg], h);
                    } else
#endif
                    {
                        uint16_t hint0 = 0;
                        slot = split ? tern_inst_split_slot(a, names[arg], NULL)
                                     : tern_dict_name_slot_hinted(d, names[arg], &hint0);
                    }
                    if (slot) {
                        sp[-1] = *slot;
                        NEXT();
                    }
                }
            }
        }
        SAVE();
        r = tern_getattr(vm, sp[-1], names[arg]);
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(STORE_ATTR)
        ARG();
        a = sp[-1];
        if (TERN_IS_KIND(a, TERN_K_INSTANCE)) {
            /* fast path: no class attribute of that name (so no descriptor)
             * and no __setattr__ written in Python; the value goes into the
             * instance dict or split storage */
            tern_val d = TERN_AS(tern_instance, a)->dict, m;
            const tern_type *t = (const tern_type *)TERN_PTR(TERN_AS(tern_instance, a)->cls);
            int split = d && TERN_IS_KIND(d, TERN_K_ARRAY);
#if TERN_ATTR_HINTS
            tern_val hv = vm->irq_level ? TERN_NULL : CODE(f)->hints;     /* (see LOAD_ATTR) */
            tern_attr_hint *h = hv ? (tern_attr_hint *)TERN_BLOB_DATA(TERN_PTR(hv)) + arg : NULL;
            if (d && h && h->type == (uintptr_t)t && h->epoch == vm->attr_epoch && (h->flags & TERN_HINT_STORE)) {
                if (split) {
                    tern_array *v = TERN_AS(tern_array, d);
                    size_t i = h->index;
                    if ((h->flags & TERN_HINT_SPLIT) && i < v->cap && (v->items[i] || i == 0 || v->items[i - 1])) {
                        v->items[i] = sp[-2];   /* replace, or set the next in order */
                        sp -= 2;
                        NEXT();
                    }
                    if (tern_inst_split_store_fast(a, names[arg], sp[-2], &h->index)) {
                        h->flags |= TERN_HINT_SPLIT;
                        sp -= 2;
                        NEXT();
                    }
                } else if (TERN_IS_DICT(d)) {
                    h->flags &= (uint16_t)~TERN_HINT_SPLIT;
                    tern_val *slot = tern_dict_name_slot_hinted(d, names[arg], &h->index);
                    if (slot) {
                        *slot = sp[-2];
                        sp -= 2;
                        NEXT();
                    }
                }
            }
#endif
            if (d && (split || TERN_IS_DICT(d)) && names[arg] != TERN_N(__class__) && names[arg] != TERN_N(__dict__)
                && !tern_type_lookup(vm, t, names[arg])) {
                m = tern_type_lookup(vm, t, TERN_N(__setattr__));
                if (!m || !TERN_IS_OBJ(m) || !TERN_IN_HEAP(vm, TERN_PTR(m))) {
                    uint16_t hint0 = 0, *hint = &hint0;
#if TERN_ATTR_HINTS
                    if (h) {
                        if (h->type != (uintptr_t)t || h->epoch != vm->attr_epoch)
                            h->flags = 0;
                        h->type = (uintptr_t)t;
                        h->epoch = vm->attr_epoch;
                        h->flags = (uint16_t)((h->flags | TERN_HINT_STORE) & ~TERN_HINT_SPLIT);
                        hint = &h->index;
                    }
#endif
                    if (split) {
                        if (tern_inst_split_store_fast(a, names[arg], sp[-2], hint)) {
#if TERN_ATTR_HINTS
                            if (h)
                                h->flags |= TERN_HINT_SPLIT;    /* *hint is now the key's position */
#endif
                            sp -= 2;
                            NEXT();
                        }
                    } else {
                        tern_val *slot = tern_dict_name_slot_hinted(d, names[arg], hint);
                        if (slot) {
                            *slot = sp[-2];     /* an existing attribute: no allocation */
                            sp -= 2;
                            NEXT();
                        }
                        SAVE();
                        tern_dict_set(vm, d, names[arg], sp[-2]);
                        LOAD();
                        sp -= 2;
                        NEXT();
                    }
                }
            }
        }
        SAVE();
        tern_setattr(vm, sp[-1], names[arg], sp[-2]);
        LOAD();
        sp -= 2;
        NEXT();
    CASE(DELETE_ATTR)
        ARG();
        SAVE();
        tern_setattr(vm, sp[-1], names[arg], TERN_NULL);
        LOAD();
        sp--;
        NEXT();
    CASE(LOAD_METHOD) {
        int is_method;
        tern_val m;
        ARG();
        SAVE();
        is_method = tern_load_method(vm, sp[-1], names[arg], &m);
        LOAD();
        if (is_method) {
            sp[0] = sp[-1];
            sp[-1] = m;
        } else {
            sp[-1] = m;
            sp[0] = TERN_NULL;
        }
        sp++;
        NEXT();
    }
    CASE(BINARY_OP)
        ARG();
        a = sp[-2]; b = sp[-1];
        if (TERN_IS_SMALL(a) && TERN_IS_SMALL(b)) {
            tern_int x = TERN_SMALL_VALUE(a), y = TERN_SMALL_VALUE(b), z;
            switch (arg & 15) {
            case TERN_OP_ADD:
                z = x + y;
                if (TERN_SMALL_FITS(z)) { sp[-2] = TERN_SMALL(z); sp--; NEXT(); }
                break;
            case TERN_OP_SUB:
                z = x - y;
                if (TERN_SMALL_FITS(z)) { sp[-2] = TERN_SMALL(z); sp--; NEXT(); }
                break;
            case TERN_OP_AND:
                sp[-2] = a & b; sp--; NEXT();
            case TERN_OP_OR:
                sp[-2] = a | b; sp--; NEXT();
            case TERN_OP_XOR:
                sp[-2] = TERN_SMALL(x ^ y); sp--; NEXT();
            default:
                break;
            }
        }
        if (TERN_IS_FLOAT(a) || TERN_IS_FLOAT(b)) {
            /* float fast path: float op float, float op small int */
            double x, y, z;
            int ok = 1;
            if (TERN_IS_FLOAT(a)) x = TERN_AS(tern_float, a)->value;
            else if (TERN_IS_SMALL(a)) x = (double)TERN_SMALL_VALUE(a);
            else ok = 0;
            if (TERN_IS_FLOAT(b)) y = TERN_AS(tern_float, b)->value;
            else if (TERN_IS_SMALL(b)) y = (double)TERN_SMALL_VALUE(b);
            else ok = 0;
            if (ok) {
                switch (arg & 15) {
                case TERN_OP_ADD: z = x + y; break;
                case TERN_OP_SUB: z = x - y; break;
                case TERN_OP_MUL: z = x * y; break;
                case TERN_OP_TRUEDIV:
                    if (y == 0.0) { ok = 0; z = 0; } else z = x / y;
                    break;
                default: ok = 0; z = 0; break;
                }
                if (ok) {
                    SAVE();
                    r = tern_float_new(vm, z);
                    LOAD();
                    sp[-2] = r; sp--;
                    NEXT();
                }
            }
        }
        SAVE();
        r = TERN_UNLIKELY(arg & TERN_OP_TO_NAME) ? tern_str_append_op(vm, (int)arg, a, b)
                                                 : tern_binary_op(vm, (int)arg, a, b);
        LOAD();
        sp[-2] = r; sp--;
        NEXT();
    CASE(UNARY_OP)
        ARG();
        if (arg == TERN_UOP_NOT) {
            a = sp[-1];
            if (a == TERN_TRUE) r = TERN_FALSE;
            else if (a == TERN_FALSE || a == TERN_NONE) r = TERN_TRUE;
            else {
                SAVE();
                r = TERN_BOOL(!tern_truthy(vm, a));
                LOAD();
            }
            sp[-1] = r;
            NEXT();
        }
        SAVE();
        r = tern_unary_op(vm, (int)arg, sp[-1]);
        LOAD();
        sp[-1] = r;
        NEXT();
    CASE(COMPARE_OP)
        ARG();
        a = sp[-2]; b = sp[-1];
        if (TERN_IS_SMALL(a) && TERN_IS_SMALL(b)) {
            tern_int x = (tern_int)a, y = (tern_int)b;   /* tagged order = value order */
            switch (arg) {
            case TERN_CMP_LT: r = TERN_BOOL(x < y); break;
            case TERN_CMP_LE: r = TERN_BOOL(x <= y); break;
            case TERN_CMP_EQ: case TERN_CMP_IS: r = TERN_BOOL(x == y); break;
            case TERN_CMP_NE: case TERN_CMP_IS_NOT: r = TERN_BOOL(x != y); break;
            case TERN_CMP_GT: r = TERN_BOOL(x > y); break;
            case TERN_CMP_GE: r = TERN_BOOL(x >= y); break;
            default: goto slow_compare;
            }
            sp[-2] = r; sp--;
            NEXT();
        }
        if (TERN_IS_FLOAT(a) && TERN_IS_FLOAT(b) && arg <= TERN_CMP_GE) {
            double x = TERN_AS(tern_float, a)->value, y = TERN_AS(tern_float, b)->value;
            switch (arg) {
            case TERN_CMP_LT: r = TERN_BOOL(x < y); break;
            case TERN_CMP_LE: r = TERN_BOOL(x <= y); break;
            case TERN_CMP_EQ: r = TERN_BOOL(x == y); break;
            case TERN_CMP_NE: r = TERN_BOOL(x != y); break;
            case TERN_CMP_GT: r = TERN_BOOL(x > y); break;
            default: r = TERN_BOOL(x >= y); break;
            }
            sp[-2] = r; sp--;
            NEXT();
        }
        if (arg == TERN_CMP_IS) { sp[-2] = TERN_BOOL(a == b); sp--; NEXT(); }
        if (arg == TERN_CMP_IS_NOT) { sp[-2] = TERN_BOOL(a != b); sp--; NEXT(); }
    slow_compare:
        SAVE();
        r = tern_compare(vm, (int)arg, a, b);
        LOAD();
        sp[-2] = r; sp--;
        NEXT();
    CASE(BUILD_TUPLE)
        ARG();
        SAVE();
        r = tern_tuple_from(vm, arg, sp - arg);
        LOAD();
        sp -= arg;
        PUSH(r);
        NEXT();
    CASE(BUILD_LIST)
        ARG();
        SAVE();
        r = tern_list_from(vm, arg, sp - arg);
        LOAD();
        sp -= arg;
        PUSH(r);
        NEXT();
    CASE(BUILD_SET) {
        unsigned i;
        tern_val *top;
        ARG();
        SAVE();
        top = sp;
        top[0] = tern_set_new(vm, 0);
        vm->sp = top + 1;
        for (i = 0; i < arg; i++)
            tern_set_add(vm, top[0], top[-(int)arg + (int)i]);
        vm->sp = top;
        LOAD();
        r = top[0];
        sp -= arg;
        PUSH(r);
        NEXT();
    }
    CASE(BUILD_MAP) {
        unsigned i;
        tern_val *top;
        ARG();
        SAVE();
        top = sp;
        top[0] = tern_dict_new(vm, arg);
        vm->sp = top + 1;
        for (i = 0; i < arg; i++)
            tern_dict_set(vm, top[0], top[-2 * (int)arg + 2 * (int)i], top[-2 * (int)arg + 2 * (int)i + 1]);
        vm->sp = top;
        LOAD();
        r = top[0];
        sp -= 2 * arg;
        PUSH(r);
        NEXT();
    }
    CASE(BUILD_SLICE)
        ARG();
        SAVE();
        if (arg == 3)
            r = tern_slice_new(vm, sp[-3], sp[-2], sp[-1]);
        else
            r = tern_slice_new(vm, sp[-2], sp[-1], TERN_NONE);
        LOAD();
        sp -= arg;
        PUSH(r);
        NEXT();
    CASE(BUILD_STRING) {
        tern_strbuf sb;
        unsigned i;
        ARG();
        SAVE();
        {
            TERN_ROOTS(vm);
            tern_strbuf_init(vm, &sb, 32);
            for (i = 0; i < arg; i++)
                tern_strbuf_add_str(vm, &sb, sp[-(int)arg + (int)i]);
            r = tern_strbuf_finish(vm, &sb);
            TERN_UNROOT(vm);
        }
        LOAD();
        sp -= arg;
        PUSH(r);
        NEXT();
    }
    CASE(FORMAT_VALUE) {
        tern_val spec = TERN_NULL;
        ARG();
        if (arg & 4)
            spec = POP();
        SAVE();
        vm->sp = sp;
        sp[0] = spec;           /* keep the spec rooted just above */
        vm->sp = sp + 1;
        r = format_value(vm, sp[-1], (int)(arg & 3), sp[0]);
        LOAD();
        sp = vm->sp - 1;
        sp[-1] = r;
        NEXT();
    }
    CASE(LIST_APPEND)
        ARG();
        SAVE();
        tern_list_append(vm, sp[-1 - (int)arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(SET_ADD)
        ARG();
        SAVE();
        tern_set_add(vm, sp[-1 - (int)arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(MAP_ADD)
        ARG();
        SAVE();
        tern_dict_set(vm, sp[-2 - (int)arg], sp[-2], sp[-1]);
        LOAD();
        sp -= 2;
        NEXT();
    CASE(LIST_EXTEND)
        /* arg: the list's depth, + 0x8000 in a call f(*v) (f is below the list) */
        ARG();
        SAVE();
        if (TERN_UNLIKELY(!tern_iterable_(sp[-1])))
            tern_dict_star_error(vm, (arg & 0x8000) ? sp[-2 - (int)(arg & 0x7FFF)] : TERN_NULL, sp[-1]);
        tern_list_extend(vm, sp[-1 - (int)(arg & 0x7FFF)], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(SET_UPDATE)
        ARG();
        SAVE();
        tern_set_update(vm, sp[-1 - (int)arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(DICT_UPDATE)
        ARG();
        SAVE();
        if (!TERN_IS_DICT(sp[-1]) && !tern_getattr_opt(vm, sp[-1], TERN_N(keys)))
            tern_raise_type_error(vm, "'%T' object is not a mapping", sp[-1]);
        tern_dict_update(vm, sp[-1 - (int)arg], sp[-1]);
        LOAD();
        sp--;
        NEXT();
    CASE(DICT_MERGE)
        /* f(**a, **b): [f args kwargs .. m]: the function is two below kwargs */
        ARG();
        SAVE();
        tern_dict_merge(vm, sp[-1 - (int)arg], sp[-1], 1, sp[-3 - (int)arg]);
        LOAD();
        sp--;
        NEXT();
    CASE(UNPACK_SEQUENCE)
        ARG();
        SAVE();
        sp = unpack(vm, sp - 1, (int)arg, 0, 0);
        vm->sp = sp;    /* not f->ip: a collection in unpack rebased it */
        LOAD();
        NEXT();
    CASE(UNPACK_EX)
        ARG();
        SAVE();
        sp = unpack(vm, sp - 1, (int)(arg & 0xFF), (int)(arg >> 8), 1);
        vm->sp = sp;    /* not f->ip: a collection in unpack rebased it */
        LOAD();
        NEXT();
    CASE(JUMP)
        ARG();
        ip = TERN_CODE_BYTES(CODE(f)) + arg;
        /* every loop jumps back with JUMP: poll for a stop request */
        if (TERN_UNLIKELY(TERN_STOP_GET(&vm->stop_request)))
            goto slice_check;
        NEXT();
    CASE(POP_JUMP_IF_FALSE) {
        int t;
        ARG();
        a = POP();
        TRUTH(a, t);
        if (!t)
            ip = TERN_CODE_BYTES(CODE(f)) + arg;
        NEXT();
    }
    CASE(POP_JUMP_IF_TRUE) {
        int t;
        ARG();
        a = POP();
        TRUTH(a, t);
        if (t)
            ip = TERN_CODE_BYTES(CODE(f)) + arg;
        NEXT();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        int t;
        ARG();
        a = sp[-1];
        TRUTH(a, t);
        if (!t)
            ip = TERN_CODE_BYTES(CODE(f)) + arg;
        else
            sp--;
        NEXT();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        int t;
        ARG();
        a = sp[-1];
        TRUTH(a, t);
        if (t)
            ip = TERN_CODE_BYTES(CODE(f)) + arg;
        else
            sp--;
        NEXT();
    }
    CASE(FOR_ITER)
        ARG();
        a = sp[-1];
        if (TERN_IS_KIND(a, TERN_K_ITER)) {
            /* fast path: list/tuple/range iterators are handled by their next slot;
             * the generic call below is cheap enough for now */
        }
        SAVE();
        r = tern_next(vm, a);
        LOAD();
        if (r) {
            PUSH(r);
        } else {
            sp--;
            ip = TERN_CODE_BYTES(CODE(f)) + arg;
        }
        NEXT();

    /* ---- calls ---- */
    CASE(CALL_FUNCTION) {
        ARG();
        fs = sp - arg - 1;
    do_call_plain:
        if (TERN_IS_KIND(fs[0], TERN_K_FUNC)) {
            tern_frame *nf;
            SAVE();
            nf = tern_vm_push_call(vm, fs[0], fs + 1, (int)arg, TERN_NULL);
            if (nf) {
                ENTER(nf);
            } else {
                LOAD();
            }
            NEXT();
        }
        SAVE();
        r = tern_call(vm, fs[0], (int)arg, fs + 1, TERN_NULL);
        LOAD();
        sp = fs;
        PUSH(r);
        NEXT();
    }
    CASE(CALL_METHOD) {
        ARG();
        fs = sp - arg - 2;
        if (fs[1]) {
            arg += 1;
        } else {
            /* [m NULL args] -> treat as [m args] by closing the gap */
            unsigned i;
            for (i = 0; i < arg; i++)
                fs[1 + i] = fs[2 + i];
            sp--;
        }
        goto do_call_plain;
    }
    CASE(CALL_FUNCTION_KW)
    CASE(CALL_METHOD_KW) {
        tern_val kwn;
        int is_method = ip[-1] == TERN_BC_CALL_METHOD_KW;
        ARG();
        kwn = POP();
        fs = sp - arg - 1 - (is_method ? 1 : 0);
        if (is_method) {
            if (fs[1]) {
                arg += 1;
            } else {
                unsigned i;
                for (i = 0; i < arg; i++)
                    fs[1 + i] = fs[2 + i];
                sp--;
            }
        }
        SAVE();
        if (TERN_IS_KIND(fs[0], TERN_K_FUNC)) {
            tern_frame *nf;
            nf = tern_vm_push_call(vm, fs[0], fs + 1, (int)arg, kwn);
            if (nf) {
                ENTER(nf);
            } else {
                LOAD();
            }
            NEXT();
        }
        /* kwn is a constant of the running code, so it stays alive; callees
         * that allocate before reading kwnames must root their copy */
        r = tern_call(vm, fs[0], (int)arg, fs + 1, kwn);
        LOAD();
        sp = fs;
        PUSH(r);
        NEXT();
    }
    CASE(CALL_FUNCTION_EX) {
        /* [f args kwargs?]: spread the tuple and the dict into a plain call
         * laid out above them: [f args kwargs kwnames | f a1..an v1..vk] */
        tern_val *base;
        tern_val kwn = TERN_NULL;
        size_t n, i, nkw = 0;
        ARG();
        fs = sp - 2 - (arg & 1);
        if (!(arg & 1))
            fs[2] = TERN_NULL;
        fs[3] = TERN_NULL;
        sp = fs + 4;
        SAVE();
        if (!TERN_IS_TUPLE(fs[1])) {
            r = tern_tuple_of(vm, fs[1]);
            fs[1] = r;
        }
        if ((arg & 1) && !TERN_IS_DICT(fs[2])) {
            r = tern_dict_new(vm, 0);
            fs[3] = r;
            tern_call_method1(vm, fs[3], TERN_N(update), fs[2]);
            fs[2] = fs[3];
            fs[3] = TERN_NULL;
        }
        n = TERN_TUPLE_LEN(fs[1]);
        nkw = (arg & 1) ? TERN_DICT_LEN(fs[2]) : 0;
        if (nkw) {
            kwn = tern_tuple_new(vm, nkw);
            fs[3] = kwn;
        }
        tern_vm_check_stack(vm, n + nkw + 2);
        base = fs + 4;
        base[0] = fs[0];
        for (i = 0; i < n; i++)
            base[1 + i] = TERN_TUPLE_ITEMS(fs[1])[i];
        if (nkw) {
            tern_val k = TERN_NULL, v = TERN_NULL;
            size_t pos = 0, j = 0;
            while (tern_dict_next(fs[2], &pos, &k, &v) && j < nkw) {
                if (!TERN_IS_STR(k))
                    tern_raise_type_error(vm, "keywords must be strings");
                TERN_TUPLE_ITEMS(fs[3])[j] = k;
                base[1 + n + j] = v;
                j++;
            }
        }
        vm->sp = base + 1 + n + nkw;
        if (TERN_IS_KIND(base[0], TERN_K_FUNC)) {
            /* a frame's result goes just below its arguments: lay the call
             * out at fs (the tuple and the dict are spent; push_call roots
             * kwn before it allocates) */
            tern_frame *nf;
            kwn = fs[3];
            for (i = 0; i < 1 + n + nkw; i++)
                fs[i] = base[i];
            vm->sp = fs + 1 + n + nkw;
            nf = tern_vm_push_call(vm, fs[0], fs + 1, (int)(n + nkw), kwn);
            if (nf) {
                ENTER(nf);
            } else {
                LOAD();
            }
            NEXT();
        }
        r = tern_call(vm, base[0], (int)(n + nkw), base + 1, fs[3]);
        LOAD();
        sp = fs;
        PUSH(r);
        NEXT();
    }
    CASE(MAKE_FUNCTION) {
        tern_val fn;
        ARG();
        SAVE();
        fn = tern_func_new(vm, sp[-1], f->globals);
        LOAD();
        sp--;
        if (arg & 8) { TERN_AS(tern_func, fn)->closure = POP(); }
        if (arg & 4) {
            /* [.. annotations] -> fn.__annotations__; fn sits on the stack
             * meanwhile (the dicts allocate) */
            tern_val ann = sp[-1];
            sp[-1] = fn;
            PUSH(ann);
            SAVE();
            tern_dict_set(vm, tern_obj_dict(vm, sp[-2], 1), TERN_N(__annotations__), sp[-1]);
            LOAD();
            sp--;
            fn = POP();
        }
        if (arg & 2) { TERN_AS(tern_func, fn)->kwdefaults = POP(); }
        if (arg & 1) { TERN_AS(tern_func, fn)->defaults = POP(); }
        PUSH(fn);
        NEXT();
    }
    CASE(RAISE_VARARGS)
        ARG();
        SAVE();
        if (arg == 0) {
            if (!vm->handled)
                tern_raise_fmt(vm, &tern_type_RuntimeError, "No active exception to reraise");
            vm->exc = vm->handled;
            vm->tb_skip = 1;    /* as RERAISE: this frame is in the traceback already */
            tern_nlr_throw(vm);
        }
        if (arg == 1)
            do_raise(vm, sp[-1], TERN_NULL, 0);
        do_raise(vm, sp[-2], sp[-1], 1);
    CASE(IMPORT_NAME)
        ARG();
        SAVE();
        r = tern_import(vm, names[arg], sp[-1], (int)TERN_SMALL_VALUE(sp[-2]), f->globals);
        LOAD();
        sp -= 2;
        PUSH(r);
        NEXT();
    CASE(IMPORT_FROM)
        ARG();
        SAVE();
        r = tern_getattr_opt(vm, sp[-1], names[arg]);
        if (!r) {
            tern_val mn = TERN_IS_KIND(sp[-1], TERN_K_MODULE) ? TERN_AS(tern_module, sp[-1])->name : TERN_N(ANGLE_module);
            tern_raise_fmt(vm, &tern_type_ImportError, "cannot import name '%V' from '%V'", NAME(arg), mn);
        }
        LOAD();
        PUSH(r);
        NEXT();
    }
    CASE(GET_LEN)
        SAVE();
        r = tern_match_len(vm, sp[-1]);
        LOAD();
        PUSH(r);
        NEXT();
    CASE(MATCH_KIND)
        ARG();
        SAVE();
        r = tern_match_kind(vm, sp[-1], (int)arg) ? TERN_TRUE : TERN_FALSE;
        LOAD();
        PUSH(r);
        NEXT();
    CASE(MATCH_KEYS)
        SAVE();
        r = tern_match_keys(vm, sp[-2], sp[-1]);
        LOAD();
        PUSH(r);
        NEXT();
    CASE(COPY_DICT_WITHOUT_KEYS)
        SAVE();
        r = tern_match_rest(vm, sp[-2], sp[-1]);
        LOAD();
        sp[-2] = r;
        sp--;
        NEXT();
    CASE(MATCH_CLASS)
        ARG();
        SAVE();
        r = tern_match_class(vm, sp[-3], sp[-2], sp[-1], (int)arg);
        LOAD();
        sp[-3] = r;
        sp -= 2;
        NEXT();
#if COMPUTED_GOTO
        /* a counted run: each opcode comes first to its own stub here,
         * which counts and then jumps straight to the opcode (one stub
         * per opcode keeps the indirect jumps as predictable as in an
         * uncounted run) */
#define TERN_OP0(name) count_##name: \
        if (TERN_UNLIKELY(--left < 0)) { ip--; goto slice_check; } \
        goto op_##name;
#define TERN_OP1(name) TERN_OP0(name)
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
#endif
    slice_check:
        /* between two instructions, ip at the next one: a stop request
         * raises KeyboardInterrupt here, a spent budget returns to the
         * embedder (TERN_YIELD) with every frame kept */
        SAVE();
        left = tern_slice_check(vm, run);
        if (left < 0) {
            run->result = TERN_NONE;
            run->yielded = 0;
            return;
        }
        LOAD();     /* the check may have collected (objects moved) */
#if COMPUTED_GOTO
        tbl = left == LONG_MAX ? labels : counted;
        goto *labels[*ip++];
#else
        goto dispatch_now;
#endif
#if !COMPUTED_GOTO
    default:
        SAVE();
        tern_raise_fmt(vm, &tern_type_SystemError, "bad opcode %d", (int)ip[-1]);
    }
#endif
}
