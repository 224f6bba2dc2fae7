/* SPDX-License-Identifier: MIT */
/*
 * call.c — calling: binding arguments to a Python frame, calling any
 * callable from C, and the argument helpers C functions use.
 *
 * A Python frame's locals sit on the value stack where the caller pushed
 * the arguments, so a call with plain positional arguments copies nothing.
 */
#include "vm_int.h"
#include "obj_class.h"
#include <stdio.h>

void tern_vm_overflow(tern_vm *vm) {
    tern_raise_fmt(vm, &tern_type_RecursionError, "maximum recursion depth exceeded");
}

/* The value stack ends where the innermost frame record begins. */
void tern_vm_check_stack(tern_vm *vm, size_t n) {
    if ((size_t)((tern_val *)vm->frame - vm->sp) < n + 8)
        tern_vm_overflow(vm);
}

tern_val *tern_push(tern_vm *vm, tern_val v) {
    if (vm->sp >= (tern_val *)vm->frame)
        tern_vm_overflow(vm);
    *vm->sp = v;
    return vm->sp++;
}

void tern_popn(tern_vm *vm, size_t n) {
    vm->sp -= n;
}

/* The name call errors use (a str value: messages format it with %V, which
 * roots it, never with %s on a pointer into the heap). */
static tern_val func_name(tern_val func) {
    tern_val q = TERN_AS(tern_func, func)->qualname;
    return q ? q : TERN_AS(tern_func, func)->name;
}

/* "missing 2 required positional arguments: 'a' and 'b'" */
TERN_NORETURN static void missing_args(tern_vm *vm, tern_val func, tern_val *slots,
                                       int from, int to, const char *kind) {
    tern_code *c = TERN_AS(tern_code, TERN_AS(tern_func, func)->code);
    tern_val names = c->varnames;
    int i, n = 0, k = 0;
    char buf[256];
    size_t len = 0;
    for (i = from; i < to; i++)
        if (!slots[i])
            n++;
    for (i = from; i < to; i++) {
        const char *nm;
        if (slots[i])
            continue;
        nm = TERN_STR_CHARS(TERN_TUPLE_ITEMS(names)[i]);
        k++;
        len += (size_t)snprintf(buf + len, sizeof(buf) - len, "'%s'%s", nm,
                                k == n ? "" : (k == n - 1 ? (n > 2 ? ", and " : " and ") : ", "));
        if (len >= sizeof(buf) - 1)
            break;
    }
    tern_raise_type_error(vm, "%V() missing %d required %s argument%s: %s", func_name(func), n,
                          kind, n == 1 ? "" : "s", buf);
}

