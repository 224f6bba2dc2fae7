/* SPDX-License-Identifier: MIT */
/*
 * obj_tuple.c — the tuple type, and helpers shared by the sequence types:
 * lexicographic comparison, the repr recursion guard, index()/count()
 * argument parsing.
 */
#include "containers.h"

const tern_tuple tern_empty_tuple = { TERN_HDR_ROM(TERN_K_TUPLE), 0, { 0 } };

/* Marker pushed under an object being repr'd (see tern_repr_enter). A ROM
 * object, so it can never be a Python value on the stack. */
static const tern_tuple repr_marker = { TERN_HDR_ROM(TERN_K_TUPLE), 0, { 0 } };

/* ===================================================================
 * Shared helpers
 * =================================================================== */

void tern_c_enter(tern_vm *vm) {
    tern_enter_c(vm);
}

/* The objects being repr'd are recorded on the value stack as
 * [marker, obj] pairs, so unwinding forgets them and no VM field is
 * needed. Finding one costs a scan of the stack, paid only by containers
 * that can contain themselves. */
int tern_repr_enter(tern_vm *vm, tern_val obj) {
    tern_val m = TERN_VAL(&repr_marker);
    tern_val *p;
    for (p = vm->sp - 1; p > vm->stack; p--)
        if (*p == obj && p[-1] == m)
            return 1;
    tern_push(vm, m);
    tern_push(vm, obj);
    return 0;
}

void tern_repr_leave(tern_vm *vm) {
    tern_popn(vm, 2);
}

void tern_cargs(tern_vm *vm, const char *name, int n, tern_val kwnames, int min, int max) {
    const char *shortname = name, *p;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "%s() takes no keyword arguments", name);
    if (n >= min && n <= max)
        return;
    if (min == max && max <= 1)
        tern_raise_type_error(vm, max ? "%s() takes exactly one argument (%d given)"
                                      : "%s() takes no arguments (%d given)", name, n);
    for (p = name; *p; p++)
        if (*p == '.')
            shortname = p + 1;
    if (min == max)
        tern_raise_type_error(vm, "%s expected %d argument%s, got %d", shortname, min, min == 1 ? "" : "s", n);
    if (n < min)
        tern_raise_type_error(vm, "%s expected at least %d argument%s, got %d", shortname, min, min == 1 ? "" : "s", n);
    tern_raise_type_error(vm, "%s expected at most %d argument%s, got %d", shortname, max, max == 1 ? "" : "s", n);
}

/* Clamp a start/end argument of index()/count() as CPython does. */
static tern_int clamp_index(tern_vm *vm, tern_val v, tern_int len) {
    tern_int i;
    if (TERN_IS_KIND(v, TERN_K_BIGINT))
        return TERN_AS(tern_bigint, v)->sign < 0 ? 0 : len;
    i = tern_index_value(vm, v);
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    } else if (i > len) {
        i = len;
    }
    return i;
}

void tern_seq_range_args(tern_vm *vm, int nargs, tern_val *args, tern_int len,
                         tern_int *start, tern_int *stop) {
    *start = 0;
    *stop = len;
    if (nargs > 0 && args[0] != TERN_NONE)
        *start = clamp_index(vm, args[0], len);
    if (nargs > 1 && args[1] != TERN_NONE)
        *stop = clamp_index(vm, args[1], len);
}

tern_int tern_seq_find(tern_vm *vm, tern_val seq, tern_val x, tern_int start, tern_int stop) {
    tern_int i;
    size_t n;
    tern_val *items;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, seq);
    TERN_ROOT(vm, x);
    for (i = start; i < stop; i++) {
        items = tern_seq_items(seq, &n);
        if ((size_t)i >= n)
            break;
        if (items[i] == x || tern_equal(vm, items[i], x)) {
            TERN_UNROOT(vm);
            return i;
        }
    }
    TERN_UNROOT(vm);
    return -1;
}

