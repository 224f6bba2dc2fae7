/* SPDX-License-Identifier: MIT */
/*
 * obj_iters.c — the iterator types that are also builtins: enumerate,
 * zip, map, filter, reversed; and iter(callable, sentinel). Each is a
 * TERN_K_ITER object (containers.h) whose `seq` is a tuple holding its
 * state, so the collector traces it with no layout of its own.
 */
#include "containers.h"

#define SI(v) TERN_AS(tern_seqiter, v)

tern_val tern_iterobj_repr_(tern_vm *vm, tern_val self);
tern_val tern_iterobj_iter_(tern_vm *vm, tern_val self);
int tern_iterobj_contains_(tern_vm *vm, tern_val self, tern_val x);
tern_int tern_iterobj_len_(tern_vm *vm, tern_val self);
tern_val tern_range_reversed(tern_vm *vm, tern_val self);

/* A state tuple (a, b...) of n rooted values, then an iterator on it. */
static tern_val state_iter(tern_vm *vm, unsigned itk, size_t n, const tern_val *items) {
    tern_val t = tern_tuple_from(vm, n, items);
    return tern_seqiter_new(vm, t, itk);
}

#define ST(it)  TERN_TUPLE_ITEMS(SI(it)->seq)
#define STN(it) TERN_TUPLE_LEN(SI(it)->seq)

/* ===================================================================
 * next() of each kind
 * =================================================================== */

static tern_val enumerate_next(tern_vm *vm, tern_val it) {
    tern_val v, r = TERN_NULL, c;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, it);
    v = tern_next(vm, ST(it)[0]);
    if (v == TERN_NULL) {
        TERN_UNROOT(vm);
        return TERN_NULL;
    }
    TERN_ROOT(vm, v);
    TERN_ROOT(vm, r);
    r = tern_tuple_new(vm, 2);
    c = ST(it)[1];
    TERN_TUPLE_ITEMS(r)[0] = c;
    TERN_TUPLE_ITEMS(r)[1] = v;
    if (TERN_IS_SMALL(c) && TERN_SMALL_VALUE(c) < TERN_SMALL_MAX)
        c = TERN_SMALL(TERN_SMALL_VALUE(c) + 1);
    else
        c = tern_binary_op(vm, TERN_OP_ADD, c, TERN_SMALL(1));
    ST(it)[1] = c;
    TERN_UNROOT(vm);
    return r;
}

static TERN_NORETURN void zip_strict_error(tern_vm *vm, size_t i, int shorter) {
    if (i == 1)
        tern_raise_value_error(vm, "zip() argument 2 is %s than argument 1", shorter ? "shorter" : "longer");
    tern_raise_value_error(vm, "zip() argument %zu is %s than arguments 1-%zu",
                           i + 1, shorter ? "shorter" : "longer", i);
}

static tern_val zip_next(tern_vm *vm, tern_val it) {
    size_t n = STN(it), i, j;
    tern_val r = TERN_NULL, v;
    TERN_ROOTS(vm);
    if (n == 0 || SI(it)->pos)
        return TERN_NULL;
    TERN_ROOT(vm, it);
    TERN_ROOT(vm, r);
    r = tern_tuple_new(vm, n);
    for (i = 0; i < n; i++) {
        v = tern_next(vm, ST(it)[i]);
        if (v == TERN_NULL) {
            SI(it)->pos = 1;
            if (SI(it)->aux) {
                if (i > 0)
                    zip_strict_error(vm, i, 1);
                for (j = 1; j < n; j++)
                    if (tern_next(vm, ST(it)[j]) != TERN_NULL)
                        zip_strict_error(vm, j, 0);
            }
            TERN_UNROOT(vm);
            return TERN_NULL;
        }
        TERN_TUPLE_ITEMS(r)[i] = v;
    }
    TERN_UNROOT(vm);
    return r;
}

static tern_val map_next(tern_vm *vm, tern_val it) {
    size_t n = STN(it), i;
    tern_val v, *args = NULL;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, it);
    for (i = 1; i < n; i++) {
        v = tern_next(vm, ST(it)[i]);
        if (v == TERN_NULL) {
            if (i > 1)
                tern_popn(vm, i - 1);
            TERN_UNROOT(vm);
            return TERN_NULL;
        }
        if (i == 1)
            args = tern_push(vm, v);
        else
            tern_push(vm, v);
    }
    v = tern_call(vm, ST(it)[0], (int)(n - 1), args, TERN_NULL);
    tern_popn(vm, n - 1);
    TERN_UNROOT(vm);
    return v;
}

