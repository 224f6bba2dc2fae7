/* SPDX-License-Identifier: MIT */
/*
 * obj_set.c — set and frozenset.
 *
 * Unlike dicts, sets are not insertion-ordered in Python: their iteration
 * order is the order of CPython's hash table. Programs print sets, so Tern
 * reproduces CPython's table exactly (setobject.c): open addressing by
 * hash & mask, 9 linear probes then a perturbed jump, 8 slots at first,
 * growing to the next power of two above used*4 when fill*5 >= mask*3,
 * with the same resize, merge and pop rules. Sets of ints (hash(i) == i)
 * then iterate and print in the same order as CPython.
 *
 * Layout (the tern_dict struct, kind TERN_K_SET):
 *   entries   tern_array of 2 * size values: (hash as small int, key) per
 *             slot; an empty slot is (TERN_NULL, TERN_NULL), a deleted one
 *             (TERN_NONE, TERN_NULL). NULL means an empty 8-slot table.
 *   index     unused (TERN_NULL)
 *   used      live keys; nentries: `fill`, live + deleted slots
 *   flags     TERN_SET_FROZEN | finger << 8 (where pop() looks next)
 */
#include "containers.h"
#include "obj_class.h"

#define S(v)            TERN_AS(tern_dict, v)
#define MINSIZE         8
#define LINEAR_PROBES   9
#define PERTURB_SHIFT   5
#define DUMMY_HASH      TERN_NONE

static size_t s_size(const tern_dict *s) {
    return s->entries ? TERN_AS(tern_array, s->entries)->cap / 2 : MINSIZE;
}
static tern_val *s_table(const tern_dict *s) {
    return TERN_AS(tern_array, s->entries)->items;
}
static int s_frozen(tern_val s) {
    return (S(s)->flags & TERN_SET_FROZEN) != 0;
}

static tern_val s_alloc_table(tern_vm *vm, size_t size) {
    tern_array *a;
    if (size > ((size_t)-1 >> 6) / sizeof(tern_val))
        tern_raise_memory_error(vm);
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * size));
    a->cap = 2 * size;
    return TERN_VAL(a);
}

tern_val tern_set_new(tern_vm *vm, int frozen) {
    tern_dict *s = (tern_dict *)tern_alloc(vm, TERN_K_SET, sizeof(tern_dict));
    s->flags = frozen ? TERN_SET_FROZEN : 0;
    return TERN_VAL(s);
}

