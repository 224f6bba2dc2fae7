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
 * CPython's table keeps (hash, key) in every slot, most of them empty (a
 * set of 20 has 128 slots: 2 KiB here). Tern keeps the same slots, but
 * each holds only an entry number, and the pairs live in a separate,
 * dense array, as a dict's do:
 *
 * Layout (the tern_dict struct, kind TERN_K_SET):
 *   index     tern_blob of `size` slots (a power of two >= 8) of 1 byte
 *             when size <= 256, 2 when <= 65536, 4 beyond (the width
 *             follows from the length; entry numbers stay below the fill
 *             limit, 3/5 of the size): 0 = empty, else entry number + 1.
 *   entries   tern_array of 2 * ecap values: (hash as small int, key) per
 *             entry, in no particular order; an entry whose key was
 *             removed is (TERN_NONE, TERN_NULL), and its slot is CPython's
 *             dummy: a later insertion reusing the slot reuses the entry.
 *             So every non-empty slot owns one entry and the entries in
 *             use are exactly CPython's `fill`. ecap grows on demand up
 *             to the fill limit. NULL (index too) means an empty 8-slot
 *             table.
 *   used      live keys; nentries: `fill`, live + deleted slots (= entries
 *             filled)
 *   flags     TERN_SET_FROZEN | finger << 8 (where pop() looks next)
 */
#include "containers.h"
#include "obj_class.h"

#define S(v)            TERN_AS(tern_dict, v)
#define MINSIZE         8
#define LINEAR_PROBES   9
#define PERTURB_SHIFT   5
#define DUMMY_HASH      TERN_NONE

/* The slots of a set's index: where, how wide, the mask. A raw pointer:
 * invalid after an allocation. */
typedef struct s_ix {
    void *slots;
    size_t mask;
    unsigned width;
} s_ix;

static const tern_val s_empty_pair[2] = { TERN_NULL, TERN_NULL };

static unsigned sx_width(size_t size) {
    return size <= 256 ? 1 : size <= 65536 ? 2 : 4;
}
static s_ix s_ixview_of(tern_val index) {
    s_ix x;
    size_t len = TERN_AS(tern_blob, index)->len;
    x.width = len <= 256 ? 1 : len <= 2 * 65536 ? 2 : 4;
    x.mask = len / x.width - 1;
    x.slots = TERN_BLOB_DATA(TERN_PTR(index));
    return x;
}
static s_ix s_ixview(const tern_dict *s) {
    return s_ixview_of(s->index);
}
static uint32_t sx_get(s_ix x, size_t i) {
    if (x.width == 1)
        return ((const uint8_t *)x.slots)[i];
    if (x.width == 2)
        return ((const uint16_t *)x.slots)[i];
    return ((const uint32_t *)x.slots)[i];
}
static void sx_set(s_ix x, size_t i, uint32_t v) {
    if (x.width == 1)
        ((uint8_t *)x.slots)[i] = (uint8_t)v;
    else if (x.width == 2)
        ((uint16_t *)x.slots)[i] = (uint16_t)v;
    else
        ((uint32_t *)x.slots)[i] = v;
}
static size_t s_size(const tern_dict *s) {
    return s->index ? s_ixview(s).mask + 1 : MINSIZE;
}
static tern_val *s_ents(const tern_dict *s) {
    return TERN_AS(tern_array, s->entries)->items;
}
static size_t s_ecap(const tern_dict *s) {
    return s->entries ? TERN_AS(tern_array, s->entries)->cap / 2 : 0;
}
/* The (hash, key) pair of slot j, (NULL, NULL) when empty. */
static const tern_val *s_pair(s_ix x, const tern_val *ents, size_t j) {
    uint32_t e = sx_get(x, j);
    return e ? ents + 2 * (e - 1) : s_empty_pair;
}
/* The most entries a table of `size` slots can fill before an insertion
 * resizes it (fill * 5 >= mask * 3). */
static size_t s_fill_limit(size_t size) {
    return (3 * (size - 1) + 4) / 5;
}
static int s_frozen(tern_val s) {
    return (S(s)->flags & TERN_SET_FROZEN) != 0;
}

tern_val tern_set_new(tern_vm *vm, int frozen) {
    tern_dict *s = (tern_dict *)tern_alloc(vm, TERN_K_SET, sizeof(tern_dict));
    s->flags = frozen ? TERN_SET_FROZEN : 0;
    return TERN_VAL(s);
}

