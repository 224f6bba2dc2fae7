/* SPDX-License-Identifier: MIT */
/*
 * obj_object.c — the generic protocol (what the VM's opcodes call: repr,
 * hash, operators, comparison, attributes, items, iteration), the types
 * `object`, `type`, NoneType, ellipsis and NotImplementedType.
 *
 * Built-in types implement the protocol with C slots. Python classes have
 * slots too (obj_class.c), but operators and comparisons on instances of
 * Python classes are dispatched here directly to their dunder methods,
 * because the reflected-operand rules need to know which side is which.
 */
#include <stdio.h>
#include "runtime.h"
#include "obj_bytes.h"
#include "obj_class.h"
#include "containers.h"

#define IS_HEAP_TYPE(t) (((t)->flags & TERN_TF_HEAP) != 0)


/* ===================================================================
 * Types of values
 * =================================================================== */

static const tern_type *const kind_types[TERN_K__COUNT] = {
    &tern_type_type,            /* TYPE (not used: metatype) */
    &tern_type_int,             /* BIGINT */
    &tern_type_float,           /* FLOAT */
    &tern_type_str,             /* STR */
    &tern_type_bytes,           /* BYTES */
    &tern_type_tuple,           /* TUPLE */
    &tern_type_list,            /* LIST */
    &tern_type_dict,            /* DICT */
    &tern_type_set,             /* SET (frozenset by flag) */
    &tern_type_range,           /* RANGE */
    &tern_type_slice,           /* SLICE */
    &tern_type_iterator,        /* ITER */
    &tern_type_function,        /* FUNC */
    &tern_type_builtin_function,/* CFUNC */
    &tern_type_bound_method,    /* BOUND */
    &tern_type_code,            /* CODE */
    &tern_type_cell,            /* CELL */
    &tern_type_module,          /* MODULE */
    &tern_type_property,        /* PROPERTY */
    &tern_type_staticmethod,    /* STATICMETHOD */
    &tern_type_classmethod,     /* CLASSMETHOD */
    &tern_type_super,           /* SUPER */
    &tern_type_generator,       /* GEN */
    &tern_type_object,          /* ARRAY (internal) */
    &tern_type_object,          /* BLOB (internal) */
    &tern_type_traceback,       /* TRACEBACK */
    &tern_type_bytearray,       /* BYTEARRAY */
    &tern_type_object,          /* OBJECT: cls field */
    &tern_type_object,          /* NATIVE: cls field */
    &tern_type_object,          /* INSTANCE: cls field */
    &tern_type_object           /* EXC: cls field */
};

const tern_type *tern_typeof(tern_val v) {
    unsigned k;
    if (TERN_IS_SMALL(v))
        return &tern_type_int;
    if (TERN_IS_IMM(v)) {
        switch (v) {
        case TERN_NONE: return &tern_type_NoneType;
        case TERN_TRUE: case TERN_FALSE: return &tern_type_bool;
        case TERN_ELLIPSIS: return &tern_type_ellipsis;
        default: return &tern_type_NotImplementedType;
        }
    }
    if (v == TERN_NULL)
        return &tern_type_NoneType;
    k = TERN_KIND_OF(v);
    if (k >= TERN_K_OBJECT)
        return (const tern_type *)TERN_PTR(TERN_AS(tern_object, v)->cls);
    if (k == TERN_K_ITER)
        return tern_iter_type(v);
    if (k == TERN_K_SET && (TERN_AS(tern_dict, v)->flags & TERN_SET_FROZEN))
        return &tern_type_frozenset;
    if (k == TERN_K_BOUND && TERN_IS_KIND(TERN_AS(tern_bound, v)->func, TERN_K_CFUNC))
        return &tern_type_builtin_function;
    if (k == TERN_K_GEN && (TERN_AS(tern_code, TERN_AS(tern_gen, v)->code)->flags & TERN_CO_COROUTINE))
        return &tern_type_coroutine;
    if (k == TERN_K_GEN && (TERN_AS(tern_code, TERN_AS(tern_gen, v)->code)->flags & TERN_CO_ASYNCGEN))
        return &tern_type_async_generator;
    if (k == TERN_K_TYPE && (TERN_AS(tern_type, v)->pad_ & TERN_CLS_META) && IS_HEAP_TYPE(TERN_AS(tern_type, v))) {
        tern_val b = TERN_AS(tern_type, v)->bases;
        return TERN_AS(const tern_type, TERN_TUPLE_ITEMS(b)[TERN_TUPLE_LEN(b) - 1]);
    }
    return kind_types[k];
}

size_t tern_mro_len(const tern_type *t) {
    size_t n = 0;
    if (IS_HEAP_TYPE(t))
        return TERN_TUPLE_LEN(t->mro);
    for (; t; t = t->base)
        n++;
    return n;
}

const tern_type *tern_mro_item(const tern_type *t, size_t i) {
    if (IS_HEAP_TYPE(t))
        return (const tern_type *)TERN_PTR(TERN_TUPLE_ITEMS(t->mro)[i]);
    while (i-- > 0)
        t = t->base;
    return t;
}

int tern_issubclass(const tern_type *a, const tern_type *b) {
    size_t i, n;
    if (a == b || b == &tern_type_object)
        return 1;
    if (IS_HEAP_TYPE(a)) {
        n = TERN_TUPLE_LEN(a->mro);
        for (i = 0; i < n; i++)
            if (TERN_PTR(TERN_TUPLE_ITEMS(a->mro)[i]) == (const void *)b)
                return 1;
        return 0;
    }
    for (a = a->base; a; a = a->base)
        if (a == b)
            return 1;
    return 0;
}

int tern_isinstance(tern_val v, const tern_type *t) {
    return tern_issubclass(tern_typeof(v), t);
}

const char *tern_type_name(tern_val v) {
    return TERN_STR_CHARS(TERN_VAL(tern_typeof(v)->name));
}

tern_val tern_name_interned(tern_vm *vm, tern_val name) {
    if (TERN_IS_STR(name) && !(*(const tern_hdr *)TERN_PTR(name) & TERN_HF_INTERNED))
        name = tern_intern_val(vm, name);
    return name;
}

/* Identity hash. Objects move, so the address at the first hash is saved
 * in the object (a trailing raw word allocated by this file's family of
 * constructors, or an unused field of a heap class). Two live objects may
 * share a hash value; that is only a collision. */
tern_val tern_id_hash(tern_vm *vm, tern_val v) {
    void *p;
    uintptr_t a;
    size_t base = 0, bytes;
    if (!TERN_IS_OBJ(v))
        return TERN_SMALL((tern_int)(v >> 1));
    p = TERN_PTR(v);
    a = ((uintptr_t)p >> 3) & (uintptr_t)TERN_SMALL_MAX;
    if (!TERN_IN_HEAP(vm, p))
        return TERN_SMALL((tern_int)a);
    switch (TERN_KIND(p)) {
    case TERN_K_TYPE: {
        tern_type *t = (tern_type *)p;
        if (t->nattrs == 0)
            t->nattrs = (uint32_t)(a & 0x3FFFFFFF) | 1u;
        return TERN_SMALL((tern_int)t->nattrs);
    }
    case TERN_K_INSTANCE: base = sizeof(tern_instance); break;
    case TERN_K_EXC: base = sizeof(tern_exc); break;
    case TERN_K_FUNC: base = sizeof(tern_func); break;
    case TERN_K_MODULE: base = sizeof(tern_module); break;
    case TERN_K_OBJECT:
        if (TERN_AS(tern_object, v)->cls == TERN_VAL(&tern_type_object))
            base = sizeof(tern_object);
        break;
    default: break;
    }
    bytes = TERN_OBJ_BYTES(p);
    if (base && bytes >= base + sizeof(tern_val)) {
        tern_val *w = (tern_val *)((uint8_t *)p + base);
        if (*w == 0)
            *w = a | 1u;
        return TERN_SMALL((tern_int)(*w & (uintptr_t)TERN_SMALL_MAX));
    }
    return TERN_SMALL((tern_int)a);
}

/* ===================================================================
 * Attribute dicts and default repr
 * =================================================================== */

tern_val tern_obj_dict(tern_vm *vm, tern_val obj, int create) {
    tern_val *slot;
    tern_val d;
    if (!TERN_IS_OBJ(obj))
        return TERN_NULL;
    switch (TERN_KIND_OF(obj)) {
    case TERN_K_INSTANCE:
        slot = &TERN_AS(tern_instance, obj)->dict;
        if (TERN_IS_SLOTTED(obj))
            return TERN_NULL;
        if (TERN_IS_SPLIT(obj))
            return tern_inst_materialize(vm, obj);   /* a dict from now on */
        if (*slot && TERN_IS_TUPLE(*slot))
            slot = &TERN_TUPLE_ITEMS(*slot)[1];
        break;
    case TERN_K_EXC: slot = &TERN_AS(tern_exc, obj)->dict; break;
    case TERN_K_FUNC: slot = &TERN_AS(tern_func, obj)->dict; break;
    case TERN_K_MODULE: return TERN_AS(tern_module, obj)->dict;
    case TERN_K_TYPE: return TERN_AS(tern_type, obj)->dict;
    default: return TERN_NULL;
    }
    if (*slot || !create)
        return *slot;
    {
        tern_val *s = tern_push(vm, obj);
        d = tern_dict_new(vm, 0);
        obj = *s;
        tern_popn(vm, 1);
    }
    switch (TERN_KIND_OF(obj)) {
    case TERN_K_INSTANCE:
        if (TERN_AS(tern_instance, obj)->dict && TERN_IS_TUPLE(TERN_AS(tern_instance, obj)->dict))
            TERN_TUPLE_ITEMS(TERN_AS(tern_instance, obj)->dict)[1] = d;
        else
            TERN_AS(tern_instance, obj)->dict = d;
        break;
    case TERN_K_EXC: TERN_AS(tern_exc, obj)->dict = d; break;
    default: TERN_AS(tern_func, obj)->dict = d; break;
    }
    return d;
}

