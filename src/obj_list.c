/* SPDX-License-Identifier: MIT */
/*
 * obj_list.c — the list type.
 *
 * A list is a header (tern_list) pointing at a tern_array of capacity
 * `cap` holding `len` items; slots past len are kept TERN_NULL so the
 * collector does not keep dead items alive. Growing allocates a bigger
 * array and copies (the old one becomes garbage).
 */
#include "containers.h"

/* ===================================================================
 * Storage
 * =================================================================== */

static size_t list_cap(tern_val list) {
    tern_val a = TERN_AS(tern_list, list)->items;
    return a ? TERN_AS(tern_array, a)->cap : 0;
}

/* Grow the items array of list l to `cap` items where it lies, if it is
 * the last object in the heap and there is room; 1 if done. */
static int grow_in_place(tern_vm *vm, tern_list *l, size_t cap) {
    tern_array *a = l->items ? TERN_AS(tern_array, l->items) : NULL;
    if (!a || !tern_alloc_grow(vm, a, TERN_ARRAY_BYTES(cap)))
        return 0;
    memset(a->items + a->cap, 0, (cap - a->cap) * sizeof(tern_val));   /* traced: no garbage */
    a->cap = cap;
    return 1;
}

/* Make room for `need` items in the list held in the rooted *listp. */
static void list_reserve(tern_vm *vm, tern_val *listp, size_t need) {
    size_t cap = list_cap(*listp), newcap, len;
    tern_array *a;
    tern_list *l;
    if (need <= cap)
        return;
    newcap = cap + (cap >> 1) + 4;
    if (newcap < need)
        newcap = need;
    if (newcap > ((size_t)-1 >> 4) / sizeof(tern_val))
        tern_raise_memory_error(vm);
    /* A list being filled is often the last object: grow it where it is.
     * Otherwise over-allocate for amortized growth, but when the heap
     * cannot hold that, take exactly what is needed (where it is, if the
     * collection left it last) before giving up: a MemoryError must mean
     * the items really do not fit. */
    if (grow_in_place(vm, TERN_AS(tern_list, *listp), newcap))
        return;
    a = (tern_array *)tern_alloc_try(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(newcap));
    if (!a) {
        if (grow_in_place(vm, TERN_AS(tern_list, *listp), need))
            return;
        newcap = need;
        a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(newcap));
    }
    a->cap = newcap;
    l = TERN_AS(tern_list, *listp);
    len = l->len;
    if (len)
        memcpy(a->items, TERN_AS(tern_array, l->items)->items, len * sizeof(tern_val));
    l->items = TERN_VAL(a);
}

/* Make room for exactly `need` items (no growth margin). */
static void list_reserve_exact(tern_vm *vm, tern_val *listp, size_t need) {
    size_t len;
    tern_array *a;
    tern_list *l;
    if (need <= list_cap(*listp))
        return;
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(need));
    a->cap = need;
    l = TERN_AS(tern_list, *listp);
    len = l->len;
    if (len)
        memcpy(a->items, TERN_AS(tern_array, l->items)->items, len * sizeof(tern_val));
    l->items = TERN_VAL(a);
}

tern_val tern_list_new(tern_vm *vm, size_t cap) {
    tern_val list = TERN_VAL(tern_alloc(vm, TERN_K_LIST, sizeof(tern_list)));
    TERN_ROOTS(vm);
    if (cap) {
        TERN_ROOT(vm, list);
        list_reserve_exact(vm, &list, cap);     /* the caller knows how many */
        TERN_UNROOT(vm);
    }
    return list;
}

tern_val tern_list_into_tuple(tern_vm *vm, tern_val list) {
    tern_list *l = TERN_AS(tern_list, list);
    size_t n = l->len;
    tern_array *a;
    tern_val t;
    if (!n)
        return TERN_EMPTY_TUPLE;
    /* tern_array and tern_tuple share their layout (header, count, items);
     * the slots past len are NULL, so slack at the end is harmless */
    a = TERN_AS(tern_array, l->items);
    l->items = TERN_NULL;
    l->len = 0;
    *(tern_hdr *)a = (*(tern_hdr *)a & ~(tern_hdr)0x3F) | TERN_K_TUPLE;
    a->cap = n;
    tern_alloc_shrink(vm, a, TERN_TUPLE_BYTES(n));
    t = TERN_VAL(a);
    if (TERN_OBJ_BYTES(a) > TERN_TUPLE_BYTES(n) + TERN_TUPLE_BYTES(n) / 8) {
        /* much slack left (not the last object): copy when there is room */
        tern_val *s = tern_push(vm, t);
        tern_tuple *c = (tern_tuple *)tern_alloc_try(vm, TERN_K_TUPLE, TERN_TUPLE_BYTES(n));
        if (c) {
            c->len = n;
            memcpy(c->items, TERN_TUPLE_ITEMS(*s), n * sizeof(tern_val));
            *s = TERN_VAL(c);
        }
        t = *s;
        tern_popn(vm, 1);
    }
    return t;
}

