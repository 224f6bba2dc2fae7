/* SPDX-License-Identifier: MIT */
/*
 * obj_range.c — range, slice, and the sequence iterator: the TERN_K_ITER
 * object shared by every built-in iterator (see containers.h), with the
 * slot functions all of their types use.
 */
#include <stdio.h>
#include "containers.h"

/* ===================================================================
 * range
 * =================================================================== */

#define R(v) TERN_AS(tern_range, v)

tern_val tern_range_new(tern_vm *vm, tern_int start, tern_int stop, tern_int step) {
    tern_range *r = (tern_range *)tern_alloc(vm, TERN_K_RANGE, sizeof(tern_range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    return TERN_VAL(r);
}

/* Number of items, computed in unsigned arithmetic (no overflow). */
static tern_int range_length(const tern_range *r) {
    uintptr_t n;
    if (r->step > 0) {
        if (r->start >= r->stop)
            return 0;
        n = ((uintptr_t)r->stop - (uintptr_t)r->start - 1) / (uintptr_t)r->step + 1;
    } else {
        if (r->start <= r->stop)
            return 0;
        n = ((uintptr_t)r->start - (uintptr_t)r->stop - 1) / (0 - (uintptr_t)r->step) + 1;
    }
    return (tern_int)n;
}

static tern_int range_item(const tern_range *r, tern_int i) {
    return (tern_int)((uintptr_t)r->start + (uintptr_t)i * (uintptr_t)r->step);
}

static tern_val range_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start = 0, stop, step = 1;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "range() takes no keyword arguments");
    if (nargs < 1)
        tern_raise_type_error(vm, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        tern_raise_type_error(vm, "range expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) {
        stop = tern_index_value(vm, args[0]);
    } else {
        start = tern_index_value(vm, args[0]);
        stop = tern_index_value(vm, args[1]);
        if (nargs == 3) {
            step = tern_index_value(vm, args[2]);
            if (step == 0)
                tern_raise_value_error(vm, "range() arg 3 must not be zero");
        }
    }
    return tern_range_new(vm, start, stop, step);
}

static tern_val range_repr(tern_vm *vm, tern_val self) {
    tern_range *r = R(self);
    if (r->step == 1)
        return tern_str_fmt(vm, "range(%ld, %ld)", (long)r->start, (long)r->stop);
    return tern_str_fmt(vm, "range(%ld, %ld, %ld)", (long)r->start, (long)r->stop, (long)r->step);
}

/* Ranges are equal when they give the same items (CPython). */
static int range_eq(tern_val a, tern_val b) {
    tern_range *x = R(a), *y = R(b);
    tern_int n = range_length(x);
    if (n != range_length(y))
        return 0;
    if (n == 0)
        return 1;
    if (x->start != y->start)
        return 0;
    return n == 1 || x->step == y->step;
}

static tern_val range_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (!TERN_IS_KIND(a, TERN_K_RANGE) || !TERN_IS_KIND(b, TERN_K_RANGE))
        return TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_EQ)
        return TERN_BOOL(range_eq(a, b));
    if (op == TERN_CMP_NE)
        return TERN_BOOL(!range_eq(a, b));
    return TERN_NOTIMPLEMENTED;
}

/* hash((len, start, step)) with start/step None where they do not
 * matter, as CPython, computed on a temporary tuple. */
static tern_val range_hash(tern_vm *vm, tern_val self) {
    tern_int n = range_length(R(self));
    tern_val t, h;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    t = tern_tuple_new(vm, 3);
    TERN_TUPLE_ITEMS(t)[0] = TERN_SMALL(n);
    TERN_TUPLE_ITEMS(t)[1] = TERN_NONE;
    TERN_TUPLE_ITEMS(t)[2] = TERN_NONE;
    TERN_ROOT(vm, t);
    if (n > 0) {
        h = tern_int_from(vm, R(self)->start);
        TERN_TUPLE_ITEMS(t)[1] = h;
        if (n > 1) {
            h = tern_int_from(vm, R(self)->step);
            TERN_TUPLE_ITEMS(t)[2] = h;
        }
    }
    h = tern_hash(vm, t);
    TERN_UNROOT(vm);
    return h;
}