tern_val tern_default_repr(tern_vm *vm, tern_val v) {
    const tern_type *t = tern_typeof(v);
    tern_val qn, mod;
    char addr[40];
    snprintf(addr, sizeof addr, "0x%llx", (unsigned long long)(uintptr_t)TERN_PTR(v));
    mod = tern_type_modname(t);
    if (mod && TERN_IS_STR(mod) && strcmp(TERN_STR_CHARS(mod), "builtins") != 0) {
        tern_val r;
        tern_val *s = tern_push(vm, mod);
        qn = tern_type_qualname(vm, t);
        r = tern_str_fmt(vm, "<%V.%V object at %s>", *s, qn, addr);
        tern_popn(vm, 1);
        return r;
    }
    qn = tern_type_qualname(vm, t);
    return tern_str_fmt(vm, "<%V object at %s>", qn, addr);
}

/* ===================================================================
 * repr, str, hash, truth
 * =================================================================== */

static void enter_c(tern_vm *vm) {
    tern_enter_c(vm);
}

tern_val tern_repr(tern_vm *vm, tern_val v) {
    const tern_type *t = tern_typeof(v);
    tern_val r;
    if (!t->repr)
        return tern_default_repr(vm, v);
    enter_c(vm);
    r = t->repr(vm, v);
    vm->c_depth--;
    return r;
}

tern_val tern_to_str(tern_vm *vm, tern_val v) {
    const tern_type *t;
    tern_val r;
    if (TERN_IS_STR(v))
        return v;
    t = tern_typeof(v);
    if (!t->str)
        return tern_repr(vm, v);
    enter_c(vm);
    r = t->str(vm, v);
    vm->c_depth--;
    return r;
}

tern_val tern_hash(tern_vm *vm, tern_val v) {
    const tern_type *t;
    if (TERN_IS_SMALL(v)) {
        tern_int i = TERN_SMALL_VALUE(v);
        if (i >= 0 && i < ((tern_int)1 << 29))
            return v;
    }
    t = tern_typeof(v);
    if (!t->hash)
        tern_raise_type_error(vm, "unhashable type: '%T'", v);
    return t->hash(vm, v);
}

int tern_truthy(tern_vm *vm, tern_val v) {
    const tern_type *t;
    if (v == TERN_TRUE) return 1;
    if (v == TERN_FALSE || v == TERN_NONE || v == TERN_NULL) return 0;
    if (TERN_IS_SMALL(v)) return v != TERN_SMALL(0);
    t = tern_typeof(v);
    if (t->truth)
        return t->truth(vm, v);
    if (t->len)
        return t->len(vm, v) != 0;
    return 1;
}

/* ===================================================================
 * Operators
 * =================================================================== */

static const tern_str *const binop_names[TERN_OP__COUNT] = {
    TERN_NSTR(__add__), TERN_NSTR(__sub__), TERN_NSTR(__mul__), TERN_NSTR(__matmul__),
    TERN_NSTR(__truediv__), TERN_NSTR(__floordiv__), TERN_NSTR(__mod__), TERN_NSTR(__pow__),
    TERN_NSTR(__lshift__), TERN_NSTR(__rshift__), TERN_NSTR(__and__), TERN_NSTR(__or__),
    TERN_NSTR(__xor__)
};
static const tern_str *const rbinop_names[TERN_OP__COUNT] = {
    TERN_NSTR(__radd__), TERN_NSTR(__rsub__), TERN_NSTR(__rmul__), TERN_NSTR(__rmatmul__),
    TERN_NSTR(__rtruediv__), TERN_NSTR(__rfloordiv__), TERN_NSTR(__rmod__), TERN_NSTR(__rpow__),
    TERN_NSTR(__rlshift__), TERN_NSTR(__rrshift__), TERN_NSTR(__rand__), TERN_NSTR(__ror__),
    TERN_NSTR(__rxor__)
};
static const tern_str *const ibinop_names[TERN_OP__COUNT] = {
    TERN_NSTR(__iadd__), TERN_NSTR(__isub__), TERN_NSTR(__imul__), TERN_NSTR(__imatmul__),
    TERN_NSTR(__itruediv__), TERN_NSTR(__ifloordiv__), TERN_NSTR(__imod__), TERN_NSTR(__ipow__),
    TERN_NSTR(__ilshift__), TERN_NSTR(__irshift__), TERN_NSTR(__iand__), TERN_NSTR(__ior__),
    TERN_NSTR(__ixor__)
};
static const char *const binop_syms[TERN_OP__COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"
};

/* One side of a binary operation: a Python class looks up its dunder
 * (self is `self`, the other operand `other`); a built-in type uses its
 * slot with the operands in their original order (a, b). */
static tern_val binop_side(tern_vm *vm, const tern_type *t, int op, int reflected,
                           tern_val a, tern_val b) {
    if (IS_HEAP_TYPE(t)) {
        const tern_str *nm = reflected ? rbinop_names[op & 15] : binop_names[op & 15];
        tern_val self = reflected ? b : a, other = reflected ? a : b, r;
        if (TERN_IS_PROXY_TYPE(t) && !tern_class_user_lookup(t, TERN_VAL(nm))) {
            if (!t->base->binop)
                return TERN_NOTIMPLEMENTED;
            return t->base->binop(vm, op & 15, TERN_PROXY_VALUE(a), TERN_PROXY_VALUE(b));
        }
        r = tern_call_special(vm, self, TERN_VAL(nm), 1, other, TERN_NULL);
        return r ? r : TERN_NOTIMPLEMENTED;
    }
    if (!t->binop)
        return TERN_NOTIMPLEMENTED;
    return t->binop(vm, op, a, b);
}

#define IS_SEQ(v) (TERN_IS_STR(v) || TERN_IS_LIST(v) || TERN_IS_TUPLE(v) || TERN_IS_KIND(v, TERN_K_BYTES) \
                   || TERN_IS_KIND(v, TERN_K_BYTEARRAY))

tern_val tern_binary_op(tern_vm *vm, int op, tern_val a, tern_val b) {
    int base = op & 15;
    const tern_type *ta, *tb;
    tern_val r = TERN_NOTIMPLEMENTED, *s;
    int b_first = 0;
    if (base >= TERN_OP__COUNT)
        tern_raise_fmt(vm, &tern_type_SystemError, "bad binary operator %d", op);
    s = tern_push(vm, a);
    tern_push(vm, b);
    ta = tern_typeof(a);
    tb = tern_typeof(b);
    if ((op & TERN_OP_INPLACE) && IS_HEAP_TYPE(ta)) {
        r = tern_call_special(vm, s[0], TERN_VAL(ibinop_names[base]), 1, s[1], TERN_NULL);
        if (!r)
            r = TERN_NOTIMPLEMENTED;
        else if (TERN_IS_PROXY(s[0]) && r == TERN_PROXY_VALUE(s[0]))
            r = s[0];   /* a built-in __iadd__ returned the value inside self: self */
        ta = tern_typeof(s[0]);
        tb = tern_typeof(s[1]);
    }
    if (r == TERN_NOTIMPLEMENTED && tb != ta && IS_HEAP_TYPE(tb) && tern_issubclass(tb, ta)
        && tern_class_user_lookup(tb, TERN_VAL(rbinop_names[base]))) {
        b_first = 1;
        r = binop_side(vm, tb, base, 1, s[0], s[1]);
        ta = tern_typeof(s[0]);
        tb = tern_typeof(s[1]);
    }
    if (r == TERN_NOTIMPLEMENTED) {
        r = binop_side(vm, ta, IS_HEAP_TYPE(ta) ? base : op, 0, s[0], s[1]);
        ta = tern_typeof(s[0]);
        tb = tern_typeof(s[1]);
    }
    if (r == TERN_NOTIMPLEMENTED && !b_first && (tb != ta || IS_HEAP_TYPE(tb)))
        r = binop_side(vm, tb, base, 1, s[0], s[1]);
    if (r == TERN_NOTIMPLEMENTED && base == TERN_OP_MUL && (IS_HEAP_TYPE(ta) || IS_HEAP_TYPE(tb))) {
        /* a sequence times an object with __index__ repeats the sequence */
        int seq_a = IS_SEQ(s[0]) && IS_HEAP_TYPE(tb) && tern_class_user_lookup(tb, TERN_N(__index__)) != TERN_NULL;
        int seq_b = !seq_a && IS_SEQ(s[1]) && IS_HEAP_TYPE(ta)
                    && tern_class_user_lookup(ta, TERN_N(__index__)) != TERN_NULL;
        if (seq_a || seq_b) {
            tern_val n = tern_int_from(vm, tern_index_value(vm, s[seq_a ? 1 : 0]));
            s[seq_a ? 1 : 0] = n;
            r = tern_binary_op(vm, op, s[0], s[1]);
        }
    }
    if (r == TERN_NOTIMPLEMENTED) {
        if (base == TERN_OP_ADD && (TERN_IS_STR(s[0]) || TERN_IS_LIST(s[0]) || TERN_IS_TUPLE(s[0]))) {
            const char *tn = TERN_IS_STR(s[0]) ? "str" : TERN_IS_LIST(s[0]) ? "list" : "tuple";
            tern_raise_type_error(vm, "can only concatenate %s (not \"%T\") to %s", tn, s[1], tn);
        }
        if (base == TERN_OP_MUL && (TERN_IS_STR(s[0]) || TERN_IS_LIST(s[0]) || TERN_IS_TUPLE(s[0])))
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", s[1]);
        if (base == TERN_OP_MUL && (TERN_IS_STR(s[1]) || TERN_IS_LIST(s[1]) || TERN_IS_TUPLE(s[1])))
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%T'", s[0]);
        if (base == TERN_OP_POW && !(op & TERN_OP_INPLACE))
            tern_raise_type_error(vm, "unsupported operand type(s) for ** or pow(): '%T' and '%T'",
                                  s[0], s[1]);
        tern_raise_type_error(vm, "unsupported operand type(s) for %s%s: '%T' and '%T'",
                              binop_syms[base], (op & TERN_OP_INPLACE) ? "=" : "", s[0], s[1]);
    }
    tern_popn(vm, 2);
    return r;
}