/* Put a key known to be absent into a table without dummies. */
static void s_insert_clean(tern_val *table, size_t mask, tern_val key, tern_val hv) {
    size_t h = (size_t)TERN_SMALL_VALUE(hv), perturb = h, i = h & mask, j;
    for (;;) {
        if (table[2 * i + 1] == TERN_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (j = 0; j < LINEAR_PROBES; j++) {
                if (table[2 * (i + j + 1) + 1] == TERN_NULL) {
                    i = i + j + 1;
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    table[2 * i] = hv;
    table[2 * i + 1] = key;
}

/* CPython's set_table_resize: the smallest power of two > minused; when
 * the heap cannot hold that, the smallest table that holds `keys` keys. */
static void s_resize(tern_vm *vm, tern_val *sp, size_t minused, size_t keys) {
    size_t newsize = MINSIZE, i, oldsize;
    tern_val t, *old, *nt;
    tern_dict *s;
    while (newsize <= minused)
        newsize <<= 1;
    if (newsize > ((size_t)-1 >> 6) / sizeof(tern_val))
        tern_raise_memory_error(vm);
    t = TERN_VAL(tern_alloc_try(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * newsize)));
    if (t) {
        TERN_AS(tern_array, t)->cap = 2 * newsize;
    } else {
        /* The heap cannot hold the roomy table: take the smallest one
         * within the load limit (3/5 full, as the insertion checks) for
         * the live keys plus one, so that a MemoryError means the set
         * really does not fit. */
        size_t need = keys + 1;
        newsize = MINSIZE;
        while (need * 5 >= (newsize - 1) * 3)
            newsize <<= 1;
        t = s_alloc_table(vm, newsize);
    }
    s = S(*sp);
    oldsize = s_size(s);
    nt = TERN_AS(tern_array, t)->items;
    if (s->entries) {
        old = s_table(s);
        for (i = 0; i < oldsize; i++)
            if (old[2 * i + 1] != TERN_NULL)
                s_insert_clean(nt, newsize - 1, old[2 * i + 1], old[2 * i]);
    }
    s->entries = t;
    s->nentries = s->used;
}

/* Compare stored key k (in slot i) with *keyp by ==; sets *changed if
 * the set was modified meanwhile. */
static int s_slow_eq(tern_vm *vm, tern_val *sp, tern_val *keyp, size_t i, tern_val k, int *changed) {
    tern_val table = S(*sp)->entries;
    int eq;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, table);
    TERN_ROOT(vm, k);
    eq = tern_equal(vm, k, *keyp);
    *changed = S(*sp)->entries != table || s_table(S(*sp))[2 * i + 1] != k;
    TERN_UNROOT(vm);
    return eq;
}

/* Does the stored (hv2, k) match key (hv)? Cheap cases only; returns -1
 * when == must be called. */
static int s_quick_match(tern_val k, tern_val key) {
    if (k == key)
        return 1;
    if (TERN_IS_STR(k) && TERN_IS_STR(key))
        return tern_str_eq(k, key);
    if (TERN_IS_SMALL(k) && TERN_IS_SMALL(key))
        return 0;
    return -1;
}

/* Find the slot of *keyp (hash h) in the set *sp (rooted); -1 if absent. */
static tern_int s_lookup(tern_vm *vm, tern_val *sp, tern_val *keyp, tern_int h) {
    tern_dict *s;
    size_t mask, perturb, i, j, probes;
    tern_val hv = TERN_SMALL(h), *t;
    int changed, m;
restart:
    s = S(*sp);
    if (s->entries == TERN_NULL || s->used == 0)
        return -1;
    mask = s_size(s) - 1;
    perturb = (size_t)h;
    i = (size_t)h & mask;
    for (;;) {
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (j = i; j <= i + probes; j++) {
            t = s_table(S(*sp)) + 2 * j;
            if (t[0] == TERN_NULL)
                return -1;
            if (t[0] == hv) {
                m = s_quick_match(t[1], *keyp);
                if (m < 0) {
                    m = s_slow_eq(vm, sp, keyp, j, t[1], &changed);
                    if (changed)
                        goto restart;
                }
                if (m)
                    return (tern_int)j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* CPython's set_add_entry. Returns 1 if added, 0 if already there. */
static int s_add(tern_vm *vm, tern_val *sp, tern_val *keyp, tern_int h) {
    tern_dict *s;
    size_t mask, perturb, i, j, probes, freeslot;
    tern_val hv = TERN_SMALL(h), *t;
    int changed, m;
restart:
    s = S(*sp);
    if (s->entries == TERN_NULL) {
        tern_val tab = s_alloc_table(vm, MINSIZE);
        s = S(*sp);
        s->entries = tab;
    }
    mask = s_size(s) - 1;
    perturb = (size_t)h;
    i = (size_t)h & mask;
    freeslot = (size_t)-1;
    for (;;) {
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        for (j = i; j <= i + probes; j++) {
            t = s_table(S(*sp)) + 2 * j;
            if (t[0] == TERN_NULL)
                goto found_unused_or_dummy;
            if (t[0] == hv) {
                m = s_quick_match(t[1], *keyp);
                if (m < 0) {
                    m = s_slow_eq(vm, sp, keyp, j, t[1], &changed);
                    if (changed)
                        goto restart;
                }
                if (m)
                    return 0;
            } else if (t[0] == DUMMY_HASH) {
                /* CPython 3.11 ends up reusing the last deleted slot on
                 * the probe path (checked against it, op by op) */
                freeslot = j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s = S(*sp);
    if (freeslot != (size_t)-1) {
        t = s_table(s) + 2 * freeslot;
        t[0] = hv;
        t[1] = *keyp;
        s->used++;
        return 1;
    }
    t[0] = hv;
    t[1] = *keyp;
    s->used++;
    s->nentries++;
    if (s->nentries * 5 >= mask * 3)
        s_resize(vm, sp, s->used > 50000 ? s->used * 2 : s->used * 4, s->used);
    return 1;
}

/* Remove *keyp if present; returns 1 if it was. */
static int s_discard(tern_vm *vm, tern_val *sp, tern_val *keyp, tern_int h) {
    tern_int j = s_lookup(vm, sp, keyp, h);
    tern_val *t;
    if (j < 0)
        return 0;
    t = s_table(S(*sp)) + 2 * j;
    t[0] = DUMMY_HASH;
    t[1] = TERN_NULL;
    S(*sp)->used--;
    return 1;
}

/* Iterate the live slots of a set: *pos starts at 0. no alloc. */
static int s_next(tern_val sv, size_t *pos, tern_val *key, tern_val *hv) {
    const tern_dict *s = S(sv);
    size_t size;
    if (s->entries == TERN_NULL)
        return 0;
    size = s_size(s);
    while (*pos < size) {
        tern_val *t = s_table(s) + 2 * *pos;
        (*pos)++;
        if (t[1] != TERN_NULL) {
            *key = t[1];
            if (hv)
                *hv = t[0];
            return 1;
        }
    }
    return 0;
}

void tern_set_add(tern_vm *vm, tern_val set, tern_val v) {
    tern_int h;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, set);
    TERN_ROOT(vm, v);
    h = tern_hash_int(vm, v);
    s_add(vm, &set, &v, h);
    TERN_UNROOT(vm);
}

int tern_set_contains(tern_vm *vm, tern_val set, tern_val key) {
    tern_int h;
    int r;
    TERN_ROOTS(vm);
    if (S(set)->used == 0) {
        tern_hash_int(vm, key);     /* unhashable keys still raise */
        return 0;
    }
    TERN_ROOT(vm, set);
    TERN_ROOT(vm, key);
    h = tern_hash_int(vm, key);
    r = s_lookup(vm, &set, &key, h) >= 0;
    TERN_UNROOT(vm);
    return r;
}

/* CPython's set_merge: add the keys of another set. */
static void s_merge(tern_vm *vm, tern_val *sp, tern_val *op) {
    tern_dict *s = S(*sp), *o = S(*op);
    size_t i, osize, pos;
    tern_val k = TERN_NULL, hv;
    TERN_ROOTS(vm);
    if (*sp == *op || o->used == 0)
        return;
    if ((s->nentries + o->used) * 5 >= (s_size(s) - 1) * 3)
        s_resize(vm, sp, (S(*sp)->used + S(*op)->used) * 2, S(*sp)->used + S(*op)->used);
    s = S(*sp);
    o = S(*op);
    if (s->entries == TERN_NULL) {
        tern_val tab = s_alloc_table(vm, MINSIZE);
        s = S(*sp);
        o = S(*op);
        s->entries = tab;
    }
    osize = s_size(o);
    if (s->nentries == 0 && s_size(s) == osize && o->nentries == o->used) {
        memcpy(s_table(s), s_table(o), 2 * osize * sizeof(tern_val));
        s->nentries = o->nentries;
        s->used = o->used;
        return;
    }
    if (s->nentries == 0) {
        tern_val *nt = s_table(s), *ot = s_table(o);
        for (i = 0; i < osize; i++)
            if (ot[2 * i + 1] != TERN_NULL)
                s_insert_clean(nt, s_size(s) - 1, ot[2 * i + 1], ot[2 * i]);
        s->nentries = s->used = o->used;
        return;
    }
    TERN_ROOT(vm, k);
    for (pos = 0; s_next(*op, &pos, &k, &hv);)
        s_add(vm, sp, &k, TERN_SMALL_VALUE(hv));
    TERN_UNROOT(vm);
}

/* CPython's set_update_internal. */
static void s_update(tern_vm *vm, tern_val *sp, tern_val other) {
    tern_val k = TERN_NULL, v, it = TERN_NULL;
    size_t pos = 0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, other);
    if (TERN_IS_ANYSET(other)) {
        s_merge(vm, sp, &other);
        TERN_UNROOT(vm);
        return;
    }
    TERN_ROOT(vm, k);
    if (TERN_IS_DICT(other)) {
        tern_dict *s = S(*sp);
        size_t n = TERN_DICT_LEN(other);
        if ((s->nentries + n) * 5 >= (s_size(s) - 1) * 3)
            s_resize(vm, sp, (s->used + n) * 2, s->used + n);
        while (tern_dict_next(other, &pos, &k, &v))
            tern_set_add(vm, *sp, k);
        TERN_UNROOT(vm);
        return;
    }
    TERN_ROOT(vm, it);
    it = tern_iter(vm, other);
    while ((k = tern_next(vm, it)) != TERN_NULL)
        tern_set_add(vm, *sp, k);
    TERN_UNROOT(vm);
}

void tern_set_update(tern_vm *vm, tern_val set, tern_val iterable) {
    TERN_ROOTS(vm);
    TERN_ROOT(vm, set);
    s_update(vm, &set, iterable);
    TERN_UNROOT(vm);
}

tern_val tern_set_of(tern_vm *vm, tern_val iterable, int frozen) {
    tern_val s;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, iterable);
    s = tern_set_new(vm, frozen);
    TERN_ROOT(vm, s);
    s_update(vm, &s, iterable);
    TERN_UNROOT(vm);
    return s;
}

/* A new set of the same kind (set/frozenset) as `like`. */
static tern_val s_new_like(tern_vm *vm, tern_val like) {
    return tern_set_new(vm, s_frozen(like));
}

static tern_val s_copy(tern_vm *vm, tern_val so) {
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, so);
    r = s_new_like(vm, so);
    TERN_ROOT(vm, r);
    s_merge(vm, &r, &so);
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * Set algebra, following CPython's algorithms (they decide the order of
 * the result's table)
 * =================================================================== */

static tern_val s_intersection(tern_vm *vm, tern_val so, tern_val other) {
    tern_val result, k = TERN_NULL, hv, it = TERN_NULL;
    size_t pos = 0;
    tern_int h;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, so);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, it);
    result = s_new_like(vm, so);
    TERN_ROOT(vm, result);
    if (TERN_IS_ANYSET(other)) {
        if (S(other)->used > S(so)->used) {
            tern_val t = so;
            so = other;
            other = t;
        }
        while (s_next(other, &pos, &k, &hv)) {
            h = TERN_SMALL_VALUE(hv);
            if (s_lookup(vm, &so, &k, h) >= 0)
                s_add(vm, &result, &k, h);
        }
        TERN_UNROOT(vm);
        return result;
    }
    it = tern_iter(vm, other);
    while ((k = tern_next(vm, it)) != TERN_NULL) {
        h = tern_hash_int(vm, k);
        if (s_lookup(vm, &so, &k, h) >= 0)
            s_add(vm, &result, &k, h);
    }
    TERN_UNROOT(vm);
    return result;
}

/* Replace the table of a with b's (set_swap_bodies, one way). */
static void s_take_body(tern_val a, tern_val b) {
    S(a)->entries = S(b)->entries;
    S(a)->used = S(b)->used;
    S(a)->nentries = S(b)->nentries;
}

static void s_difference_update(tern_vm *vm, tern_val *sp, tern_val other) {
    tern_val k = TERN_NULL, hv, it = TERN_NULL;
    size_t pos = 0;
    tern_dict *s;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, it);
    if (*sp == other) {
        S(*sp)->entries = TERN_NULL;
        S(*sp)->used = S(*sp)->nentries = 0;
        TERN_UNROOT(vm);
        return;
    }
    if (TERN_IS_ANYSET(other)) {
        if ((S(other)->used >> 3) > S(*sp)->used)
            other = s_intersection(vm, *sp, other);
        while (s_next(other, &pos, &k, &hv))
            s_discard(vm, sp, &k, TERN_SMALL_VALUE(hv));
    } else {
        it = tern_iter(vm, other);
        while ((k = tern_next(vm, it)) != TERN_NULL)
            s_discard(vm, sp, &k, tern_hash_int(vm, k));
    }
    s = S(*sp);
    if (s->entries && s->nentries - s->used > (s_size(s) - 1) / 4)
        s_resize(vm, sp, s->used > 50000 ? s->used * 2 : s->used * 4, s->used);
    TERN_UNROOT(vm);
}

static tern_val s_difference(tern_vm *vm, tern_val so, tern_val other) {
    tern_val result, k = TERN_NULL, hv;
    size_t pos = 0, other_size;
    tern_int h;
    TERN_ROOTS(vm);
    if (TERN_IS_ANYSET(other))
        other_size = S(other)->used;
    else if (TERN_IS_DICT(other))
        other_size = TERN_DICT_LEN(other);
    else
        other_size = (size_t)-1;
    TERN_ROOT(vm, so);
    TERN_ROOT(vm, other);
    if (other_size == (size_t)-1 || (S(so)->used >> 2) > other_size) {
        result = s_copy(vm, so);
        TERN_ROOT(vm, result);
        s_difference_update(vm, &result, other);
        TERN_UNROOT(vm);
        return result;
    }
    result = s_new_like(vm, so);
    TERN_ROOT(vm, result);
    TERN_ROOT(vm, k);
    while (s_next(so, &pos, &k, &hv)) {
        int found;
        h = TERN_SMALL_VALUE(hv);
        if (TERN_IS_DICT(other))
            found = tern_dict_get(vm, other, k) != TERN_NULL;
        else
            found = s_lookup(vm, &other, &k, h) >= 0;
        if (!found)
            s_add(vm, &result, &k, h);
    }
    TERN_UNROOT(vm);
    return result;
}

static void s_symmetric_difference_update(tern_vm *vm, tern_val *sp, tern_val other) {
    tern_val k = TERN_NULL, hv;
    size_t pos = 0;
    tern_int h;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    if (*sp == other) {
        S(*sp)->entries = TERN_NULL;
        S(*sp)->used = S(*sp)->nentries = 0;
        TERN_UNROOT(vm);
        return;
    }
    if (!TERN_IS_ANYSET(other))
        other = tern_set_of(vm, other, s_frozen(*sp));
    while (s_next(other, &pos, &k, &hv)) {
        h = TERN_SMALL_VALUE(hv);
        if (!s_discard(vm, sp, &k, h))
            s_add(vm, sp, &k, h);
    }
    TERN_UNROOT(vm);
}

static tern_val s_symmetric_difference(tern_vm *vm, tern_val so, tern_val other) {
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, so);
    r = tern_set_of(vm, other, s_frozen(so));
    TERN_ROOT(vm, r);
    s_symmetric_difference_update(vm, &r, so);
    TERN_UNROOT(vm);
    return r;
}

/* so <= other (other a set). */
static int s_issubset(tern_vm *vm, tern_val so, tern_val other) {
    tern_val k = TERN_NULL, hv;
    size_t pos = 0;
    TERN_ROOTS(vm);
    if (S(so)->used > S(other)->used)
        return 0;
    TERN_ROOT(vm, so);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    while (s_next(so, &pos, &k, &hv)) {
        if (s_lookup(vm, &other, &k, TERN_SMALL_VALUE(hv)) < 0) {
            TERN_UNROOT(vm);
            return 0;
        }
    }
    TERN_UNROOT(vm);
    return 1;
}

static int s_isdisjoint(tern_vm *vm, tern_val so, tern_val other) {
    tern_val k = TERN_NULL, hv, it = TERN_NULL;
    size_t pos = 0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, so);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, it);
    if (TERN_IS_ANYSET(other)) {
        if (S(other)->used > S(so)->used) {
            tern_val t = so;
            so = other;
            other = t;
        }
        while (s_next(other, &pos, &k, &hv)) {
            if (s_lookup(vm, &so, &k, TERN_SMALL_VALUE(hv)) >= 0) {
                TERN_UNROOT(vm);
                return 0;
            }
        }
        TERN_UNROOT(vm);
        return 1;
    }
    it = tern_iter(vm, other);
    while ((k = tern_next(vm, it)) != TERN_NULL) {
        if (s_lookup(vm, &so, &k, tern_hash_int(vm, k)) >= 0) {
            TERN_UNROOT(vm);
            return 0;
        }
    }
    TERN_UNROOT(vm);
    return 1;
}