static tern_int range_len(tern_vm *vm, tern_val self) {
    return range_length(R(self));
}

static tern_val range_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_int n = range_length(R(self)), i, start, stop, step;
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_range *r;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        tern_slice_indices(vm, key, n, &start, &stop, &step);
        r = R(self);
        i = (tern_int)((uintptr_t)r->step * (uintptr_t)step);
        start = range_item(r, start);
        stop = range_item(r, stop);
        TERN_UNROOT(vm);
        return tern_range_new(vm, start, stop, i);
    }
    if (!TERN_IS_INT(key) && !TERN_IS_BOOL(key) && !TERN_IS_CLASSED(key))
        tern_raise_type_error(vm, "range indices must be integers or slices, not %s", tern_type_name(key));
    i = tern_seq_index(vm, key, n, "range object");
    return tern_int_from(vm, range_item(R(self), i));
}

/* Position of int x in the range, or -1. */
static tern_int range_find_int(const tern_range *r, tern_int x) {
    tern_int n = range_length(r);
    uintptr_t d;
    if (n == 0)
        return -1;
    if (r->step > 0) {
        if (x < r->start || x >= r->stop)
            return -1;
        d = (uintptr_t)x - (uintptr_t)r->start;
        if (d % (uintptr_t)r->step)
            return -1;
        return (tern_int)(d / (uintptr_t)r->step);
    }
    if (x > r->start || x <= r->stop)
        return -1;
    d = (uintptr_t)r->start - (uintptr_t)x;
    if (d % (0 - (uintptr_t)r->step))
        return -1;
    return (tern_int)(d / (0 - (uintptr_t)r->step));
}

/* Position of any x (compared with ==), or -1. */
static tern_int range_find(tern_vm *vm, tern_val self, tern_val x) {
    tern_int i, n;
    tern_val v;
    TERN_ROOTS(vm);
    if (TERN_IS_SMALL(x))
        return range_find_int(R(self), TERN_SMALL_VALUE(x));
    if (TERN_IS_BOOL(x))
        return range_find_int(R(self), x == TERN_TRUE);
    if (TERN_IS_KIND(x, TERN_K_BIGINT))
        return -1;
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, x);
    n = range_length(R(self));
    for (i = 0; i < n; i++) {
        v = tern_int_from(vm, range_item(R(self), i));
        if (tern_equal(vm, v, x)) {
            TERN_UNROOT(vm);
            return i;
        }
    }
    TERN_UNROOT(vm);
    return -1;
}

static int range_contains(tern_vm *vm, tern_val self, tern_val x) {
    return range_find(vm, self, x) >= 0;
}

static tern_val range_iter(tern_vm *vm, tern_val self) {
    tern_val it = tern_seqiter_new(vm, self, TERN_ITK_RANGE);
    TERN_AS(tern_seqiter, it)->aux = range_length(R(TERN_AS(tern_seqiter, it)->seq));
    return it;
}

static tern_val range_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(start))
        return tern_int_from(vm, R(self)->start);
    if (name == TERN_N(stop))
        return tern_int_from(vm, R(self)->stop);
    if (name == TERN_N(step))
        return tern_int_from(vm, R(self)->step);
    return TERN_NULL;
}

static tern_val range_index_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i;
    tern_cargs(vm, "range.index", nargs - 1, kwnames, 1, 1);
    i = range_find(vm, args[0], args[1]);
    if (i < 0)
        tern_raise_value_error(vm, "%R is not in range", args[1]);
    return TERN_SMALL(i);
}

static tern_val range_count_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "range.count", nargs - 1, kwnames, 1, 1);
    return TERN_SMALL(range_find(vm, args[0], args[1]) >= 0);
}