TERN_NORETURN static void too_many_positional(tern_vm *vm, tern_val func, int given, int kwgiven) {
    tern_code *c = TERN_AS(tern_code, TERN_AS(tern_func, func)->code);
    tern_val defs = TERN_AS(tern_func, func)->defaults;
    int ndef = defs ? (int)TERN_TUPLE_LEN(defs) : 0;
    int argc = c->argcount;
    char kw[64] = "";
    if (kwgiven)
        snprintf(kw, sizeof kw, " positional argument%s (and %d keyword-only argument%s)",
                 given == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    if (ndef)
        tern_raise_type_error(vm, "%V() takes from %d to %d positional arguments but %d%s %s given",
                              func_name(func), argc - ndef, argc, given, kw,
                              kwgiven ? "were" : (given == 1 ? "was" : "were"));
    tern_raise_type_error(vm, "%V() takes %d positional argument%s but %d%s %s given", func_name(func),
                          argc, argc == 1 ? "" : "s", given, kw,
                          kwgiven ? "were" : (given == 1 ? "was" : "were"));
}

/* Is `name` one of the first `n` parameter names? */
static int posonly_named(tern_val vnames, int n, tern_val name) {
    int j;
    for (j = 0; j < n; j++)
        if (tern_str_eq(TERN_TUPLE_ITEMS(vnames)[j], name))
            return 1;
    return 0;
}

/*
 * Bind arguments in place. The general case (keywords, *args, **kwargs,
 * defaults) first moves the keyword values above the frame's slots, then
 * fills the slots. While it allocates (the *args tuple, the **kwargs
 * dict), every slot holds a value or NULL and vm->sp covers them all, so
 * the collector sees a consistent stack.
 */
tern_frame *tern_vm_push_call(tern_vm *vm, tern_val func, tern_val *args, int nargs,
                              tern_val kwnames) {
    tern_func *fn = TERN_AS(tern_func, func);
    tern_code *c = TERN_AS(tern_code, fn->code);
    int nkw = TERN_NKW(kwnames);
    int npos = nargs - nkw;
    int argc = c->argcount, nkwonly = c->kwonlycount, nlocals = c->nlocals;
    int flags = c->flags;
    int i, nextra;
    tern_val *slots = args;
    tern_frame *f;

    tern_vm_check_frame(vm, (size_t)nlocals + c->stacksize + (size_t)nkw * 2 + 4);

    if (nkw == 0 && npos == argc && !(flags & (TERN_CO_VARARGS | TERN_CO_VARKW)) && nkwonly == 0) {
        /* fast path: exactly the positional parameters */
        for (i = npos; i < nlocals; i++)
            slots[i] = TERN_NULL;
    } else {
        int kwbase = nlocals > nargs ? nlocals : nargs;
        int varargs_slot = argc + nkwonly;
        int varkw_slot = varargs_slot + ((flags & TERN_CO_VARARGS) ? 1 : 0);
        tern_val *kwv = slots + kwbase;
        tern_val kwn = kwnames;
        /* keyword values and the excess positionals move above the slots */
        nextra = npos > argc ? npos - argc : 0;
        for (i = 0; i < nkw; i++)
            kwv[i] = slots[npos + i];
        for (i = 0; i < nextra; i++)
            kwv[nkw + i] = slots[argc + i];
        vm->sp = kwv + nkw + nextra;
        if (nextra && !(flags & TERN_CO_VARARGS)) {
            /* CPython's message counts the keyword-only parameters given */
            int kwgiven = 0, j;
            for (i = 0; i < nkw; i++)
                for (j = argc; j < argc + nkwonly; j++)
                    if (tern_str_eq(TERN_TUPLE_ITEMS(c->varnames)[j], TERN_TUPLE_ITEMS(kwn)[i]))
                        kwgiven++;
            too_many_positional(vm, func, npos, kwgiven);
        }
        for (i = (npos < argc ? npos : argc); i < kwbase; i++)
            slots[i] = TERN_NULL;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, kwn);
        TERN_ROOT(vm, func);
        if (flags & TERN_CO_VARARGS) {
            tern_val t = tern_tuple_from(vm, (size_t)nextra, kwv + nkw);
            slots[varargs_slot] = t;
        }
        if (flags & TERN_CO_VARKW)
            slots[varkw_slot] = tern_dict_new(vm, (size_t)nkw);
        for (i = 0; i < nkw; i++) {
            tern_val name = TERN_TUPLE_ITEMS(kwn)[i];
            tern_val vnames = TERN_AS(tern_code, TERN_AS(tern_func, func)->code)->varnames;
            int j, found = -1;
            int posonly = TERN_AS(tern_code, TERN_AS(tern_func, func)->code)->posonlycount;
            for (j = posonly; j < argc + nkwonly; j++) {
                if (TERN_TUPLE_ITEMS(vnames)[j] == name) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                for (j = posonly; j < argc + nkwonly; j++) {
                    if (tern_str_eq(TERN_TUPLE_ITEMS(vnames)[j], name)) {
                        found = j;
                        break;
                    }
                }
            }
            if (found >= 0) {
                if (slots[found])
                    tern_raise_type_error(vm, "%V() got multiple values for argument '%V'",
                                          func_name(func), name);
                slots[found] = kwv[i];
            } else if (flags & TERN_CO_VARKW) {
                tern_dict_set(vm, slots[varkw_slot], name, kwv[i]);
            } else if (posonly_named(vnames, posonly, name)) {
                /* CPython names every one of them: 'a, b' */
                char buf[200];
                size_t len = 0;
                int k;
                buf[0] = 0;
                for (k = 0; k < nkw; k++) {
                    tern_val nk = TERN_TUPLE_ITEMS(kwn)[k];
                    if (posonly_named(vnames, posonly, nk) && len + TERN_STR_LEN(nk) + 3 < sizeof buf)
                        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", len ? ", " : "",
                                                TERN_STR_CHARS(nk));
                }
                tern_raise_type_error(vm, "%V() got some positional-only arguments passed as keyword arguments: '%s'",
                                      func_name(func), buf);
            } else {
                tern_raise_type_error(vm, "%V() got an unexpected keyword argument '%V'",
                                      func_name(func), name);
            }
        }
        fn = TERN_AS(tern_func, func);
        /* defaults for missing positionals */
        if (npos < argc) {
            tern_val defs = fn->defaults;
            int ndef = defs ? (int)TERN_TUPLE_LEN(defs) : 0;
            for (i = npos; i < argc; i++) {
                if (!slots[i] && i >= argc - ndef)
                    slots[i] = TERN_TUPLE_ITEMS(defs)[i - (argc - ndef)];
            }
            for (i = npos; i < argc; i++)
                if (!slots[i])
                    missing_args(vm, func, slots, npos, argc, "positional");
        }
        for (i = argc; i < argc + nkwonly; i++) {
            if (!slots[i]) {
                tern_val kd = TERN_AS(tern_func, func)->kwdefaults;
                tern_val name = TERN_TUPLE_ITEMS(TERN_AS(tern_code, TERN_AS(tern_func, func)->code)->varnames)[i];
                tern_val d = kd ? tern_dict_get(vm, kd, name) : TERN_NULL;
                if (d)
                    slots[i] = d;
            }
        }
        for (i = argc; i < argc + nkwonly; i++)
            if (!slots[i])
                missing_args(vm, func, slots, argc, argc + nkwonly, "keyword-only");
        TERN_UNROOT(vm);
        fn = TERN_AS(tern_func, func);
        c = TERN_AS(tern_code, fn->code);
    }
    /* free variables come from the closure */
    if (c->nfree) {
        tern_val cl = fn->closure;
        for (i = 0; i < c->nfree; i++)
            slots[nlocals - c->nfree + i] = TERN_TUPLE_ITEMS(cl)[i];
    }
    if (flags & (TERN_CO_GENERATOR | TERN_CO_COROUTINE)) {
        tern_val g;
        vm->sp = slots + nlocals;
        g = tern_gen_new(vm, func, slots, (size_t)nlocals);
        args[-1] = g;
        vm->sp = args;
        return NULL;
    }
    f = --vm->frame;
    fn = TERN_AS(tern_func, func);
    f->code = fn->code;
    f->globals = fn->globals;
    f->ctx = TERN_NULL;
    f->ip = TERN_CODE_BYTES(TERN_PTR(fn->code));
    f->base = slots;
    vm->sp = slots + nlocals;
    return f;
}