tern_val tern_unary_op(tern_vm *vm, int op, tern_val a) {
    const tern_type *t;
    tern_val r = TERN_NOTIMPLEMENTED;
    static const char *const syms[3] = { "-", "+", "~" };
    if (op == TERN_UOP_NOT)
        return TERN_BOOL(!tern_truthy(vm, a));
    if (op < 0 || op > TERN_UOP_INVERT)
        tern_raise_fmt(vm, &tern_type_SystemError, "bad unary operator %d", op);
    t = tern_typeof(a);
    if (TERN_IS_PROXY_TYPE(t)
        && !tern_class_user_lookup(t, op == TERN_UOP_NEG ? TERN_N(__neg__) : op == TERN_UOP_POS
                                   ? TERN_N(__pos__) : TERN_N(__invert__))) {
        tern_val *s = tern_push(vm, a);
        r = t->base->unop ? t->base->unop(vm, op, TERN_PROXY_VALUE(a)) : TERN_NOTIMPLEMENTED;
        a = *s;
        tern_popn(vm, 1);
    } else if (IS_HEAP_TYPE(t)) {
        tern_val nm = op == TERN_UOP_NEG ? TERN_N(__neg__) : op == TERN_UOP_POS ? TERN_N(__pos__)
                                                                                : TERN_N(__invert__);
        tern_val *s = tern_push(vm, a);
        r = tern_call_special(vm, a, nm, 0, TERN_NULL, TERN_NULL);
        a = *s;
        tern_popn(vm, 1);
        /* a Python __neg__ that returns NotImplemented gives NotImplemented,
         * as in CPython: unary operators have no reflected fallback */
        if (r)
            return r;
        r = TERN_NOTIMPLEMENTED;
    } else if (t->unop) {
        tern_val *s = tern_push(vm, a);
        r = t->unop(vm, op, a);
        a = *s;
        tern_popn(vm, 1);
    }
    if (r == TERN_NOTIMPLEMENTED)
        tern_raise_type_error(vm, "bad operand type for unary %s: '%T'", syms[op], a);
    return r;
}

/* ===================================================================
 * Comparison
 * =================================================================== */

static const tern_str *const cmp_names[6] = {
    TERN_NSTR(__lt__), TERN_NSTR(__le__), TERN_NSTR(__eq__), TERN_NSTR(__ne__),
    TERN_NSTR(__gt__), TERN_NSTR(__ge__)
};
static const unsigned char cmp_reflect[6] = {
    TERN_CMP_GT, TERN_CMP_GE, TERN_CMP_EQ, TERN_CMP_NE, TERN_CMP_LT, TERN_CMP_LE
};
static const char *const cmp_syms[6] = { "<", "<=", "==", "!=", ">", ">=" };

static tern_val cmp_side(tern_vm *vm, const tern_type *t, int op, int reflected, tern_val a, tern_val b) {
    if (IS_HEAP_TYPE(t)) {
        tern_val r;
        if (TERN_IS_PROXY_TYPE(t) && t->base != &tern_type_hostobject
            && !tern_class_user_lookup(t, TERN_VAL(cmp_names[reflected ? cmp_reflect[op] : op]))) {
            if (!t->base->compare)
                return TERN_NOTIMPLEMENTED;
            return t->base->compare(vm, op, TERN_PROXY_VALUE(a), TERN_PROXY_VALUE(b));
        }
        if (reflected)
            r = tern_call_special(vm, b, TERN_VAL(cmp_names[cmp_reflect[op]]), 1, a, TERN_NULL);
        else
            r = tern_call_special(vm, a, TERN_VAL(cmp_names[op]), 1, b, TERN_NULL);
        return r ? r : TERN_NOTIMPLEMENTED;
    }
    if (!t->compare)
        return TERN_NOTIMPLEMENTED;
    return t->compare(vm, op, a, b);
}

tern_val tern_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    const tern_type *ta, *tb;
    tern_val r = TERN_NOTIMPLEMENTED, *s;
    int b_first = 0;
    switch (op) {
    case TERN_CMP_IS: return TERN_BOOL(a == b);
    case TERN_CMP_IS_NOT: return TERN_BOOL(a != b);
    case TERN_CMP_IN: return TERN_BOOL(tern_contains(vm, b, a));
    case TERN_CMP_NOT_IN: return TERN_BOOL(!tern_contains(vm, b, a));
    default: break;
    }
    if (op < 0 || op > TERN_CMP_GE)
        tern_raise_fmt(vm, &tern_type_SystemError, "bad comparison %d", op);
    if (TERN_IS_SMALL(a) && TERN_IS_SMALL(b)) {
        tern_int x = TERN_SMALL_VALUE(a), y = TERN_SMALL_VALUE(b);
        switch (op) {
        case TERN_CMP_LT: return TERN_BOOL(x < y);
        case TERN_CMP_LE: return TERN_BOOL(x <= y);
        case TERN_CMP_EQ: return TERN_BOOL(x == y);
        case TERN_CMP_NE: return TERN_BOOL(x != y);
        case TERN_CMP_GT: return TERN_BOOL(x > y);
        default: return TERN_BOOL(x >= y);
        }
    }
    enter_c(vm);
    s = tern_push(vm, a);
    tern_push(vm, b);
    ta = tern_typeof(a);
    tb = tern_typeof(b);
    if (tb != ta && IS_HEAP_TYPE(tb) && tern_issubclass(tb, ta)
        && tern_class_user_lookup(tb, TERN_VAL(cmp_names[cmp_reflect[op]]))) {
        b_first = 1;
        r = cmp_side(vm, tb, op, 1, s[0], s[1]);
    }
    if (r == TERN_NOTIMPLEMENTED)
        r = cmp_side(vm, tern_typeof(s[0]), op, 0, s[0], s[1]);
    if (r == TERN_NOTIMPLEMENTED && !b_first) {
        ta = tern_typeof(s[0]);
        tb = tern_typeof(s[1]);
        if (tb != ta || IS_HEAP_TYPE(tb))
            r = cmp_side(vm, tb, op, 1, s[0], s[1]);
    }
    if (r == TERN_NOTIMPLEMENTED) {
        if (op == TERN_CMP_EQ)
            r = TERN_BOOL(s[0] == s[1]);
        else if (op == TERN_CMP_NE)
            r = TERN_BOOL(s[0] != s[1]);
        else
            tern_raise_type_error(vm, "'%s' not supported between instances of '%T' and '%T'",
                                  cmp_syms[op], s[0], s[1]);
    }
    tern_popn(vm, 2);
    vm->c_depth--;
    return r;
}

int tern_equal(tern_vm *vm, tern_val a, tern_val b) {
    if (a == b)
        return 1;
    if (TERN_IS_SMALL(a) && TERN_IS_SMALL(b))
        return 0;
    if (TERN_IS_STR(a) && TERN_IS_STR(b))
        return tern_str_eq(a, b);
    return tern_truthy(vm, tern_compare(vm, TERN_CMP_EQ, a, b));
}

static int is_iterable_type(const tern_type *t) {
    return t->iter || (IS_HEAP_TYPE(t) && t->getitem);
}

int tern_contains(tern_vm *vm, tern_val container, tern_val v) {
    const tern_type *t = tern_typeof(container);
    tern_val *s, it, x;
    int found = 0;
    if (TERN_IS_PROXY_TYPE(t) && t->base->contains && !tern_class_user_lookup(t, TERN_N(__contains__))) {
        return t->base->contains(vm, TERN_PROXY_VALUE(container), v);
    } else if (IS_HEAP_TYPE(t)) {
        tern_val m = tern_type_lookup(vm, t, TERN_N(__contains__));
        if (m) {
            tern_val r = tern_call_found(vm, m, container, 1, v, TERN_NULL);
            return tern_truthy(vm, r);
        }
    } else if (t->contains) {
        return t->contains(vm, container, v);
    }
    if (!is_iterable_type(t))
        tern_raise_type_error(vm, "argument of type '%T' is not iterable", container);
    s = tern_push(vm, v);
    it = tern_iter(vm, container);
    tern_push(vm, it);
    for (;;) {
        x = tern_next(vm, s[1]);
        if (!x)
            break;
        if (tern_equal(vm, x, s[0])) {
            found = 1;
            break;
        }
    }
    tern_popn(vm, 2);
    return found;
}

/* ===================================================================
 * len, items, iteration
 * =================================================================== */

tern_int tern_len(tern_vm *vm, tern_val v) {
    const tern_type *t = tern_typeof(v);
    if (!t->len)
        tern_raise_type_error(vm, "object of type '%T' has no len()", v);
    return t->len(vm, v);
}

