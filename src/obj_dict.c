/* SPDX-License-Identifier: MIT */
/*
 * obj_dict.c — the dict type (compact and insertion-ordered, like
 * CPython's), its views keys()/values()/items() and their iterators.
 *
 * Layout (tern_dict in object.h):
 *   entries   tern_array of 3 * ecap values: (hash as small int, key,
 *             value) per entry, in insertion order. A deleted entry has
 *             key and value TERN_NULL. ecap is what was asked for (the
 *             exact size for a literal or a copy, 1.5 times the live
 *             entries when an insertion finds the entries full), not
 *             rounded up to the index: entries cost 24 bytes each, index
 *             slots 1 or 2.
 *   index     TERN_NULL while ecap <= DK_SMALL: a lookup then scans the
 *             entries, comparing the stored hash, which costs less than
 *             probing for so few and saves the whole blob. Above, a
 *             tern_blob of nslots slots (a power of two >= 16, with
 *             ecap <= 2/3 nslots) of 1 byte when nslots <= 128, 2 bytes
 *             when <= 65536, 4 beyond (the width follows from the blob's
 *             length): 0 = empty, all ones (DKIX_DUMMY) = deleted, else
 *             entry number + 1. Open addressing with CPython's perturbed
 *             probe sequence.
 *   used      live entries; nentries: entries filled (live or deleted).
 *   flags     for a dict: `fill`, the index slots not empty (live +
 *             dummies). An insertion resizes when nentries reaches ecap
 *             or fill reaches ecap, so the index always has empty slots.
 * An empty dict has no tables at all (entries = index = NULL).
 *
 * Lookups compare the hash, then identity, then str contents for two
 * strs, then tern_equal (which may run Python __eq__ and change the dict:
 * the lookup then restarts, as CPython does).
 */
#include "containers.h"
#include "obj_class.h"

#define DKIX_DUMMY 0xFFFFFFFFu
#define DK_SMALL        8       /* at most this many entries: no index */
#define DK_MAX          0x3FFFFFFFu     /* entry counts are uint32 */
#define D(v)            TERN_AS(tern_dict, v)
#define D_FILL(d)       ((d)->flags)

/* The index of a dict with one (index != NULL): where its slots are, how
 * wide, and the probe mask. Raw pointer: invalid after an allocation. */
typedef struct d_ix {
    void *slots;
    size_t mask;
    unsigned width;
} d_ix;

static unsigned ix_width(size_t nslots) {
    return nslots <= 128 ? 1 : nslots <= 65536 ? 2 : 4;
}
static d_ix d_ixview(const tern_dict *d) {
    d_ix x;
    size_t len = TERN_AS(tern_blob, d->index)->len;
    if (len <= 128) {
        x.width = 1;
        x.mask = len - 1;
    } else if (len <= 2 * 65536) {
        x.width = 2;
        x.mask = (len >> 1) - 1;
    } else {
        x.width = 4;
        x.mask = (len >> 2) - 1;
    }
    x.slots = TERN_BLOB_DATA(TERN_PTR(d->index));
    return x;
}
/* Slot i: 0, DKIX_DUMMY or entry number + 1. */
static uint32_t ix_get(d_ix x, size_t i) {
    uint32_t v;
    if (x.width == 1) {
        v = ((const uint8_t *)x.slots)[i];
        return v == 0xFF ? DKIX_DUMMY : v;
    }
    if (x.width == 2) {
        v = ((const uint16_t *)x.slots)[i];
        return v == 0xFFFF ? DKIX_DUMMY : v;
    }
    return ((const uint32_t *)x.slots)[i];
}
/* (DKIX_DUMMY truncates to the narrower widths' all-ones marker.) */
static void ix_set(d_ix x, size_t i, uint32_t v) {
    if (x.width == 1)
        ((uint8_t *)x.slots)[i] = (uint8_t)v;
    else if (x.width == 2)
        ((uint16_t *)x.slots)[i] = (uint16_t)v;
    else
        ((uint32_t *)x.slots)[i] = v;
}
static tern_val *d_ents(const tern_dict *d) {
    return TERN_AS(tern_array, d->entries)->items;
}
static size_t d_ecap(const tern_dict *d) {
    return d->entries ? TERN_AS(tern_array, d->entries)->cap / 3 : 0;
}

tern_int tern_hash_int(tern_vm *vm, tern_val key) {
    if (TERN_IS_STR(key))
        return (tern_int)tern_str_hash(key);
    return TERN_SMALL_VALUE(tern_hash(vm, key));
}

TERN_NORETURN void tern_raise_key_error(tern_vm *vm, tern_val key) {
    tern_val args;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, key);
    args = tern_tuple_new(vm, 1);
    TERN_TUPLE_ITEMS(args)[0] = key;
    tern_raise(vm, tern_exc_new(vm, &tern_type_KeyError, args));
}

/* ===================================================================
 * The table
 * =================================================================== */

/* Put entry number `ix` (hash h) in the first empty index slot. */
static void d_index_insert(d_ix x, tern_int h, uint32_t ix) {
    size_t perturb = (size_t)h, i = (size_t)h & x.mask;
    while (ix_get(x, i) != 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & x.mask;
    }
    ix_set(x, i, ix + 1);
}

/* The index slots for `ecap` entries: none for a small table, else the
 * smallest power of two >= 16 that keeps the load within 2/3. */
static size_t d_nslots_for(size_t ecap) {
    size_t nslots = 16;
    if (ecap <= DK_SMALL)
        return 0;
    while (nslots * 2 / 3 < ecap)
        nslots <<= 1;
    return nslots;
}

/* Rebuild the tables of the dict in the rooted *dp with room for
 * `minused` entries, compacting out deleted entries. With `optional`, do
 * nothing (and return 0) when the heap cannot hold that. */