tern_val tern_list_from(tern_vm *vm, size_t n, const tern_val *items) {
    tern_val list = tern_list_new(vm, n);
    if (n)
        memcpy(TERN_LIST_ITEMS(list), items, n * sizeof(tern_val));
    TERN_AS(tern_list, list)->len = n;
    return list;
}

void tern_list_append(tern_vm *vm, tern_val list, tern_val v) {
    tern_list *l = TERN_AS(tern_list, list);
    TERN_ROOTS(vm);
    if (l->items && l->len < TERN_AS(tern_array, l->items)->cap) {
        TERN_AS(tern_array, l->items)->items[l->len++] = v;
        return;
    }
    TERN_ROOT(vm, list);
    TERN_ROOT(vm, v);
    list_reserve(vm, &list, l->len + 1);
    l = TERN_AS(tern_list, list);
    TERN_AS(tern_array, l->items)->items[l->len++] = v;
    TERN_UNROOT(vm);
}

tern_val tern_list_pop(tern_vm *vm, tern_val list) {
    tern_list *l = TERN_AS(tern_list, list);
    tern_val *items, v;
    if (l->len == 0)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop from empty list");
    items = TERN_AS(tern_array, l->items)->items;
    v = items[--l->len];
    items[l->len] = TERN_NULL;
    return v;
}

void tern_list_insert(tern_vm *vm, tern_val list, size_t i, tern_val v) {
    tern_val *items;
    size_t len;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    TERN_ROOT(vm, v);
    len = TERN_LIST_LEN(list);
    list_reserve(vm, &list, len + 1);
    items = TERN_LIST_ITEMS(list);
    if (i > len)
        i = len;
    memmove(items + i + 1, items + i, (len - i) * sizeof(tern_val));
    items[i] = v;
    TERN_AS(tern_list, list)->len = len + 1;
    TERN_UNROOT(vm);
}

/* Remove items [lo, hi). */
static void list_remove_range(tern_val list, size_t lo, size_t hi) {
    tern_list *l = TERN_AS(tern_list, list);
    tern_val *items;
    size_t len = l->len;
    if (hi <= lo)
        return;
    items = TERN_AS(tern_array, l->items)->items;
    memmove(items + lo, items + hi, (len - hi) * sizeof(tern_val));
    memset(items + len - (hi - lo), 0, (hi - lo) * sizeof(tern_val));
    l->len = len - (hi - lo);
}

void tern_list_extend(tern_vm *vm, tern_val list, tern_val iterable) {
    tern_val it = TERN_NULL, v = TERN_NULL;
    size_t n, len;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    TERN_ROOT(vm, iterable);
    if (TERN_IS_LIST(iterable) || TERN_IS_TUPLE(iterable)) {
        /* covers l.extend(l): the source length is read first */
        tern_seq_items(iterable, &n);
        len = TERN_LIST_LEN(list);
        if (n) {
            list_reserve(vm, &list, len + n);
            memcpy(TERN_LIST_ITEMS(list) + len, tern_seq_items(iterable, &n), n * sizeof(tern_val));
            TERN_AS(tern_list, list)->len = len + n;
        }
        TERN_UNROOT(vm);
        return;
    }
    TERN_ROOT(vm, it);
    TERN_ROOT(vm, v);
    /* A range, dict or set says how many items it gives: take exactly
     * that room first, instead of growing by half again (which needs the
     * old and the new array at once, and over-allocates). */
    n = 0;
    if (TERN_IS_KIND(iterable, TERN_K_RANGE)) {
        const tern_range *r = TERN_AS(tern_range, iterable);
        if (r->step > 0 && r->stop > r->start)
            n = (size_t)((r->stop - r->start - 1) / r->step + 1);
        else if (r->step < 0 && r->stop < r->start)
            n = (size_t)((r->start - r->stop - 1) / -r->step + 1);
    } else if (TERN_IS_KIND(iterable, TERN_K_DICT) || TERN_IS_KIND(iterable, TERN_K_SET)) {
        n = TERN_AS(tern_dict, iterable)->used;
    }
    if (n && n < ((size_t)-1 >> 4) / sizeof(tern_val))
        list_reserve_exact(vm, &list, TERN_LIST_LEN(list) + n);
    it = tern_iter(vm, iterable);
    while ((v = tern_next(vm, it)) != TERN_NULL)
        tern_list_append(vm, list, v);
    TERN_UNROOT(vm);
}