tern_val tern_getitem(tern_vm *vm, tern_val obj, tern_val key) {
    const tern_type *t = tern_typeof(obj);
    if (t->getitem)
        return t->getitem(vm, obj, key);
    if (TERN_IS_TYPE(obj)) {
        const tern_type *c = TERN_AS(const tern_type, obj);
        tern_val m;
        if (tern_type_is_generic(c))
            return tern_alias_new(vm, obj, key);    /* list[int] and friends */
        m = tern_type_lookup(vm, c, TERN_N(__class_getitem__));
        if (m) {
            tern_val *s = tern_push(vm, obj);
            tern_push(vm, key);
            m = tern_class_bind(vm, m, TERN_NULL, s[0]);
            m = tern_call1(vm, m, s[1]);
            tern_popn(vm, 2);
            return m;
        }
        tern_raise_type_error(vm, "type '%V' is not subscriptable", TERN_VAL(c->name));
    }
    tern_raise_type_error(vm, "'%T' object is not subscriptable", obj);
}

typedef struct getitem_call {
    tern_val *s;    /* [mapping, key] on the value stack */
    tern_val result;
} getitem_call;

static void getitem_call_fn(tern_vm *vm, void *ud) {
    getitem_call *g = (getitem_call *)ud;
    g->result = tern_getitem(vm, g->s[0], g->s[1]);
}

tern_val tern_mapping_get_opt(tern_vm *vm, tern_val mapping, tern_val key) {
    getitem_call g;
    if (TERN_IS_DICT(mapping))
        return tern_dict_get(vm, mapping, key);
    g.s = tern_push(vm, mapping);
    tern_push(vm, key);
    g.result = TERN_NULL;
    if (tern_pcall(vm, getitem_call_fn, &g)) {
        if (!tern_isinstance(vm->exc, &tern_type_KeyError))
            tern_nlr_throw(vm);
        vm->exc = TERN_NULL;
    }
    tern_popn(vm, 2);
    return g.result;
}

void tern_setitem(tern_vm *vm, tern_val obj, tern_val key, tern_val value) {
    const tern_type *t = tern_typeof(obj);
    if (t->setitem) {
        t->setitem(vm, obj, key, value);
        return;
    }
    if (value)
        tern_raise_type_error(vm, "'%T' object does not support item assignment", obj);
    if (t->getitem)
        tern_raise_type_error(vm, "'%T' object doesn't support item deletion", obj);
    tern_raise_type_error(vm, "'%T' object does not support item deletion", obj);
}

int tern_iterable_(tern_val v) {
    const tern_type *t = tern_typeof(v);
    return t->iter || (IS_HEAP_TYPE(t) && t->getitem);
}

tern_val tern_iter(tern_vm *vm, tern_val v) {
    const tern_type *t = tern_typeof(v);
    if (!t->iter) {
        if (IS_HEAP_TYPE(t) && t->getitem)     /* the __getitem__ protocol */
            return tern_seqiter_new(vm, v, TERN_ITK_GETITEM);
        tern_raise_type_error(vm, "'%T' object is not iterable", v);
    }
    return t->iter(vm, v);
}

tern_val tern_next(tern_vm *vm, tern_val it) {
    const tern_type *t = tern_typeof(it);
    if (!t->next)
        tern_raise_type_error(vm, "'%T' object is not an iterator", it);
    return t->next(vm, it);
}

/* ===================================================================
 * Attributes
 * =================================================================== */

static tern_val type_lookup_uncached(const tern_type *t, tern_val name);

/* Every lookup of an attribute on a type goes through here: method calls,
 * instance attribute reads (data descriptors come first), dunder dispatch.
 * A direct-mapped cache keyed by (type, name) answers repeated lookups
 * without walking the MRO. */
tern_val tern_type_lookup(tern_vm *vm, const tern_type *t, tern_val name) {
#if TERN_ATTR_CACHE_SIZE
    size_t h = (size_t)(((uintptr_t)t >> 3) ^ ((uintptr_t)name >> 3) * 7u) & vm->attr_cache_mask;
    tern_val v;
    if (vm->attr_cache[h].type == TERN_VAL(t) && vm->attr_cache[h].name == name)
        return vm->attr_cache[h].value;
    v = type_lookup_uncached(t, name);
    /* a hard callback reads the cache but never fills it; the main
     * program fills it with interrupts deferred, so a callback never sees
     * an entry half written (docs/interrupts.md) */
    if (!vm->irq_level) {
        TERN_IRQ_DEFER(vm);
        vm->attr_cache[h].type = TERN_VAL(t);
        vm->attr_cache[h].name = name;
        vm->attr_cache[h].value = v;
        TERN_IRQ_UNDEFER(vm);
    }
    return v;
#else
    (void)vm;
    return type_lookup_uncached(t, name);
#endif
}

/* A class namespace changed at `name`: only lookups of that name (on any
 * type, since subclasses and metaclass lookups see it too) may now be
 * wrong. Forgetting just those keeps the cache warm for code that updates
 * a class attribute in a loop (a counter on the class). */
#if TERN_ATTR_CACHE_SIZE
static inline void forget_in(tern_attr_cache_entry *e, size_t n, tern_val name) {
    size_t i;
    for (i = 0; i < n; i++)
        if (e[i].name == name)
            e[i].type = TERN_NULL;
}
#endif

static void attr_cache_forget(tern_vm *vm, tern_val name) {
#if TERN_ATTR_CACHE_SIZE
    /* the full-size cache (all but tiny heaps) gets a loop of constant
     * length, which the compiler vectorises */
    if (vm->attr_cache_mask == TERN_ATTR_CACHE_SIZE - 1)
        forget_in(vm->attr_cache, TERN_ATTR_CACHE_SIZE, name);
    else
        forget_in(vm->attr_cache, vm->attr_cache_mask + 1, name);
#else
    (void)vm;
    (void)name;
#endif
}

void tern_attr_cache_clear(tern_vm *vm) {
    TERN_IRQ_DEFER(vm);     /* (a callback must not read it half cleared) */
    vm->attr_epoch++;
#if TERN_ATTR_CACHE_SIZE
    memset(vm->attr_cache, 0, (vm->attr_cache_mask + 1) * sizeof *vm->attr_cache);
#endif
    TERN_IRQ_UNDEFER(vm);
}

static tern_val type_lookup_uncached(const tern_type *t, tern_val name) {
    if (IS_HEAP_TYPE(t)) {
        size_t i, n = TERN_TUPLE_LEN(t->mro);
        const tern_val *items = TERN_TUPLE_ITEMS(t->mro);
        int px = TERN_IS_PROXY_TYPE(t);
        for (i = 0; i < n; i++) {
            const tern_type *e = (const tern_type *)TERN_PTR(items[i]);
            tern_val v = IS_HEAP_TYPE(e) ? tern_dict_get_name(e->dict, name) : tern_rom_attr(e, name, px);
            if (v)
                return v;
        }
        return TERN_NULL;
    }
    {
        const tern_type *p;
        for (p = t; p; p = p->base) {
            tern_val v;
            if (p == &tern_type_object && t != p) {
                v = tern_slot_wrapper_of(t, name);
                if (v)
                    return v;
            }
            v = tern_rom_attr(p, name, 0);
            if (v)
                return v;
        }
    }
    return TERN_NULL;
}

tern_val tern_class_user_lookup(const tern_type *t, tern_val name) {
    size_t i, n;
    const tern_val *items;
    if (!IS_HEAP_TYPE(t))
        return TERN_NULL;
    n = TERN_TUPLE_LEN(t->mro);
    items = TERN_TUPLE_ITEMS(t->mro);
    for (i = 0; i < n; i++) {
        const tern_type *e = (const tern_type *)TERN_PTR(items[i]);
        if (IS_HEAP_TYPE(e)) {
            tern_val v = tern_dict_get_name(e->dict, name);
            if (v)
                return v;
        } else if (tern_rom_attr(e, name, TERN_IS_PROXY_TYPE(t))) {
            return TERN_NULL;
        }
    }
    return TERN_NULL;
}

tern_val tern_class_user_attr(tern_vm *vm, const tern_type *t, tern_val name) {
    tern_val v;
    if (!IS_HEAP_TYPE(t))
        return TERN_NULL;
    v = tern_type_lookup(vm, t, name);
    return v && TERN_IS_OBJ(v) && TERN_IN_HEAP(vm, TERN_PTR(v)) ? v : TERN_NULL;
}

/* Does value v's type define __get__ (and, for data, __set__/__delete__)?
 * Only Python classes can be user descriptors. */
static int user_descriptor(tern_val v, int data) {
    const tern_type *t;
    if (!TERN_IS_OBJ(v) || TERN_KIND_OF(v) < TERN_K_FIRST_CLASSED)
        return 0;
    t = tern_typeof(v);
    if (!IS_HEAP_TYPE(t) || !tern_class_user_lookup(t, TERN_N(__get__)))
        return 0;
    if (!data)
        return 1;
    return tern_class_user_lookup(t, TERN_N(__set__)) || tern_class_user_lookup(t, TERN_N(__delete__));
}

