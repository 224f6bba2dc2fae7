/* SPDX-License-Identifier: MIT */
/*
 * obj_alias.c — types.GenericAlias (`list[int]`, `dict[str, int]`, what
 * __class_getitem__ of the generic built-in types returns) and
 * types.UnionType (`int | None`). Both exist for type hints: they print
 * as CPython prints them, compare, hash, and a union works in isinstance.
 *
 * Their instances are instances of ROM types whose `dict` field is a cell
 * (as for slotted instances: no attribute dict) holding a tuple:
 * (origin, args) for an alias, the member types for a union.
 */
#include "runtime.h"
#include "obj_class.h"

#define CELL_VALUE(v) (TERN_AS(tern_cell, TERN_AS(tern_instance, v)->dict)->value)
#define ALIAS_ORIGIN(v) (TERN_TUPLE_ITEMS(CELL_VALUE(v))[0])
#define ALIAS_ARGS(v)   (TERN_TUPLE_ITEMS(CELL_VALUE(v))[1])
#define UNION_ARGS(v)   CELL_VALUE(v)

static int is_of(tern_val v, const tern_type *t) {
    return TERN_IS_KIND(v, TERN_K_INSTANCE) && TERN_AS(tern_instance, v)->cls == TERN_VAL(t);
}

int tern_is_alias(tern_val v) { return is_of(v, &tern_type_GenericAlias); }
int tern_is_union(tern_val v) { return is_of(v, &tern_type_UnionType); }

/* A new instance of t holding `payload` in its cell. */
static tern_val wrap(tern_vm *vm, const tern_type *t, tern_val payload) {
    tern_val *s = tern_push(vm, tern_cell_new(vm, payload));
    tern_instance *p = (tern_instance *)tern_alloc(vm, TERN_K_INSTANCE, TERN_INSTANCE_BYTES);
    p->cls = TERN_VAL(t);
    p->dict = s[0];
    tern_popn(vm, 1);
    return TERN_VAL(p);
}

tern_val tern_alias_new(tern_vm *vm, tern_val origin, tern_val args) {
    tern_val *s = tern_push(vm, origin), t;
    tern_push(vm, args);
    if (!TERN_IS_TUPLE(args)) {
        t = tern_tuple_from(vm, 1, &s[1]);
        s[1] = t;
    }
    t = tern_tuple_from(vm, 2, s);
    t = wrap(vm, &tern_type_GenericAlias, t);
    tern_popn(vm, 2);
    return t;
}

/* How a type hint argument prints: types by (qualified) name, ... for
 * Ellipsis, aliases and unions by their repr. */
static void add_hint(tern_vm *vm, tern_strbuf *b, tern_val v) {
    tern_val *s = tern_push(vm, v), r;
    if (v == TERN_ELLIPSIS) {
        tern_strbuf_add(vm, b, "...", 3);
    } else if (v == TERN_NONE || v == TERN_VAL(&tern_type_NoneType)) {
        tern_strbuf_add(vm, b, "None", 4);
    } else if (TERN_IS_TYPE(v)) {
        tern_val mod = tern_type_modname(TERN_AS(const tern_type, v));
        if (mod && TERN_IS_STR(mod) && !tern_str_eq(mod, TERN_N(builtins))) {
            tern_strbuf_add_str(vm, b, mod);
            tern_strbuf_add_char(vm, b, '.');
        }
        r = tern_type_qualname(vm, TERN_AS(const tern_type, s[0]));
        tern_strbuf_add_str(vm, b, r);
    } else {
        r = tern_repr(vm, v);
        tern_strbuf_add_str(vm, b, r);
    }
    tern_popn(vm, 1);
}

/* ===================================================================
 * GenericAlias
 * =================================================================== */