tern_val tern_list_of(tern_vm *vm, tern_val iterable) {
    tern_val list;
    TERN_ROOTS(vm);
    if (TERN_IS_LIST(iterable) || TERN_IS_TUPLE(iterable)) {
        size_t n;
        TERN_ROOT(vm, iterable);
        tern_seq_items(iterable, &n);
        list = tern_list_new(vm, n);
        if (n)
            memcpy(TERN_LIST_ITEMS(list), tern_seq_items(iterable, &n), n * sizeof(tern_val));
        TERN_AS(tern_list, list)->len = n;
        TERN_UNROOT(vm);
        return list;
    }
    TERN_ROOT(vm, iterable);
    list = tern_list_new(vm, 0);
    TERN_ROOT(vm, list);
    tern_list_extend(vm, list, iterable);
    TERN_UNROOT(vm);
    return list;
}

/* ===================================================================
 * Sorting: a stable bottom-up merge sort. Keys are computed once per
 * item. Everything lives in one rooted scratch array, re-read after every
 * comparison (comparisons run Python code). While sorting, the list is
 * emptied so mutations by key functions or comparisons are detected.
 * =================================================================== */

typedef struct sort_state {
    tern_val arr;       /* [keys n][vals n][tmp keys n][tmp vals n], or [vals n][tmp n] */
    tern_val list;
    tern_val key;
    size_t n;
    size_t k, v, tk, tv;    /* offsets of the regions */
    int reverse;
} sort_state;

static int sort_lt(tern_vm *vm, tern_val x, tern_val y) {
    if (TERN_IS_SMALL(x) && TERN_IS_SMALL(y))
        return (tern_int)x < (tern_int)y;
    if (TERN_IS_STR(x) && TERN_IS_STR(y)) {
        size_t lx = TERN_STR_LEN(x), ly = TERN_STR_LEN(y);
        int c = memcmp(TERN_STR_CHARS(x), TERN_STR_CHARS(y), lx < ly ? lx : ly);
        return c < 0 || (c == 0 && lx < ly);
    }
    if (TERN_IS_FLOAT(x) && TERN_IS_FLOAT(y))
        return TERN_AS(tern_float, x)->value < TERN_AS(tern_float, y)->value;
    return tern_truthy(vm, tern_compare(vm, TERN_CMP_LT, x, y));
}

#define SA(st) (TERN_AS(tern_array, (st)->arr)->items)

static int sort_lt_at(tern_vm *vm, sort_state *st, size_t i, size_t j) {
    tern_val *a = SA(st);
    return sort_lt(vm, a[i], a[j]);
}