static TERN_CMETHOD_DEF(range_index_obj, index, range_index_m);
static TERN_CMETHOD_DEF(range_count_obj, count, range_count_m);
static tern_val range_repr_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "range.__repr__", nargs - 1, kwnames, 0, 0);
    return range_repr(vm, args[0]);
}

static TERN_CMETHOD_DEF(range_repr_obj, __repr__, range_repr_m);

static const tern_attr range_attrs[] = {
    { TERN_NSTR(__repr__), &range_repr_obj },
    { TERN_NSTR(index), &range_index_obj },
    { TERN_NSTR(count), &range_count_obj },
};

const tern_type tern_type_range = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(range), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, range_attrs, sizeof(range_attrs) / sizeof(range_attrs[0]),
    TERN_K_RANGE, 0, 0,
    range_make, range_repr, NULL, range_hash, range_compare, NULL, NULL,
    NULL, range_len, range_getitem, NULL, range_contains, range_iter, NULL, NULL,
    range_getattr, NULL
};

/* reversed(range): the same items, backwards. */
tern_val tern_range_reversed(tern_vm *vm, tern_val self) {
    tern_range *r = R(self);
    tern_int n = range_length(r), last, step = r->step;
    tern_val rr;
    last = range_item(r, n - 1);
    rr = tern_range_new(vm, last, (tern_int)((uintptr_t)last - (uintptr_t)n * (uintptr_t)step), (tern_int)(0 - (uintptr_t)step));
    if (n == 0)
        R(rr)->stop = R(rr)->start;
    return range_iter(vm, rr);
}

/* ===================================================================
 * slice
 * =================================================================== */

#define SL(v) TERN_AS(tern_slice, v)

tern_val tern_slice_new(tern_vm *vm, tern_val start, tern_val stop, tern_val step) {
    tern_slice *s;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, start);
    TERN_ROOT(vm, stop);
    TERN_ROOT(vm, step);
    s = (tern_slice *)tern_alloc(vm, TERN_K_SLICE, sizeof(tern_slice));
    s->start = start;
    s->stop = stop;
    s->step = step;
    TERN_UNROOT(vm);
    return TERN_VAL(s);
}

/* A slice bound as a C integer, clamped to +-TERN_SMALL_MAX. */
static tern_int slice_bound(tern_vm *vm, tern_val v) {
    tern_int i;
    if (TERN_IS_SMALL(v))
        i = TERN_SMALL_VALUE(v);
    else if (TERN_IS_BOOL(v))
        i = v == TERN_TRUE;
    else if (TERN_IS_KIND(v, TERN_K_BIGINT))
        return TERN_AS(tern_bigint, v)->sign < 0 ? -TERN_SMALL_MAX : TERN_SMALL_MAX;
    else if (TERN_IS_CLASSED(v) && tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)) != TERN_NULL)
        i = tern_index_value(vm, v);
    else
        tern_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
    if (i > TERN_SMALL_MAX)
        i = TERN_SMALL_MAX;
    if (i < -TERN_SMALL_MAX)
        i = -TERN_SMALL_MAX;
    return i;
}

/* CPython's PySlice_Unpack + PySlice_AdjustIndices. */
tern_int tern_slice_indices(tern_vm *vm, tern_val slice, tern_int len,
                            tern_int *startp, tern_int *stopp, tern_int *stepp) {
    tern_int start, stop, step;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, slice);
    if (SL(slice)->step == TERN_NONE) {
        step = 1;
    } else {
        step = slice_bound(vm, SL(slice)->step);
        if (step == 0)
            tern_raise_value_error(vm, "slice step cannot be zero");
    }
    if (SL(slice)->start == TERN_NONE)
        start = step < 0 ? TERN_SMALL_MAX : 0;
    else
        start = slice_bound(vm, SL(slice)->start);
    if (SL(slice)->stop == TERN_NONE)
        stop = step < 0 ? -TERN_SMALL_MAX : TERN_SMALL_MAX;
    else
        stop = slice_bound(vm, SL(slice)->stop);
    TERN_UNROOT(vm);
    if (start < 0) {
        start += len;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }
    *startp = start;
    *stopp = stop;
    *stepp = step;
    if (step < 0)
        return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