static tern_val alias_repr(tern_vm *vm, tern_val self) {
    tern_strbuf b;
    tern_val r;
    size_t i, n;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    tern_enter_c(vm);
    tern_strbuf_init(vm, &b, 32);
    add_hint(vm, &b, ALIAS_ORIGIN(self));
    tern_strbuf_add_char(vm, &b, '[');
    n = TERN_TUPLE_LEN(ALIAS_ARGS(self));
    if (n == 0)
        tern_strbuf_add(vm, &b, "()", 2);
    for (i = 0; i < n; i++) {
        if (i)
            tern_strbuf_add(vm, &b, ", ", 2);
        add_hint(vm, &b, TERN_TUPLE_ITEMS(ALIAS_ARGS(self))[i]);
    }
    tern_strbuf_add_char(vm, &b, ']');
    r = tern_strbuf_finish(vm, &b);
    vm->c_depth--;
    TERN_UNROOT(vm);
    return r;
}

static tern_val alias_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(__origin__))
        return ALIAS_ORIGIN(self);
    if (name == TERN_N(__args__))
        return ALIAS_ARGS(self);
    if (name == TERN_N(__parameters__))
        return tern_tuple_new(vm, 0);
    return tern_getattr_opt(vm, ALIAS_ORIGIN(self), name);
}

static tern_val alias_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    return tern_call(vm, ALIAS_ORIGIN(self), nargs, args, kwnames);
}

static tern_val alias_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    int eq;
    tern_val *s;
    if ((op != TERN_CMP_EQ && op != TERN_CMP_NE) || !tern_is_alias(a) || !tern_is_alias(b))
        return TERN_NOTIMPLEMENTED;
    s = tern_push(vm, a);
    tern_push(vm, b);
    eq = tern_equal(vm, ALIAS_ORIGIN(a), ALIAS_ORIGIN(b))
        && tern_equal(vm, ALIAS_ARGS(s[0]), ALIAS_ARGS(s[1]));
    tern_popn(vm, 2);
    return TERN_BOOL(op == TERN_CMP_EQ ? eq : !eq);
}

static tern_val alias_hash(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), h1, h2;
    h1 = tern_hash(vm, ALIAS_ORIGIN(self));
    h2 = tern_hash(vm, ALIAS_ARGS(s[0]));
    tern_popn(vm, 1);
    return TERN_SMALL((TERN_SMALL_VALUE(h1) ^ TERN_SMALL_VALUE(h2)) & 0x3FFFFFFF);
}

static tern_val hint_or(tern_vm *vm, int op, tern_val a, tern_val b) {
    if ((op & 15) != TERN_OP_OR || !tern_union_operand(a) || !tern_union_operand(b))
        return TERN_NOTIMPLEMENTED;
    return tern_union_new(vm, a, b);
}

const tern_type tern_type_GenericAlias = {
    TERN_TYPE_HEAD(GenericAlias, &tern_type_object, NULL, 0, TERN_K_INSTANCE, 0),
    NULL, alias_repr, NULL, alias_hash, alias_compare, hint_or, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, alias_call, alias_getattr, NULL
};

/* ===================================================================
 * UnionType
 * =================================================================== */

int tern_union_operand(tern_val v) {
    return v == TERN_NONE || TERN_IS_TYPE(v) || tern_is_alias(v) || tern_is_union(v);
}

/* Add v (None standing for NoneType; a union adds its members) to the
 * list at *l unless already there. */
static void union_add(tern_vm *vm, tern_val *l, tern_val v) {
    size_t i, n;
    tern_val *s;
    if (tern_is_union(v)) {
        s = tern_push(vm, v);
        n = TERN_TUPLE_LEN(UNION_ARGS(v));
        for (i = 0; i < n; i++)
            union_add(vm, l, TERN_TUPLE_ITEMS(UNION_ARGS(s[0]))[i]);
        tern_popn(vm, 1);
        return;
    }
    if (v == TERN_NONE)
        v = TERN_VAL(&tern_type_NoneType);
    s = tern_push(vm, v);
    n = TERN_LIST_LEN(*l);
    for (i = 0; i < n; i++) {
        tern_val w = TERN_LIST_ITEMS(*l)[i];
        if (w == s[0] || (tern_is_alias(s[0]) && tern_is_alias(w) && tern_equal(vm, s[0], w))) {
            tern_popn(vm, 1);
            return;
        }
    }
    tern_list_append(vm, *l, s[0]);
    tern_popn(vm, 1);
}