tern_val tern_class_bind(tern_vm *vm, tern_val attr, tern_val obj, tern_val cls) {
    if (!TERN_IS_OBJ(attr))
        return attr;
    switch (TERN_KIND_OF(attr)) {
    case TERN_K_FUNC:
        return obj ? tern_bound_new(vm, obj, attr) : attr;
    case TERN_K_CFUNC:
        if (TERN_AS(tern_cfunc, attr)->flags & TERN_CF_CLASS)
            return tern_bound_new(vm, cls ? cls : TERN_VAL(tern_typeof(obj)), attr);
        if (obj && (TERN_AS(tern_cfunc, attr)->flags & TERN_CF_METHOD)) {
            if (TERN_IS_PROXY(obj) && !tern_is_object_method(attr))
                obj = TERN_PROXY_VALUE(obj);
            return tern_bound_new(vm, obj, attr);
        }
        return attr;
    case TERN_K_NATIVE:
        return obj && tern_host_is_method(attr) ? tern_bound_new(vm, obj, attr) : attr;
    case TERN_K_STATICMETHOD:
        return TERN_AS(tern_wrapper, attr)->fget;
    case TERN_K_CLASSMETHOD:
        return tern_bound_new(vm, cls, TERN_AS(tern_wrapper, attr)->fget);
    case TERN_K_PROPERTY:
        if (!obj)
            return attr;
        {
            tern_val fget = TERN_AS(tern_wrapper, attr)->fget;
            if (!fget || fget == TERN_NONE) {
                tern_val qn = tern_type_qualname(vm, tern_typeof(obj));
                tern_raise_fmt(vm, &tern_type_AttributeError, "property of '%V' object has no getter", qn);
            }
            return tern_call1(vm, fget, obj);
        }
    default:
        if (user_descriptor(attr, 0))
            return tern_call_special(vm, attr, TERN_N(__get__), 2, obj ? obj : TERN_NONE, cls);
        return attr;
    }
}

tern_val tern_call_found(tern_vm *vm, tern_val m, tern_val self, int nargs, tern_val a, tern_val b) {
    tern_val *s = tern_push(vm, m), r;
    tern_push(vm, self);
    if (nargs > 0) tern_push(vm, a);
    if (nargs > 1) tern_push(vm, b);
    switch (TERN_IS_OBJ(m) ? (int)TERN_KIND_OF(m) : -1) {
    case TERN_K_FUNC:
        r = tern_call(vm, s[0], nargs + 1, s + 1, TERN_NULL);
        break;
    case TERN_K_CFUNC:
        if (TERN_IS_PROXY(self) && !tern_is_object_method(m))
            s[1] = TERN_PROXY_VALUE(self);
        if (TERN_AS(tern_cfunc, m)->flags & TERN_CF_CLASS) {
            s[1] = TERN_IS_TYPE(self) ? self : TERN_VAL(tern_typeof(self));
            r = tern_call(vm, s[0], nargs + 1, s + 1, TERN_NULL);
        } else if (TERN_AS(tern_cfunc, m)->flags & TERN_CF_METHOD)
            r = tern_call(vm, s[0], nargs + 1, s + 1, TERN_NULL);
        else
            r = tern_call(vm, s[0], nargs, s + 2, TERN_NULL);
        break;
    case TERN_K_STATICMETHOD:
        s[0] = TERN_AS(tern_wrapper, m)->fget;
        r = tern_call(vm, s[0], nargs, s + 2, TERN_NULL);
        break;
    case TERN_K_CLASSMETHOD:
        s[0] = TERN_AS(tern_wrapper, m)->fget;
        if (!TERN_IS_TYPE(self))
            s[1] = TERN_VAL(tern_typeof(self));
        r = tern_call(vm, s[0], nargs + 1, s + 1, TERN_NULL);
        break;
    case TERN_K_NATIVE:
        if (tern_host_is_method(m)) {
            r = tern_call(vm, s[0], nargs + 1, s + 1, TERN_NULL);
            break;
        }
        /* fall through */
    default:
        s[0] = tern_class_bind(vm, s[0], s[1], TERN_VAL(tern_typeof(s[1])));
        r = tern_call(vm, s[0], nargs, s + 2, TERN_NULL);
        break;
    }
    tern_popn(vm, (size_t)nargs + 2);
    return r;
}

tern_val tern_call_special(tern_vm *vm, tern_val self, tern_val name, int nargs, tern_val a, tern_val b) {
    tern_val m = tern_type_lookup(vm, tern_typeof(self), name);
    if (!m)
        return TERN_NULL;
    return tern_call_found(vm, m, self, nargs, a, b);
}

/* Call user __getattr__ catching AttributeError (getattr_opt returns NULL
 * for a missing attribute). */
typedef struct getattr_call {
    tern_val *s;    /* [m, obj, name] on the value stack */
    int plain;      /* m(name) rather than the method m(obj, name) */
    tern_val result;
} getattr_call;

static void getattr_call_fn(tern_vm *vm, void *ud) {
    getattr_call *g = (getattr_call *)ud;
    if (g->plain)
        g->result = tern_call1(vm, g->s[0], g->s[2]);
    else
        g->result = tern_call_found(vm, g->s[0], g->s[1], 1, g->s[2], TERN_NULL);
}

static tern_val call_user_getattr(tern_vm *vm, tern_val m, tern_val obj, tern_val name, int plain) {
    getattr_call g;
    g.s = tern_push(vm, m);
    tern_push(vm, obj);
    tern_push(vm, name);
    g.plain = plain;
    g.result = TERN_NULL;
    if (tern_pcall(vm, getattr_call_fn, &g)) {
        if (tern_isinstance(vm->exc, &tern_type_AttributeError)) {
            vm->exc = TERN_NULL;
            tern_popn(vm, 3);
            return TERN_NULL;
        }
        tern_nlr_throw(vm);
    }
    tern_popn(vm, 3);
    return g.result;
}

/* Generic attribute lookup without the user __getattr__ fallback
 * (object.__getattribute__). */
static tern_val generic_getattr(tern_vm *vm, tern_val obj, tern_val name) {
    const tern_type *t = tern_typeof(obj);
    tern_val attr, d, v;
    unsigned kind = TERN_IS_OBJ(obj) ? TERN_KIND_OF(obj) : (unsigned)TERN_K__COUNT;
    if (name == TERN_N(__class__))
        return TERN_VAL(t);
    if (kind == TERN_K_SUPER)
        return tern_super_getattr(vm, obj, name);
    attr = tern_type_lookup(vm, t, name);
    if (attr) {
        if (TERN_IS_KIND(attr, TERN_K_PROPERTY)) {
            v = tern_class_slot_get(vm, attr, obj);
            return v ? v : tern_class_bind(vm, attr, obj, TERN_VAL(t));
        }
        if (user_descriptor(attr, 1))
            return tern_call_special(vm, attr, TERN_N(__get__), 2, obj, TERN_VAL(t));
    }
    if (kind == TERN_K_INSTANCE) {
        /* split or dict storage, without making a dict */
        v = tern_inst_lookup(obj, name);
        if (v)
            return v;
        d = TERN_NULL;
    } else {
        d = tern_obj_dict(vm, obj, 0);
    }
    if (d) {
        v = tern_dict_get_name(d, name);
        if (v) {
            if (TERN_UNLIKELY(v == vm->fresh_str))
                vm->fresh_loads++;      /* a module's global, seen from outside */
            return v;
        }
        if (d == vm->builtins && (v = tern_builtin_rom(vm, name)) != TERN_NULL)
            return v;
    }
    switch (kind) {
    case TERN_K_INSTANCE:
        if (name == TERN_N(__dict__) && !TERN_IS_SLOTTED(obj))
            return tern_obj_dict(vm, obj, 1);
        if (name == TERN_N(__weakref__) && !TERN_IS_SLOTTED(obj) && IS_HEAP_TYPE(t))
            return TERN_NONE;   /* no weak references in Tern */
        break;
    case TERN_K_EXC: {
        tern_val *s = tern_push(vm, attr);
        v = tern_exc_getattr(vm, obj, name);
        attr = *s;
        tern_popn(vm, 1);
        if (v)
            return v;
        break;
    }
    case TERN_K_FUNC:
        if (!attr) {
            v = tern_func_getattr(vm, obj, name);
            if (v)
                return v;
        }
        break;
    case TERN_K_MODULE:
        if (name == TERN_N(__dict__)) {
            if (d == vm->builtins) {
                tern_builtins_complete(vm);
                d = vm->builtins;
            }
            vm->fresh_str = TERN_NULL;      /* the namespace is handed out */
            TERN_EXPOSE_DICT(d);
            return d;
        }
        break;
    default:
        break;
    }
    if (attr)
        return tern_class_bind(vm, attr, obj, TERN_VAL(t));
    if (name == TERN_N(__class_getitem__) && tern_type_is_generic(t))
        return tern_type_getattr(vm, TERN_VAL(t), name);
    if (name == TERN_N(__doc__) && !IS_HEAP_TYPE(t)) {
        v = t->getattr ? t->getattr(vm, obj, name) : TERN_NULL;
        return v ? v : TERN_NONE;
    }
    if (t->getattr)
        return t->getattr(vm, obj, name);
    return TERN_NULL;
}

typedef struct generic_call {
    tern_val *s;    /* [obj, name] on the value stack */
    tern_val result;
} generic_call;

static void generic_call_fn(tern_vm *vm, void *ud) {
    generic_call *g = (generic_call *)ud;
    g->result = generic_getattr(vm, g->s[0], g->s[1]);
}

/* Attribute lookup; the user __getattr__ (class or module) runs last. With
 * `opt`, an AttributeError it raises means "absent" (TERN_NULL). */
