/* SPDX-License-Identifier: MIT */
/*
 * obj_inst.c — where instances of Python classes keep their attributes.
 *
 * Most instances of a class get the same attributes in the same order, in
 * __init__. Such an instance needs no dict of its own: its class keeps the
 * attribute names once, in `inst_keys` (a tuple of interned strs that is
 * only ever extended, so a name keeps its position for the life of the
 * class), and the instance keeps only the values, in a tern_array whose
 * item i is the value of inst_keys[i]. This is "split" storage: an
 * instance with two attributes costs a 32-byte array instead of a dict.
 *
 * The instance's `dict` field tells the storage apart: NULL (nothing set
 * yet), a tern_array (split), a dict, or — for the kinds this file leaves
 * alone — a cell (__slots__) or a tuple (subclasses of built-in types).
 *
 * Invariant of split storage: the attributes set are exactly items [0, n)
 * for some n, in the order they were first set, so a dict made from them
 * has the order CPython's would. Anything else — an attribute set out of
 * that order, a deletion, a name that is not an interned str, a class with
 * too many names, asking for __dict__, assigning __class__ — turns the
 * instance's storage into an ordinary dict for good ("materialize"). Only
 * the instance's own storage changes; the class keeps its keys.
 */
#include "obj_class.h"

#define INST(v)     TERN_AS(tern_instance, v)
#define ARR(v)      TERN_AS(tern_array, v)
/* A class stops adding names to inst_keys beyond this (its instances then
 * use dicts): a linear search over the keys stays short. */
#define MAX_KEYS    48

static size_t keys_len(const tern_type *t) {
    return t->inst_keys ? TERN_TUPLE_LEN(t->inst_keys) : 0;
}

/* The position of `name` in t's keys, or -1. No allocation. */
static tern_int key_index(const tern_type *t, tern_val name) {
    const tern_val *k;
    size_t i, n = keys_len(t);
    if (!n)
        return -1;
    k = TERN_TUPLE_ITEMS(t->inst_keys);
    for (i = 0; i < n; i++)
        if (k[i] == name)
            return (tern_int)i;
    /* an equal str that is not the interned one (getattr with a computed name) */
    if (TERN_IS_STR(name) && !(*(const tern_hdr *)TERN_PTR(name) & TERN_HF_INTERNED))
        for (i = 0; i < n; i++)
            if (tern_str_eq(k[i], name))
                return (tern_int)i;
    return -1;
}

/* The number of attributes set in split storage `vals`: the length of its
 * non-NULL prefix. */
static size_t values_count(tern_val vals) {
    size_t n = 0, cap = ARR(vals)->cap;
    while (n < cap && ARR(vals)->items[n])
        n++;
    return n;
}

tern_val *tern_inst_split_slot(tern_val obj, tern_val name, uint16_t *hint) {
    tern_val vals = INST(obj)->dict;
    const tern_type *t = (const tern_type *)TERN_PTR(INST(obj)->cls);
    tern_int i;
    if (hint && *hint < ARR(vals)->cap && *hint < keys_len(t)
        && TERN_TUPLE_ITEMS(t->inst_keys)[*hint] == name)
        i = *hint;
    else
        i = key_index(t, name);
    if (i < 0 || (size_t)i >= ARR(vals)->cap || !ARR(vals)->items[i])
        return NULL;
    if (hint)
        *hint = (uint16_t)i;
    return &ARR(vals)->items[i];
}

tern_val tern_inst_lookup(tern_val obj, tern_val name) {
    tern_val d = INST(obj)->dict, *slot;
    if (!d)
        return TERN_NULL;
    if (TERN_IS_KIND(d, TERN_K_ARRAY)) {
        slot = tern_inst_split_slot(obj, name, NULL);
        return slot ? *slot : TERN_NULL;
    }
    if (TERN_IS_TUPLE(d))
        d = TERN_TUPLE_ITEMS(d)[1];
    return d && TERN_IS_DICT(d) ? tern_dict_get_name(d, name) : TERN_NULL;
}