/* Is the comparison of a and b decided by a cheap test? Sets *res. */
static int quick_cmp_result(int op, int c, tern_val *res) {
    int r;
    switch (op) {
    case TERN_CMP_LT: r = c < 0; break;
    case TERN_CMP_LE: r = c <= 0; break;
    case TERN_CMP_EQ: r = c == 0; break;
    case TERN_CMP_NE: r = c != 0; break;
    case TERN_CMP_GT: r = c > 0; break;
    case TERN_CMP_GE: r = c >= 0; break;
    default: return 0;
    }
    *res = TERN_BOOL(r);
    return 1;
}

/* CPython's list/tuple richcompare: find the first index where the items
 * differ (identity, then ==); if none, compare the lengths; else == and !=
 * are decided, and the other operators compare those two items. Items are
 * re-read after each == since it may run Python code that mutates a list. */
tern_val tern_seq_richcompare(tern_vm *vm, int op, tern_val a, tern_val b) {
    size_t i, na, nb;
    tern_val *ia, *ib, x, y, res;
    TERN_ROOTS(vm);
    if (op > TERN_CMP_GE)
        return TERN_NOTIMPLEMENTED;
    tern_seq_items(a, &na);
    tern_seq_items(b, &nb);
    if (na != nb && (op == TERN_CMP_EQ || op == TERN_CMP_NE))
        return TERN_BOOL(op == TERN_CMP_NE);
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    for (i = 0;; i++) {
        ia = tern_seq_items(a, &na);
        ib = tern_seq_items(b, &nb);
        if (i >= na || i >= nb)
            break;
        x = ia[i];
        y = ib[i];
        if (x == y)
            continue;
        if (TERN_IS_SMALL(x) && TERN_IS_SMALL(y))
            break;
        if (!tern_equal(vm, x, y))
            break;
    }
    ia = tern_seq_items(a, &na);
    ib = tern_seq_items(b, &nb);
    if (i >= na || i >= nb) {
        quick_cmp_result(op, na < nb ? -1 : na > nb ? 1 : 0, &res);
        TERN_UNROOT(vm);
        return res;
    }
    if (op == TERN_CMP_EQ || op == TERN_CMP_NE) {
        TERN_UNROOT(vm);
        return TERN_BOOL(op == TERN_CMP_NE);
    }
    x = ia[i];
    y = ib[i];
    if (TERN_IS_SMALL(x) && TERN_IS_SMALL(y)) {
        tern_int p = TERN_SMALL_VALUE(x), q = TERN_SMALL_VALUE(y);
        quick_cmp_result(op, p < q ? -1 : p > q ? 1 : 0, &res);
    } else {
        res = tern_compare(vm, op, x, y);   /* bounds the C depth */
    }
    TERN_UNROOT(vm);
    return res;
}

tern_int tern_seq_index(tern_vm *vm, tern_val index, tern_int len, const char *what) {
    tern_int i;
    if (TERN_IS_SMALL(index))
        i = TERN_SMALL_VALUE(index);
    else if (TERN_IS_KIND(index, TERN_K_BIGINT))
        tern_raise_fmt(vm, &tern_type_IndexError, "cannot fit 'int' into an index-sized integer");
    else
        i = tern_index_value(vm, index);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        tern_raise_fmt(vm, &tern_type_IndexError, "%s index out of range", what);
    return i;
}