/* ===================================================================
 * Slots
 * =================================================================== */

static tern_val set_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int frozen = t == &tern_type_frozenset;
    const char *name = frozen ? "frozenset" : "set";
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "%s() takes no keyword arguments", name);
    if (nargs > 1)
        tern_raise_type_error(vm, "%s expected at most 1 argument, got %d", name, nargs);
    if (nargs == 0)
        return tern_set_new(vm, frozen);
    if (frozen && TERN_IS_ANYSET(args[0]) && s_frozen(args[0]))
        return args[0];
    return tern_set_of(vm, args[0], frozen);
}

/* repr of a set; `name` (a str) for an instance of a subclass, shown as
 * Name({...}), else TERN_NULL. */
static tern_val set_repr_named(tern_vm *vm, tern_val self, tern_val name) {
    tern_strbuf b;
    tern_val s = TERN_NULL, k = TERN_NULL, hv;
    size_t pos = 0;
    int frozen = s_frozen(self), first = 1;
    TERN_ROOTS(vm);
    if (name != TERN_NULL) {
        if (S(self)->used == 0)
            return tern_str_fmt(vm, "%V()", name);
        if (tern_repr_enter(vm, self))
            return tern_str_fmt(vm, "%V(...)", name);
        frozen = 1;     /* Name({...}) */
    } else {
        if (S(self)->used == 0)
            return frozen ? tern_str_new(vm, "frozenset()", 11) : tern_str_new(vm, "set()", 5);
        if (tern_repr_enter(vm, self))
            return frozen ? tern_str_new(vm, "frozenset(...)", 14) : tern_str_new(vm, "set(...)", 8);
    }
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, name);
    TERN_ROOT(vm, s);
    TERN_ROOT(vm, k);
    tern_strbuf_init(vm, &b, 8 * S(self)->used + 16);
    if (name != TERN_NULL) {
        tern_strbuf_add_str(vm, &b, name);
        tern_strbuf_add(vm, &b, "({", 2);
    } else if (frozen)
        tern_strbuf_add(vm, &b, "frozenset({", 11);
    else
        tern_strbuf_add_char(vm, &b, '{');
    while (s_next(self, &pos, &k, &hv)) {
        if (!first)
            tern_strbuf_add(vm, &b, ", ", 2);
        first = 0;
        s = tern_repr(vm, k);
        tern_strbuf_add_str(vm, &b, s);
    }
    if (frozen)
        tern_strbuf_add(vm, &b, "})", 2);
    else
        tern_strbuf_add_char(vm, &b, '}');
    s = tern_strbuf_finish(vm, &b);
    tern_repr_leave(vm);
    TERN_UNROOT(vm);
    return s;
}