tern_frame *tern_vm_push_body(tern_vm *vm, tern_val code, tern_val globals,
                              tern_val locals, tern_val closure) {
    tern_code *c = TERN_AS(tern_code, code);
    tern_frame *f;
    tern_val *slots;
    int i;
    if (TERN_IS_KIND(locals, TERN_K_GEN))   /* frames tell bodies from generators by it */
        tern_raise_type_error(vm, "locals must be a mapping");
    tern_vm_check_frame(vm, (size_t)c->nlocals + c->stacksize + 3);
    /* the slot below the locals receives the result; the caller pops */
    *vm->sp = TERN_NULL;
    slots = vm->sp + 1;
    for (i = 0; i < c->nlocals; i++)
        slots[i] = TERN_NULL;
    for (i = 0; i < c->nfree && closure; i++)
        slots[c->nlocals - c->nfree + i] = TERN_TUPLE_ITEMS(closure)[i];
    f = --vm->frame;
    f->code = code;
    f->globals = globals;
    f->ctx = locals;
    f->ip = TERN_CODE_BYTES(c);
    f->base = slots;
    vm->sp = slots + c->nlocals;
    return f;
}

/* ------------------------------------------------------------------ */
/* Calling from C                                                      */
/* ------------------------------------------------------------------ */

static void enter_c(tern_vm *vm) {
    tern_enter_c(vm);
}