static int d_resize_opt(tern_vm *vm, tern_val *dp, size_t minused, int optional) {
    size_t nslots, ecap = minused ? minused : 1, i, o;
    tern_val blob = TERN_NULL;
    tern_array *a;
    tern_dict *d;
    TERN_ROOTS(vm);
    if (ecap > DK_MAX || ecap > ((size_t)-1 >> 6) / (3 * sizeof(tern_val))) {
        if (optional)
            return 0;
        tern_raise_memory_error(vm);
    }
    nslots = d_nslots_for(ecap);
    TERN_ROOT(vm, blob);
    if (nslots)
        blob = TERN_VAL(tern_alloc_try(vm, TERN_K_BLOB, sizeof(tern_blob) + nslots * ix_width(nslots)));
    a = blob || !nslots ? (tern_array *)tern_alloc_try(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(3 * ecap)) : NULL;
    if (!a && optional) {
        TERN_UNROOT(vm);
        return 0;
    }
    if (!a) {
        /* The heap cannot hold the roomy tables: take the smallest that
         * hold the live entries plus the one being added (entries exactly,
         * the index at the load limit) before giving up, so that a
         * MemoryError means the dict really does not fit. */
        size_t need = D(*dp)->used ? D(*dp)->used + 1 : minused;   /* a new dict: its reservation */
        if (need > minused)
            need = minused;
        if (need == 0)
            need = 1;
        blob = TERN_NULL;
        ecap = need;
        nslots = d_nslots_for(ecap);
        if (nslots)
            blob = TERN_VAL(tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + nslots * ix_width(nslots)));
        a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(3 * ecap));
    }
    if (blob)
        TERN_AS(tern_blob, blob)->len = nslots * ix_width(nslots);
    a->cap = 3 * ecap;
    d = D(*dp);
    o = 0;
    if (d->entries) {
        tern_val *e = d_ents(d);
        for (i = 0; i < d->nentries; i++, e += 3) {
            if (e[1] == TERN_NULL)
                continue;
            a->items[3 * o] = e[0];
            a->items[3 * o + 1] = e[1];
            a->items[3 * o + 2] = e[2];
            o++;
        }
    }
    d->entries = TERN_VAL(a);
    d->index = blob;
    d->nentries = (uint32_t)o;
    d->used = (uint32_t)o;
    D_FILL(d) = o;
    if (blob) {
        d_ix x = d_ixview(d);
        for (i = 0; i < o; i++)
            d_index_insert(x, TERN_SMALL_VALUE(a->items[3 * i]), (uint32_t)i);
    }
    TERN_UNROOT(vm);
    return 1;
}

static void d_resize(tern_vm *vm, tern_val *dp, size_t minused) {
    d_resize_opt(vm, dp, minused, 0);
}

/* Compare stored key `k` of entry ix with *keyp by ==, which may run
 * Python code. Sets *changed if the dict was modified meanwhile. */
static int d_slow_eq(tern_vm *vm, tern_val *dp, tern_val *keyp, size_t ix, tern_val k, int *changed) {
    tern_val ents = D(*dp)->entries;
    int eq;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, ents);
    TERN_ROOT(vm, k);
    eq = tern_equal(vm, k, *keyp);
    *changed = D(*dp)->entries != ents || d_ents(D(*dp))[3 * ix + 1] != k;
    TERN_UNROOT(vm);
    return eq;
}

/* Does stored entry e match key (hash value hv)? 1 yes, 0 no, -1: only
 * == can tell (the caller runs d_slow_eq). No allocation. */
static int d_quick_match(const tern_val *e, tern_val key, tern_val hv) {
    tern_val k = e[1];
    if (k == key)
        return 1;
    if (e[0] != hv || k == TERN_NULL)
        return 0;
    if (TERN_IS_STR(k) && TERN_IS_STR(key))
        return tern_str_eq(k, key);
    if (TERN_IS_SMALL(k) && TERN_IS_SMALL(key))
        return 0;
    return -1;
}

/* Look *keyp (hash h) up in the dict *dp (both rooted). Returns the entry
 * number, or -1. *slotp receives the index slot of the entry, or when
 * absent the slot a new entry should take (the first dummy on the probe
 * path, or the empty slot ending it); (size_t)-1 if the dict has no
 * index. */
static tern_int d_lookup(tern_vm *vm, tern_val *dp, tern_val *keyp, tern_int h, size_t *slotp) {
    tern_dict *d;
    size_t perturb, i, freeslot;
    tern_val hv = TERN_SMALL(h);
    d_ix x;
    int m, changed;
restart:
    d = D(*dp);
    *slotp = (size_t)-1;
    if (d->index == TERN_NULL) {
        /* a small table (or none, emptied by an __eq__ meanwhile): scan */
        for (i = 0; i < D(*dp)->nentries; i++) {
            m = d_quick_match(d_ents(D(*dp)) + 3 * i, *keyp, hv);
            if (m < 0) {
                m = d_slow_eq(vm, dp, keyp, i, d_ents(D(*dp))[3 * i + 1], &changed);
                if (changed)
                    goto restart;
            }
            if (m)
                return (tern_int)i;
        }
        return -1;
    }
    x = d_ixview(d);
    perturb = (size_t)h;
    i = (size_t)h & x.mask;
    freeslot = (size_t)-1;
    /* one copy of the probe loop per slot width */
#define D_LOOKUP_LOOP(T, DUMMYV) \
    for (;;) { \
        uint32_t ix = ((const T *)x.slots)[i]; \
        if (ix == 0) { \
            *slotp = freeslot != (size_t)-1 ? freeslot : i; \
            return -1; \
        } \
        if (ix == (DUMMYV)) { \
            if (freeslot == (size_t)-1) \
                freeslot = i; \
        } else { \
            const tern_val *e = d_ents(d) + 3 * (ix - 1); \
            if (e[1] == *keyp) { \
                *slotp = i; \
                return (tern_int)ix - 1; \
            } \
            if (e[0] == hv) { \
                m = d_quick_match(e, *keyp, hv); \
                if (m < 0) { \
                    m = d_slow_eq(vm, dp, keyp, ix - 1, e[1], &changed); \
                    if (changed) \
                        goto restart; \
                    d = D(*dp); \
                    x = d_ixview(d); \
                } \
                if (m) { \
                    *slotp = i; \
                    return (tern_int)ix - 1; \
                } \
            } \
        } \
        perturb >>= 5; \
        i = (i * 5 + perturb + 1) & x.mask; \
    }
    if (x.width == 1)
        D_LOOKUP_LOOP(uint8_t, 0xFFu)
    else if (x.width == 2)
        D_LOOKUP_LOOP(uint16_t, 0xFFFFu)
    else
        D_LOOKUP_LOOP(uint32_t, DKIX_DUMMY)
#undef D_LOOKUP_LOOP
}

tern_val tern_dict_new(tern_vm *vm, size_t cap) {
    tern_val d = TERN_VAL(tern_alloc(vm, TERN_K_DICT, sizeof(tern_dict)));
    TERN_ROOTS(vm);
    if (cap) {
        TERN_ROOT(vm, d);
        d_resize(vm, &d, cap);
        TERN_UNROOT(vm);
    }
    return d;
}

int tern_dict_has_room(tern_val d) {
    const tern_dict *dd = D(d);
    return dd->entries != TERN_NULL && dd->nentries + 1 < d_ecap(dd) && D_FILL(dd) + 1 < d_ecap(dd);
}