static tern_val set_repr(tern_vm *vm, tern_val self) {
    return set_repr_named(vm, self, TERN_NULL);
}

/* CPython's frozenset hash: xor of shuffled entry hashes, independent of
 * order, then mixed; folded into the small-int range. */
static uintptr_t shuffle_bits(uintptr_t h) {
    return ((h ^ (uintptr_t)89869747UL) ^ (h << 16)) * (uintptr_t)3644798167UL;
}

static tern_val set_hash(tern_vm *vm, tern_val self) {
    uintptr_t hash = 0;
    size_t pos = 0;
    tern_val k, hv;
    while (s_next(self, &pos, &k, &hv))
        hash ^= shuffle_bits((uintptr_t)TERN_SMALL_VALUE(hv));
    hash ^= ((uintptr_t)S(self)->used + 1) * (uintptr_t)1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uintptr_t)-1)
        hash = 590923713UL;
    return TERN_SMALL((tern_int)(hash << 1) >> 1);
}

static tern_val set_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    size_t na, nb;
    if (!TERN_IS_ANYSET(a) || !TERN_IS_ANYSET(b))
        return TERN_NOTIMPLEMENTED;
    na = S(a)->used;
    nb = S(b)->used;
    switch (op) {
    case TERN_CMP_EQ: return TERN_BOOL(na == nb && s_issubset(vm, a, b));
    case TERN_CMP_NE: return TERN_BOOL(!(na == nb && s_issubset(vm, a, b)));
    case TERN_CMP_LE: return TERN_BOOL(s_issubset(vm, a, b));
    case TERN_CMP_GE: return TERN_BOOL(s_issubset(vm, b, a));
    case TERN_CMP_LT: return TERN_BOOL(na < nb && s_issubset(vm, a, b));
    case TERN_CMP_GT: return TERN_BOOL(na > nb && s_issubset(vm, b, a));
    default: return TERN_NOTIMPLEMENTED;
    }
}