static tern_val filter_next(tern_vm *vm, tern_val it) {
    tern_val v = TERN_NULL, f;
    int keep;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, it);
    TERN_ROOT(vm, v);
    for (;;) {
        v = tern_next(vm, ST(it)[1]);
        if (v == TERN_NULL)
            break;
        f = ST(it)[0];
        if (f == TERN_NONE)
            keep = tern_truthy(vm, v);
        else
            keep = tern_truthy(vm, tern_call1(vm, f, v));
        if (keep)
            break;
    }
    TERN_UNROOT(vm);
    return v;
}

static tern_val callable_next(tern_vm *vm, tern_val it) {
    tern_val v;
    TERN_ROOTS(vm);
    if (SI(it)->pos)
        return TERN_NULL;
    TERN_ROOT(vm, it);
    v = tern_call0(vm, ST(it)[0]);
    TERN_ROOT(vm, v);
    if (v == ST(it)[1] || tern_equal(vm, v, ST(it)[1])) {
        SI(it)->pos = 1;
        v = TERN_NULL;
    }
    TERN_UNROOT(vm);
    return v;
}

/* next() of the kinds defined here (called by tern_seqiter_next). */
tern_val tern_iters_next_(tern_vm *vm, tern_val it) {
    switch (SI(it)->sub) {
    case TERN_ITK_ENUMERATE: return enumerate_next(vm, it);
    case TERN_ITK_ZIP: return zip_next(vm, it);
    case TERN_ITK_MAP: return map_next(vm, it);
    case TERN_ITK_FILTER: return filter_next(vm, it);
    case TERN_ITK_CALLABLE: return callable_next(vm, it);
    default: return TERN_NULL;
    }
}

/* ===================================================================
 * Constructors
 * =================================================================== */

static tern_val enumerate_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i;
    tern_val st[2];
    st[0] = npos > 0 ? args[0] : TERN_NULL;
    st[1] = npos > 1 ? args[1] : TERN_SMALL(0);
    if (npos > 2)
        tern_raise_type_error(vm, "enumerate() takes at most 2 arguments (%d given)", nargs);
    for (i = 0; i < nkw; i++) {
        tern_val name = TERN_TUPLE_ITEMS(kwnames)[i];
        if (name == TERN_N(start) && npos < 2)
            st[1] = args[npos + i];
        else if (name == TERN_N(iterable) && npos < 1)
            st[0] = args[npos + i];
        else
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for enumerate()", name);
    }
    if (st[0] == TERN_NULL)
        tern_raise_type_error(vm, "enumerate() missing required argument 'iterable'");
    /* both on the value stack (they are args or immediates until here) */
    {
        tern_val *base = tern_push(vm, st[0]), r;
        tern_push(vm, st[1]);
        if (TERN_IS_BOOL(base[1]))
            base[1] = TERN_SMALL(base[1] == TERN_TRUE);
        else if (!TERN_IS_INT(base[1]))
            tern_index_value(vm, base[1]);
        base[0] = tern_iter(vm, base[0]);
        r = state_iter(vm, TERN_ITK_ENUMERATE, 2, base);
        tern_popn(vm, 2);
        return r;
    }
}

static tern_val zip_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i, strict = 0, strictat = -1;
    tern_val *base, r;
    for (i = 0; i < nkw; i++) {
        tern_val name = TERN_TUPLE_ITEMS(kwnames)[i];
        if (name != TERN_N(strict))
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for zip()", name);
        strictat = npos + i;
    }
    if (strictat >= 0)      /* after the loop: __bool__ may move kwnames */
        strict = tern_truthy(vm, args[strictat]);
    if (npos == 0)
        return state_iter(vm, TERN_ITK_ZIP, 0, NULL);
    base = tern_push(vm, TERN_NONE);
    for (i = 1; i < npos; i++)
        tern_push(vm, TERN_NONE);
    for (i = 0; i < npos; i++)
        base[i] = tern_iter(vm, args[i]);
    r = state_iter(vm, TERN_ITK_ZIP, (size_t)npos, base);
    SI(r)->aux = strict;
    tern_popn(vm, (size_t)npos);
    return r;
}