void tern_dict_reserve(tern_vm *vm, tern_val d, size_t n) {
    tern_dict *dd = D(d);
    size_t ecap = d_ecap(dd);
    if (n == 0 || (dd->entries != TERN_NULL && dd->nentries + n < ecap && D_FILL(dd) + n < ecap))
        return;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, d);
        /* + 1: an insertion resizes when it fills the last entry; a
         * heap too full for the room is no error (it is only room) */
        d_resize_opt(vm, &d, D(d)->used + n + 1, 1);
        TERN_UNROOT(vm);
    }
}

tern_val tern_dict_get(tern_vm *vm, tern_val d, tern_val key) {
    tern_int h, ix;
    size_t slot;
    tern_val v;
    TERN_ROOTS(vm);
    if (D(d)->used == 0) {
        tern_hash_int(vm, key);     /* an unhashable key is an error even here */
        return TERN_NULL;
    }
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, key);
    h = tern_hash_int(vm, key);
    ix = d_lookup(vm, &d, &key, h, &slot);
    v = ix < 0 ? TERN_NULL : d_ents(D(d))[3 * ix + 2];
    TERN_UNROOT(vm);
    return v;
}

/* The value slot of str key `name`, or NULL: the lookup shared by
 * tern_dict_get_name and tern_dict_set_name. No allocation, no Python. */
static tern_val *name_slot(tern_val dv, tern_val name) {
    const tern_dict *d = D(dv);
    tern_int h;
    size_t perturb, i;
    tern_val hv, *e;
    d_ix x;
    if (d->used == 0)
        return NULL;
    h = (tern_int)tern_str_hash(name);
    hv = TERN_SMALL(h);
    if (d->index == TERN_NULL) {
        /* the stored hash first: one comparison per other entry (equal
         * strs have equal hashes; a deleted entry's key is NULL) */
        tern_val *end;
        e = d_ents(d);
        for (end = e + 3 * d->nentries; e < end; e += 3) {
            if (e[0] == hv && (e[1] == name || (TERN_IS_STR(e[1]) && tern_str_eq(e[1], name))))
                return &e[2];
        }
        return NULL;
    }
    x = d_ixview(d);
    perturb = (size_t)h;
    i = (size_t)h & x.mask;
#define D_NAME_LOOP(T, DUMMYV) \
    for (;;) { \
        uint32_t ix = ((const T *)x.slots)[i]; \
        if (ix == 0) \
            return NULL; \
        if (ix != (DUMMYV)) { \
            e = d_ents(d) + 3 * (ix - 1); \
            if (e[1] == name || (e[0] == hv && TERN_IS_STR(e[1]) && tern_str_eq(e[1], name))) \
                return &e[2]; \
        } \
        perturb >>= 5; \
        i = (i * 5 + perturb + 1) & x.mask; \
    }
    if (x.width == 1)
        D_NAME_LOOP(uint8_t, 0xFFu)
    else if (x.width == 2)
        D_NAME_LOOP(uint16_t, 0xFFFFu)
    else
        D_NAME_LOOP(uint32_t, DKIX_DUMMY)
#undef D_NAME_LOOP
}

/* The value slot of str key `name`, trying entry *hint first and leaving
 * there the entry it was found at. No allocation, no Python. */
tern_val *tern_dict_name_slot_hinted(tern_val dv, tern_val name, uint16_t *hint) {
    const tern_dict *d = D(dv);
    tern_val *ents, *slot;
    size_t i = *hint;
    if (i < d->nentries) {
        ents = d_ents(d) + 3 * i;
        if (ents[1] == name)
            return &ents[2];
    }
    slot = name_slot(dv, name);
    if (slot) {
        i = (size_t)(slot - d_ents(d)) / 3;
        if (i <= 0xFFFF)
            *hint = (uint16_t)i;
    }
    return slot;
}

int tern_dict_set_name(tern_val dv, tern_val name, tern_val value) {
    tern_val *slot = name_slot(dv, name);
    if (!slot)
        return 0;
    *slot = value;
    return 1;
}

tern_val tern_dict_get_name(tern_val dv, tern_val name) {
    tern_val *slot = name_slot(dv, name);
    return slot ? *slot : TERN_NULL;
}

/* Insert or replace; d, key, value rooted by the caller's pointers. */
static void d_set(tern_vm *vm, tern_val *dp, tern_val *keyp, tern_val *valp, tern_int h) {
    tern_dict *d;
    tern_int ix;
    size_t slot, ecap;
    tern_val *e;
    ix = d_lookup(vm, dp, keyp, h, &slot);
    d = D(*dp);
    if (ix >= 0) {
        d_ents(d)[3 * ix + 2] = *valp;
        return;
    }
    ecap = d_ecap(d);
    if (d->nentries >= ecap || D_FILL(d) >= ecap) {
        /* room for half as many again as the live entries, at least
         * two more (one for the first: a small dict built by insertion,
         * such as an instance's, gets 1, 3, 5, 7, 10 entries): less
         * slack, and less held during the copy, than doubling, for a
         * few more resizes; with deleted entries to compact out, for a
         * few more insertions at least, so that a dict used as a queue
         * does not resize at every other one */
        size_t n = (size_t)d->used + d->used / 2;
        if (n < (size_t)d->used + 2)
            n = (size_t)d->used + (d->used ? 2 : 1);
        if (d->nentries > d->used && n < (size_t)d->used + 4)
            n = (size_t)d->used + 4;
        d_resize(vm, dp, n);
        d = D(*dp);
        slot = (size_t)-1;
    }
    e = d_ents(d) + 3 * d->nentries;
    e[0] = TERN_SMALL(h);
    e[1] = *keyp;
    e[2] = *valp;
    if (d->index == TERN_NULL) {
        D_FILL(d)++;
    } else if (slot == (size_t)-1) {
        d_index_insert(d_ixview(d), h, d->nentries);
        D_FILL(d)++;
    } else {
        d_ix x = d_ixview(d);
        if (ix_get(x, slot) == 0)
            D_FILL(d)++;
        ix_set(x, slot, d->nentries + 1);
    }
    d->nentries++;
    d->used++;
}

void tern_dict_set(tern_vm *vm, tern_val d, tern_val key, tern_val value) {
    tern_int h;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, key);
    TERN_ROOT(vm, value);
    h = tern_hash_int(vm, key);
    /* an insertion changes the dict's layout: a hard callback that arrived
     * meanwhile (it may use the same dict: a module's globals) waits for
     * the end (docs/interrupts.md) */
    TERN_IRQ_DEFER(vm);
    d_set(vm, &d, &key, &value, h);
    TERN_IRQ_UNDEFER(vm);
    TERN_UNROOT(vm);
}