static void sort_reverse_region(tern_val *a, size_t n) {
    size_t i;
    for (i = 0; i < n / 2; i++) {
        tern_val t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

/* Stable insertion sort of [lo, hi). */
static void sort_insertion(tern_vm *vm, sort_state *st, size_t lo, size_t hi) {
    size_t i, j;
    for (i = lo + 1; i < hi; i++) {
        j = i;
        while (j > lo && sort_lt_at(vm, st, st->k + i, st->k + j - 1))
            j--;
        if (j < i) {
            tern_val *a = SA(st);
            tern_val kk = a[st->k + i], vv = a[st->v + i];
            memmove(a + st->k + j + 1, a + st->k + j, (i - j) * sizeof(tern_val));
            if (st->v != st->k)
                memmove(a + st->v + j + 1, a + st->v + j, (i - j) * sizeof(tern_val));
            a[st->k + j] = kk;
            a[st->v + j] = vv;
        }
    }
}

/* Merge the sorted runs [lo, mid) and [mid, hi). */
static void sort_merge(tern_vm *vm, sort_state *st, size_t lo, size_t mid, size_t hi) {
    size_t i, j, o;
    tern_val *a;
    if (!sort_lt_at(vm, st, st->k + mid, st->k + mid - 1))
        return;     /* already in order */
    a = SA(st);
    memcpy(a + st->tk + lo, a + st->k + lo, (mid - lo) * sizeof(tern_val));
    if (st->v != st->k)
        memcpy(a + st->tv + lo, a + st->v + lo, (mid - lo) * sizeof(tern_val));
    /* left run now in tmp[lo, mid); merge it with [mid, hi) into [lo, hi) */
    i = lo, j = mid, o = lo;
    while (i < mid && j < hi) {
        int take_right = sort_lt_at(vm, st, st->k + j, st->tk + i);
        a = SA(st);
        if (take_right) {
            a[st->k + o] = a[st->k + j];
            a[st->v + o] = a[st->v + j];
            j++;
        } else {
            a[st->k + o] = a[st->tk + i];
            a[st->v + o] = a[st->tv + i];
            i++;
        }
        o++;
    }
    a = SA(st);
    while (i < mid) {
        a[st->k + o] = a[st->tk + i];
        a[st->v + o] = a[st->tv + i];
        i++, o++;
    }
}

static void sort_body(tern_vm *vm, void *ud) {
    sort_state *st = (sort_state *)ud;
    size_t n = st->n, i, w;
    const size_t run = 8;
    if (st->key != TERN_NULL && st->key != TERN_NONE) {
        for (i = 0; i < n; i++) {
            tern_val kv = tern_call1(vm, st->key, SA(st)[st->v + i]);
            SA(st)[st->k + i] = kv;
        }
    }
    if (st->reverse) {
        sort_reverse_region(SA(st) + st->k, n);
        if (st->v != st->k)
            sort_reverse_region(SA(st) + st->v, n);
    }
    for (i = 0; i < n; i += run)
        sort_insertion(vm, st, i, i + run < n ? i + run : n);
    for (w = run; w < n; w *= 2)
        for (i = 0; i + w < n; i += 2 * w)
            sort_merge(vm, st, i, i + w, i + 2 * w < n ? i + 2 * w : n);
    if (st->reverse)
        sort_reverse_region(SA(st) + st->v, n);
}

void tern_list_sort(tern_vm *vm, tern_val list, tern_val key, int reverse) {
    sort_state st;
    tern_val saved;
    size_t n = TERN_LIST_LEN(list), words;
    int failed, haskey = key != TERN_NULL && key != TERN_NONE;
    tern_array *a;
    TERN_ROOTS(vm);
    if (n == 0 || (n == 1 && !haskey))
        return;
    st.list = list;
    st.key = key;
    st.arr = TERN_NULL;
    st.n = n;
    st.reverse = reverse;
    if (haskey) {
        st.k = 0, st.v = n, st.tk = 2 * n, st.tv = 3 * n;
        words = 4 * n;
    } else {
        st.k = st.v = 0, st.tk = st.tv = n;
        words = 2 * n;
    }
    TERN_ROOT(vm, st.list);
    TERN_ROOT(vm, st.key);
    TERN_ROOT(vm, st.arr);
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(words));
    a->cap = words;
    st.arr = TERN_VAL(a);
    memcpy(a->items + st.v, TERN_LIST_ITEMS(st.list), n * sizeof(tern_val));
    /* detach the items while sorting */
    saved = TERN_AS(tern_list, st.list)->items;
    TERN_ROOT(vm, saved);
    TERN_AS(tern_list, st.list)->items = TERN_NULL;
    TERN_AS(tern_list, st.list)->len = 0;
    failed = tern_pcall(vm, sort_body, &st);
    {
        tern_list *l = TERN_AS(tern_list, st.list);
        int modified = l->items != TERN_NULL || l->len != 0;
        if (!failed)
            memcpy(TERN_AS(tern_array, saved)->items, SA(&st) + st.v, n * sizeof(tern_val));
        l->items = saved;
        l->len = n;
        if (failed)
            tern_nlr_throw(vm);
        if (modified)
            tern_raise_value_error(vm, "list modified during sort");
    }
    TERN_UNROOT(vm);
}

/* ===================================================================
 * Construction and slots
 * =================================================================== */

static tern_val list_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "list() takes no keyword arguments");
    if (nargs > 1)
        tern_raise_type_error(vm, "list expected at most 1 argument, got %d", nargs);
    if (nargs == 0)
        return tern_list_new(vm, 0);
    return tern_list_of(vm, args[0]);
}

static tern_val list_repr(tern_vm *vm, tern_val self) {
    tern_strbuf b;
    tern_val s = TERN_NULL;
    size_t i;
    TERN_ROOTS(vm);
    if (TERN_LIST_LEN(self) == 0)
        return tern_str_new(vm, "[]", 2);
    if (tern_repr_enter(vm, self))
        return tern_str_new(vm, "[...]", 5);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, s);
    tern_strbuf_init(vm, &b, 8 * TERN_LIST_LEN(self) + 2);
    tern_strbuf_add_char(vm, &b, '[');
    for (i = 0; i < TERN_LIST_LEN(self); i++) {
        if (i)
            tern_strbuf_add(vm, &b, ", ", 2);
        s = tern_repr(vm, TERN_LIST_ITEMS(self)[i]);
        tern_strbuf_add_str(vm, &b, s);
    }
    tern_strbuf_add_char(vm, &b, ']');
    s = tern_strbuf_finish(vm, &b);
    tern_repr_leave(vm);
    TERN_UNROOT(vm);
    return s;
}