/* Put a key known to be absent into a table without dummies, as entry
 * *n (then incremented). */
static void s_insert_clean(s_ix x, tern_val *ents, size_t *n, tern_val key, tern_val hv) {
    size_t h = (size_t)TERN_SMALL_VALUE(hv), perturb = h, i = h & x.mask, j;
    for (;;) {
        if (sx_get(x, i) == 0)
            goto found;
        if (i + LINEAR_PROBES <= x.mask) {
            for (j = 0; j < LINEAR_PROBES; j++) {
                if (sx_get(x, i + j + 1) == 0) {
                    i = i + j + 1;
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & x.mask;
    }
found:
    ents[2 * *n] = hv;
    ents[2 * *n + 1] = key;
    (*n)++;
    sx_set(x, i, (uint32_t)*n);
}

/* Allocate an index of `size` slots and an entries array of `ecap` into
 * *ip and *ep (rooted by the caller); with `try_only`, leave them NULL
 * when the heap cannot hold them. */
static void s_alloc_tables(tern_vm *vm, size_t size, size_t ecap, tern_val *ip, tern_val *ep, int try_only) {
    size_t len = size * sx_width(size);
    tern_array *a;
    if (size > ((size_t)-1 >> 6) / sizeof(tern_val) || size > 0x7FFFFFFFu)
        tern_raise_memory_error(vm);
    if (ecap < 1)
        ecap = 1;
    *ip = TERN_VAL(try_only ? tern_alloc_try(vm, TERN_K_BLOB, sizeof(tern_blob) + len)
                            : tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + len));
    if (!*ip)
        return;
    TERN_AS(tern_blob, *ip)->len = len;
    a = (tern_array *)(try_only ? tern_alloc_try(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * ecap))
                                : tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * ecap)));
    if (!a) {
        *ip = TERN_NULL;
        return;
    }
    a->cap = 2 * ecap;
    *ep = TERN_VAL(a);
}

/* CPython's set_table_resize: the smallest power of two > minused; when
 * the heap cannot hold that, the smallest table that holds `keys` keys.
 * The entries get room for a quarter as many again as the live keys. */
static void s_resize(tern_vm *vm, tern_val *sp, size_t minused, size_t keys) {
    size_t newsize = MINSIZE, i, oldsize, n = 0, ecap;
    tern_val ix = TERN_NULL, ev = TERN_NULL;
    tern_dict *s;
    s_ix nx;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, ix);
    TERN_ROOT(vm, ev);
    while (newsize <= minused)
        newsize <<= 1;
    ecap = S(*sp)->used + S(*sp)->used / 4 + 2;
    if (ecap > s_fill_limit(newsize))
        ecap = s_fill_limit(newsize);
    s_alloc_tables(vm, newsize, ecap, &ix, &ev, 1);
    if (!ix) {
        /* The heap cannot hold the roomy table: take the smallest one
         * within the load limit (3/5 full, as the insertion checks) for
         * the live keys plus one, so that a MemoryError means the set
         * really does not fit. */
        size_t need = keys + 1;
        newsize = MINSIZE;
        while (need * 5 >= (newsize - 1) * 3)
            newsize <<= 1;
        s_alloc_tables(vm, newsize, S(*sp)->used + 1, &ix, &ev, 0);
    }
    s = S(*sp);
    if (s->entries) {
        s_ix ox = s_ixview(s);
        const tern_val *old = s_ents(s);
        nx = s_ixview_of(ix);
        oldsize = ox.mask + 1;
        for (i = 0; i < oldsize; i++) {
            const tern_val *p = s_pair(ox, old, i);
            if (p[1] != TERN_NULL)
                s_insert_clean(nx, TERN_AS(tern_array, ev)->items, &n, p[1], p[0]);
        }
    }
    s->index = ix;
    s->entries = ev;
    s->nentries = (uint32_t)n;
    TERN_UNROOT(vm);
}

/* Make sure the set *sp has a table with room for `n` more entries (an
 * insertion then allocates nothing); returns nonzero if it allocated. */