/* Remove entry ix, at index slot `slot` ((size_t)-1 without an index);
 * returns its value. */
static tern_val d_remove_at(tern_dict *d, size_t slot, tern_int ix) {
    tern_val *e = d_ents(d) + 3 * ix, v = e[2];
    if (slot != (size_t)-1)
        ix_set(d_ixview(d), slot, DKIX_DUMMY);
    e[1] = TERN_NULL;
    e[2] = TERN_NULL;
    d->used--;
    return v;
}

tern_val tern_dict_del(tern_vm *vm, tern_val d, tern_val key) {
    tern_int h, ix;
    size_t slot;
    tern_val v = TERN_NULL;
    TERN_ROOTS(vm);
    if (D(d)->used == 0) {
        tern_hash_int(vm, key);     /* an unhashable key is an error even here */
        return TERN_NULL;
    }
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, key);
    h = tern_hash_int(vm, key);
    TERN_IRQ_DEFER(vm);     /* (as tern_dict_set) */
    ix = d_lookup(vm, &d, &key, h, &slot);
    if (ix >= 0)
        v = d_remove_at(D(d), slot, ix);
    TERN_IRQ_UNDEFER(vm);
    TERN_UNROOT(vm);
    return v;
}

int tern_dict_next(tern_val dv, size_t *pos, tern_val *key, tern_val *value) {
    const tern_dict *d = D(dv);
    while (*pos < d->nentries) {
        tern_val *e = d_ents(d) + 3 * *pos;
        (*pos)++;
        if (e[1] != TERN_NULL) {
            if (key)
                *key = e[1];
            if (value)
                *value = e[2];
            return 1;
        }
    }
    return 0;
}

static void d_clear(tern_val dv) {
    tern_dict *d = D(dv);
    d->entries = TERN_NULL;
    d->index = TERN_NULL;
    d->used = d->nentries = 0;
    D_FILL(d) = 0;
}

/* A copy: the same live entries, rehashed from the stored hashes. */
tern_val tern_dict_copy(tern_vm *vm, tern_val d) {
    tern_val r;
    size_t i, o = 0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, d);
    r = tern_dict_new(vm, D(d)->used);
    if (D(d)->used) {
        tern_dict *rd = D(r);
        tern_val *src = d_ents(D(d)), *dst = d_ents(rd);
        for (i = 0; i < D(d)->nentries; i++, src += 3) {
            if (src[1] == TERN_NULL)
                continue;
            dst[3 * o] = src[0];
            dst[3 * o + 1] = src[1];
            dst[3 * o + 2] = src[2];
            if (rd->index != TERN_NULL)
                d_index_insert(d_ixview(rd), TERN_SMALL_VALUE(src[0]), (uint32_t)o);
            o++;
        }
        rd->nentries = rd->used = (uint32_t)o;
        D_FILL(rd) = o;
    }
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * Update and merge
 * =================================================================== */

/* An instance of a dict subclass that keeps dict's iteration is merged as
 * its dict, without calling an overridden __getitem__ or keys (CPython's
 * PyDict_Merge does the same). no alloc. */
static tern_val merge_source(tern_val other) {
    if (TERN_IS_PROXY(other) && TERN_IS_DICT(TERN_PROXY_VALUE(other))
        && !tern_class_user_lookup(tern_typeof(other), TERN_N(__iter__)))
        return TERN_PROXY_VALUE(other);
    return other;
}

void tern_dict_update(tern_vm *vm, tern_val d, tern_val other) {
    tern_val k = TERN_NULL, v = TERN_NULL, it = TERN_NULL, keys;
    size_t pos = 0, n;
    TERN_ROOTS(vm);
    other = merge_source(other);
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    TERN_ROOT(vm, it);
    if (TERN_IS_DICT(other)) {
        if (other != d) {
            /* room for all at once: exactly, into a dict without tables
             * (dict(d) is a copy), else as reserve gives it; only room,
             * so no error if the heap is too full for it */
            if (D(d)->entries == TERN_NULL && D(other)->used)
                d_resize_opt(vm, &d, D(other)->used, 1);
            else
                tern_dict_reserve(vm, d, D(other)->used);
            while (tern_dict_next(other, &pos, &k, &v))
                tern_dict_set(vm, d, k, v);
        }
        TERN_UNROOT(vm);
        return;
    }
    keys = tern_getattr_opt(vm, other, TERN_N(keys));
    if (keys != TERN_NULL) {
        it = tern_call0(vm, keys);
        it = tern_iter(vm, it);
        while ((k = tern_next(vm, it)) != TERN_NULL) {
            v = tern_getitem(vm, other, k);
            tern_dict_set(vm, d, k, v);
        }
        TERN_UNROOT(vm);
        return;
    }
    it = tern_iter(vm, other);
    for (pos = 0; (v = tern_next(vm, it)) != TERN_NULL; pos++) {
        tern_val *items;
        if (!TERN_IS_TUPLE(v) && !TERN_IS_LIST(v)) {
            if (tern_typeof(v)->iter == NULL)
                tern_raise_type_error(vm, "cannot convert dictionary update sequence element #%zu to a sequence", pos);
            v = tern_list_of(vm, v);
        }
        items = tern_seq_items(v, &n);
        if (n != 2)
            tern_raise_value_error(vm, "dictionary update sequence element #%zu has length %zu; 2 is required", pos, n);
        k = items[0];
        v = items[1];
        tern_dict_set(vm, d, k, v);
    }
    TERN_UNROOT(vm);
}

/* How CPython names a callee in call errors: module.qualname, the module
 * left out for builtins. TERN_NULL if it has no __qualname__. */
static tern_val func_str(tern_vm *vm, tern_val func) {
    tern_val q, m, r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, func);
    q = tern_getattr_opt(vm, func, TERN_N(__qualname__));
    if (q == TERN_NULL || !TERN_IS_STR(q)) {
        TERN_UNROOT(vm);
        return TERN_NULL;
    }
    TERN_ROOT(vm, q);
    m = tern_getattr_opt(vm, func, TERN_N(__module__));
    if (m != TERN_NULL && TERN_IS_STR(m) && !tern_str_eq(m, TERN_N(builtins)))
        r = tern_str_fmt(vm, "%V.%V", m, q);
    else
        r = q;
    TERN_UNROOT(vm);
    return r;
}