static tern_val set_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int inplace = (op & TERN_OP_INPLACE) != 0;
    tern_val r;
    TERN_ROOTS(vm);
    op &= ~TERN_OP_INPLACE;
    if (!TERN_IS_ANYSET(a) || !TERN_IS_ANYSET(b))
        return TERN_NOTIMPLEMENTED;
    if (inplace && s_frozen(a))
        inplace = 0;
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    switch (op) {
    case TERN_OP_OR:
        if (inplace) {
            s_update(vm, &a, b);
            r = a;
        } else {
            r = s_copy(vm, a);
            TERN_ROOT(vm, r);
            s_update(vm, &r, b);
        }
        break;
    case TERN_OP_AND:
        r = s_intersection(vm, a, b);
        if (inplace) {
            s_take_body(a, r);
            r = a;
        }
        break;
    case TERN_OP_SUB:
        if (inplace) {
            s_difference_update(vm, &a, b);
            r = a;
        } else {
            r = s_difference(vm, a, b);
        }
        break;
    case TERN_OP_XOR:
        if (inplace) {
            s_symmetric_difference_update(vm, &a, b);
            r = a;
        } else {
            r = s_symmetric_difference(vm, a, b);
        }
        break;
    default:
        r = TERN_NOTIMPLEMENTED;
    }
    TERN_UNROOT(vm);
    return r;
}