static tern_val list_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (!TERN_IS_LIST(a) || !TERN_IS_LIST(b))
        return TERN_NOTIMPLEMENTED;
    return tern_seq_richcompare(vm, op, a, b);
}

static tern_val list_repeat(tern_vm *vm, tern_val a, tern_int reps, int inplace) {
    size_t n = TERN_LIST_LEN(a), i;
    tern_val r;
    TERN_ROOTS(vm);
    if (reps < 0)
        reps = 0;
    if (n && (size_t)reps > ((size_t)-1 >> 4) / sizeof(tern_val) / n)
        tern_raise_memory_error(vm);
    TERN_ROOT(vm, a);
    if (inplace) {
        r = a;
        if (reps == 0)
            list_remove_range(r, 0, n);
        else
            list_reserve(vm, &a, n * (size_t)reps);
        r = a;
    } else {
        r = tern_list_new(vm, n * (size_t)reps);
    }
    if (reps > 0 && n > 0) {    /* an empty list may have no item array */
        for (i = inplace ? 1 : 0; i < (size_t)reps; i++)
            memcpy(TERN_LIST_ITEMS(r) + i * n, TERN_LIST_ITEMS(a), n * sizeof(tern_val));
        TERN_AS(tern_list, r)->len = n * (size_t)reps;
    }
    TERN_UNROOT(vm);
    return r;
}

static tern_val list_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int inplace = (op & TERN_OP_INPLACE) != 0;
    tern_int n;
    op &= ~TERN_OP_INPLACE;
    if (op == TERN_OP_ADD) {
        if (!TERN_IS_LIST(a))
            return TERN_NOTIMPLEMENTED;
        if (inplace) {
            tern_list_extend(vm, a, b);
            return a;
        }
        if (!TERN_IS_LIST(b)) {
            if (TERN_IS_CLASSED(b))
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can only concatenate list (not \"%s\") to list", tern_type_name(b));
        } else {
            tern_val r;
            size_t na = TERN_LIST_LEN(a), nb = TERN_LIST_LEN(b);
            TERN_ROOTS(vm);
            TERN_ROOT(vm, a);
            TERN_ROOT(vm, b);
            r = tern_list_new(vm, na + nb);
            if (na)
                memcpy(TERN_LIST_ITEMS(r), TERN_LIST_ITEMS(a), na * sizeof(tern_val));
            if (nb)
                memcpy(TERN_LIST_ITEMS(r) + na, TERN_LIST_ITEMS(b), nb * sizeof(tern_val));
            TERN_AS(tern_list, r)->len = na + nb;
            TERN_UNROOT(vm);
            return r;
        }
    }
    if (op == TERN_OP_MUL) {
        if (TERN_IS_LIST(a)) {
            if (tern_repeat_count_(vm, b, &n))
                return list_repeat(vm, a, n, inplace);
            if (TERN_IS_CLASSED(b))
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(b));
        }
        if (tern_repeat_count_(vm, a, &n))
            return list_repeat(vm, b, n, 0);
        if (TERN_IS_CLASSED(a))
            return TERN_NOTIMPLEMENTED;
        tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(a));
    }
    return TERN_NOTIMPLEMENTED;
}

static tern_int list_len(tern_vm *vm, tern_val self) {
    return (tern_int)TERN_LIST_LEN(self);
}

static int is_index(tern_vm *vm, tern_val key) {
    if (TERN_IS_INT(key) || TERN_IS_BOOL(key))
        return 1;
    return TERN_IS_CLASSED(key) && tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) != TERN_NULL;
}

static tern_val list_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_int len = (tern_int)TERN_LIST_LEN(self), start, stop, step, n, i;
    tern_val r;
    if (TERN_IS_SMALL(key)) {
        i = TERN_SMALL_VALUE(key);
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            tern_raise_fmt(vm, &tern_type_IndexError, "list index out of range");
        return TERN_LIST_ITEMS(self)[i];
    }
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, len, &start, &stop, &step);
        r = tern_list_new(vm, (size_t)n);
        /* the slice arguments may have run __index__: re-check the length */
        len = (tern_int)TERN_LIST_LEN(self);
        for (i = 0; i < n && start + i * step < len; i++)
            TERN_LIST_ITEMS(r)[i] = TERN_LIST_ITEMS(self)[start + i * step];
        TERN_AS(tern_list, r)->len = (size_t)i;
        TERN_UNROOT(vm);
        return r;
    }
    if (is_index(vm, key))
        return TERN_LIST_ITEMS(self)[tern_seq_index(vm, key, len, "list")];
    tern_raise_type_error(vm, "list indices must be integers or slices, not %s", tern_type_name(key));
}