TERN_NORETURN void tern_dict_star_error(tern_vm *vm, tern_val func, tern_val v) {
    tern_val *s = tern_push(vm, v), name = TERN_NULL;
    if (func != TERN_NULL)
        name = func_str(vm, func);
    if (name != TERN_NULL)
        tern_raise_type_error(vm, "%V() argument after * must be an iterable, not %T", name, s[0]);
    tern_raise_type_error(vm, "Value after * must be an iterable, not %T", s[0]);
}

void tern_dict_merge(tern_vm *vm, tern_val d, tern_val other, int dup_error, tern_val func) {
    tern_val k = TERN_NULL, v = TERN_NULL;
    size_t pos = 0;
    TERN_ROOTS(vm);
    other = merge_source(other);
    if (!dup_error && TERN_IS_DICT(other)) {
        tern_dict_update(vm, d, other);
        return;
    }
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, other);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    if (!TERN_IS_DICT(other)) {
        if (tern_getattr_opt(vm, other, TERN_N(keys)) == TERN_NULL) {
            if (dup_error && func != TERN_NULL) {
                tern_val name = func_str(vm, func);
                if (name != TERN_NULL)
                    tern_raise_type_error(vm, "%V() argument after ** must be a mapping, not %T", name, other);
            }
            tern_raise_type_error(vm, "'%s' object is not a mapping", tern_type_name(other));
        }
        /* convert the mapping into a dict first */
        k = tern_dict_new(vm, 0);
        tern_dict_update(vm, k, other);
        other = k;
    }
    while (tern_dict_next(other, &pos, &k, &v)) {
        if (dup_error) {
            if (!TERN_IS_STR(k))
                tern_raise_type_error(vm, "keywords must be strings");
            if (tern_dict_get(vm, d, k) != TERN_NULL) {
                tern_val name = func != TERN_NULL ? func_str(vm, func) : TERN_NULL;
                if (name != TERN_NULL)
                    tern_raise_type_error(vm, "%V() got multiple values for keyword argument '%V'", name, k);
                tern_raise_type_error(vm, "got multiple values for keyword argument '%V'", k);
            }
        }
        tern_dict_set(vm, d, k, v);
    }
    TERN_UNROOT(vm);
}

/* ===================================================================
 * dict slots
 * =================================================================== */

static tern_val dict_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i;
    tern_val d;
    TERN_ROOTS(vm);
    if (npos > 1)
        tern_raise_type_error(vm, "dict expected at most 1 argument, got %d", npos);
    TERN_ROOT(vm, kwnames);     /* read after allocations: it may move */
    d = tern_dict_new(vm, (size_t)nkw);
    TERN_ROOT(vm, d);
    if (npos == 1)
        tern_dict_update(vm, d, args[0]);
    for (i = 0; i < nkw; i++)
        tern_dict_set(vm, d, TERN_TUPLE_ITEMS(kwnames)[i], args[npos + i]);
    TERN_UNROOT(vm);
    return d;
}

static tern_val dict_repr(tern_vm *vm, tern_val self) {
    tern_strbuf b;
    tern_val s = TERN_NULL, k = TERN_NULL, v = TERN_NULL;
    size_t pos = 0;
    int first = 1;
    TERN_ROOTS(vm);
    if (D(self)->used == 0)
        return tern_str_new(vm, "{}", 2);
    if (tern_repr_enter(vm, self))
        return tern_str_new(vm, "{...}", 5);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, s);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    tern_strbuf_init(vm, &b, 16 * D(self)->used + 2);
    tern_strbuf_add_char(vm, &b, '{');
    while (tern_dict_next(self, &pos, &k, &v)) {
        if (!first)
            tern_strbuf_add(vm, &b, ", ", 2);
        first = 0;
        s = tern_repr(vm, k);
        tern_strbuf_add_str(vm, &b, s);
        tern_strbuf_add(vm, &b, ": ", 2);
        s = tern_repr(vm, v);
        tern_strbuf_add_str(vm, &b, s);
    }
    tern_strbuf_add_char(vm, &b, '}');
    s = tern_strbuf_finish(vm, &b);
    tern_repr_leave(vm);
    TERN_UNROOT(vm);
    return s;
}

static int dict_equal(tern_vm *vm, tern_val a, tern_val b) {
    tern_val k = TERN_NULL, v = TERN_NULL, bv;
    size_t pos = 0;
    int eq = 1;
    TERN_ROOTS(vm);
    if (D(a)->used != D(b)->used)
        return 0;
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    while (tern_dict_next(a, &pos, &k, &v)) {
        bv = tern_dict_get(vm, b, k);
        if (bv == TERN_NULL || (bv != v && !tern_equal(vm, v, bv))) {
            eq = 0;
            break;
        }
    }
    TERN_UNROOT(vm);
    return eq;
}

static tern_val dict_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (!TERN_IS_DICT(a) || !TERN_IS_DICT(b) || (op != TERN_CMP_EQ && op != TERN_CMP_NE))
        return TERN_NOTIMPLEMENTED;
    return TERN_BOOL(dict_equal(vm, a, b) == (op == TERN_CMP_EQ));
}

static tern_val dict_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val r;
    TERN_ROOTS(vm);
    if (op == (TERN_OP_OR | TERN_OP_INPLACE) && TERN_IS_DICT(a)) {
        tern_dict_update(vm, a, b);
        return a;
    }
    if ((op & ~TERN_OP_INPLACE) != TERN_OP_OR || !TERN_IS_DICT(a) || !TERN_IS_DICT(b))
        return TERN_NOTIMPLEMENTED;
    TERN_ROOT(vm, b);
    r = tern_dict_copy(vm, a);
    TERN_ROOT(vm, r);
    tern_dict_update(vm, r, b);
    TERN_UNROOT(vm);
    return r;
}

static tern_int dict_len(tern_vm *vm, tern_val self) {
    return (tern_int)D(self)->used;
}

static tern_val dict_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_val v = tern_dict_get(vm, self, key);
    if (v == TERN_NULL)
        tern_raise_key_error(vm, key);
    return v;
}

static void dict_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    if (value != TERN_NULL)
        tern_dict_set(vm, self, key, value);
    else if (tern_dict_del(vm, self, key) == TERN_NULL)
        tern_raise_key_error(vm, key);
}

static int dict_contains(tern_vm *vm, tern_val self, tern_val key) {
    return tern_dict_get(vm, self, key) != TERN_NULL;
}

static tern_val dict_iter(tern_vm *vm, tern_val self) {
    tern_val it = tern_seqiter_new(vm, self, TERN_ITK_DICT_KEYS);
    TERN_AS(tern_seqiter, it)->aux = (tern_int)D(TERN_AS(tern_seqiter, it)->seq)->used;
    return it;
}