static tern_int set_len(tern_vm *vm, tern_val self) {
    return (tern_int)S(self)->used;
}

static int set_contains(tern_vm *vm, tern_val self, tern_val v) {
    return tern_set_contains(vm, self, v);
}

static tern_val set_iter(tern_vm *vm, tern_val self) {
    tern_val it = tern_seqiter_new(vm, self, TERN_ITK_SET);
    TERN_AS(tern_seqiter, it)->aux = (tern_int)S(TERN_AS(tern_seqiter, it)->seq)->used;
    return it;
}

tern_val tern_setiter_next(tern_vm *vm, tern_val it) {
    tern_seqiter *si = TERN_AS(tern_seqiter, it);
    tern_val k, hv;
    size_t pos = si->pos;
    if (si->aux < 0)
        return TERN_NULL;
    if (S(si->seq)->used != (size_t)si->aux) {
        si->aux = -1;
        tern_raise_fmt(vm, &tern_type_RuntimeError, "Set changed size during iteration");
    }
    if (!s_next(si->seq, &pos, &k, &hv)) {
        si->aux = -1;
        return TERN_NULL;
    }
    si->pos = pos;
    return k;
}

/* ===================================================================
 * Methods
 * =================================================================== */

static tern_val set_add_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.add", nargs - 1, kwnames, 1, 1);
    tern_set_add(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val set_discard_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.discard", nargs - 1, kwnames, 1, 1);
    s_discard(vm, &args[0], &args[1], tern_hash_int(vm, args[1]));
    return TERN_NONE;
}

static tern_val set_remove_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.remove", nargs - 1, kwnames, 1, 1);
    if (!s_discard(vm, &args[0], &args[1], tern_hash_int(vm, args[1])))
        tern_raise_key_error(vm, args[1]);
    return TERN_NONE;
}

/* CPython's set_pop: scan from the finger, wrapping around. */
static tern_val set_pop_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_dict *s = S(args[0]);
    size_t size, i;
    tern_val *t, key;
    tern_cargs(vm, "set.pop", nargs - 1, kwnames, 0, 0);
    if (s->used == 0)
        tern_raise_fmt(vm, &tern_type_KeyError, "pop from an empty set");
    size = s_size(s);
    i = (s->flags >> 8) & (size - 1);
    t = s_table(s);
    while (t[2 * i + 1] == TERN_NULL)
        i = (i + 1) & (size - 1);
    key = t[2 * i + 1];
    t[2 * i] = DUMMY_HASH;
    t[2 * i + 1] = TERN_NULL;
    s->used--;
    s->flags = (s->flags & 0xFF) | ((uintptr_t)(i + 1) << 8);
    return key;
}