static tern_val getattr_impl(tern_vm *vm, tern_val obj, tern_val name, int opt) {
    const tern_type *t;
    tern_val v, m, *s;
    if (!TERN_IS_STR(name))
        return TERN_NULL;
    s = tern_push(vm, obj);
    name = tern_name_interned(vm, name);
    tern_push(vm, name);
    if (TERN_IS_TYPE(s[0])) {
        v = tern_type_getattr(vm, s[0], s[1]);
        t = tern_typeof(s[0]);
        if (!v && IS_HEAP_TYPE(t) && (m = tern_class_user_lookup(t, TERN_N(__getattr__))) != TERN_NULL)
            v = opt ? call_user_getattr(vm, m, s[0], s[1], 0) : tern_call_found(vm, m, s[0], 1, s[1], TERN_NULL);
        tern_popn(vm, 2);
        return v;
    }
    t = tern_typeof(s[0]);
    if (IS_HEAP_TYPE(t) && (t->pad_ & TERN_CLS_GETATTRIBUTE)) {
        /* a __getattribute__ written in Python replaces the generic lookup;
         * its AttributeError falls back on __getattr__ */
        tern_val *c = tern_push(vm, tern_class_user_lookup(t, TERN_N(__getattribute__)));
        tern_push(vm, tern_class_user_lookup(t, TERN_N(__getattr__)));
        if (!c[1] && !opt)
            v = tern_call_found(vm, c[0], s[0], 1, s[1], TERN_NULL);
        else
            v = call_user_getattr(vm, c[0], s[0], s[1], 0);
        if (!v && c[1])
            v = opt ? call_user_getattr(vm, c[1], s[0], s[1], 0)
                    : tern_call_found(vm, c[1], s[0], 1, s[1], TERN_NULL);
        tern_popn(vm, 4);
        return v;
    }
    if (opt && TERN_IS_OBJ(s[0]) && (v = tern_type_lookup(vm, tern_typeof(s[0]), s[1])) != TERN_NULL
        && (TERN_IS_KIND(v, TERN_K_PROPERTY) || user_descriptor(v, 1))) {
        /* a descriptor raising AttributeError means "absent" */
        generic_call g;
        g.s = s;
        g.result = TERN_NULL;
        if (tern_pcall(vm, generic_call_fn, &g)) {
            if (!tern_isinstance(vm->exc, &tern_type_AttributeError))
                tern_nlr_throw(vm);
            vm->exc = TERN_NULL;
        }
        v = g.result;
    } else {
        v = generic_getattr(vm, s[0], s[1]);
    }
    if (!v) {
        t = tern_typeof(s[0]);
        m = TERN_NULL;
        if (IS_HEAP_TYPE(t))
            m = tern_class_user_attr(vm, t, TERN_N(__getattr__));
        else if (TERN_IS_KIND(s[0], TERN_K_MODULE) && s[1] != TERN_N(__getattr__)) {
            m = tern_dict_get_name(TERN_AS(tern_module, s[0])->dict, TERN_N(__getattr__));
            if (m) {
                /* a plain function in the module: call it with the name only */
                tern_val *c = tern_push(vm, m);
                if (opt) {
                    v = call_user_getattr(vm, c[0], s[0], s[1], 1);
                } else {
                    v = tern_call1(vm, c[0], s[1]);
                }
                tern_popn(vm, 3);
                return v;
            }
        }
        if (m)
            v = opt ? call_user_getattr(vm, m, s[0], s[1], 0) : tern_call_found(vm, m, s[0], 1, s[1], TERN_NULL);
    }
    tern_popn(vm, 2);
    return v;
}

tern_val tern_getattr_opt(tern_vm *vm, tern_val obj, tern_val name) {
    return getattr_impl(vm, obj, name, 1);
}

tern_val tern_getattr(tern_vm *vm, tern_val obj, tern_val name) {
    tern_val *s = tern_push(vm, obj), v;
    tern_push(vm, name);
    v = getattr_impl(vm, obj, name, 0);
    if (!v) {
        obj = s[0];
        name = s[1];
        if (!TERN_IS_STR(name))
            tern_raise_type_error(vm, "attribute name must be string, not '%T'", name);
        if (TERN_IS_TYPE(obj))
            tern_raise_fmt(vm, &tern_type_AttributeError, "type object '%V' has no attribute '%V'",
                           TERN_VAL(TERN_AS(tern_type, obj)->name), name);
        if (TERN_IS_KIND(obj, TERN_K_MODULE)) {
            tern_val mn = tern_dict_get_name(TERN_AS(tern_module, obj)->dict, TERN_N(__name__));
            if (mn && TERN_IS_STR(mn))
                tern_raise_fmt(vm, &tern_type_AttributeError, "module '%V' has no attribute '%V'",
                               mn, name);
            tern_raise_fmt(vm, &tern_type_AttributeError, "module has no attribute '%V'", name);
        }
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", obj, name);
    }
    tern_popn(vm, 2);
    return v;
}

int tern_load_method(tern_vm *vm, tern_val obj, tern_val name, tern_val *method) {
    const tern_type *t;
    tern_val attr, d;
    if (TERN_IS_OBJ(obj)) {
        unsigned k = TERN_KIND_OF(obj);
        if (k == TERN_K_TYPE || k == TERN_K_SUPER || k == TERN_K_MODULE)
            goto plain;
    }
    if (!TERN_IS_STR(name) || !(*(const tern_hdr *)TERN_PTR(name) & TERN_HF_INTERNED))
        goto plain;
    t = tern_typeof(obj);
    if (t->pad_ & TERN_CLS_GETATTRIBUTE)
        goto plain;
    attr = tern_type_lookup(vm, t, name);
    if (attr && TERN_IS_OBJ(attr)
        && (TERN_KIND_OF(attr) == TERN_K_FUNC
            || (TERN_KIND_OF(attr) == TERN_K_CFUNC && (TERN_AS(tern_cfunc, attr)->flags & TERN_CF_METHOD)
                && !TERN_IS_PROXY(obj))
            || (TERN_KIND_OF(attr) == TERN_K_NATIVE && tern_host_is_method(attr)))) {
        if (TERN_IS_KIND(obj, TERN_K_INSTANCE)) {
            if (tern_inst_lookup(obj, name))
                goto plain;
        } else {
            d = tern_obj_dict(vm, obj, 0);
            if (d && tern_dict_get_name(d, name))
                goto plain;
        }
        *method = attr;
        return 1;
    }
plain:
    *method = tern_getattr(vm, obj, name);
    return 0;
}

/* Raise the AttributeError for a failed set/delete on obj. */
TERN_NORETURN static void setattr_error(tern_vm *vm, tern_val obj, tern_val name, int has_attr) {
    if (has_attr && !(TERN_IS_OBJ(obj) && TERN_KIND_OF(obj) >= TERN_K_FIRST_CLASSED))
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object attribute '%V' is read-only", obj, name);
    tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", obj, name);
}

/* Set/delete on a dict; a missing key on delete raises. s = [obj name value]. */
static void dict_store(tern_vm *vm, tern_val d, tern_val *s) {
    if (s[2])
        tern_dict_set(vm, d, s[1], s[2]);
    else if (!tern_dict_del(vm, d, s[1]))
        setattr_error(vm, s[0], s[1], 0);
}