static tern_val slice_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "slice() takes no keyword arguments");
    if (nargs < 1)
        tern_raise_type_error(vm, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        tern_raise_type_error(vm, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1)
        return tern_slice_new(vm, TERN_NONE, args[0], TERN_NONE);
    return tern_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : TERN_NONE);
}

static tern_val slice_repr(tern_vm *vm, tern_val self) {
    return tern_str_fmt(vm, "slice(%R, %R, %R)", SL(self)->start, SL(self)->stop, SL(self)->step);
}

static tern_val slice_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val ta, tb;
    TERN_ROOTS(vm);
    if (!TERN_IS_KIND(a, TERN_K_SLICE) || !TERN_IS_KIND(b, TERN_K_SLICE))
        return TERN_NOTIMPLEMENTED;
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    ta = tern_tuple_from(vm, 3, &SL(a)->start);
    TERN_ROOT(vm, ta);
    tb = tern_tuple_from(vm, 3, &SL(b)->start);
    ta = tern_seq_richcompare(vm, op, ta, tb);
    TERN_UNROOT(vm);
    return ta;
}

static tern_val slice_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(start))
        return SL(self)->start;
    if (name == TERN_N(stop))
        return SL(self)->stop;
    if (name == TERN_N(step))
        return SL(self)->step;
    return TERN_NULL;
}

static tern_val slice_indices_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int len, start, stop, step;
    tern_val t;
    tern_cargs(vm, "slice.indices", nargs - 1, kwnames, 1, 1);
    len = tern_index_value(vm, args[1]);
    if (len < 0)
        tern_raise_value_error(vm, "length should not be negative");
    tern_slice_indices(vm, args[0], len, &start, &stop, &step);
    t = tern_tuple_new(vm, 3);
    TERN_TUPLE_ITEMS(t)[0] = TERN_SMALL(start);
    TERN_TUPLE_ITEMS(t)[1] = TERN_SMALL(stop);
    TERN_TUPLE_ITEMS(t)[2] = TERN_SMALL(step);
    return t;
}

static TERN_CMETHOD_DEF(slice_indices_obj, indices, slice_indices_m);
static const tern_attr slice_attrs[] = {
    { TERN_NSTR(indices), &slice_indices_obj },
};

const tern_type tern_type_slice = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(slice), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, slice_attrs, 1,
    TERN_K_SLICE, 0, 0,
    slice_make, slice_repr, NULL, NULL, slice_compare, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    slice_getattr, NULL
};

/* ===================================================================
 * The sequence iterator and the shared iterator slots
 * =================================================================== */

tern_val tern_seqiter_new(tern_vm *vm, tern_val seq, unsigned itk) {
    tern_seqiter *it;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, seq);
    it = (tern_seqiter *)tern_alloc(vm, TERN_K_ITER, sizeof(tern_seqiter));
    it->seq = seq;
    it->sub = itk;
    TERN_UNROOT(vm);
    return TERN_VAL(it);
}

#define SI(v) TERN_AS(tern_seqiter, v)
#define ITER_DONE ((uintptr_t)-1)

static int is_view(tern_val v) {
    return SI(v)->sub >= TERN_ITK_VIEW_KEYS && SI(v)->sub <= TERN_ITK_VIEW_ITEMS;
}