/* A built-in type's method taken from the type (str.lower): check the
 * first argument is an instance, unwrap a subclass instance to the built-in
 * value the C function expects, and call. */
static tern_val call_descriptor(tern_vm *vm, tern_val d, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t = (const tern_type *)TERN_PTR(TERN_AS(tern_bound, d)->self);
    tern_val fn = TERN_AS(tern_bound, d)->func;
    if (nargs - TERN_NKW(kwnames) < 1)
        tern_raise_type_error(vm, "unbound method %V.%V() needs an argument", TERN_VAL(t->name),
                              TERN_VAL(TERN_AS(tern_cfunc, fn)->name));
    if (!tern_isinstance(args[0], t)) {
        const tern_str *nm = TERN_AS(tern_cfunc, fn)->name;
        if (nm->len > 4 && TERN_STR_CHARS(TERN_VAL(nm))[0] == '_' && TERN_STR_CHARS(TERN_VAL(nm))[1] == '_')
            /* a slot wrapper (list.__len__): CPython words it differently */
            tern_raise_type_error(vm, "descriptor '%V' requires a '%V' object but received a '%T'",
                                  TERN_VAL(nm), TERN_VAL(t->name), args[0]);
        tern_raise_type_error(vm, "descriptor '%V' for '%V' objects doesn't apply to a '%T' object",
                              TERN_VAL(nm), TERN_VAL(t->name), args[0]);
    }
    args[0] = TERN_PROXY_VALUE(args[0]);
    return tern_call(vm, fn, nargs, args, kwnames);
}

tern_val tern_method_descr_new(tern_vm *vm, const tern_type *owner, tern_val cfunc) {
    tern_bound *b;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, cfunc);
    b = (tern_bound *)tern_alloc(vm, TERN_K_BOUND, sizeof(tern_bound));
    b->hdr |= TERN_HF_DESCR;
    b->self = TERN_VAL(owner);
    b->func = cfunc;
    TERN_UNROOT(vm);
    return TERN_VAL(b);
}

tern_val tern_call(tern_vm *vm, tern_val f, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    if (TERN_IS_OBJ(f)) {
        switch (TERN_KIND_OF(f)) {
        case TERN_K_CFUNC:
            enter_c(vm);
            r = TERN_AS(tern_cfunc, f)->fn(vm, nargs, args, kwnames);
            vm->c_depth--;
            return r;
        case TERN_K_FUNC: {
            /* copy [f, args...] to the top of the stack, frame there */
            tern_val *base = vm->sp;
            tern_frame *fr;
            int i, yielded;
            enter_c(vm);
            tern_vm_check_stack(vm, (size_t)nargs + 2);
            base[0] = f;
            for (i = 0; i < nargs; i++)
                base[1 + i] = args[i];
            vm->sp = base + 1 + nargs;
            fr = tern_vm_push_call(vm, base[0], base + 1, nargs, kwnames);
            if (fr) {
                r = tern_vm_execute(vm, &yielded);
            } else {
                r = base[0];
            }
            vm->sp = base;
            vm->c_depth--;
            return r;
        }
        case TERN_K_BOUND: {
            tern_val *base = vm->sp;
            int i;
            if (*(tern_hdr *)TERN_PTR(f) & TERN_HF_DESCR)
                return call_descriptor(vm, f, nargs, args, kwnames);
            tern_vm_check_stack(vm, (size_t)nargs + 2);
            base[0] = TERN_AS(tern_bound, f)->func;
            base[1] = TERN_AS(tern_bound, f)->self;
            for (i = 0; i < nargs; i++)
                base[2 + i] = args[i];
            vm->sp = base + 2 + nargs;
            r = tern_call(vm, base[0], nargs + 1, base + 1, kwnames);
            vm->sp = base;
            return r;
        }
        default:
            break;
        }
    }
    {
        const tern_type *t = tern_typeof(f);
        if (!t->call)
            tern_raise_type_error(vm, "'%T' object is not callable", f);
        enter_c(vm);
        r = t->call(vm, f, nargs, args, kwnames);
        vm->c_depth--;
        return r;
    }
}