/* object.__setattr__: everything but the user __setattr__. s = [obj name value]. */
static void generic_setattr(tern_vm *vm, tern_val *s) {
    const tern_type *t = tern_typeof(s[0]);
    tern_val attr = tern_type_lookup(vm, t, s[1]), d;
    unsigned kind;
    if (attr) {
        if (TERN_IS_KIND(attr, TERN_K_PROPERTY)) {
            tern_wrapper *w = TERN_AS(tern_wrapper, attr);
            tern_val f = s[2] ? w->fset : w->fdel;
            if (s[2] && tern_class_slot_set(vm, attr, s[0], s[2]))
                return;
            if (!f || f == TERN_NONE) {
                tern_val qn = tern_type_qualname(vm, tern_typeof(s[0]));
                tern_raise_fmt(vm, &tern_type_AttributeError, "property '%V' of '%V' object has no %s",
                               s[1], qn, s[2] ? "setter" : "deleter");
            }
            if (s[2])
                tern_call2(vm, f, s[0], s[2]);
            else
                tern_call1(vm, f, s[0]);
            return;
        }
        if (user_descriptor(attr, 1)) {
            if (s[2])
                tern_call_special(vm, attr, TERN_N(__set__), 2, s[0], s[2]);
            else
                tern_call_special(vm, attr, TERN_N(__delete__), 1, s[0], TERN_NULL);
            return;
        }
    }
    kind = TERN_IS_OBJ(s[0]) ? TERN_KIND_OF(s[0]) : (unsigned)TERN_K__COUNT;
    switch (kind) {
    case TERN_K_INSTANCE:
        if ((TERN_IS_SLOTTED(s[0]) || (TERN_IS_PROXY(s[0]) && (t->pad_ & TERN_CLS_NODICT)))
            && s[1] != TERN_N(__class__))
            setattr_error(vm, s[0], s[1], 0);
        if (s[1] == TERN_N(__dict__)) {
            if (!s[2] || !TERN_IS_DICT(s[2]))
                tern_raise_type_error(vm, "__dict__ must be set to a dictionary, not a '%T'",
                                      s[2] ? s[2] : TERN_NONE);
            if (TERN_IS_PROXY(s[0]))
                TERN_TUPLE_ITEMS(TERN_AS(tern_instance, s[0])->dict)[1] = s[2];
            else
                TERN_AS(tern_instance, s[0])->dict = s[2];
            return;
        }
        if (s[1] == TERN_N(__class__)) {
            if (!s[2] || !TERN_IS_TYPE(s[2]) || TERN_AS(tern_type, s[2])->inst_kind != TERN_K_INSTANCE)
                tern_raise_type_error(vm, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (TERN_IS_SPLIT(s[0]))
                tern_inst_materialize(vm, s[0]);    /* the keys belong to the old class */
            TERN_AS(tern_instance, s[0])->cls = s[2];
            return;
        }
        if (s[2] && tern_inst_store(vm, s))
            return;
        d = tern_obj_dict(vm, s[0], 1);
        dict_store(vm, d, s);
        return;
    case TERN_K_EXC:
        if (tern_exc_setattr(vm, s[0], s[1], s[2]))
            return;
        d = tern_obj_dict(vm, s[0], 1);
        dict_store(vm, d, s);
        return;
    case TERN_K_FUNC:
        if (tern_func_setattr(vm, s[0], s[1], s[2]))
            return;
        d = tern_obj_dict(vm, s[0], 1);
        dict_store(vm, d, s);
        return;
    case TERN_K_MODULE:
        if (!s[2] && TERN_AS(tern_module, s[0])->dict == vm->builtins)
            tern_builtins_complete(vm);     /* del builtins.x: x must be there */
        dict_store(vm, TERN_AS(tern_module, s[0])->dict, s);
        return;
    default:
        break;
    }
    if (t->setattr && t->setattr(vm, s[0], s[1], s[2]))
        return;
    setattr_error(vm, s[0], s[1], attr != TERN_NULL);
}

static void type_setattr(tern_vm *vm, tern_val *s) {
    tern_type *t = TERN_AS(tern_type, s[0]);
    attr_cache_forget(vm, s[1]);
    /* the VM's attribute hints record names a class does NOT have: only a
     * name appearing on or leaving a class can falsify one (a new value for
     * an existing class attribute, like a counter, cannot) */
    if (!IS_HEAP_TYPE(t) || !s[2] || !t->dict || !tern_dict_get_name(t->dict, s[1]))
        vm->attr_epoch++;
    if (!IS_HEAP_TYPE(t))
        tern_raise_type_error(vm, "cannot set '%V' attribute of immutable type '%V'", s[1],
                              TERN_VAL(t->name));
    if (s[1] == TERN_N(__name__)) {
        if (!s[2] || !TERN_IS_STR(s[2]))
            tern_raise_type_error(vm, "can only assign string to %V.__name__, not '%T'",
                                  TERN_VAL(t->name), s[2] ? s[2] : TERN_NONE);
        t->name = TERN_AS(tern_str, s[2]);
        return;
    }
    if (s[2])
        tern_dict_set(vm, TERN_AS(tern_type, s[0])->dict, s[1], s[2]);
    else if (!tern_dict_del(vm, TERN_AS(tern_type, s[0])->dict, s[1]))
        tern_raise_fmt(vm, &tern_type_AttributeError, "type object '%V' has no attribute '%V'",
                       TERN_VAL(TERN_AS(tern_type, s[0])->name), s[1]);
    if (TERN_STR_LEN(s[1]) > 4 && TERN_STR_CHARS(s[1])[0] == '_' && TERN_STR_CHARS(s[1])[1] == '_')
        tern_class_fix_slots(vm, s[0]);
}

void tern_setattr(tern_vm *vm, tern_val obj, tern_val name, tern_val value) {
    tern_val *s = tern_push(vm, obj);
    const tern_type *t;
    tern_push(vm, name);
    tern_push(vm, value);
    if (!TERN_IS_STR(name))
        tern_raise_type_error(vm, "attribute name must be string, not '%T'", name);
    s[1] = tern_name_interned(vm, name);
    /* a Python __setattr__/__delattr__ of the object's class (for a class:
     * of its metaclass) decides */
    t = tern_typeof(s[0]);
    if (IS_HEAP_TYPE(t)) {
        tern_val m = tern_class_user_attr(vm, t, s[2] ? TERN_N(__setattr__) : TERN_N(__delattr__));
        if (m) {
            tern_call_found(vm, m, s[0], s[2] ? 2 : 1, s[1], s[2]);
            tern_popn(vm, 3);
            return;
        }
    }
    if (TERN_IS_TYPE(s[0]))
        type_setattr(vm, s);
    else
        generic_setattr(vm, s);
    tern_popn(vm, 3);
}

/* ===================================================================
 * object
 * =================================================================== */

static tern_val object_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    if (nargs > 0)
        tern_raise_type_error(vm, "object() takes no arguments");
    (void)kwnames;
    return tern_class_alloc_instance(vm, TERN_VAL(t), TERN_NULL);
}

static tern_val object_hash(tern_vm *vm, tern_val self) {
    return tern_id_hash(vm, self);
}

static tern_val object_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    (void)vm;
    if (op == TERN_CMP_EQ)
        return a == b ? TERN_TRUE : TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_NE)
        return a == b ? TERN_FALSE : TERN_NOTIMPLEMENTED;
    return TERN_NOTIMPLEMENTED;
}

static tern_val object_init_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    if (nargs < 1)
        tern_raise_type_error(vm, "descriptor '__init__' of 'object' object needs an argument");
    if (TERN_IS_PROXY(args[0])) {
        const tern_type *b = tern_typeof(args[0])->base;
        if (tern_proxy_mutable_base(b)) {
            tern_val v = b->make(vm, b, nargs - 1, args + 1, kwnames);
            TERN_TUPLE_ITEMS(TERN_AS(tern_instance, args[0])->dict)[0] = v;
        }
        return TERN_NONE;
    }
    if (nargs > 1) {
        const tern_type *t = tern_typeof(args[0]);
        if (!tern_class_user_lookup(t, TERN_N(__new__)) && t->inst_kind != TERN_K_EXC)
            tern_raise_type_error(vm, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    (void)kwnames;
    return TERN_NONE;
}

static tern_val object_new_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val argt = TERN_NULL;
    int npos = nargs - TERN_NKW(kwnames);
    if (npos < 1)
        tern_raise_type_error(vm, "object.__new__(): not enough arguments");
    if (!TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "object.__new__(X): X is not a type object (%T)", args[0]);
    if (!IS_HEAP_TYPE(TERN_AS(tern_type, args[0])) && args[0] != TERN_VAL(&tern_type_object)) {
        /* int.__new__(int, 5) and the like: the built-in constructor */
        const tern_type *b = TERN_AS(const tern_type, args[0]);
        if (!b->make)
            tern_raise_type_error(vm, "cannot create '%V' instances", TERN_VAL(b->name));
        return b->make(vm, b, nargs - 1, args + 1, kwnames);
    }
    if (TERN_AS(tern_type, args[0])->inst_kind == TERN_K_EXC) {
        argt = tern_tuple_from(vm, (size_t)(npos - 1), args + 1);
    } else if (TERN_IS_PROXY_TYPE(TERN_AS(tern_type, args[0]))
               && TERN_AS(tern_type, args[0])->base == &tern_type_hostobject) {
        argt = tern_host_data_new(vm, args[0]);
    } else if (TERN_IS_PROXY_TYPE(TERN_AS(tern_type, args[0]))) {
        const tern_type *b = TERN_AS(tern_type, args[0])->base;
        if (!b->make)
            tern_raise_type_error(vm, "cannot create '%V' instances", TERN_VAL(b->name));
        argt = tern_proxy_mutable_base(b) ? b->make(vm, b, 0, args, TERN_NULL)
                                          : b->make(vm, b, nargs - 1, args + 1, kwnames);
    }
    return tern_class_alloc_instance(vm, args[0], argt);
}

static tern_val object_repr_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__repr__", nargs, kwnames, 1, 1);
    return tern_default_repr(vm, args[0]);
}

static tern_val object_str_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__str__", nargs, kwnames, 1, 1);
    return tern_repr(vm, args[0]);
}

static tern_val object_hash_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__hash__", nargs, kwnames, 1, 1);
    return tern_id_hash(vm, args[0]);
}

static tern_val object_eq_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__eq__", nargs, kwnames, 2, 2);
    return args[0] == args[1] ? TERN_TRUE : TERN_NOTIMPLEMENTED;
}

/* object.__ne__ inverts the result of __eq__ unless it is NotImplemented. */
static tern_val object_ne_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    tern_check_args(vm, "__ne__", nargs, kwnames, 2, 2);
    r = tern_call_special(vm, args[0], TERN_N(__eq__), 1, args[1], TERN_NULL);
    if (!r || r == TERN_NOTIMPLEMENTED)
        return TERN_NOTIMPLEMENTED;
    return TERN_BOOL(!tern_truthy(vm, r));
}

static tern_val object_notimpl_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "comparison", nargs, kwnames, 2, 2);
    (void)args;
    return TERN_NOTIMPLEMENTED;
}

static tern_val object_setattr_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s;
    tern_check_args(vm, "__setattr__", nargs, kwnames, 3, 3);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "attribute name must be string, not '%T'", args[1]);
    s = tern_push(vm, args[0]);
    tern_push(vm, args[1]);
    tern_push(vm, args[2]);
    s[1] = tern_name_interned(vm, s[1]);
    if (TERN_IS_TYPE(s[0]))
        type_setattr(vm, s);
    else
        generic_setattr(vm, s);
    tern_popn(vm, 3);
    return TERN_NONE;
}

static tern_val object_delattr_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s;
    tern_check_args(vm, "__delattr__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "attribute name must be string, not '%T'", args[1]);
    s = tern_push(vm, args[0]);
    tern_push(vm, args[1]);
    tern_push(vm, TERN_NULL);
    s[1] = tern_name_interned(vm, s[1]);
    if (TERN_IS_TYPE(s[0]))
        type_setattr(vm, s);
    else
        generic_setattr(vm, s);
    tern_popn(vm, 3);
    return TERN_NONE;
}

static tern_val object_getattribute_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v, *s;
    tern_check_args(vm, "__getattribute__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "attribute name must be string, not '%T'", args[1]);
    s = tern_push(vm, tern_name_interned(vm, args[1]));
    if (TERN_IS_TYPE(args[0]))
        v = tern_type_getattr(vm, args[0], s[0]);
    else
        v = generic_getattr(vm, args[0], s[0]);
    if (!v)
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", args[0], s[0]);
    tern_popn(vm, 1);
    return v;
}

/* object.__init_subclass__: a C method given the new class (obj_class.c
 * and super() bind it to the class, as CPython's classmethod would be). */