/* self[slice] = value, or del self[slice] when value is NULL. */
static void list_setslice(tern_vm *vm, tern_val self, tern_val slice, tern_val value) {
    tern_int len = (tern_int)TERN_LIST_LEN(self), start, stop, step, n, i, m;
    tern_val src = TERN_NULL;
    size_t srclen;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, value);
    TERN_ROOT(vm, src);
    n = tern_slice_indices(vm, slice, len, &start, &stop, &step);
    if (value != TERN_NULL) {
        /* a snapshot of the new items (a copy if it is the list itself) */
        if (value == self || !(TERN_IS_LIST(value) || TERN_IS_TUPLE(value))) {
            if (!TERN_IS_LIST(value) && tern_typeof(value)->iter == NULL)
                tern_raise_type_error(vm, step == 1 ? "can only assign an iterable"
                                                    : "must assign iterable to extended slice");
            src = tern_list_of(vm, value);
        } else {
            src = value;
        }
    }
    len = (tern_int)TERN_LIST_LEN(self);
    if (start > len)
        start = len;
    if (step == 1) {
        tern_val *items;
        size_t lo = (size_t)start, hi = stop > start ? (size_t)stop : lo;
        if (hi > (size_t)len)
            hi = (size_t)len;
        if (value == TERN_NULL) {
            list_remove_range(self, lo, hi);
            TERN_UNROOT(vm);
            return;
        }
        tern_seq_items(src, &srclen);
        if (srclen > hi - lo)
            list_reserve(vm, &self, (size_t)len + srclen - (hi - lo));
        if (srclen < hi - lo)
            list_remove_range(self, lo + srclen, hi);
        else if (srclen > hi - lo) {
            items = TERN_LIST_ITEMS(self);
            memmove(items + lo + srclen, items + hi, ((size_t)len - hi) * sizeof(tern_val));
            TERN_AS(tern_list, self)->len = (size_t)len + srclen - (hi - lo);
        }
        if (srclen)
            memcpy(TERN_LIST_ITEMS(self) + lo, tern_seq_items(src, &srclen), srclen * sizeof(tern_val));
        TERN_UNROOT(vm);
        return;
    }
    if (value == TERN_NULL) {
        /* extended delete: keep the items not on the slice */
        tern_val *items;
        tern_int o = 0;
        if (n == 0) {
            TERN_UNROOT(vm);
            return;
        }
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        items = TERN_LIST_ITEMS(self);
        for (i = 0, m = 0; i < len; i++) {
            if (m < n && i == start + m * step) {
                m++;
                continue;
            }
            items[o++] = items[i];
        }
        memset(items + o, 0, (size_t)(len - o) * sizeof(tern_val));
        TERN_AS(tern_list, self)->len = (size_t)o;
        TERN_UNROOT(vm);
        return;
    }
    tern_seq_items(src, &srclen);
    if ((tern_int)srclen != n)
        tern_raise_value_error(vm, "attempt to assign sequence of size %zu to extended slice of size %zu",
                               srclen, (size_t)n);
    for (i = 0; i < n; i++)
        TERN_LIST_ITEMS(self)[start + i * step] = tern_seq_items(src, &srclen)[i];
    TERN_UNROOT(vm);
}

static void list_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    tern_int len = (tern_int)TERN_LIST_LEN(self), i;
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        list_setslice(vm, self, key, value);
        return;
    }
    if (TERN_IS_SMALL(key)) {
        i = TERN_SMALL_VALUE(key);
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            tern_raise_fmt(vm, &tern_type_IndexError, "list assignment index out of range");
    } else if (is_index(vm, key)) {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        TERN_ROOT(vm, value);
        i = tern_seq_index(vm, key, len, "list assignment");
        TERN_UNROOT(vm);
        if (i >= (tern_int)TERN_LIST_LEN(self))
            tern_raise_fmt(vm, &tern_type_IndexError, "list assignment index out of range");
    } else {
        tern_raise_type_error(vm, "list indices must be integers or slices, not %s", tern_type_name(key));
    }
    if (value == TERN_NULL)
        list_remove_range(self, (size_t)i, (size_t)i + 1);
    else
        TERN_LIST_ITEMS(self)[i] = value;
}

static int list_contains(tern_vm *vm, tern_val self, tern_val v) {
    return tern_seq_find(vm, self, v, 0, (tern_int)TERN_LIST_LEN(self)) >= 0;
}

static tern_val list_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_SEQ);
}