static tern_val map_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *base, r;
    int i;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "map() takes no keyword arguments");
    if (nargs < 2)
        tern_raise_type_error(vm, "map() must have at least two arguments.");
    base = tern_push(vm, args[0]);
    for (i = 1; i < nargs; i++)
        tern_push(vm, TERN_NONE);
    for (i = 1; i < nargs; i++)
        base[i] = tern_iter(vm, args[i]);
    r = state_iter(vm, TERN_ITK_MAP, (size_t)nargs, base);
    tern_popn(vm, (size_t)nargs);
    return r;
}

static tern_val filter_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *base, r;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "filter() takes no keyword arguments");
    if (nargs != 2)
        tern_raise_type_error(vm, "filter expected 2 arguments, got %d", nargs);
    base = tern_push(vm, args[0]);
    tern_push(vm, TERN_NONE);
    base[1] = tern_iter(vm, args[1]);
    r = state_iter(vm, TERN_ITK_FILTER, 2, base);
    tern_popn(vm, 2);
    return r;
}

static tern_val reversed_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val seq, f, it;
    const tern_type *st;
    tern_int n;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "reversed() takes no keyword arguments");
    if (nargs != 1)
        tern_raise_type_error(vm, "reversed expected 1 argument, got %d", nargs);
    seq = args[0];
    if (TERN_IS_LIST(seq) || TERN_IS_TUPLE(seq)) {
        size_t len;
        it = tern_seqiter_new(vm, seq, TERN_ITK_REVSEQ);
        tern_seq_items(SI(it)->seq, &len);
        SI(it)->pos = len;
        return it;
    }
    if (TERN_IS_KIND(seq, TERN_K_RANGE))
        return tern_range_reversed(vm, seq);
    if (TERN_IS_DICT(seq))
        return tern_dict_reversed(vm, seq, 0);
    if (TERN_IS_KIND(seq, TERN_K_ITER) && SI(seq)->sub >= TERN_ITK_VIEW_KEYS && SI(seq)->sub <= TERN_ITK_VIEW_ITEMS)
        return tern_dict_reversed(vm, SI(seq)->seq, (unsigned)SI(seq)->sub);
    st = tern_typeof(seq);
    f = tern_type_lookup(vm, st, TERN_N(__reversed__));
    if (f != TERN_NULL && f != TERN_NONE)
        return tern_call_method0(vm, seq, TERN_N(__reversed__));
    if (f == TERN_NONE || TERN_IS_ANYSET(seq) || st->len == NULL || st->getitem == NULL ||
        ((st->flags & TERN_TF_HEAP) && tern_type_lookup(vm, st, TERN_N(__getitem__)) == TERN_NULL))
        tern_raise_type_error(vm, "'%s' object is not reversible", tern_type_name(seq));
    n = tern_len(vm, args[0]);
    it = tern_seqiter_new(vm, args[0], TERN_ITK_REVGETITEM);
    SI(it)->pos = (uintptr_t)n;
    return it;
}

/* iter(callable, sentinel) */
tern_val tern_callable_iter(tern_vm *vm, tern_val *f_and_sentinel) {
    return state_iter(vm, TERN_ITK_CALLABLE, 2, f_and_sentinel);
}

#define CTOR_ITER_TYPE(cname, nameid, make) \
    const tern_type cname = { \
        TERN_HDR_ROM(TERN_K_TYPE), TERN_NSTR(nameid), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL, \
        &tern_type_object, tern_iter_attrs_, 2, TERN_K_ITER, 0, 0, \
        make, tern_iterobj_repr_, NULL, NULL, NULL, NULL, NULL, \
        NULL, NULL, NULL, NULL, tern_iterobj_contains_, tern_iterobj_iter_, tern_seqiter_next, NULL, \
        NULL, NULL }

CTOR_ITER_TYPE(tern_type_enumerate, enumerate, enumerate_make);
CTOR_ITER_TYPE(tern_type_zip, zip, zip_make);
CTOR_ITER_TYPE(tern_type_map, map, map_make);
CTOR_ITER_TYPE(tern_type_filter, filter, filter_make);
CTOR_ITER_TYPE(tern_type_reversed, reversed, reversed_make);