static tern_val set_clear_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.clear", nargs - 1, kwnames, 0, 0);
    S(args[0])->entries = TERN_NULL;
    S(args[0])->used = S(args[0])->nentries = 0;
    return TERN_NONE;
}

static tern_val set_copy_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.copy", nargs - 1, kwnames, 0, 0);
    if (s_frozen(args[0]))
        return args[0];
    return s_copy(vm, args[0]);
}

static tern_val set_union_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    int i;
    TERN_ROOTS(vm);
    tern_cargs(vm, "set.union", 0, kwnames, 0, 0);
    r = s_copy(vm, args[0]);
    TERN_ROOT(vm, r);
    for (i = 1; i < nargs; i++)
        s_update(vm, &r, args[i]);
    TERN_UNROOT(vm);
    return r;
}

static tern_val set_intersection_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    int i;
    TERN_ROOTS(vm);
    tern_cargs(vm, "set.intersection", 0, kwnames, 0, 0);
    if (nargs == 1)
        return s_copy(vm, args[0]);
    r = args[0];
    TERN_ROOT(vm, r);
    for (i = 1; i < nargs; i++)
        r = s_intersection(vm, r, args[i]);
    TERN_UNROOT(vm);
    return r;
}

static tern_val set_difference_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    int i;
    TERN_ROOTS(vm);
    tern_cargs(vm, "set.difference", 0, kwnames, 0, 0);
    if (nargs == 1)
        return s_copy(vm, args[0]);
    r = s_difference(vm, args[0], args[1]);
    TERN_ROOT(vm, r);
    for (i = 2; i < nargs; i++)
        s_difference_update(vm, &r, args[i]);
    TERN_UNROOT(vm);
    return r;
}

static tern_val set_symmetric_difference_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.symmetric_difference", nargs - 1, kwnames, 1, 1);
    return s_symmetric_difference(vm, args[0], args[1]);
}

static tern_val set_update_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int i;
    tern_cargs(vm, "set.update", 0, kwnames, 0, 0);
    for (i = 1; i < nargs; i++)
        s_update(vm, &args[0], args[i]);
    return TERN_NONE;
}

static tern_val set_intersection_update_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r = set_intersection_m(vm, nargs, args, kwnames);
    s_take_body(args[0], r);
    return TERN_NONE;
}

static tern_val set_difference_update_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int i;
    tern_cargs(vm, "set.difference_update", 0, kwnames, 0, 0);
    for (i = 1; i < nargs; i++)
        s_difference_update(vm, &args[0], args[i]);
    return TERN_NONE;
}

static tern_val set_symmetric_difference_update_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.symmetric_difference_update", nargs - 1, kwnames, 1, 1);
    s_symmetric_difference_update(vm, &args[0], args[1]);
    return TERN_NONE;
}

static tern_val set_issubset_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val o;
    tern_cargs(vm, "set.issubset", nargs - 1, kwnames, 1, 1);
    o = TERN_IS_ANYSET(args[1]) ? args[1] : tern_set_of(vm, args[1], 0);
    return TERN_BOOL(s_issubset(vm, args[0], o));
}

static tern_val set_issuperset_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val it, k = TERN_NULL;
    TERN_ROOTS(vm);
    tern_cargs(vm, "set.issuperset", nargs - 1, kwnames, 1, 1);
    if (TERN_IS_ANYSET(args[1]))
        return TERN_BOOL(s_issubset(vm, args[1], args[0]));
    it = tern_iter(vm, args[1]);
    TERN_ROOT(vm, it);
    TERN_ROOT(vm, k);
    while ((k = tern_next(vm, it)) != TERN_NULL) {
        if (!tern_set_contains(vm, args[0], k)) {
            TERN_UNROOT(vm);
            return TERN_FALSE;
        }
    }
    TERN_UNROOT(vm);
    return TERN_TRUE;
}

static tern_val set_isdisjoint_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.isdisjoint", nargs - 1, kwnames, 1, 1);
    return TERN_BOOL(s_isdisjoint(vm, args[0], args[1]));
}

static tern_val set_contains_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.__contains__", nargs - 1, kwnames, 1, 1);
    return TERN_BOOL(tern_set_contains(vm, args[0], args[1]));
}

static tern_val set_len_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.__len__", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)S(args[0])->used);
}

static tern_val set_iter_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.__iter__", nargs - 1, kwnames, 0, 0);
    return set_iter(vm, args[0]);
}