/* n for sequence repetition (seq * n): an int or bool, or 0 if negative. */
static int repeat_count(tern_vm *vm, tern_val v, tern_int *n) {
    if (TERN_IS_SMALL(v))
        *n = TERN_SMALL_VALUE(v);
    else if (TERN_IS_BOOL(v))
        *n = v == TERN_TRUE;
    else if (TERN_IS_KIND(v, TERN_K_BIGINT)) {
        if (TERN_AS(tern_bigint, v)->sign < 0)
            *n = 0;
        else
            tern_raise_fmt(vm, &tern_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    } else
        return 0;
    if (*n < 0)
        *n = 0;
    return 1;
}

int tern_repeat_count_(tern_vm *vm, tern_val v, tern_int *n) {
    return repeat_count(vm, v, n);
}

/* ===================================================================
 * Construction
 * =================================================================== */

tern_val tern_tuple_new(tern_vm *vm, size_t n) {
    tern_tuple *t;
    if (n == 0)
        return TERN_EMPTY_TUPLE;
    if (n > ((size_t)-1 >> 4) / sizeof(tern_val))
        tern_raise_memory_error(vm);
    t = (tern_tuple *)tern_alloc(vm, TERN_K_TUPLE, TERN_TUPLE_BYTES(n));
    t->len = n;
    return TERN_VAL(t);
}

tern_val tern_tuple_from(tern_vm *vm, size_t n, const tern_val *items) {
    tern_val t = tern_tuple_new(vm, n);
    if (n)
        memcpy(TERN_TUPLE_ITEMS(t), items, n * sizeof(tern_val));
    return t;
}

tern_val tern_tuple_of(tern_vm *vm, tern_val iterable) {
    tern_val t;
    size_t n;
    TERN_ROOTS(vm);
    if (TERN_IS_TUPLE(iterable))
        return iterable;
    if (!TERN_IS_LIST(iterable))
        return tern_list_into_tuple(vm, tern_list_of(vm, iterable));
    TERN_ROOT(vm, iterable);
    n = TERN_LIST_LEN(iterable);
    t = tern_tuple_new(vm, n);
    if (n)
        memcpy(TERN_TUPLE_ITEMS(t), TERN_LIST_ITEMS(iterable), n * sizeof(tern_val));
    TERN_UNROOT(vm);
    return t;
}

static tern_val tuple_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "tuple() takes no keyword arguments");
    if (nargs > 1)
        tern_raise_type_error(vm, "tuple expected at most 1 argument, got %d", nargs);
    if (nargs == 0)
        return TERN_EMPTY_TUPLE;
    return tern_tuple_of(vm, args[0]);
}

/* ===================================================================
 * Slots
 * =================================================================== */

static tern_val tuple_repr(tern_vm *vm, tern_val self) {
    tern_strbuf b;
    tern_val s = TERN_NULL;
    size_t i, n = TERN_TUPLE_LEN(self);
    TERN_ROOTS(vm);
    if (n == 0)
        return tern_str_new(vm, "()", 2);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, s);
    tern_strbuf_init(vm, &b, 8 * n + 2);
    tern_strbuf_add_char(vm, &b, '(');
    for (i = 0; i < n; i++) {
        if (i)
            tern_strbuf_add(vm, &b, ", ", 2);
        s = tern_repr(vm, TERN_TUPLE_ITEMS(self)[i]);
        tern_strbuf_add_str(vm, &b, s);
    }
    if (n == 1)
        tern_strbuf_add_char(vm, &b, ',');
    tern_strbuf_add_char(vm, &b, ')');
    s = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return s;
}