static int s_room(tern_vm *vm, tern_val *sp, size_t n) {
    tern_dict *s = S(*sp);
    size_t ecap, lim, want;
    tern_val ix = TERN_NULL, ev = TERN_NULL;
    tern_array *a;
    TERN_ROOTS(vm);
    if (s->entries == TERN_NULL) {
        TERN_ROOT(vm, ix);
        TERN_ROOT(vm, ev);
        s_alloc_tables(vm, MINSIZE, n, &ix, &ev, 0);
        S(*sp)->index = ix;
        S(*sp)->entries = ev;
        S(*sp)->nentries = 0;
        TERN_UNROOT(vm);
        return 1;
    }
    ecap = s_ecap(s);
    if (s->nentries + n <= ecap)
        return 0;
    /* double, up to what the table can fill; the exact need if the heap
     * is too full for that */
    lim = s_fill_limit(s_size(s));
    want = ecap * 2 > s->nentries + n ? ecap * 2 : s->nentries + n;
    if (want > lim && lim >= s->nentries + n)
        want = lim;
    a = (tern_array *)tern_alloc_try(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * want));
    if (!a) {
        want = S(*sp)->nentries + n;
        a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * want));
    }
    a->cap = 2 * want;
    s = S(*sp);
    memcpy(a->items, s_ents(s), 2 * s->nentries * sizeof(tern_val));
    s->entries = TERN_VAL(a);
    return 1;
}

/* Compare stored key k (in slot i) with *keyp by ==; sets *changed if
 * the set was modified meanwhile. */
static int s_slow_eq(tern_vm *vm, tern_val *sp, tern_val *keyp, size_t i, tern_val k, int *changed) {
    tern_val ents = S(*sp)->entries, ix = S(*sp)->index;
    int eq;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, ents);
    TERN_ROOT(vm, ix);
    TERN_ROOT(vm, k);
    eq = tern_equal(vm, k, *keyp);
    *changed = S(*sp)->entries != ents || S(*sp)->index != ix
        || s_pair(s_ixview(S(*sp)), s_ents(S(*sp)), i)[1] != k;
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
    size_t perturb, i, j, probes;
    tern_val hv = TERN_SMALL(h);
    const tern_val *t;
    s_ix x;
    int changed, m;