/* ===================================================================
 * Methods
 * =================================================================== */

static tern_val list_append_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.append", nargs - 1, kwnames, 1, 1);
    tern_list_append(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val list_extend_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.extend", nargs - 1, kwnames, 1, 1);
    tern_list_extend(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val list_insert_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i, len;
    tern_cargs(vm, "list.insert", nargs - 1, kwnames, 2, 2);
    len = (tern_int)TERN_LIST_LEN(args[0]);
    if (TERN_IS_KIND(args[1], TERN_K_BIGINT))
        i = TERN_AS(tern_bigint, args[1])->sign < 0 ? 0 : len;
    else
        i = tern_index_value(vm, args[1]);
    len = (tern_int)TERN_LIST_LEN(args[0]);
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    tern_list_insert(vm, args[0], (size_t)i, args[2]);
    return TERN_NONE;
}

static tern_val list_pop_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i, len;
    tern_val v;
    tern_cargs(vm, "list.pop", nargs - 1, kwnames, 0, 1);
    if (nargs == 1)
        return tern_list_pop(vm, args[0]);
    len = (tern_int)TERN_LIST_LEN(args[0]);
    if (len == 0)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop from empty list");
    i = tern_index_value(vm, args[1]);
    len = (tern_int)TERN_LIST_LEN(args[0]);
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop index out of range");
    v = TERN_LIST_ITEMS(args[0])[i];
    list_remove_range(args[0], (size_t)i, (size_t)i + 1);
    return v;
}

static tern_val list_remove_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i;
    tern_cargs(vm, "list.remove", nargs - 1, kwnames, 1, 1);
    i = tern_seq_find(vm, args[0], args[1], 0, (tern_int)TERN_LIST_LEN(args[0]));
    if (i < 0)
        tern_raise_value_error(vm, "list.remove(x): x not in list");
    list_remove_range(args[0], (size_t)i, (size_t)i + 1);
    return TERN_NONE;
}

static tern_val list_index_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start, stop, i;
    tern_cargs(vm, "list.index", nargs - 1, kwnames, 1, 3);
    tern_seq_range_args(vm, nargs - 2, args + 2, (tern_int)TERN_LIST_LEN(args[0]), &start, &stop);
    i = tern_seq_find(vm, args[0], args[1], start, stop);
    if (i < 0)
        tern_raise_value_error(vm, "%R is not in list", args[1]);
    return TERN_SMALL(i);
}

static tern_val list_count_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i, c = 0;
    tern_cargs(vm, "list.count", nargs - 1, kwnames, 1, 1);
    for (i = 0; i < TERN_LIST_LEN(args[0]); i++) {
        tern_val x = TERN_LIST_ITEMS(args[0])[i];
        if (x == args[1] || tern_equal(vm, x, args[1]))
            c++;
    }
    return TERN_SMALL((tern_int)c);
}

static tern_val list_clear_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.clear", nargs - 1, kwnames, 0, 0);
    TERN_AS(tern_list, args[0])->items = TERN_NULL;
    TERN_AS(tern_list, args[0])->len = 0;
    return TERN_NONE;
}

static tern_val list_copy_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.copy", nargs - 1, kwnames, 0, 0);
    return tern_list_of(vm, args[0]);
}

static tern_val list_reverse_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t n = TERN_LIST_LEN(args[0]);
    tern_cargs(vm, "list.reverse", nargs - 1, kwnames, 0, 0);
    if (n > 1) {
        tern_val *a = TERN_LIST_ITEMS(args[0]);
        size_t i;
        for (i = 0; i < n / 2; i++) {
            tern_val t = a[i];
            a[i] = a[n - 1 - i];
            a[n - 1 - i] = t;
        }
    }
    return TERN_NONE;
}

static tern_val list_sort_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), i;
    tern_val key = TERN_NONE;
    int reverse = 0, keyat = 0, revat = 0;
    if (nargs - nkw > 1)
        tern_raise_type_error(vm, "sort() takes no positional arguments");
    for (i = 0; i < nkw; i++) {
        tern_val name = TERN_TUPLE_ITEMS(kwnames)[i];
        if (name == TERN_N(key))
            keyat = nargs - nkw + i;
        else if (name == TERN_N(reverse))
            revat = nargs - nkw + i;
        else
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for sort()", name);
    }
    /* after the loop: __index__ may run Python and move kwnames and the
     * key; like CPython, reverse must be an integer (bool included) */
    if (revat)
        reverse = tern_index_value(vm, args[revat]) != 0;
    if (keyat)
        key = args[keyat];
    tern_list_sort(vm, args[0], key, reverse);
    return TERN_NONE;
}