/* Next item of a list, tuple, str or bytes iterator. */
static tern_val seq_next(tern_vm *vm, tern_val it) {
    tern_seqiter *si = SI(it);
    tern_val seq = si->seq;
    size_t n;
    if (si->pos == ITER_DONE)
        return TERN_NULL;
    switch (TERN_KIND_OF(seq)) {
    case TERN_K_LIST:
    case TERN_K_TUPLE: {
        tern_val *items = tern_seq_items(seq, &n);
        if (si->pos < n)
            return items[si->pos++];
        break;
    }
    case TERN_K_STR: {
        const unsigned char *p = (const unsigned char *)TERN_STR_CHARS(seq);
        size_t len = TERN_STR_LEN(seq), k = si->pos, m = 1;
        if (k < len) {
            unsigned c = p[k];
            if (c >= 0xF0)
                m = 4;
            else if (c >= 0xE0)
                m = 3;
            else if (c >= 0xC0)
                m = 2;
            if (k + m > len)
                m = len - k;
            si->pos = k + m;
            return tern_str_new(vm, (const char *)p + k, m);
        }
        break;
    }
    case TERN_K_BYTES:
        if (si->pos < TERN_STR_LEN(seq))
            return TERN_SMALL((unsigned char)TERN_STR_CHARS(seq)[si->pos++]);
        break;
    default:
        break;
    }
    si->pos = ITER_DONE;
    return TERN_NULL;
}

/* Calls tern_getitem(seq, i) for the __getitem__ iteration protocol; an
 * IndexError or StopIteration ends the iteration. */
typedef struct getitem_call {
    tern_val seq, index, result;
} getitem_call;

static void getitem_body(tern_vm *vm, void *ud) {
    getitem_call *c = (getitem_call *)ud;
    c->result = tern_getitem(vm, c->seq, c->index);
}

static tern_val getitem_next(tern_vm *vm, tern_val it, tern_int i) {
    getitem_call c;
    TERN_ROOTS(vm);
    c.seq = SI(it)->seq;
    c.index = TERN_SMALL(i);
    c.result = TERN_NULL;
    TERN_ROOT(vm, c.seq);
    TERN_ROOT(vm, c.result);
    if (tern_pcall(vm, getitem_body, &c)) {
        if (tern_isinstance(vm->exc, &tern_type_IndexError) || tern_isinstance(vm->exc, &tern_type_StopIteration)) {
            vm->exc = TERN_NULL;
            TERN_UNROOT(vm);
            return TERN_NULL;
        }
        tern_nlr_throw(vm);
    }
    TERN_UNROOT(vm);
    return c.result;
}

tern_val tern_iters_next_(tern_vm *vm, tern_val it);
static const char *iter_name(tern_val it);

tern_val tern_seqiter_next(tern_vm *vm, tern_val it) {
    tern_seqiter *si = SI(it);
    switch (si->sub) {
    case TERN_ITK_SEQ:
        return seq_next(vm, it);
    case TERN_ITK_RANGE:
        if ((tern_int)si->pos < si->aux) {
            tern_int v = range_item(R(si->seq), (tern_int)si->pos++);
            return TERN_SMALL_FITS(v) ? TERN_SMALL(v) : tern_int_from(vm, v);
        }
        return TERN_NULL;
    case TERN_ITK_DICT_KEYS: case TERN_ITK_DICT_VALUES: case TERN_ITK_DICT_ITEMS:
    case TERN_ITK_DICT_RKEYS: case TERN_ITK_DICT_RVALUES: case TERN_ITK_DICT_RITEMS:
        return tern_dictiter_next(vm, it);
    case TERN_ITK_SET:
        return tern_setiter_next(vm, it);
    case TERN_ITK_REVSEQ: {
        size_t n;
        tern_val *items = tern_seq_items(si->seq, &n);
        if (si->pos >= 1 && si->pos <= n)
            return items[--si->pos];
        si->pos = 0;
        return TERN_NULL;
    }
    case TERN_ITK_REVGETITEM:
        if (si->pos == 0)
            return TERN_NULL;
        si->pos--;
        return tern_getitem(vm, si->seq, TERN_SMALL((tern_int)si->pos));
    case TERN_ITK_GETITEM: {
        tern_val v;
        TERN_ROOTS(vm);
        if (si->pos == ITER_DONE)
            return TERN_NULL;
        TERN_ROOT(vm, it);
        v = getitem_next(vm, it, (tern_int)SI(it)->pos);
        SI(it)->pos = v == TERN_NULL ? ITER_DONE : SI(it)->pos + 1;
        TERN_UNROOT(vm);
        return v;
    }
    case TERN_ITK_VIEW_KEYS: case TERN_ITK_VIEW_VALUES: case TERN_ITK_VIEW_ITEMS:
        tern_raise_type_error(vm, "'%s' object is not an iterator", iter_name(it));
    default:
        return tern_iters_next_(vm, it);
    }
}