/* ===================================================================
 * dict methods
 * =================================================================== */

static tern_val dict_get_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "dict.get", nargs - 1, kwnames, 1, 2);
    v = tern_dict_get(vm, args[0], args[1]);
    if (v == TERN_NULL)
        v = nargs > 2 ? args[2] : TERN_NONE;
    return v;
}

static tern_val dict_view_new(tern_vm *vm, tern_val d, unsigned itk) {
    return tern_seqiter_new(vm, d, itk);
}

static tern_val dict_keys_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.keys", nargs - 1, kwnames, 0, 0);
    return dict_view_new(vm, args[0], TERN_ITK_VIEW_KEYS);
}

static tern_val dict_values_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.values", nargs - 1, kwnames, 0, 0);
    return dict_view_new(vm, args[0], TERN_ITK_VIEW_VALUES);
}

static tern_val dict_items_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.items", nargs - 1, kwnames, 0, 0);
    return dict_view_new(vm, args[0], TERN_ITK_VIEW_ITEMS);
}

static tern_val dict_pop_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "dict.pop", nargs - 1, kwnames, 1, 2);
    v = tern_dict_del(vm, args[0], args[1]);
    if (v == TERN_NULL) {
        if (nargs > 2)
            return args[2];
        tern_raise_key_error(vm, args[1]);
    }
    return v;
}

static tern_val dict_popitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_dict *d;
    tern_val r;
    size_t i;
    tern_cargs(vm, "dict.popitem", nargs - 1, kwnames, 0, 0);
    if (D(args[0])->used == 0)
        tern_raise_fmt(vm, &tern_type_KeyError, "popitem(): dictionary is empty");
    r = tern_tuple_new(vm, 2);
    d = D(args[0]);
    i = d->nentries;
    while (i > 0 && d_ents(d)[3 * (i - 1) + 1] == TERN_NULL)
        i--;
    {
        tern_val *e = d_ents(d) + 3 * (i - 1);
        tern_int h = TERN_SMALL_VALUE(e[0]);
        size_t perturb = (size_t)h, s = (size_t)-1;
        if (d->index != TERN_NULL) {
            d_ix x = d_ixview(d);
            s = (size_t)h & x.mask;
            while (ix_get(x, s) != (uint32_t)i) {
                perturb >>= 5;
                s = (s * 5 + perturb + 1) & x.mask;
            }
        }
        TERN_TUPLE_ITEMS(r)[0] = e[1];
        TERN_TUPLE_ITEMS(r)[1] = e[2];
        d_remove_at(d, s, (tern_int)i - 1);
        /* trailing deleted entries can be reused; the dummy stays in fill
         * (a dict without an index keeps fill = nentries) */
        d->nentries = (uint32_t)i - 1;
        if (d->index == TERN_NULL)
            D_FILL(d) = d->nentries;
    }
    return r;
}

static tern_val dict_setdefault_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "dict.setdefault", nargs - 1, kwnames, 1, 2);
    v = tern_dict_get(vm, args[0], args[1]);
    if (v != TERN_NULL)
        return v;
    v = nargs > 2 ? args[2] : TERN_NONE;
    tern_dict_set(vm, args[0], args[1], v);
    return v;
}

static tern_val dict_update_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw - 1, i;
    TERN_ROOTS(vm);
    if (npos > 1)
        tern_raise_type_error(vm, "update expected at most 1 argument, got %d", npos);
    TERN_ROOT(vm, kwnames);     /* read after allocations: it may move */
    if (npos == 1)
        tern_dict_update(vm, args[0], args[1]);
    for (i = 0; i < nkw; i++)
        tern_dict_set(vm, args[0], TERN_TUPLE_ITEMS(kwnames)[i], args[nargs - nkw + i]);
    TERN_UNROOT(vm);
    return TERN_NONE;
}

static tern_val dict_init_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return dict_update_m(vm, nargs, args, kwnames);
}

static tern_val dict_clear_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.clear", nargs - 1, kwnames, 0, 0);
    d_clear(args[0]);
    return TERN_NONE;
}

static tern_val dict_copy_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.copy", nargs - 1, kwnames, 0, 0);
    return tern_dict_copy(vm, args[0]);
}

/* dict.fromkeys(iterable, value=None): a static function (no cls), so it
 * works as dict.fromkeys(...) and d.fromkeys(...) alike. */
static tern_val dict_fromkeys_f(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d = TERN_NULL, it = TERN_NULL, k = TERN_NULL;
    TERN_ROOTS(vm);
    tern_cargs(vm, "dict.fromkeys", nargs, kwnames, 1, 2);
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, it);
    TERN_ROOT(vm, k);
    d = tern_dict_new(vm, 0);
    /* the room for the keys of a built-in collection at once, as CPython
     * does for a dict or set (len() runs no Python for these) */
    if (TERN_IS_DICT(args[0]) || TERN_IS_ANYSET(args[0]) || TERN_IS_LIST(args[0]) || TERN_IS_TUPLE(args[0])) {
        tern_dict_reserve(vm, d, (size_t)tern_len(vm, args[0]));
    } else if (TERN_IS_KIND(args[0], TERN_K_RANGE)) {
        const tern_range *r = TERN_AS(tern_range, args[0]);
        if (r->step > 0 && r->stop > r->start && (size_t)((r->stop - r->start) / r->step) < DK_MAX)
            tern_dict_reserve(vm, d, (size_t)((r->stop - r->start - 1) / r->step + 1));
    }
    it = tern_iter(vm, args[0]);
    while ((k = tern_next(vm, it)) != TERN_NULL)
        tern_dict_set(vm, d, k, nargs > 1 ? args[1] : TERN_NONE);
    TERN_UNROOT(vm);
    return d;
}

static tern_val dict_getitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__getitem__", nargs - 1, kwnames, 1, 1);
    return dict_getitem(vm, args[0], args[1]);
}

static tern_val dict_setitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__setitem__", nargs - 1, kwnames, 2, 2);
    tern_dict_set(vm, args[0], args[1], args[2]);
    return TERN_NONE;
}

static tern_val dict_delitem_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__delitem__", nargs - 1, kwnames, 1, 1);
    dict_setitem(vm, args[0], args[1], TERN_NULL);
    return TERN_NONE;
}

static tern_val dict_contains_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__contains__", nargs - 1, kwnames, 1, 1);
    return TERN_BOOL(dict_contains(vm, args[0], args[1]));
}

static tern_val dict_len_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__len__", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)D(args[0])->used);
}

static tern_val dict_iter_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__iter__", nargs - 1, kwnames, 0, 0);
    return dict_iter(vm, args[0]);
}