static TERN_CMETHOD_DEF(set_add_obj, add, set_add_m);
static TERN_CMETHOD_DEF(set_discard_obj, discard, set_discard_m);
static TERN_CMETHOD_DEF(set_remove_obj, remove, set_remove_m);
static TERN_CMETHOD_DEF(set_pop_obj, pop, set_pop_m);
static TERN_CMETHOD_DEF(set_clear_obj, clear, set_clear_m);
static TERN_CMETHOD_DEF(set_copy_obj, copy, set_copy_m);
static TERN_CMETHOD_DEF(set_union_obj, union, set_union_m);
static TERN_CMETHOD_DEF(set_intersection_obj, intersection, set_intersection_m);
static TERN_CMETHOD_DEF(set_difference_obj, difference, set_difference_m);
static TERN_CMETHOD_DEF(set_symdiff_obj, symmetric_difference, set_symmetric_difference_m);
static TERN_CMETHOD_DEF(set_update_obj, update, set_update_m);
static TERN_CMETHOD_DEF(set_inter_update_obj, intersection_update, set_intersection_update_m);
static TERN_CMETHOD_DEF(set_diff_update_obj, difference_update, set_difference_update_m);
static TERN_CMETHOD_DEF(set_symdiff_update_obj, symmetric_difference_update, set_symmetric_difference_update_m);
static TERN_CMETHOD_DEF(set_issubset_obj, issubset, set_issubset_m);
static TERN_CMETHOD_DEF(set_issuperset_obj, issuperset, set_issuperset_m);
static TERN_CMETHOD_DEF(set_isdisjoint_obj, isdisjoint, set_isdisjoint_m);
static TERN_CMETHOD_DEF(set_contains_obj, __contains__, set_contains_m);
static TERN_CMETHOD_DEF(set_len_obj, __len__, set_len_m);
static TERN_CMETHOD_DEF(set_iter_obj, __iter__, set_iter_m);

/* The read-only methods come first: frozenset uses the first entries. */
static tern_val set_repr_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.__repr__", nargs - 1, kwnames, 0, 0);
    if (TERN_IS_PROXY(args[0]))     /* a subclass instance: Name({...}) */
        return set_repr_named(vm, TERN_PROXY_VALUE(args[0]), TERN_VAL(tern_typeof(args[0])->name));
    return set_repr(vm, args[0]);
}

/* whole self: the repr of a subclass instance names the subclass */
static const tern_cfunc set_repr_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(__repr__), set_repr_m, TERN_CF_METHOD | TERN_CF_WHOLE_SELF
};

static const tern_attr set_attrs[] = {
    { TERN_NSTR(__repr__), &set_repr_obj },
    { TERN_NSTR(copy), &set_copy_obj },
    { TERN_NSTR(union), &set_union_obj },
    { TERN_NSTR(intersection), &set_intersection_obj },
    { TERN_NSTR(difference), &set_difference_obj },
    { TERN_NSTR(symmetric_difference), &set_symdiff_obj },
    { TERN_NSTR(issubset), &set_issubset_obj },
    { TERN_NSTR(issuperset), &set_issuperset_obj },
    { TERN_NSTR(isdisjoint), &set_isdisjoint_obj },
    { TERN_NSTR(__contains__), &set_contains_obj },
    { TERN_NSTR(__len__), &set_len_obj },
    { TERN_NSTR(__iter__), &set_iter_obj },
    /* mutating: set only */
    { TERN_NSTR(add), &set_add_obj },
    { TERN_NSTR(discard), &set_discard_obj },
    { TERN_NSTR(remove), &set_remove_obj },
    { TERN_NSTR(pop), &set_pop_obj },
    { TERN_NSTR(clear), &set_clear_obj },
    { TERN_NSTR(update), &set_update_obj },
    { TERN_NSTR(intersection_update), &set_inter_update_obj },
    { TERN_NSTR(difference_update), &set_diff_update_obj },
    { TERN_NSTR(symmetric_difference_update), &set_symdiff_update_obj },
};
#define FROZENSET_NATTRS 12

const tern_type tern_type_set = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(set), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, set_attrs, sizeof(set_attrs) / sizeof(set_attrs[0]),
    TERN_K_SET, TERN_TF_BASETYPE, 0,
    set_make, set_repr, NULL, NULL, set_compare, set_binop, NULL,
    NULL, set_len, NULL, NULL, set_contains, set_iter, NULL, NULL,
    NULL, NULL
};

const tern_type tern_type_frozenset = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(frozenset), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, set_attrs, FROZENSET_NATTRS,
    TERN_K_SET, TERN_TF_BASETYPE, 0,
    set_make, set_repr, NULL, set_hash, set_compare, set_binop, NULL,
    NULL, set_len, NULL, NULL, set_contains, set_iter, NULL, NULL,
    NULL, NULL
};