/* Call with arguments copied onto the value stack (so the caller need not
 * root them). */
static tern_val call_n(tern_vm *vm, tern_val f, int n, tern_val a, tern_val b, tern_val c) {
    tern_val *base = vm->sp;
    tern_val r;
    tern_vm_check_stack(vm, 4);
    base[0] = f;
    base[1] = a;
    base[2] = b;
    base[3] = c;
    vm->sp = base + 4;
    r = tern_call(vm, base[0], n, base + 1, TERN_NULL);
    vm->sp = base;
    return r;
}

tern_val tern_call0(tern_vm *vm, tern_val f) { return call_n(vm, f, 0, TERN_NULL, TERN_NULL, TERN_NULL); }
tern_val tern_call1(tern_vm *vm, tern_val f, tern_val a) { return call_n(vm, f, 1, a, TERN_NULL, TERN_NULL); }
tern_val tern_call2(tern_vm *vm, tern_val f, tern_val a, tern_val b) { return call_n(vm, f, 2, a, b, TERN_NULL); }
tern_val tern_call3(tern_vm *vm, tern_val f, tern_val a, tern_val b, tern_val c) { return call_n(vm, f, 3, a, b, c); }

static tern_val call_method(tern_vm *vm, tern_val obj, tern_val name, int n, tern_val a) {
    tern_val *base = vm->sp;
    tern_val r, m;
    int is_method;
    tern_vm_check_stack(vm, 4);
    base[0] = obj;
    base[1] = a;
    vm->sp = base + 2;
    is_method = tern_load_method(vm, obj, name, &m);
    base[2] = m;
    vm->sp = base + 3;
    if (is_method)
        r = tern_call(vm, base[2], n + 1, base, TERN_NULL);
    else
        r = tern_call(vm, base[2], n, base + 1, TERN_NULL);
    vm->sp = base;
    return r;
}

tern_val tern_call_method0(tern_vm *vm, tern_val obj, tern_val name) {
    return call_method(vm, obj, name, 0, TERN_NULL);
}

tern_val tern_call_method1(tern_vm *vm, tern_val obj, tern_val name, tern_val a) {
    return call_method(vm, obj, name, 1, a);
}

/* ------------------------------------------------------------------ */
/* Argument helpers for C functions                                    */
/* ------------------------------------------------------------------ */

void tern_check_args(tern_vm *vm, const char *name, int nargs, tern_val kwnames, int min, int max) {
    if (kwnames && TERN_TUPLE_LEN(kwnames) > 0)
        tern_raise_type_error(vm, "%s() takes no keyword arguments", name);
    if (nargs >= min && nargs <= max)
        return;
    if (min == max) {
        if (min == 0)
            tern_raise_type_error(vm, "%s() takes no arguments (%d given)", name, nargs);
        if (min == 1)
            tern_raise_type_error(vm, "%s() takes exactly one argument (%d given)", name, nargs);
        tern_raise_type_error(vm, "%s expected %d arguments, got %d", name, min, nargs);
    }
    if (nargs < min)
        tern_raise_type_error(vm, "%s expected at least %d argument%s, got %d", name, min,
                              min == 1 ? "" : "s", nargs);
    tern_raise_type_error(vm, "%s expected at most %d argument%s, got %d", name, max,
                          max == 1 ? "" : "s", nargs);
}

tern_val tern_kwarg(tern_val kwnames, int nargs, tern_val *args, tern_val name) {
    int nkw = TERN_NKW(kwnames), i;
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        if (k == name || tern_str_eq(k, name))
            return args[nargs - nkw + i];
    }
    return TERN_NULL;
}