static TERN_CMETHOD_DEF(dict_get_obj, get, dict_get_m);
static TERN_CMETHOD_DEF(dict_keys_obj, keys, dict_keys_m);
static TERN_CMETHOD_DEF(dict_values_obj, values, dict_values_m);
static TERN_CMETHOD_DEF(dict_items_obj, items, dict_items_m);
static TERN_CMETHOD_DEF(dict_pop_obj, pop, dict_pop_m);
static TERN_CMETHOD_DEF(dict_popitem_obj, popitem, dict_popitem_m);
static TERN_CMETHOD_DEF(dict_setdefault_obj, setdefault, dict_setdefault_m);
static TERN_CMETHOD_DEF(dict_update_obj, update, dict_update_m);
static TERN_CMETHOD_DEF(dict_clear_obj, clear, dict_clear_m);
static TERN_CMETHOD_DEF(dict_copy_obj, copy, dict_copy_m);
static TERN_CFUNC_DEF(dict_fromkeys_obj, fromkeys, dict_fromkeys_f);
static TERN_CMETHOD_DEF(dict_init_obj, __init__, dict_init_m);
static TERN_CMETHOD_DEF(dict_getitem_obj, __getitem__, dict_getitem_m);
static TERN_CMETHOD_DEF(dict_setitem_obj, __setitem__, dict_setitem_m);
static TERN_CMETHOD_DEF(dict_delitem_obj, __delitem__, dict_delitem_m);
static TERN_CMETHOD_DEF(dict_contains_obj, __contains__, dict_contains_m);
static TERN_CMETHOD_DEF(dict_len_obj, __len__, dict_len_m);
static TERN_CMETHOD_DEF(dict_iter_obj, __iter__, dict_iter_m);

static tern_val dict_repr_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "dict.__repr__", nargs - 1, kwnames, 0, 0);
    return dict_repr(vm, args[0]);
}

static TERN_CMETHOD_DEF(dict_repr_obj, __repr__, dict_repr_m);

static const tern_attr dict_attrs[] = {
    { TERN_NSTR(__repr__), &dict_repr_obj },
    { TERN_NSTR(get), &dict_get_obj },
    { TERN_NSTR(keys), &dict_keys_obj },
    { TERN_NSTR(values), &dict_values_obj },
    { TERN_NSTR(items), &dict_items_obj },
    { TERN_NSTR(pop), &dict_pop_obj },
    { TERN_NSTR(popitem), &dict_popitem_obj },
    { TERN_NSTR(setdefault), &dict_setdefault_obj },
    { TERN_NSTR(update), &dict_update_obj },
    { TERN_NSTR(clear), &dict_clear_obj },
    { TERN_NSTR(copy), &dict_copy_obj },
    { TERN_NSTR(fromkeys), &dict_fromkeys_obj },
    { TERN_NSTR(__init__), &dict_init_obj },
    { TERN_NSTR(__getitem__), &dict_getitem_obj },
    { TERN_NSTR(__setitem__), &dict_setitem_obj },
    { TERN_NSTR(__delitem__), &dict_delitem_obj },
    { TERN_NSTR(__contains__), &dict_contains_obj },
    { TERN_NSTR(__len__), &dict_len_obj },
    { TERN_NSTR(__iter__), &dict_iter_obj },
};

const tern_type tern_type_dict = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(dict), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, dict_attrs, sizeof(dict_attrs) / sizeof(dict_attrs[0]),
    TERN_K_DICT, TERN_TF_BASETYPE, 0,
    dict_make, dict_repr, NULL, NULL, dict_compare, dict_binop, NULL,
    NULL, dict_len, dict_getitem, dict_setitem, dict_contains, dict_iter, NULL, NULL,
    NULL, NULL
};

/* ===================================================================
 * Iterators over a dict (TERN_ITK_DICT_*: seq = dict, pos = next entry,
 * aux = size when created; reversed kinds count pos down)
 * =================================================================== */

tern_val tern_dictiter_next(tern_vm *vm, tern_val it) {
    tern_seqiter *si = TERN_AS(tern_seqiter, it);
    tern_dict *d = D(si->seq);
    unsigned itk = (unsigned)si->sub;
    int rev = itk >= TERN_ITK_DICT_RKEYS;
    tern_val *e = NULL, k, v, r;
    TERN_ROOTS(vm);
    if (si->aux < 0)
        return TERN_NULL;
    if (d->used != (size_t)si->aux) {
        si->aux = -1;
        tern_raise_fmt(vm, &tern_type_RuntimeError, "dictionary changed size during iteration");
    }
    if (rev) {
        if (si->pos > d->nentries)
            si->pos = d->nentries;
        while (si->pos > 0) {
            e = d_ents(d) + 3 * --si->pos;
            if (e[1] != TERN_NULL)
                break;
            e = NULL;
        }
        itk -= TERN_ITK_DICT_RKEYS - TERN_ITK_DICT_KEYS;
    } else {
        while (si->pos < d->nentries) {
            e = d_ents(d) + 3 * si->pos++;
            if (e[1] != TERN_NULL)
                break;
            e = NULL;
        }
    }
    if (e == NULL) {
        si->aux = -1;
        return TERN_NULL;
    }
    if (itk == TERN_ITK_DICT_KEYS)
        return e[1];
    if (itk == TERN_ITK_DICT_VALUES)
        return e[2];
    k = e[1];
    v = e[2];
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    r = tern_tuple_new(vm, 2);
    TERN_TUPLE_ITEMS(r)[0] = k;
    TERN_TUPLE_ITEMS(r)[1] = v;
    TERN_UNROOT(vm);
    return r;
}

/* reversed(d) or reversed(view). */
tern_val tern_dict_reversed(tern_vm *vm, tern_val d, unsigned view_itk) {
    unsigned itk = TERN_ITK_DICT_RKEYS;
    tern_val it;
    if (view_itk == TERN_ITK_VIEW_VALUES)
        itk = TERN_ITK_DICT_RVALUES;
    else if (view_itk == TERN_ITK_VIEW_ITEMS)
        itk = TERN_ITK_DICT_RITEMS;
    it = tern_seqiter_new(vm, d, itk);
    TERN_AS(tern_seqiter, it)->pos = D(TERN_AS(tern_seqiter, it)->seq)->nentries;
    TERN_AS(tern_seqiter, it)->aux = (tern_int)D(TERN_AS(tern_seqiter, it)->seq)->used;
    return it;
}

/* ===================================================================
 * Views (TERN_ITK_VIEW_*: seq = the dict)
 * =================================================================== */