tern_val tern_union_new(tern_vm *vm, tern_val a, tern_val b) {
    tern_val *s = tern_push(vm, a), r;
    tern_push(vm, b);
    tern_push(vm, tern_list_new(vm, 4));
    union_add(vm, &s[2], s[0]);
    union_add(vm, &s[2], s[1]);
    if (TERN_LIST_LEN(s[2]) == 1) {
        r = TERN_LIST_ITEMS(s[2])[0];
    } else {
        r = tern_tuple_of(vm, s[2]);
        r = wrap(vm, &tern_type_UnionType, r);
    }
    tern_popn(vm, 3);
    return r;
}

/* The member types of a union (a tuple). no alloc. */
tern_val tern_union_args(tern_val u) { return UNION_ARGS(u); }

static tern_val union_repr(tern_vm *vm, tern_val self) {
    tern_strbuf b;
    tern_val r;
    size_t i, n;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    tern_enter_c(vm);
    tern_strbuf_init(vm, &b, 32);
    n = TERN_TUPLE_LEN(UNION_ARGS(self));
    for (i = 0; i < n; i++) {
        if (i)
            tern_strbuf_add(vm, &b, " | ", 3);
        add_hint(vm, &b, TERN_TUPLE_ITEMS(UNION_ARGS(self))[i]);
    }
    r = tern_strbuf_finish(vm, &b);
    vm->c_depth--;
    TERN_UNROOT(vm);
    return r;
}

static tern_val union_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(__args__))
        return UNION_ARGS(self);
    if (name == TERN_N(__parameters__))
        return tern_tuple_new(vm, 0);
    return TERN_NULL;
}

/* Unions are equal when they have the same members in any order. */
static tern_val union_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    size_t i, j, n, m;
    int eq = 1;
    if ((op != TERN_CMP_EQ && op != TERN_CMP_NE) || !tern_is_union(a) || !tern_is_union(b))
        return TERN_NOTIMPLEMENTED;
    n = TERN_TUPLE_LEN(UNION_ARGS(a));
    m = TERN_TUPLE_LEN(UNION_ARGS(b));
    for (i = 0; i < n && eq; i++) {
        int found = 0;
        for (j = 0; j < m && !found; j++)
            found = TERN_TUPLE_ITEMS(UNION_ARGS(a))[i] == TERN_TUPLE_ITEMS(UNION_ARGS(b))[j];
        eq = found;
    }
    for (j = 0; j < m && eq; j++) {
        int found = 0;
        for (i = 0; i < n && !found; i++)
            found = TERN_TUPLE_ITEMS(UNION_ARGS(a))[i] == TERN_TUPLE_ITEMS(UNION_ARGS(b))[j];
        eq = found;
    }
    (void)vm;
    return TERN_BOOL(op == TERN_CMP_EQ ? eq : !eq);
}

static tern_val union_hash(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), h;
    size_t i;
    tern_int x = 0x1234;
    for (i = 0; i < TERN_TUPLE_LEN(UNION_ARGS(s[0])); i++) {
        h = tern_hash(vm, TERN_TUPLE_ITEMS(UNION_ARGS(s[0]))[i]);
        x ^= TERN_SMALL_VALUE(h);
    }
    tern_popn(vm, 1);
    return TERN_SMALL(x & 0x3FFFFFFF);
}

const tern_type tern_type_UnionType = {
    TERN_TYPE_HEAD(UnionType, &tern_type_object, NULL, 0, TERN_K_INSTANCE, 0),
    NULL, union_repr, NULL, union_hash, union_compare, hint_or, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, union_getattr, NULL
};