int tern_inst_split_store_fast(tern_val obj, tern_val name, tern_val value, uint16_t *hint) {
    tern_val vals = INST(obj)->dict;
    const tern_type *t = (const tern_type *)TERN_PTR(INST(obj)->cls);
    size_t i = *hint;
    tern_val *items = ARR(vals)->items;
    if (i >= ARR(vals)->cap || i >= keys_len(t) || TERN_TUPLE_ITEMS(t->inst_keys)[i] != name) {
        tern_int j = key_index(t, name);
        if (j < 0 || (size_t)j >= ARR(vals)->cap)
            return 0;
        i = (size_t)j;
        *hint = (uint16_t)i;
    }
    /* replace a value, or append the next one in order */
    if (items[i] || i == 0 || items[i - 1]) {
        items[i] = value;
        return 1;
    }
    return 0;
}

tern_val tern_inst_materialize(tern_vm *vm, tern_val obj) {
    tern_val *s = tern_push(vm, obj), d;
    size_t i, n = values_count(INST(obj)->dict);
    d = tern_dict_new(vm, n);
    tern_push(vm, d);
    for (i = 0; i < n; i++) {
        /* reread everything: the dict may have moved them */
        const tern_type *t = (const tern_type *)TERN_PTR(INST(s[0])->cls);
        tern_dict_set(vm, s[1], TERN_TUPLE_ITEMS(t->inst_keys)[i], ARR(INST(s[0])->dict)->items[i]);
    }
    d = s[1];
    INST(s[0])->dict = d;
    tern_popn(vm, 2);
    return d;
}

/* Can instances of t use split storage at all? */
static int splittable(const tern_type *t) {
    return (t->flags & TERN_TF_HEAP) && t->inst_kind == TERN_K_INSTANCE && !TERN_IS_PROXY_TYPE(t)
        && !(t->pad_ & TERN_CLS_NODICT);
}

tern_val tern_inst_new_values(tern_vm *vm, tern_val cls) {
    const tern_type *t = (const tern_type *)TERN_PTR(cls);
    size_t n = keys_len(t);
    tern_array *a;
    if (!n || !splittable(t))
        return TERN_NULL;
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(n));
    a->cap = n;
    return TERN_VAL(a);
}

int tern_inst_store(tern_vm *vm, tern_val *s) {
    tern_val vals = INST(s[0])->dict, name = s[1];
    tern_type *t = (tern_type *)TERN_PTR(INST(s[0])->cls);
    size_t n, klen = keys_len(t);
    tern_int i;
    tern_array *a;
    if (vals && !TERN_IS_KIND(vals, TERN_K_ARRAY))
        return 0;
    if (!splittable(t))
        return 0;
    if (!TERN_IS_STR(name) || !(*(const tern_hdr *)TERN_PTR(name) & TERN_HF_INTERNED))
        goto to_dict;
    i = key_index(t, name);
    n = vals ? values_count(vals) : 0;
    if (i >= 0 && (size_t)i < n) {
        ARR(vals)->items[i] = s[2];
        return 1;
    }
    if (i < 0) {
        /* a new name: the class learns it, if this instance has all the others */
        tern_val k;
        if (n != klen || klen >= MAX_KEYS)
            goto to_dict;
        k = tern_tuple_new(vm, klen + 1);
        t = (tern_type *)TERN_PTR(INST(s[0])->cls);
        if (klen)
            memcpy(TERN_TUPLE_ITEMS(k), TERN_TUPLE_ITEMS(t->inst_keys), klen * sizeof(tern_val));
        TERN_TUPLE_ITEMS(k)[klen] = s[1];
        t->inst_keys = k;
        i = (tern_int)klen++;
    } else if ((size_t)i != n) {
        goto to_dict;
    }
    vals = INST(s[0])->dict;
    if (!vals || (size_t)i >= ARR(vals)->cap) {
        /* room for all the class's names: the next ones come in order */
        a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(klen));
        a->cap = klen;
        vals = INST(s[0])->dict;
        if (n)
            memcpy(a->items, ARR(vals)->items, n * sizeof(tern_val));
        INST(s[0])->dict = vals = TERN_VAL(a);
    }
    ARR(vals)->items[i] = s[2];
    return 1;
to_dict:
    if (vals)
        tern_inst_materialize(vm, s[0]);
    return 0;
}