#define VIEW_DICT(v)    (TERN_AS(tern_seqiter, v)->seq)
#define VIEW_KIND(v)    ((unsigned)TERN_AS(tern_seqiter, v)->sub)
#define IS_VIEW(v)      (TERN_IS_KIND(v, TERN_K_ITER) && VIEW_KIND(v) >= TERN_ITK_VIEW_KEYS && VIEW_KIND(v) <= TERN_ITK_VIEW_ITEMS)

tern_int tern_dictview_len(tern_vm *vm, tern_val self) {
    return (tern_int)D(VIEW_DICT(self))->used;
}

tern_val tern_dictview_iter(tern_vm *vm, tern_val self) {
    unsigned itk = TERN_ITK_DICT_KEYS + (VIEW_KIND(self) - TERN_ITK_VIEW_KEYS);
    return tern_dict_iter_kind_(vm, VIEW_DICT(self), itk);
}

tern_val tern_dict_iter_kind_(tern_vm *vm, tern_val d, unsigned itk) {
    tern_val it = tern_seqiter_new(vm, d, itk);
    TERN_AS(tern_seqiter, it)->aux = (tern_int)D(TERN_AS(tern_seqiter, it)->seq)->used;
    return it;
}

int tern_dictview_contains(tern_vm *vm, tern_val self, tern_val x) {
    tern_val d = VIEW_DICT(self), v;
    unsigned kind = VIEW_KIND(self);
    TERN_ROOTS(vm);
    if (kind == TERN_ITK_VIEW_KEYS)
        return tern_dict_get(vm, d, x) != TERN_NULL;
    if (kind == TERN_ITK_VIEW_ITEMS) {
        int r;
        if (!TERN_IS_TUPLE(x) || TERN_TUPLE_LEN(x) != 2)
            return 0;
        TERN_ROOT(vm, x);
        v = tern_dict_get(vm, d, TERN_TUPLE_ITEMS(x)[0]);
        r = v != TERN_NULL && (v == TERN_TUPLE_ITEMS(x)[1] || tern_equal(vm, v, TERN_TUPLE_ITEMS(x)[1]));
        TERN_UNROOT(vm);
        return r;
    }
    {
        /* values: a linear scan */
        size_t pos = 0;
        TERN_ROOT(vm, d);
        TERN_ROOT(vm, x);
        while (tern_dict_next(d, &pos, NULL, &v)) {
            if (v == x || tern_equal(vm, v, x)) {
                TERN_UNROOT(vm);
                return 1;
            }
        }
        TERN_UNROOT(vm);
        return 0;
    }
}

tern_val tern_dictview_repr(tern_vm *vm, tern_val self) {
    static const char *const names[] = { "dict_keys", "dict_values", "dict_items" };
    const char *name = names[VIEW_KIND(self) - TERN_ITK_VIEW_KEYS];
    tern_val s;
    TERN_ROOTS(vm);
    if (tern_repr_enter(vm, self))
        return tern_str_new(vm, "...", 3);
    s = tern_list_of(vm, self);
    s = tern_repr(vm, s);
    tern_repr_leave(vm);
    TERN_UNROOT(vm);
    return tern_str_fmt(vm, "%s(%V)", name, s);
}

static int set_like(tern_val v) {
    return TERN_IS_ANYSET(v) || (IS_VIEW(v) && VIEW_KIND(v) != TERN_ITK_VIEW_VALUES);
}

tern_val tern_dictview_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val sa = TERN_NULL, sb;
    TERN_ROOTS(vm);
    if (op > TERN_CMP_GE || !set_like(a) || !set_like(b))
        return TERN_NOTIMPLEMENTED;
    if ((IS_VIEW(a) && VIEW_KIND(a) == TERN_ITK_VIEW_VALUES) || (IS_VIEW(b) && VIEW_KIND(b) == TERN_ITK_VIEW_VALUES))
        return TERN_NOTIMPLEMENTED;
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, sa);
    sa = TERN_IS_ANYSET(a) ? a : tern_set_of(vm, a, 0);
    sb = TERN_IS_ANYSET(b) ? b : tern_set_of(vm, b, 0);
    sb = tern_compare(vm, op, sa, sb);
    TERN_UNROOT(vm);
    return sb;
}

tern_val tern_dictview_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val sa = TERN_NULL, sb;
    int o = op & ~TERN_OP_INPLACE;
    TERN_ROOTS(vm);
    if (o != TERN_OP_AND && o != TERN_OP_OR && o != TERN_OP_SUB && o != TERN_OP_XOR)
        return TERN_NOTIMPLEMENTED;
    if ((IS_VIEW(a) && VIEW_KIND(a) == TERN_ITK_VIEW_VALUES) || (IS_VIEW(b) && VIEW_KIND(b) == TERN_ITK_VIEW_VALUES))
        return TERN_NOTIMPLEMENTED;
    if (!IS_VIEW(a) && !IS_VIEW(b))
        return TERN_NOTIMPLEMENTED;
    if (tern_typeof(a)->iter == NULL || tern_typeof(b)->iter == NULL)
        return TERN_NOTIMPLEMENTED;
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, sa);
    sa = tern_set_of(vm, a, 0);
    sb = tern_set_of(vm, b, 0);
    sb = tern_binary_op(vm, o, sa, sb);
    TERN_UNROOT(vm);
    return sb;
}

static tern_val view_isdisjoint_m(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val s;
    tern_cargs(vm, "isdisjoint", nargs - 1, kwnames, 1, 1);
    s = tern_set_of(vm, args[0], 0);
    return tern_call_method1(vm, s, TERN_N(isdisjoint), args[1]);
}

static TERN_CMETHOD_DEF(view_isdisjoint_obj, isdisjoint, view_isdisjoint_m);
static const tern_attr view_attrs[] = {
    { TERN_NSTR(isdisjoint), &view_isdisjoint_obj },
};

#define VIEW_TYPE(cname, nameid, nattrs) \
    const tern_type cname = { \
        TERN_HDR_ROM(TERN_K_TYPE), TERN_NSTR(nameid), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL, \
        &tern_type_object, view_attrs, nattrs, TERN_K_ITER, 0, 0, \
        NULL, tern_dictview_repr, NULL, NULL, tern_dictview_compare, tern_dictview_binop, NULL, \
        NULL, tern_dictview_len, NULL, NULL, tern_dictview_contains, tern_dictview_iter, NULL, NULL, \
        NULL, NULL }

VIEW_TYPE(tern_type_dict_keys, dict_keys, 1);
VIEW_TYPE(tern_type_dict_values, dict_values, 0);
VIEW_TYPE(tern_type_dict_items, dict_items, 1);