static const char *iter_name(tern_val it) {
    return TERN_STR_CHARS(TERN_VAL(tern_iter_type(it)->name));
}

static tern_val iterobj_repr(tern_vm *vm, tern_val self) {
    char buf[96];
    if (is_view(self))
        return tern_dictview_repr(vm, self);
    snprintf(buf, sizeof buf, "<%s object at %p>", iter_name(self), TERN_PTR(self));
    return tern_str_from_c(vm, buf);
}

static tern_val iterobj_iter(tern_vm *vm, tern_val self) {
    if (is_view(self))
        return tern_dictview_iter(vm, self);
    return self;
}

static tern_val iterobj_next(tern_vm *vm, tern_val self) {
    return tern_seqiter_next(vm, self);
}

static tern_int iterobj_len(tern_vm *vm, tern_val self) {
    if (is_view(self))
        return tern_dictview_len(vm, self);
    tern_raise_type_error(vm, "object of type '%s' has no len()", iter_name(self));
}

static int iterobj_contains(tern_vm *vm, tern_val self, tern_val x) {
    tern_val v;
    TERN_ROOTS(vm);
    if (is_view(self))
        return tern_dictview_contains(vm, self, x);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, x);
    while ((v = tern_seqiter_next(vm, self)) != TERN_NULL) {
        if (v == x || tern_equal(vm, v, x)) {
            TERN_UNROOT(vm);
            return 1;
        }
    }
    TERN_UNROOT(vm);
    return 0;
}

static tern_val iterobj_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if ((TERN_IS_KIND(a, TERN_K_ITER) && is_view(a)) || (TERN_IS_KIND(b, TERN_K_ITER) && is_view(b)))
        return tern_dictview_compare(vm, op, a, b);
    return TERN_NOTIMPLEMENTED;
}

static tern_val iterobj_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    if ((TERN_IS_KIND(a, TERN_K_ITER) && is_view(a)) || (TERN_IS_KIND(b, TERN_K_ITER) && is_view(b)))
        return tern_dictview_binop(vm, op, a, b);
    return TERN_NOTIMPLEMENTED;
}

/* it.__next__() and it.__iter__(), for code that calls them directly. */
static tern_val iter_next_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "__next__", nargs - 1, kwnames, 0, 0);
    v = tern_seqiter_next(vm, args[0]);
    if (v == TERN_NULL)
        tern_raise(vm, TERN_VAL(&tern_type_StopIteration));
    return v;
}

static tern_val iter_iter_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "__iter__", nargs - 1, kwnames, 0, 0);
    return iterobj_iter(vm, args[0]);
}

static TERN_CMETHOD_DEF(iter_next_obj, __next__, iter_next_m);
static TERN_CMETHOD_DEF(iter_iter_obj, __iter__, iter_iter_m);
const tern_attr tern_iter_attrs_[] = {
    { TERN_NSTR(__next__), &iter_next_obj },
    { TERN_NSTR(__iter__), &iter_iter_obj },
};

/* Every iterator type has these slots; the type only gives the name. */
#define TERN_ITER_TYPE(cname, nameid) \
    const tern_type cname = { \
        TERN_HDR_ROM(TERN_K_TYPE), TERN_NSTR(nameid), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL, \
        &tern_type_object, tern_iter_attrs_, 2, TERN_K_ITER, 0, 0, \
        NULL, iterobj_repr, NULL, NULL, iterobj_compare, iterobj_binop, NULL, \
        NULL, iterobj_len, NULL, NULL, iterobj_contains, iterobj_iter, iterobj_next, NULL, \
        NULL, NULL }

/* The generic type of TERN_K_ITER objects (tern_iter_type is precise). */
TERN_ITER_TYPE(tern_type_iterator, iterator);