restart:
    s = S(*sp);
    if (s->entries == TERN_NULL || s->used == 0)
        return -1;
    x = s_ixview(s);
    perturb = (size_t)h;
    i = (size_t)h & x.mask;
    for (;;) {
        probes = (i + LINEAR_PROBES <= x.mask) ? LINEAR_PROBES : 0;
        for (j = i; j <= i + probes; j++) {
            t = s_pair(x, s_ents(S(*sp)), j);
            if (t[0] == TERN_NULL)
                return -1;
            if (t[0] == hv) {
                m = s_quick_match(t[1], *keyp);
                if (m < 0) {
                    m = s_slow_eq(vm, sp, keyp, j, t[1], &changed);
                    if (changed)
                        goto restart;
                    x = s_ixview(S(*sp));
                }
                if (m)
                    return (tern_int)j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & x.mask;
    }
}

/* CPython's set_add_entry. Returns 1 if added, 0 if already there. */
static int s_add(tern_vm *vm, tern_val *sp, tern_val *keyp, tern_int h) {
    tern_dict *s;
    size_t perturb, i, j, probes, freeslot;
    tern_val hv = TERN_SMALL(h), *t;
    const tern_val *p;
    s_ix x;
    int changed, m;
restart:
    /* room for the entry first: an allocation cannot come after the probe */
    s_room(vm, sp, 1);
    s = S(*sp);
    x = s_ixview(s);
    perturb = (size_t)h;
    i = (size_t)h & x.mask;
    freeslot = (size_t)-1;
    for (;;) {
        probes = (i + LINEAR_PROBES <= x.mask) ? LINEAR_PROBES : 0;
        for (j = i; j <= i + probes; j++) {
            p = s_pair(x, s_ents(S(*sp)), j);
            if (p[0] == TERN_NULL)
                goto found_unused_or_dummy;
            if (p[0] == hv) {
                m = s_quick_match(p[1], *keyp);
                if (m < 0) {
                    m = s_slow_eq(vm, sp, keyp, j, p[1], &changed);
                    if (changed)
                        goto restart;
                    x = s_ixview(S(*sp));
                }
                if (m)
                    return 0;
            } else if (p[0] == DUMMY_HASH) {
                /* CPython 3.11 ends up reusing the last deleted slot on
                 * the probe path (checked against it, op by op) */
                freeslot = j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & x.mask;
    }
found_unused_or_dummy:
    s = S(*sp);
    if (freeslot == (size_t)-1 && s->nentries >= s_ecap(s))
        goto restart;   /* an __eq__ added keys and took the room */
    if (freeslot != (size_t)-1) {
        /* a dummy slot: its dead entry takes the key */
        t = s_ents(s) + 2 * (sx_get(x, freeslot) - 1);
        t[0] = hv;
        t[1] = *keyp;
        s->used++;
        return 1;
    }
    t = s_ents(s) + 2 * s->nentries;
    t[0] = hv;
    t[1] = *keyp;
    s->used++;
    s->nentries++;
    sx_set(x, j, s->nentries);
    if ((size_t)s->nentries * 5 >= x.mask * 3)
        s_resize(vm, sp, s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4, s->used);
    return 1;
}

/* Remove *keyp if present; returns 1 if it was. */
static int s_discard(tern_vm *vm, tern_val *sp, tern_val *keyp, tern_int h) {
    tern_int j = s_lookup(vm, sp, keyp, h);
    tern_val *t;
    if (j < 0)
        return 0;
    t = s_ents(S(*sp)) + 2 * (sx_get(s_ixview(S(*sp)), (size_t)j) - 1);
    t[0] = DUMMY_HASH;
    t[1] = TERN_NULL;
    S(*sp)->used--;
    return 1;
}

/* Iterate the live slots of a set: *pos starts at 0. no alloc. */
static int s_next(tern_val sv, size_t *pos, tern_val *key, tern_val *hv) {
    const tern_dict *s = S(sv);
    size_t size;
    s_ix x;
    if (s->entries == TERN_NULL)
        return 0;
    x = s_ixview(s);
    size = x.mask + 1;
    while (*pos < size) {
        const tern_val *t = s_pair(x, s_ents(s), *pos);
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
    size_t i, osize, pos, n;
    tern_val k = TERN_NULL, hv;
    TERN_ROOTS(vm);
    if (*sp == *op || o->used == 0)
        return;
    if (((size_t)s->nentries + o->used) * 5 >= (s_size(s) - 1) * 3)
        s_resize(vm, sp, ((size_t)S(*sp)->used + S(*op)->used) * 2, (size_t)S(*sp)->used + S(*op)->used);
    if (S(*sp)->nentries == 0)
        s_room(vm, sp, S(*op)->used);   /* for the copies below */
    s = S(*sp);
    o = S(*op);
    osize = s_size(o);
    if (s->nentries == 0 && s_size(s) == osize && o->nentries == o->used) {
        /* the same slots (same width), the entries all live */
        memcpy(TERN_BLOB_DATA(TERN_PTR(s->index)), TERN_BLOB_DATA(TERN_PTR(o->index)),
               TERN_AS(tern_blob, o->index)->len);
        memcpy(s_ents(s), s_ents(o), 2 * (size_t)o->nentries * sizeof(tern_val));
        s->nentries = o->nentries;
        s->used = o->used;
        return;
    }
    if (s->nentries == 0) {
        s_ix nx = s_ixview(s), ox = s_ixview(o);
        const tern_val *oe = s_ents(o);
        n = 0;
        for (i = 0; i < osize; i++) {
            const tern_val *p = s_pair(ox, oe, i);
            if (p[1] != TERN_NULL)
                s_insert_clean(nx, s_ents(s), &n, p[1], p[0]);
        }
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
    S(a)->index = S(b)->index;
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
        S(*sp)->entries = S(*sp)->index = TERN_NULL;
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
        S(*sp)->entries = S(*sp)->index = TERN_NULL;
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
    s_ix x;
    tern_cargs(vm, "set.pop", nargs - 1, kwnames, 0, 0);
    if (s->used == 0)
        tern_raise_fmt(vm, &tern_type_KeyError, "pop from an empty set");
    x = s_ixview(s);
    size = x.mask + 1;
    i = (s->flags >> 8) & (size - 1);
    while (s_pair(x, s_ents(s), i)[1] == TERN_NULL)
        i = (i + 1) & (size - 1);
    t = s_ents(s) + 2 * (sx_get(x, i) - 1);
    key = t[1];
    t[0] = DUMMY_HASH;
    t[1] = TERN_NULL;
    s->used--;
    s->flags = (s->flags & 0xFF) | ((uintptr_t)(i + 1) << 8);
    return key;
}

static tern_val set_clear_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "set.clear", nargs - 1, kwnames, 0, 0);
    S(args[0])->entries = S(args[0])->index = TERN_NULL;
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