/* CPython 3.8+'s tuple hash (xxHash-based), in the width of a word, folded
 * into the small-int range by sign-extending from the top small-int bit. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define XXPRIME_1 ((uintptr_t)11400714785074694791ULL)
#define XXPRIME_2 ((uintptr_t)14029467366897019727ULL)
#define XXPRIME_5 ((uintptr_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((uintptr_t)2654435761UL)
#define XXPRIME_2 ((uintptr_t)2246822519UL)
#define XXPRIME_5 ((uintptr_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

static tern_val tuple_hash(tern_vm *vm, tern_val self) {
    size_t i, n = TERN_TUPLE_LEN(self);
    uintptr_t acc = XXPRIME_5, lane;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    tern_c_enter(vm);
    for (i = 0; i < n; i++) {
        lane = (uintptr_t)tern_hash_int(vm, TERN_TUPLE_ITEMS(self)[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    tern_c_leave(vm);
    acc += (uintptr_t)n ^ (XXPRIME_5 ^ (uintptr_t)3527539UL);
    if (acc == (uintptr_t)-1)
        acc = 1546275796u;
    TERN_UNROOT(vm);
    return TERN_SMALL((tern_int)(acc << 1) >> 1);
}

static tern_val tuple_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (!TERN_IS_TUPLE(a) || !TERN_IS_TUPLE(b))
        return TERN_NOTIMPLEMENTED;
    return tern_seq_richcompare(vm, op, a, b);
}

/* A tuple made of `reps` copies of the items of a (reps >= 1). */
static tern_val tuple_repeat(tern_vm *vm, tern_val a, tern_int reps) {
    size_t n = TERN_TUPLE_LEN(a), i;
    tern_val r;
    TERN_ROOTS(vm);
    if (n == 0 || reps <= 0)
        return TERN_EMPTY_TUPLE;
    if (reps == 1)
        return a;
    if ((size_t)reps > ((size_t)-1 >> 4) / sizeof(tern_val) / n)
        tern_raise_memory_error(vm);
    TERN_ROOT(vm, a);
    r = tern_tuple_new(vm, n * (size_t)reps);
    for (i = 0; i < (size_t)reps; i++)
        memcpy(TERN_TUPLE_ITEMS(r) + i * n, TERN_TUPLE_ITEMS(a), n * sizeof(tern_val));
    TERN_UNROOT(vm);
    return r;
}


static tern_val tuple_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_int n;
    op &= ~TERN_OP_INPLACE;
    if (op == TERN_OP_ADD) {
        tern_val r;
        size_t na, nb;
        TERN_ROOTS(vm);
        if (!TERN_IS_TUPLE(a))
            return TERN_NOTIMPLEMENTED;
        if (!TERN_IS_TUPLE(b)) {
            if (TERN_IS_CLASSED(b))
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can only concatenate tuple (not \"%s\") to tuple", tern_type_name(b));
        }
        na = TERN_TUPLE_LEN(a);
        nb = TERN_TUPLE_LEN(b);
        if (na == 0)
            return b;
        if (nb == 0)
            return a;
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        r = tern_tuple_new(vm, na + nb);
        memcpy(TERN_TUPLE_ITEMS(r), TERN_TUPLE_ITEMS(a), na * sizeof(tern_val));
        memcpy(TERN_TUPLE_ITEMS(r) + na, TERN_TUPLE_ITEMS(b), nb * sizeof(tern_val));
        TERN_UNROOT(vm);
        return r;
    }
    if (op == TERN_OP_MUL) {
        if (TERN_IS_TUPLE(a)) {
            if (repeat_count(vm, b, &n))
                return tuple_repeat(vm, a, n);
            if (TERN_IS_CLASSED(b))
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(b));
        }
        if (repeat_count(vm, a, &n))
            return tuple_repeat(vm, b, n);
        if (TERN_IS_CLASSED(a))
            return TERN_NOTIMPLEMENTED;
        tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(a));
    }
    return TERN_NOTIMPLEMENTED;
}

static tern_int tuple_len(tern_vm *vm, tern_val self) {
    return (tern_int)TERN_TUPLE_LEN(self);
}

static tern_val tuple_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_int len = (tern_int)TERN_TUPLE_LEN(self), start, stop, step, n, i;
    tern_val r;
    if (TERN_IS_SMALL(key)) {
        i = TERN_SMALL_VALUE(key);
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            tern_raise_fmt(vm, &tern_type_IndexError, "tuple index out of range");
        return TERN_TUPLE_ITEMS(self)[i];
    }
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, len, &start, &stop, &step);
        if (n == len && step == 1) {
            TERN_UNROOT(vm);
            return self;
        }
        r = tern_tuple_new(vm, (size_t)n);
        for (i = 0; i < n; i++)
            TERN_TUPLE_ITEMS(r)[i] = TERN_TUPLE_ITEMS(self)[start + i * step];
        TERN_UNROOT(vm);
        return r;
    }
    if (TERN_IS_INT(key) || TERN_IS_BOOL(key) || TERN_IS_CLASSED(key)) {
        if (!TERN_IS_INT(key) && !TERN_IS_BOOL(key) && tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
            goto bad;
        return TERN_TUPLE_ITEMS(self)[tern_seq_index(vm, key, len, "tuple")];
    }
bad:
    tern_raise_type_error(vm, "tuple indices must be integers or slices, not %s", tern_type_name(key));
}