static tern_val list_init_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list", nargs - 1, kwnames, 0, 1);
    TERN_AS(tern_list, args[0])->items = TERN_NULL;
    TERN_AS(tern_list, args[0])->len = 0;
    if (nargs > 1)
        tern_list_extend(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val list_len_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__len__", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)TERN_LIST_LEN(args[0]));
}

static tern_val list_getitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__getitem__", nargs - 1, kwnames, 1, 1);
    return list_getitem(vm, args[0], args[1]);
}

static tern_val list_setitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__setitem__", nargs - 1, kwnames, 2, 2);
    list_setitem(vm, args[0], args[1], args[2]);
    return TERN_NONE;
}

static tern_val list_delitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__delitem__", nargs - 1, kwnames, 1, 1);
    list_setitem(vm, args[0], args[1], TERN_NULL);
    return TERN_NONE;
}

static tern_val list_contains_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__contains__", nargs - 1, kwnames, 1, 1);
    return TERN_BOOL(list_contains(vm, args[0], args[1]));
}

static tern_val list_iter_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__iter__", nargs - 1, kwnames, 0, 0);
    return list_iter(vm, args[0]);
}

static TERN_CMETHOD_DEF(list_append_obj, append, list_append_m);
static TERN_CMETHOD_DEF(list_extend_obj, extend, list_extend_m);
static TERN_CMETHOD_DEF(list_insert_obj, insert, list_insert_m);
static TERN_CMETHOD_DEF(list_pop_obj, pop, list_pop_m);
static TERN_CMETHOD_DEF(list_remove_obj, remove, list_remove_m);
static TERN_CMETHOD_DEF(list_index_obj, index, list_index_m);
static TERN_CMETHOD_DEF(list_count_obj, count, list_count_m);
static TERN_CMETHOD_DEF(list_clear_obj, clear, list_clear_m);
static TERN_CMETHOD_DEF(list_copy_obj, copy, list_copy_m);
static TERN_CMETHOD_DEF(list_reverse_obj, reverse, list_reverse_m);
static TERN_CMETHOD_DEF(list_sort_obj, sort, list_sort_m);
static TERN_CMETHOD_DEF(list_init_obj, __init__, list_init_m);
static TERN_CMETHOD_DEF(list_len_obj, __len__, list_len_m);
static TERN_CMETHOD_DEF(list_getitem_obj, __getitem__, list_getitem_m);
static TERN_CMETHOD_DEF(list_setitem_obj, __setitem__, list_setitem_m);
static TERN_CMETHOD_DEF(list_delitem_obj, __delitem__, list_delitem_m);
static TERN_CMETHOD_DEF(list_contains_obj, __contains__, list_contains_m);
static TERN_CMETHOD_DEF(list_iter_obj, __iter__, list_iter_m);

static tern_val list_repr_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "list.__repr__", nargs - 1, kwnames, 0, 0);
    return list_repr(vm, args[0]);
}

static TERN_CMETHOD_DEF(list_repr_obj, __repr__, list_repr_m);

static const tern_attr list_attrs[] = {
    { TERN_NSTR(__repr__), &list_repr_obj },
    { TERN_NSTR(append), &list_append_obj },
    { TERN_NSTR(extend), &list_extend_obj },
    { TERN_NSTR(insert), &list_insert_obj },
    { TERN_NSTR(pop), &list_pop_obj },
    { TERN_NSTR(remove), &list_remove_obj },
    { TERN_NSTR(index), &list_index_obj },
    { TERN_NSTR(count), &list_count_obj },
    { TERN_NSTR(clear), &list_clear_obj },
    { TERN_NSTR(copy), &list_copy_obj },
    { TERN_NSTR(reverse), &list_reverse_obj },
    { TERN_NSTR(sort), &list_sort_obj },
    { TERN_NSTR(__init__), &list_init_obj },
    { TERN_NSTR(__len__), &list_len_obj },
    { TERN_NSTR(__getitem__), &list_getitem_obj },
    { TERN_NSTR(__setitem__), &list_setitem_obj },
    { TERN_NSTR(__delitem__), &list_delitem_obj },
    { TERN_NSTR(__contains__), &list_contains_obj },
    { TERN_NSTR(__iter__), &list_iter_obj },
};

const tern_type tern_type_list = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(list), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, list_attrs, sizeof(list_attrs) / sizeof(list_attrs[0]),
    TERN_K_LIST, TERN_TF_BASETYPE, 0,
    list_make, list_repr, NULL, NULL, list_compare, list_binop, NULL,
    NULL, list_len, list_getitem, list_setitem, list_contains, list_iter, NULL, NULL,
    NULL, NULL
};