static tern_val object_init_subclass_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    if (nargs > 1 && TERN_IS_TYPE(args[0])) {
        if (TERN_NKW(kwnames) > 0)
            tern_raise_type_error(vm, "%V.__init_subclass__() takes no keyword arguments",
                                  TERN_VAL(TERN_AS(tern_type, args[0])->name));
        tern_raise_type_error(vm, "%V.__init_subclass__() takes no arguments (%d given)",
                              TERN_VAL(TERN_AS(tern_type, args[0])->name), nargs - 1);
    }
    return TERN_NONE;
}

static tern_val object_format_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__format__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__format__() argument must be str, not %T", args[1]);
    if (TERN_STR_LEN(args[1]) != 0)
        tern_raise_type_error(vm, "unsupported format string passed to %T.__format__", args[0]);
    return tern_to_str(vm, args[0]);
}

static tern_val object_dir_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__dir__", nargs, kwnames, 1, 1);
    return tern_dir_list(vm, args[0]);
}

static tern_val object_sizeof_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__sizeof__", nargs, kwnames, 1, 1);
    if (TERN_IS_OBJ(args[0]) && TERN_IN_HEAP(vm, TERN_PTR(args[0])))
        return TERN_SMALL((tern_int)TERN_OBJ_BYTES(TERN_PTR(args[0])));
    return TERN_SMALL((tern_int)sizeof(tern_val) * 2);
}

/* object.__subclasshook__ (a classmethod in CPython): no opinion. */
static tern_val object_subclasshook_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)vm; (void)nargs; (void)args; (void)kwnames;
    return TERN_NOTIMPLEMENTED;
}

/* The instance dict, or None when there is none or it is empty. */
static tern_val object_getstate_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d;
    tern_check_args(vm, "__getstate__", nargs, kwnames, 1, 1);
    d = tern_obj_dict(vm, args[0], 0);
    return d && TERN_IS_DICT(d) && TERN_DICT_LEN(d) ? d : TERN_NONE;
}

static TERN_CFUNC_DEF(object_new_obj, __new__, object_new_fn);

/* object.__reduce_ex__(protocol) and __reduce__(): (object.__new__,
 * (cls,), state, None, None), which is what the copy protocol rebuilds an
 * instance of a Python class from (CPython names copyreg.__newobj__, which
 * does the same). */
static tern_val object_reduce_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    const tern_type *t;
    if (nargs < 1 || nargs > 2 || TERN_NKW(kwnames))
        tern_raise_type_error(vm, "__reduce_ex__() takes exactly one argument (%d given)", nargs - 1);
    t = tern_typeof(args[0]);
    if (!(t->flags & TERN_TF_HEAP) || TERN_IS_PROXY_TYPE(t))
        tern_raise_type_error(vm, "cannot pickle '%T' object", args[0]);
    s = tern_push(vm, TERN_VAL(&object_new_obj));
    tern_push(vm, TERN_VAL(t));
    tern_push(vm, TERN_NONE);
    tern_push(vm, TERN_NONE);
    tern_push(vm, TERN_NONE);
    r = tern_tuple_from(vm, 1, &s[1]);
    s[1] = r;
    r = tern_obj_dict(vm, args[0], 0);
    if (r && TERN_IS_DICT(r) && TERN_DICT_LEN(r))
        s[2] = r;
    r = tern_tuple_from(vm, 5, s);
    tern_popn(vm, 5);
    return r;
}

static TERN_CMETHOD_DEF(object_init_obj, __init__, object_init_fn);
static TERN_CMETHOD_DEF(object_dir_obj, __dir__, object_dir_fn);
static TERN_CMETHOD_DEF(object_sizeof_obj, __sizeof__, object_sizeof_fn);
static TERN_CFUNC_DEF(object_subclasshook_obj, __subclasshook__, object_subclasshook_fn);
static TERN_CMETHOD_DEF(object_getstate_obj, __getstate__, object_getstate_fn);
static TERN_CMETHOD_DEF(object_reduce_obj, __reduce__, object_reduce_fn);
static TERN_CMETHOD_DEF(object_reduce_ex_obj, __reduce_ex__, object_reduce_fn);
static TERN_CMETHOD_DEF(object_repr_obj, __repr__, object_repr_fn);
static TERN_CMETHOD_DEF(object_str_obj, __str__, object_str_fn);
static TERN_CMETHOD_DEF(object_hash_obj, __hash__, object_hash_fn);
static TERN_CMETHOD_DEF(object_eq_obj, __eq__, object_eq_fn);
static TERN_CMETHOD_DEF(object_ne_obj, __ne__, object_ne_fn);
static TERN_CMETHOD_DEF(object_lt_obj, __lt__, object_notimpl_fn);
static TERN_CMETHOD_DEF(object_le_obj, __le__, object_notimpl_fn);
static TERN_CMETHOD_DEF(object_gt_obj, __gt__, object_notimpl_fn);
static TERN_CMETHOD_DEF(object_ge_obj, __ge__, object_notimpl_fn);
static TERN_CMETHOD_DEF(object_setattr_obj, __setattr__, object_setattr_fn);
static TERN_CMETHOD_DEF(object_delattr_obj, __delattr__, object_delattr_fn);
static TERN_CMETHOD_DEF(object_getattribute_obj, __getattribute__, object_getattribute_fn);
static TERN_CMETHOD_DEF(object_init_subclass_obj, __init_subclass__, object_init_subclass_fn);
static TERN_CMETHOD_DEF(object_format_obj, __format__, object_format_fn);

static const tern_attr object_attrs[] = {
    { TERN_NSTR(__init__), &object_init_obj },
    { TERN_NSTR(__new__), &object_new_obj },
    { TERN_NSTR(__repr__), &object_repr_obj },
    { TERN_NSTR(__str__), &object_str_obj },
    { TERN_NSTR(__hash__), &object_hash_obj },
    { TERN_NSTR(__eq__), &object_eq_obj },
    { TERN_NSTR(__ne__), &object_ne_obj },
    { TERN_NSTR(__lt__), &object_lt_obj },
    { TERN_NSTR(__le__), &object_le_obj },
    { TERN_NSTR(__gt__), &object_gt_obj },
    { TERN_NSTR(__ge__), &object_ge_obj },
    { TERN_NSTR(__setattr__), &object_setattr_obj },
    { TERN_NSTR(__delattr__), &object_delattr_obj },
    { TERN_NSTR(__getattribute__), &object_getattribute_obj },
    { TERN_NSTR(__init_subclass__), &object_init_subclass_obj },
    { TERN_NSTR(__format__), &object_format_obj },
    { TERN_NSTR(__dir__), &object_dir_obj },
    { TERN_NSTR(__sizeof__), &object_sizeof_obj },
    { TERN_NSTR(__subclasshook__), &object_subclasshook_obj },
    { TERN_NSTR(__getstate__), &object_getstate_obj },
    { TERN_NSTR(__reduce__), &object_reduce_obj },
    { TERN_NSTR(__reduce_ex__), &object_reduce_ex_obj },
};

int tern_is_object_method(tern_val f) {
    size_t i;
    if (TERN_IS_KIND(f, TERN_K_CFUNC) && (TERN_AS(tern_cfunc, f)->flags & TERN_CF_WHOLE_SELF))
        return 1;
    for (i = 0; i < TERN_NATTRS(object_attrs); i++)
        if (TERN_VAL(object_attrs[i].value) == f)
            return 1;
    return 0;
}

int tern_proxy_mutable_base(const tern_type *t) {
    return t == &tern_type_list || t == &tern_type_dict || t == &tern_type_set;
}

const tern_type tern_type_object = {
    TERN_TYPE_HEAD(object, NULL, object_attrs, TERN_NATTRS(object_attrs), TERN_K_OBJECT, TERN_TF_BASETYPE),
    object_make, NULL, NULL, object_hash, object_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

/* ===================================================================
 * None, Ellipsis, NotImplemented
 * =================================================================== */

static tern_val none_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t; (void)args;
    if (nargs > 0 || kwnames)
        tern_raise_type_error(vm, "NoneType takes no arguments");
    return TERN_NONE;
}
static tern_val none_repr(tern_vm *vm, tern_val self) { (void)self; return TERN_N(None); }
static tern_val imm_hash(tern_vm *vm, tern_val self) { (void)vm; return TERN_SMALL((tern_int)(self >> 1) + 0x5A5A); }
static int none_truth(tern_vm *vm, tern_val self) { (void)vm; (void)self; return 0; }

const tern_type tern_type_NoneType = {
    TERN_TYPE_HEAD(NoneType, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    none_make, none_repr, NULL, imm_hash, object_compare, NULL, NULL, none_truth, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

static tern_val ellipsis_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t; (void)args;
    if (nargs > 0 || kwnames)
        tern_raise_type_error(vm, "ellipsis takes no arguments");
    return TERN_ELLIPSIS;
}
static tern_val ellipsis_repr(tern_vm *vm, tern_val self) { (void)self; return TERN_N(Ellipsis); }

const tern_type tern_type_ellipsis = {
    TERN_TYPE_HEAD(ellipsis, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    ellipsis_make, ellipsis_repr, NULL, imm_hash, object_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

static tern_val notimpl_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t; (void)args;
    if (nargs > 0 || kwnames)
        tern_raise_type_error(vm, "NotImplementedType takes no arguments");
    return TERN_NOTIMPLEMENTED;
}
static tern_val notimpl_repr(tern_vm *vm, tern_val self) { (void)self; return TERN_N(NotImplemented); }

const tern_type tern_type_NotImplementedType = {
    TERN_TYPE_HEAD(NotImplementedType, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    notimpl_make, notimpl_repr, NULL, imm_hash, object_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};