static int tuple_contains(tern_vm *vm, tern_val self, tern_val v) {
    return tern_seq_find(vm, self, v, 0, (tern_int)TERN_TUPLE_LEN(self)) >= 0;
}

static tern_val tuple_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_SEQ);
}

/* ===================================================================
 * Methods
 * =================================================================== */

static tern_val tuple_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start, stop, i;
    tern_cargs(vm, "tuple.index", nargs - 1, kwnames, 1, 3);
    tern_seq_range_args(vm, nargs - 2, args + 2, (tern_int)TERN_TUPLE_LEN(args[0]), &start, &stop);
    i = tern_seq_find(vm, args[0], args[1], start, stop);
    if (i < 0)
        tern_raise_value_error(vm, "tuple.index(x): x not in tuple");
    return TERN_SMALL(i);
}

static tern_val tuple_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i, c = 0;
    tern_cargs(vm, "tuple.count", nargs - 1, kwnames, 1, 1);
    for (i = 0; i < TERN_TUPLE_LEN(args[0]); i++) {
        tern_val x = TERN_TUPLE_ITEMS(args[0])[i];
        if (x == args[1] || tern_equal(vm, x, args[1]))
            c++;
    }
    return TERN_SMALL((tern_int)c);
}

static tern_val tuple_dunder_len(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "tuple.__len__", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)TERN_TUPLE_LEN(args[0]));
}

static tern_val tuple_dunder_getitem(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "tuple.__getitem__", nargs - 1, kwnames, 1, 1);
    return tuple_getitem(vm, args[0], args[1]);
}

static tern_val tuple_dunder_contains(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "tuple.__contains__", nargs - 1, kwnames, 1, 1);
    return TERN_BOOL(tuple_contains(vm, args[0], args[1]));
}

static TERN_CMETHOD_DEF(tuple_index_obj, index, tuple_index);
static TERN_CMETHOD_DEF(tuple_count_obj, count, tuple_count);
static TERN_CMETHOD_DEF(tuple_len_obj, __len__, tuple_dunder_len);
static TERN_CMETHOD_DEF(tuple_getitem_obj, __getitem__, tuple_dunder_getitem);
static TERN_CMETHOD_DEF(tuple_contains_obj, __contains__, tuple_dunder_contains);

static tern_val tuple_repr_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "tuple.__repr__", nargs - 1, kwnames, 0, 0);
    return tuple_repr(vm, args[0]);
}

static TERN_CMETHOD_DEF(tuple_repr_obj, __repr__, tuple_repr_m);

static const tern_attr tuple_attrs[] = {
    { TERN_NSTR(__repr__), &tuple_repr_obj },
    { TERN_NSTR(index), &tuple_index_obj },
    { TERN_NSTR(count), &tuple_count_obj },
    { TERN_NSTR(__len__), &tuple_len_obj },
    { TERN_NSTR(__getitem__), &tuple_getitem_obj },
    { TERN_NSTR(__contains__), &tuple_contains_obj },
};

const tern_type tern_type_tuple = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(tuple), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, tuple_attrs, sizeof(tuple_attrs) / sizeof(tuple_attrs[0]),
    TERN_K_TUPLE, TERN_TF_BASETYPE, 0,
    tuple_make, tuple_repr, NULL, tuple_hash, tuple_compare, tuple_binop, NULL,
    NULL, tuple_len, tuple_getitem, NULL, tuple_contains, tuple_iter, NULL, NULL,
    NULL, NULL
};