static TERN_ITER_TYPE(type_list_iterator, list_iterator);
static TERN_ITER_TYPE(type_tuple_iterator, tuple_iterator);
static TERN_ITER_TYPE(type_str_iterator, str_iterator);
static TERN_ITER_TYPE(type_bytes_iterator, bytes_iterator);
static TERN_ITER_TYPE(type_range_iterator, range_iterator);
static TERN_ITER_TYPE(type_dict_keyiterator, dict_keyiterator);
static TERN_ITER_TYPE(type_dict_valueiterator, dict_valueiterator);
static TERN_ITER_TYPE(type_dict_itemiterator, dict_itemiterator);
static TERN_ITER_TYPE(type_dict_reversekeyiterator, dict_reversekeyiterator);
static TERN_ITER_TYPE(type_dict_reversevalueiterator, dict_reversevalueiterator);
static TERN_ITER_TYPE(type_dict_reverseitemiterator, dict_reverseitemiterator);
static TERN_ITER_TYPE(type_set_iterator, set_iterator);
static TERN_ITER_TYPE(type_list_reverseiterator, list_reverseiterator);
static TERN_ITER_TYPE(type_callable_iterator, callable_iterator);

/* enumerate, zip, map, filter and reversed are in obj_iters.c (they are
 * also constructors); their instances use these same slots. */
tern_val tern_iterobj_repr_(tern_vm *vm, tern_val self) { return iterobj_repr(vm, self); }
tern_val tern_iterobj_iter_(tern_vm *vm, tern_val self) { return iterobj_iter(vm, self); }
int tern_iterobj_contains_(tern_vm *vm, tern_val self, tern_val x) { return iterobj_contains(vm, self, x); }
tern_int tern_iterobj_len_(tern_vm *vm, tern_val self) { return iterobj_len(vm, self); }

const tern_type *tern_iter_type(tern_val it) {
    tern_seqiter *si = SI(it);
    switch (si->sub) {
    case TERN_ITK_SEQ:
        switch (TERN_KIND_OF(si->seq)) {
        case TERN_K_LIST: return &type_list_iterator;
        case TERN_K_TUPLE: return &type_tuple_iterator;
        case TERN_K_STR: return &type_str_iterator;
        case TERN_K_BYTES: return &type_bytes_iterator;
        default: return &tern_type_iterator;
        }
    case TERN_ITK_RANGE: return &type_range_iterator;
    case TERN_ITK_DICT_KEYS: return &type_dict_keyiterator;
    case TERN_ITK_DICT_VALUES: return &type_dict_valueiterator;
    case TERN_ITK_DICT_ITEMS: return &type_dict_itemiterator;
    case TERN_ITK_DICT_RKEYS: return &type_dict_reversekeyiterator;
    case TERN_ITK_DICT_RVALUES: return &type_dict_reversevalueiterator;
    case TERN_ITK_DICT_RITEMS: return &type_dict_reverseitemiterator;
    case TERN_ITK_SET: return &type_set_iterator;
    case TERN_ITK_REVSEQ:
        return TERN_IS_LIST(si->seq) ? &type_list_reverseiterator : &tern_type_reversed;
    case TERN_ITK_REVGETITEM: return &tern_type_reversed;
    case TERN_ITK_GETITEM: return &tern_type_iterator;
    case TERN_ITK_CALLABLE: return &type_callable_iterator;
    case TERN_ITK_ENUMERATE: return &tern_type_enumerate;
    case TERN_ITK_ZIP: return &tern_type_zip;
    case TERN_ITK_MAP: return &tern_type_map;
    case TERN_ITK_FILTER: return &tern_type_filter;
    case TERN_ITK_VIEW_KEYS: return &tern_type_dict_keys;
    case TERN_ITK_VIEW_VALUES: return &tern_type_dict_values;
    case TERN_ITK_VIEW_ITEMS: return &tern_type_dict_items;
    default: return &tern_type_iterator;
    }
}
