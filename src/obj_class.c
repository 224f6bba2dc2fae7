/* SPDX-License-Identifier: MIT */
/*
 * obj_class.c — Python classes: creation (C3 MRO), instantiation, the C
 * slot functions that dispatch to dunder methods, attribute lookup on
 * type objects, __build_class__, super, property, staticmethod and
 * classmethod.
 *
 * A class is a heap tern_type. Its `base` is the built-in type whose
 * layout its instances use (object -> TERN_K_INSTANCE, an exception type
 * -> TERN_K_EXC). Its slots point either at the generic functions below
 * (when the class or a Python base defines the dunder) or at the layout
 * base's own slots, recomputed when a dunder is assigned on the class.
 */
#include "runtime.h"
#include "obj_class.h"
#include "containers.h"
#include "buffer.h"

#define IS_HEAP_TYPE(t) (((t)->flags & TERN_TF_HEAP) != 0)
#define MAX_BASES 64

/* ===================================================================
 * Names of types
 * =================================================================== */

tern_val tern_type_qualname(tern_vm *vm, const tern_type *t) {
    (void)vm;
    if (IS_HEAP_TYPE(t) && t->dict) {
        tern_val v = tern_dict_get_name(t->dict, TERN_N(__qualname__));
        if (v && TERN_IS_STR(v))
            return v;
    }
    return tern_type_shortname(vm, t);
}

/* A built-in type of a module may be named as CPython's tp_name,
 * "module.name" (array.array), which messages show; its __name__ is the
 * last part. */
tern_val tern_type_shortname(tern_vm *vm, const tern_type *t) {
    const char *s = TERN_STR_CHARS(TERN_VAL(t->name)), *dot = strrchr(s, '.');
    if (IS_HEAP_TYPE(t) || !dot)
        return TERN_VAL(t->name);
    return tern_intern(vm, dot + 1, strlen(dot + 1));
}

tern_val tern_type_modname(const tern_type *t) {
    if (IS_HEAP_TYPE(t)) {
        tern_val v = t->dict ? tern_dict_get_name(t->dict, TERN_N(__module__)) : TERN_NULL;
        return v;
    }
    if (t == &tern_type_GenericAlias || t == &tern_type_UnionType)
        return TERN_N(types);
    if (t == &tern_type_array)
        return TERN_N(array);
    return TERN_N(builtins);
}

/* ===================================================================
 * Generic slots of Python classes
 * =================================================================== */

static tern_val call0(tern_vm *vm, tern_val self, tern_val name) {
    tern_val r = tern_call_special(vm, self, name, 0, TERN_NULL, TERN_NULL);
    if (!r)
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", self, name);
    return r;
}

static tern_val cls_repr(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__repr__));
    if (!TERN_IS_STR(r))
        tern_raise_type_error(vm, "__repr__ returned non-string (type %T)", r);
    return r;
}

static tern_val cls_str(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__str__));
    if (!TERN_IS_STR(r))
        tern_raise_type_error(vm, "__str__ returned non-string (type %T)", r);
    return r;
}

static tern_val cls_hash(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__hash__));
    if (TERN_IS_BOOL(r))
        return TERN_SMALL(r == TERN_TRUE);
    if (TERN_IS_SMALL(r)) {
        if (r == TERN_SMALL(-1))
            return TERN_SMALL(-2);
        return r;
    }
    if (!TERN_IS_INT(r))
        tern_raise_type_error(vm, "__hash__ method should return an integer");
    return tern_hash(vm, r);
}

static const tern_str *const cmp_names[6] = {
    TERN_NSTR(__lt__), TERN_NSTR(__le__), TERN_NSTR(__eq__), TERN_NSTR(__ne__),
    TERN_NSTR(__gt__), TERN_NSTR(__ge__)
};
static const unsigned char cmp_reflect[6] = {
    TERN_CMP_GT, TERN_CMP_GE, TERN_CMP_EQ, TERN_CMP_NE, TERN_CMP_LT, TERN_CMP_LE
};

static tern_val cls_compare(tern_vm *vm, int op, tern_val a, tern_val b);

/* For C callers of the slot: a is self when its type uses this slot. */
static tern_val cls_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val r;
    if (op < 0 || op > TERN_CMP_GE)
        return TERN_NOTIMPLEMENTED;
    if (tern_typeof(a)->compare == cls_compare)
        r = tern_call_special(vm, a, TERN_VAL(cmp_names[op]), 1, b, TERN_NULL);
    else
        r = tern_call_special(vm, b, TERN_VAL(cmp_names[cmp_reflect[op]]), 1, a, TERN_NULL);
    return r ? r : TERN_NOTIMPLEMENTED;
}

static const tern_str *const binop_names[TERN_OP__COUNT * 3] = {
    TERN_NSTR(__add__), TERN_NSTR(__sub__), TERN_NSTR(__mul__), TERN_NSTR(__matmul__),
    TERN_NSTR(__truediv__), TERN_NSTR(__floordiv__), TERN_NSTR(__mod__), TERN_NSTR(__pow__),
    TERN_NSTR(__lshift__), TERN_NSTR(__rshift__), TERN_NSTR(__and__), TERN_NSTR(__or__),
    TERN_NSTR(__xor__),
    TERN_NSTR(__radd__), TERN_NSTR(__rsub__), TERN_NSTR(__rmul__), TERN_NSTR(__rmatmul__),
    TERN_NSTR(__rtruediv__), TERN_NSTR(__rfloordiv__), TERN_NSTR(__rmod__), TERN_NSTR(__rpow__),
    TERN_NSTR(__rlshift__), TERN_NSTR(__rrshift__), TERN_NSTR(__rand__), TERN_NSTR(__ror__),
    TERN_NSTR(__rxor__),
    TERN_NSTR(__iadd__), TERN_NSTR(__isub__), TERN_NSTR(__imul__), TERN_NSTR(__imatmul__),
    TERN_NSTR(__itruediv__), TERN_NSTR(__ifloordiv__), TERN_NSTR(__imod__), TERN_NSTR(__ipow__),
    TERN_NSTR(__ilshift__), TERN_NSTR(__irshift__), TERN_NSTR(__iand__), TERN_NSTR(__ior__),
    TERN_NSTR(__ixor__)
};

static tern_val cls_binop(tern_vm *vm, int op, tern_val a, tern_val b);

static tern_val cls_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int base = op & 15;
    tern_val r;
    if (base >= TERN_OP__COUNT)
        return TERN_NOTIMPLEMENTED;
    if (tern_typeof(a)->binop == cls_binop)
        r = tern_call_special(vm, a, TERN_VAL(binop_names[base]), 1, b, TERN_NULL);
    else
        r = tern_call_special(vm, b, TERN_VAL(binop_names[TERN_OP__COUNT + base]), 1, a, TERN_NULL);
    return r ? r : TERN_NOTIMPLEMENTED;
}

static tern_val cls_unop(tern_vm *vm, int op, tern_val a) {
    tern_val nm = op == TERN_UOP_NEG ? TERN_N(__neg__) : op == TERN_UOP_POS ? TERN_N(__pos__)
                                                                            : TERN_N(__invert__);
    tern_val r = tern_call_special(vm, a, nm, 0, TERN_NULL, TERN_NULL);
    return r ? r : TERN_NOTIMPLEMENTED;
}

static int cls_truth(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__bool__));
    if (!TERN_IS_BOOL(r))
        tern_raise_type_error(vm, "__bool__ should return bool, returned %T", r);
    return r == TERN_TRUE;
}

static tern_int cls_len(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__len__));
    tern_int n;
    if (!TERN_IS_INT(r) && !TERN_IS_BOOL(r))
        tern_raise_type_error(vm, "'%T' object cannot be interpreted as an integer", r);
    if (TERN_IS_SMALL(r))
        n = TERN_SMALL_VALUE(r);
    else if (TERN_IS_BOOL(r))
        n = r == TERN_TRUE;
    else
        n = tern_index_value(vm, r);
    if (n < 0)
        tern_raise_value_error(vm, "__len__() should return >= 0");
    return n;
}

static tern_val cls_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_val r = tern_call_special(vm, self, TERN_N(__getitem__), 1, key, TERN_NULL);
    if (!r)
        tern_raise_type_error(vm, "'%T' object is not subscriptable", self);
    return r;
}

static void cls_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    tern_val r;
    if (value) {
        r = tern_call_special(vm, self, TERN_N(__setitem__), 2, key, value);
        if (!r)
            tern_raise_fmt(vm, &tern_type_AttributeError, "__setitem__");
    } else {
        r = tern_call_special(vm, self, TERN_N(__delitem__), 1, key, TERN_NULL);
        if (!r)
            tern_raise_fmt(vm, &tern_type_AttributeError, "__delitem__");
    }
}

static int cls_contains(tern_vm *vm, tern_val self, tern_val v) {
    tern_val r = tern_call_special(vm, self, TERN_N(__contains__), 1, v, TERN_NULL);
    if (!r)
        tern_raise_type_error(vm, "argument of type '%T' is not iterable", self);
    return tern_truthy(vm, r);
}

static tern_val cls_iter(tern_vm *vm, tern_val self) {
    tern_val r = call0(vm, self, TERN_N(__iter__));
    if (!tern_typeof(r)->next)
        tern_raise_type_error(vm, "iter() returned non-iterator of type '%T'", r);
    return r;
}

typedef struct next_call {
    tern_val *self;
    tern_val result;
} next_call;

static void next_call_fn(tern_vm *vm, void *ud) {
    next_call *n = (next_call *)ud;
    n->result = call0(vm, *n->self, TERN_N(__next__));
}

/* __next__ raising StopIteration means the end: TERN_NULL. */
static tern_val cls_next(tern_vm *vm, tern_val self) {
    next_call n;
    n.self = tern_push(vm, self);
    n.result = TERN_NULL;
    if (tern_pcall(vm, next_call_fn, &n)) {
        if (tern_isinstance(vm->exc, &tern_type_StopIteration)) {
            vm->exc = TERN_NULL;
            tern_popn(vm, 1);
            return TERN_NULL;
        }
        tern_nlr_throw(vm);
    }
    tern_popn(vm, 1);
    return n.result;
}

static tern_val cls_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    tern_val m = tern_type_lookup(vm, tern_typeof(self), TERN_N(__call__)), r, *s;
    int i;
    if (!m)
        tern_raise_type_error(vm, "'%T' object is not callable", self);
    s = tern_push(vm, m);
    tern_push(vm, self);
    for (i = 0; i < nargs; i++)
        tern_push(vm, args[i]);
    if (TERN_IS_KIND(m, TERN_K_FUNC)
        || (TERN_IS_KIND(m, TERN_K_CFUNC) && (TERN_AS(tern_cfunc, m)->flags & TERN_CF_METHOD))) {
        r = tern_call(vm, s[0], nargs + 1, s + 1, kwnames);
    } else {
        s[0] = tern_class_bind(vm, s[0], s[1], TERN_VAL(tern_typeof(s[1])));
        r = tern_call(vm, s[0], nargs, s + 2, kwnames);
    }
    tern_popn(vm, (size_t)nargs + 2);
    return r;
}

static tern_val class_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames);

/* Slots of proxy classes (subclasses of list, str, int...) that the class
 * does not override: the built-in base's slot on the built-in value. */
#define PXB(self) (tern_typeof(self)->base)
#define PXV(self) TERN_PROXY_VALUE(self)
static tern_val px_repr(tern_vm *vm, tern_val self) {
    /* a built-in __repr__ that wants the whole instance (bytearray's names
     * the subclass) */
    const tern_type *rb = PXB(self);
    tern_val m;
    while (rb->flags & TERN_TF_HEAP)
        rb = rb->base;
    m = tern_rom_attr(rb, TERN_N(__repr__), 0);
    if (m != TERN_NULL && TERN_IS_KIND(m, TERN_K_CFUNC) && (TERN_AS(tern_cfunc, m)->flags & TERN_CF_WHOLE_SELF))
        return tern_call_found(vm, m, self, 0, TERN_NULL, TERN_NULL);
    return PXB(self)->repr ? PXB(self)->repr(vm, PXV(self)) : tern_default_repr(vm, self);
}
static tern_val px_str(tern_vm *vm, tern_val self) { return PXB(self)->str(vm, PXV(self)); }
static tern_val px_hash(tern_vm *vm, tern_val self) { return PXB(self)->hash(vm, PXV(self)); }
static tern_val px_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    const tern_type *t = TERN_IS_PROXY(a) ? PXB(a) : PXB(b);
    return t->compare(vm, op, PXV(a), PXV(b));
}
static tern_val px_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    const tern_type *t = TERN_IS_PROXY(a) ? PXB(a) : PXB(b);
    return t->binop(vm, op, PXV(a), PXV(b));
}
static tern_val px_unop(tern_vm *vm, int op, tern_val a) { return PXB(a)->unop(vm, op, PXV(a)); }
static int px_truth(tern_vm *vm, tern_val self) {
    const tern_type *b = PXB(self);
    return b->truth ? b->truth(vm, PXV(self)) : b->len ? b->len(vm, PXV(self)) != 0 : 1;
}
static tern_int px_len(tern_vm *vm, tern_val self) { return PXB(self)->len(vm, PXV(self)); }
static tern_val px_getitem(tern_vm *vm, tern_val self, tern_val key) {
    if (PXB(self) == &tern_type_dict) {
        tern_val m = tern_class_user_lookup(tern_typeof(self), TERN_N(__missing__)), v, *s;
        if (m) {
            s = tern_push(vm, self);
            tern_push(vm, key);
            v = tern_dict_get(vm, PXV(self), key);
            if (!v)
                v = tern_call_special(vm, s[0], TERN_N(__missing__), 1, s[1], TERN_NULL);
            tern_popn(vm, 2);
            return v;
        }
    }
    return PXB(self)->getitem(vm, PXV(self), key);
}
static void px_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    PXB(self)->setitem(vm, PXV(self), key, value);
}
static int px_contains(tern_vm *vm, tern_val self, tern_val v) {
    return PXB(self)->contains(vm, PXV(self), v);
}
static tern_val px_iter(tern_vm *vm, tern_val self) { return PXB(self)->iter(vm, PXV(self)); }
static tern_val px_next(tern_vm *vm, tern_val self) { return PXB(self)->next(vm, PXV(self)); }
static tern_val px_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    return PXB(self)->call(vm, PXV(self), nargs, args, kwnames);
}
static tern_val px_getattr(tern_vm *vm, tern_val self, tern_val name) {
    return PXB(self)->getattr(vm, PXV(self), name);
}

#define HAS(name) (tern_class_user_lookup(t, TERN_N(name)) != TERN_NULL)

void tern_class_fix_slots(tern_vm *vm, tern_val cls) {
    tern_type *t = TERN_AS(tern_type, cls);
    /* a host class behaves as a subclass of object: its hostobject only
     * carries the C data */
    int host = t->base == &tern_type_hostobject;
    const tern_type *b = host ? &tern_type_object : t->base;
    tern_val h;
    int i, any;
    (void)vm;
    t->make = class_make;
    t->repr = HAS(__repr__) ? cls_repr : b->repr;
    t->str = HAS(__str__) ? cls_str : b->str;
    h = tern_class_user_lookup(t, TERN_N(__hash__));
    t->hash = h == TERN_NONE ? NULL : h ? cls_hash : b->hash;
    for (any = 0, i = 0; i < 6 && !any; i++)
        any = tern_class_user_lookup(t, TERN_VAL(cmp_names[i])) != TERN_NULL;
    t->compare = any ? cls_compare : b->compare;
    for (any = 0, i = 0; i < TERN_OP__COUNT * 3 && !any; i++)
        any = tern_class_user_lookup(t, TERN_VAL(binop_names[i])) != TERN_NULL;
    t->binop = any ? cls_binop : b->binop;
    t->unop = (HAS(__neg__) || HAS(__pos__) || HAS(__invert__)) ? cls_unop : b->unop;
    t->truth = HAS(__bool__) ? cls_truth : HAS(__len__) ? NULL : b->truth;
    t->len = HAS(__len__) ? cls_len : b->len;
    t->getitem = HAS(__getitem__) ? cls_getitem : b->getitem;
    t->setitem = (HAS(__setitem__) || HAS(__delitem__)) ? cls_setitem : b->setitem;
    t->contains = HAS(__contains__) ? cls_contains : b->contains;
    t->iter = HAS(__iter__) ? cls_iter : b->iter;
    t->next = HAS(__next__) ? cls_next : b->next;
    t->call = HAS(__call__) ? cls_call : b->call;
    t->getattr = b->getattr;
    t->setattr = b->setattr;
    t->pad_ = (uint16_t)((t->pad_ & ~TERN_CLS_GETATTRIBUTE) | (HAS(__getattribute__) ? TERN_CLS_GETATTRIBUTE : 0));
    if (TERN_IS_PROXY_TYPE(t) && !host) {
        if (t->repr == b->repr) t->repr = px_repr;
        if (t->str == b->str && b->str) t->str = px_str;
        if (t->hash == b->hash && b->hash) t->hash = px_hash;
        if (t->compare == b->compare && b->compare) t->compare = px_compare;
        if (t->binop == b->binop && b->binop) t->binop = px_binop;
        if (t->unop == b->unop && b->unop) t->unop = px_unop;
        if (!HAS(__bool__) && !HAS(__len__) && (b->truth || b->len)) t->truth = px_truth;
        if (t->len == b->len && b->len) t->len = px_len;
        if (t->getitem == b->getitem && b->getitem) t->getitem = px_getitem;
        if (t->setitem == b->setitem && b->setitem) t->setitem = px_setitem;
        if (t->contains == b->contains && b->contains) t->contains = px_contains;
        if (t->iter == b->iter && b->iter) t->iter = px_iter;
        if (t->next == b->next && b->next) t->next = px_next;
        if (t->call == b->call && b->call) t->call = px_call;
        if (b->getattr) t->getattr = px_getattr;
        t->setattr = NULL;
    }
}

/* ===================================================================
 * Instances
 * =================================================================== */

tern_val tern_class_alloc_instance(tern_vm *vm, tern_val cls, tern_val args) {
    tern_val *s = tern_push(vm, cls), r;
    unsigned kind = TERN_AS(tern_type, cls)->inst_kind;
    tern_push(vm, args);
    switch (kind) {
    case TERN_K_INSTANCE: {
        tern_instance *p;
        if (TERN_IS_PROXY_TYPE(TERN_AS(tern_type, s[0]))) {
            /* args is the built-in value (made empty if NULL) */
            tern_val t;
            if (!s[1] && TERN_AS(tern_type, s[0])->base == &tern_type_hostobject) {
                s[1] = tern_host_data_new(vm, s[0]);
            } else if (!s[1]) {
                const tern_type *b = TERN_AS(tern_type, s[0])->base;
                if (!b->make)
                    tern_raise_type_error(vm, "cannot create '%V' instances", TERN_VAL(b->name));
                s[1] = b->make(vm, b, 0, s + 1, TERN_NULL);
            }
            t = tern_tuple_new(vm, 2);
            TERN_TUPLE_ITEMS(t)[0] = s[1];
            s[1] = t;
        } else if (TERN_AS(tern_type, s[0])->pad_ & TERN_CLS_NODICT) {
            /* (a proxy with __slots__ keeps its pair: generic setattr refuses it) */
            tern_val d = tern_dict_new(vm, 0);
            s[1] = tern_cell_new(vm, d);
        } else if (!s[1]) {
            s[1] = tern_inst_new_values(vm, s[0]);   /* split storage, sized as the class expects */
        }
        p = (tern_instance *)tern_alloc(vm, TERN_K_INSTANCE, TERN_INSTANCE_BYTES);
        p->cls = s[0];
        if (s[1] && (TERN_IS_TUPLE(s[1]) || TERN_IS_KIND(s[1], TERN_K_CELL) || TERN_IS_KIND(s[1], TERN_K_ARRAY)))
            p->dict = s[1];
        r = TERN_VAL(p);
        break;
    }
    case TERN_K_EXC: {
        tern_exc *p;
        if (!s[1])
            s[1] = tern_tuple_new(vm, 0);
        p = (tern_exc *)tern_alloc(vm, TERN_K_EXC, TERN_EXC_BYTES);
        p->cls = s[0];
        p->args = s[1];
        r = TERN_VAL(p);
        if (TERN_TUPLE_LEN(s[1]) >= 3) {
            s[1] = r;
            tern_exc_oserror_init(vm, s[1]);
            r = s[1];
        }
        break;
    }
    case TERN_K_OBJECT:
        if (s[0] == TERN_VAL(&tern_type_object)) {
            tern_object *p = (tern_object *)tern_alloc(vm, TERN_K_OBJECT, TERN_OBJECT0_BYTES);
            p->cls = s[0];
            r = TERN_VAL(p);
            break;
        }
        /* fall through */
    default:
        tern_raise_type_error(vm, "object.__new__(%V) is not safe, use %V.__new__()",
                              TERN_VAL(TERN_AS(tern_type, s[0])->name),
                              TERN_VAL(TERN_AS(tern_type, s[0])->name));
    }
    tern_popn(vm, 2);
    return r;
}

/* C(...) for a Python class: __new__, then __init__ if the result is an
 * instance of C. Built-in __new__/__init__ (object's, BaseException's) are
 * done inline. */
static tern_val class_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s = tern_push(vm, TERN_VAL(t)), m, inst = TERN_NULL, r;
    int i, npos = nargs - TERN_NKW(kwnames);
    tern_push(vm, TERN_NULL);   /* s[1]: instance */
    m = tern_class_user_attr(vm, t, TERN_N(__new__));
    if (m) {
        tern_val *c = tern_push(vm, m);
        if (TERN_IS_KIND(m, TERN_K_STATICMETHOD))
            c[0] = TERN_AS(tern_wrapper, m)->fget;
        tern_push(vm, s[0]);
        for (i = 0; i < nargs; i++)
            tern_push(vm, args[i]);
        inst = tern_call(vm, c[0], nargs + 1, c + 1, kwnames);
        tern_popn(vm, (size_t)nargs + 2);
    } else {
        tern_val argt = TERN_NULL;
        t = TERN_AS(const tern_type, s[0]);
        if (t->inst_kind == TERN_K_TYPE) {
            inst = tern_class_create(vm, s[0], nargs, args, kwnames);
        } else if (t->inst_kind == TERN_K_EXC) {
            argt = tern_tuple_from(vm, (size_t)npos, args);
        } else if (TERN_IS_PROXY_TYPE(t) && t->base == &tern_type_hostobject) {
            if (nargs > 0 && !tern_class_user_attr(vm, t, TERN_N(__init__)))
                tern_raise_type_error(vm, "%V() takes no arguments", TERN_VAL(t->name));
            argt = tern_host_data_new(vm, s[0]);
        } else if (TERN_IS_PROXY_TYPE(t)) {
            const tern_type *b = t->base;
            if (!b->make)
                tern_raise_type_error(vm, "cannot create '%V' instances", TERN_VAL(b->name));
            if (tern_proxy_mutable_base(b) && tern_class_user_attr(vm, t, TERN_N(__init__)))
                argt = b->make(vm, b, 0, args, TERN_NULL);
            else
                argt = b->make(vm, b, nargs, args, kwnames);
        } else if (nargs > 0 && !tern_class_user_attr(vm, t, TERN_N(__init__))) {
            tern_raise_type_error(vm, "%V() takes no arguments", TERN_VAL(t->name));
        }
        if (TERN_AS(tern_type, s[0])->inst_kind != TERN_K_TYPE)
            inst = tern_class_alloc_instance(vm, s[0], argt);
    }
    s[1] = inst;
    if (tern_isinstance(inst, TERN_AS(const tern_type, s[0]))) {
        m = tern_class_user_attr(vm, tern_typeof(inst), TERN_N(__init__));
        if (m) {
            tern_val *c = tern_push(vm, m);
            tern_push(vm, s[1]);
            for (i = 0; i < nargs; i++)
                tern_push(vm, args[i]);
            if (TERN_IS_KIND(m, TERN_K_FUNC) || tern_host_is_method(m)
                || (TERN_IS_KIND(m, TERN_K_CFUNC) && (TERN_AS(tern_cfunc, m)->flags & TERN_CF_METHOD))) {
                r = tern_call(vm, c[0], nargs + 1, c + 1, kwnames);
            } else {
                c[0] = tern_class_bind(vm, c[0], c[1], TERN_VAL(tern_typeof(c[1])));
                r = tern_call(vm, c[0], nargs, c + 2, kwnames);
            }
            if (r != TERN_NONE)
                tern_raise_type_error(vm, "__init__() should return None, not '%T'", r);
            tern_popn(vm, (size_t)nargs + 2);
        }
    }
    inst = s[1];
    tern_popn(vm, 2);
    return inst;
}

/* ===================================================================
 * Class creation
 * =================================================================== */

/* A tuple with the MRO of type at s[i] (heap: its mro; ROM: the chain). */
tern_val tern_class_mro_tuple(tern_vm *vm, tern_val type) {
    const tern_type *t = TERN_AS(const tern_type, type);
    size_t i, n;
    tern_val *s, r;
    if (IS_HEAP_TYPE(t))
        return t->mro;
    n = tern_mro_len(t);
    s = tern_push(vm, type);
    r = tern_tuple_new(vm, n);
    t = TERN_AS(const tern_type, s[0]);
    for (i = 0; i < n; i++)
        TERN_TUPLE_ITEMS(r)[i] = TERN_VAL(tern_mro_item(t, i));
    tern_popn(vm, 1);
    return r;
}

TERN_NORETURN static void mro_error(tern_vm *vm, tern_val seqs, const size_t *pos) {
    tern_strbuf b;
    size_t i, j, n = TERN_TUPLE_LEN(seqs);
    tern_val *s = tern_push(vm, seqs);
    tern_strbuf_init(vm, &b, 64);
    tern_strbuf_add(vm, &b, "Cannot create a consistent method resolution\norder (MRO) for bases ", 67);
    {
        int first = 1;
        for (i = 0; i < n; i++) {
            tern_val seq = TERN_TUPLE_ITEMS(*s)[i], head;
            int dup = 0;
            if (pos[i] >= TERN_TUPLE_LEN(seq))
                continue;
            head = TERN_TUPLE_ITEMS(seq)[pos[i]];
            for (j = 0; j < i; j++) {
                tern_val sj = TERN_TUPLE_ITEMS(*s)[j];
                if (pos[j] < TERN_TUPLE_LEN(sj) && TERN_TUPLE_ITEMS(sj)[pos[j]] == head)
                    dup = 1;
            }
            if (dup)
                continue;
            if (!first)
                tern_strbuf_add(vm, &b, ", ", 2);
            first = 0;
            seq = TERN_TUPLE_ITEMS(*s)[i];
            tern_strbuf_add_str(vm, &b, TERN_VAL(TERN_AS(tern_type, TERN_TUPLE_ITEMS(seq)[pos[i]])->name));
        }
    }
    {
        tern_val msg = tern_strbuf_finish(vm, &b);
        tern_raise_fmt(vm, &tern_type_TypeError, "%V", msg);
    }
}

/* C3 linearization of the bases (a tuple of types), without the class. */
static tern_val c3_merge(tern_vm *vm, tern_val bases) {
    size_t nb = TERN_TUPLE_LEN(bases), i, j, k, total = 0, n = 0;
    size_t pos[MAX_BASES + 1];
    tern_val *s, r;
    if (nb > MAX_BASES)
        tern_raise_type_error(vm, "too many base classes");
    s = tern_push(vm, bases);
    tern_push(vm, tern_tuple_new(vm, nb + 1));   /* s[1]: sequences */
    tern_push(vm, TERN_NULL);                       /* s[2]: output */
    for (i = 0; i < nb; i++) {
        tern_val m = tern_class_mro_tuple(vm, TERN_TUPLE_ITEMS(s[0])[i]);
        TERN_TUPLE_ITEMS(s[1])[i] = m;
    }
    TERN_TUPLE_ITEMS(s[1])[nb] = s[0];
    for (i = 0; i <= nb; i++) {
        total += TERN_TUPLE_LEN(TERN_TUPLE_ITEMS(s[1])[i]);
        pos[i] = 0;
    }
    s[2] = tern_tuple_new(vm, total);
    /* no allocation from here to the end of the merge */
    for (;;) {
        tern_val seqs = s[1], out = s[2], cand = TERN_NULL;
        int any = 0, found = 0;
        for (i = 0; i <= nb && !found; i++) {
            tern_val si = TERN_TUPLE_ITEMS(seqs)[i];
            int ok = 1;
            if (pos[i] >= TERN_TUPLE_LEN(si))
                continue;
            any = 1;
            cand = TERN_TUPLE_ITEMS(si)[pos[i]];
            for (j = 0; j <= nb && ok; j++) {
                tern_val sj = TERN_TUPLE_ITEMS(seqs)[j];
                for (k = pos[j] + 1; k < TERN_TUPLE_LEN(sj); k++)
                    if (TERN_TUPLE_ITEMS(sj)[k] == cand) {
                        ok = 0;
                        break;
                    }
            }
            if (ok)
                found = 1;
        }
        if (!any)
            break;
        if (!found)
            mro_error(vm, seqs, pos);
        TERN_TUPLE_ITEMS(out)[n++] = cand;
        for (j = 0; j <= nb; j++) {
            tern_val sj = TERN_TUPLE_ITEMS(seqs)[j];
            if (pos[j] < TERN_TUPLE_LEN(sj) && TERN_TUPLE_ITEMS(sj)[pos[j]] == cand)
                pos[j]++;
        }
    }
    r = tern_tuple_new(vm, n);
    for (i = 0; i < n; i++)
        TERN_TUPLE_ITEMS(r)[i] = TERN_TUPLE_ITEMS(s[2])[i];
    tern_popn(vm, 3);
    return r;
}

/* Wrap ns[name] (a plain function) in a staticmethod or classmethod. */
static void wrap_implicit(tern_vm *vm, tern_val ns, tern_val name, unsigned kind) {
    tern_val f = tern_dict_get_name(ns, name), *s;
    tern_wrapper *w;
    if (!f || !TERN_IS_KIND(f, TERN_K_FUNC))
        return;
    s = tern_push(vm, ns);
    tern_push(vm, f);
    w = (tern_wrapper *)tern_alloc(vm, kind, sizeof(tern_wrapper));
    w->fget = s[1];
    tern_dict_set(vm, s[0], name, TERN_VAL(w));
    tern_popn(vm, 2);
}

static tern_val wrapper_new(tern_vm *vm, unsigned kind, tern_val fget, tern_val fset, tern_val fdel, tern_val doc);

/* ---- __slots__: each slot is a property whose functions are C functions
 * bound to the slot name; the values live in the cell of a slotted
 * instance or in the attribute dict of the others. ---- */

static tern_val slot_store(tern_vm *vm, tern_val obj) {
    if (TERN_IS_SLOTTED(obj))
        return TERN_AS(tern_cell, TERN_AS(tern_instance, obj)->dict)->value;
    return tern_obj_dict(vm, obj, 1);
}

static tern_val slot_get_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d, v;
    tern_check_args(vm, "__get__", nargs, kwnames, 2, 2);
    d = slot_store(vm, args[1]);
    v = d ? tern_dict_get_name(d, args[0]) : TERN_NULL;
    if (!v)
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", args[1], args[0]);
    return v;
}

static tern_val slot_set_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d;
    tern_check_args(vm, "__set__", nargs, kwnames, 3, 3);
    d = slot_store(vm, args[1]);
    if (!d)
        tern_raise_fmt(vm, &tern_type_AttributeError, "'%T' object has no attribute '%V'", args[1], args[0]);
    tern_dict_set(vm, d, args[0], args[2]);
    return TERN_NONE;
}

static tern_val slot_del_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d;
    tern_check_args(vm, "__delete__", nargs, kwnames, 2, 2);
    d = slot_store(vm, args[1]);
    if (!d || !tern_dict_del(vm, d, args[0]))
        tern_raise_fmt(vm, &tern_type_AttributeError, "%V", args[0]);
    return TERN_NONE;
}

static TERN_CFUNC_DEF(slot_get_obj, __get__, slot_get_fn);
static TERN_CFUNC_DEF(slot_set_obj, __set__, slot_set_fn);
static TERN_CFUNC_DEF(slot_del_obj, __delete__, slot_del_fn);

/* The fast paths for slot descriptors: read or write the slot's value
 * directly instead of calling the property's C functions. */
tern_val tern_class_slot_get(tern_vm *vm, tern_val attr, tern_val obj) {
    tern_val f = TERN_AS(tern_wrapper, attr)->fget, d;
    if (!f || !TERN_IS_KIND(f, TERN_K_BOUND) || TERN_AS(tern_bound, f)->func != TERN_VAL(&slot_get_obj))
        return TERN_NULL;
    if (!TERN_IS_SLOTTED(obj))
        return TERN_IS_KIND(obj, TERN_K_INSTANCE) ? tern_inst_lookup(obj, TERN_AS(tern_bound, f)->self)
                                                 : TERN_NULL;
    d = TERN_AS(tern_cell, TERN_AS(tern_instance, obj)->dict)->value;
    return d ? tern_dict_get_name(d, TERN_AS(tern_bound, f)->self) : TERN_NULL;
}

int tern_class_slot_set(tern_vm *vm, tern_val attr, tern_val obj, tern_val value) {
    tern_val f = TERN_AS(tern_wrapper, attr)->fset, d, name;
    if (!f || !TERN_IS_KIND(f, TERN_K_BOUND) || TERN_AS(tern_bound, f)->func != TERN_VAL(&slot_set_obj)
        || !TERN_IS_SLOTTED(obj))
        return 0;
    d = TERN_AS(tern_cell, TERN_AS(tern_instance, obj)->dict)->value;
    name = TERN_AS(tern_bound, f)->self;
    if (!tern_dict_set_name(d, name, value))
        tern_dict_set(vm, d, name, value);
    return 1;
}

/* ns[name] = the member descriptor of slot `name`. */
static void add_slot(tern_vm *vm, tern_val ns, tern_val name) {
    tern_val *s = tern_push(vm, ns), v;
    tern_push(vm, name);
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    v = tern_bound_new(vm, s[1], TERN_VAL(&slot_get_obj));
    s[2] = v;
    v = tern_bound_new(vm, s[1], TERN_VAL(&slot_set_obj));
    s[3] = v;
    v = tern_bound_new(vm, s[1], TERN_VAL(&slot_del_obj));
    s[4] = v;
    v = wrapper_new(vm, TERN_K_PROPERTY, s[2], s[3], s[4], TERN_NULL);
    tern_dict_set(vm, s[0], s[1], v);
    tern_popn(vm, 5);
}

/* Process ns['__slots__']: add the slot descriptors. Returns 1 if the
 * slots include '__dict__', 0 if not, -1 if there are no __slots__. */
static int process_slots(tern_vm *vm, tern_val ns) {
    tern_val sl = tern_dict_get_name(ns, TERN_N(__slots__)), *s, nm;
    int hasdict = 0;
    if (!sl)
        return -1;
    s = tern_push(vm, ns);
    tern_push(vm, sl);
    tern_push(vm, TERN_NULL);   /* s[2]: iterator */
    tern_push(vm, TERN_NULL);   /* s[3]: name */
    if (TERN_IS_STR(sl)) {
        s[2] = TERN_NULL;
        s[3] = sl;
    } else {
        tern_val it = tern_iter(vm, s[1]);
        s[2] = it;
        s[3] = tern_next(vm, s[2]);
    }
    while (s[3]) {
        if (!TERN_IS_STR(s[3]))
            tern_raise_type_error(vm, "__slots__ items must be strings, not '%T'", s[3]);
        nm = tern_name_interned(vm, s[3]);
        s[3] = nm;
        if (nm == TERN_N(__dict__)) {
            if (hasdict)
                tern_raise_type_error(vm, "__dict__ slot disallowed: we already got one");
            hasdict = 1;
        } else {
            if (tern_dict_get_name(s[0], nm))
                tern_raise_value_error(vm, "'%V' in __slots__ conflicts with class variable", s[3]);
            add_slot(vm, s[0], s[3]);
        }
        s[3] = s[2] ? tern_next(vm, s[2]) : TERN_NULL;
    }
    tern_popn(vm, 4);
    return hasdict;
}

/* The most derived metaclass of `meta` (or type if NULL) and the
 * metaclasses of the bases (a tuple of types). no alloc. */
static tern_val winner_meta(tern_vm *vm, tern_val meta, tern_val bases) {
    const tern_type *w = meta ? TERN_AS(const tern_type, meta) : &tern_type_type;
    size_t i, n = TERN_TUPLE_LEN(bases);
    for (i = 0; i < n; i++) {
        tern_val b = TERN_TUPLE_ITEMS(bases)[i];
        const tern_type *m;
        if (!TERN_IS_TYPE(b))
            continue;
        m = tern_typeof(b);
        if (tern_issubclass(w, m))
            continue;
        if (tern_issubclass(m, w)) {
            w = m;
            continue;
        }
        tern_raise_type_error(vm, "metaclass conflict: the metaclass of a derived class must be a "
                                  "(non-strict) subclass of the metaclasses of all its bases");
    }
    return TERN_VAL(w);
}

/* The class itself (type.__new__ less the hooks): ns is a fresh dict the
 * class takes over. */
static tern_val make_class(tern_vm *vm, tern_val name, tern_val bases, tern_val ns, tern_val meta) {
    tern_val *s = tern_push(vm, name), r;
    const tern_type *solid = &tern_type_object;
    size_t i, j, nb;
    int slots, nodict = 0, ismeta = 0;
    tern_type *t;
    tern_push(vm, bases);
    tern_push(vm, ns);
    tern_push(vm, TERN_NULL);   /* s[3]: merged mro */
    tern_push(vm, TERN_NULL);   /* s[4]: the class */
    tern_push(vm, meta);        /* s[5] */
    if (!TERN_IS_STR(name))
        tern_raise_type_error(vm, "type.__new__() argument 1 must be str, not %T", name);
    if (!TERN_IS_TUPLE(bases))
        tern_raise_type_error(vm, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!TERN_IS_DICT(ns))
        tern_raise_type_error(vm, "type.__new__() argument 3 must be dict, not %T", ns);
    nb = TERN_TUPLE_LEN(bases);
    if (nb == 0) {
        tern_val o = TERN_VAL(&tern_type_object);
        s[1] = tern_tuple_from(vm, 1, &o);
        nb = 1;
    }
    for (i = 0; i < nb; i++) {
        tern_val bv = TERN_TUPLE_ITEMS(s[1])[i];
        const tern_type *b, *lay;
        if (!TERN_IS_TYPE(bv))
            tern_raise_type_error(vm, "bases must be types");
        b = TERN_AS(const tern_type, bv);
        for (j = 0; j < i; j++)
            if (TERN_TUPLE_ITEMS(s[1])[j] == bv)
                tern_raise_type_error(vm, "duplicate base class %V", TERN_VAL(b->name));
        if (!(b->flags & TERN_TF_BASETYPE))
            tern_raise_type_error(vm, "type '%V' is not an acceptable base type", TERN_VAL(b->name));
        lay = IS_HEAP_TYPE(b) ? b->base : b;
        if (lay == &tern_type_object)
            continue;
        if (solid == &tern_type_object || tern_issubclass(lay, solid))
            solid = lay;
        else if (!tern_issubclass(solid, lay)
                 && !(solid->inst_kind == TERN_K_EXC && lay->inst_kind == TERN_K_EXC))
            tern_raise_type_error(vm, "multiple bases have instance lay-out conflict");
    }
    s[3] = c3_merge(vm, s[1]);
    meta = winner_meta(vm, s[5], s[1]);
    if (meta != TERN_VAL(&tern_type_type)) {
        /* the metaclass is kept as an extra last item of the bases */
        tern_val *m = tern_push(vm, meta), b;
        b = tern_tuple_new(vm, nb + 1);
        for (i = 0; i < nb; i++)
            TERN_TUPLE_ITEMS(b)[i] = TERN_TUPLE_ITEMS(s[1])[i];
        TERN_TUPLE_ITEMS(b)[nb] = *m;
        s[1] = b;
        tern_popn(vm, 1);
        ismeta = 1;
    }
    slots = process_slots(vm, s[2]);
    if (slots == 0 && solid->inst_kind != TERN_K_EXC && solid != &tern_type_type) {
        nodict = 1;
        for (i = 0; i < TERN_TUPLE_LEN(s[3]); i++) {
            const tern_type *e = TERN_AS(const tern_type, TERN_TUPLE_ITEMS(s[3])[i]);
            if (IS_HEAP_TYPE(e) && !(e->pad_ & TERN_CLS_NODICT))
                nodict = 0;
        }
    }
    wrap_implicit(vm, s[2], TERN_N(__new__), TERN_K_STATICMETHOD);
    wrap_implicit(vm, s[2], TERN_N(__init_subclass__), TERN_K_CLASSMETHOD);
    wrap_implicit(vm, s[2], TERN_N(__class_getitem__), TERN_K_CLASSMETHOD);
    if (tern_dict_get_name(s[2], TERN_N(__eq__)) && !tern_dict_get_name(s[2], TERN_N(__hash__)))
        tern_dict_set(vm, s[2], TERN_N(__hash__), TERN_NONE);
    if (!tern_dict_get_name(s[2], TERN_N(__doc__)))
        tern_dict_set(vm, s[2], TERN_N(__doc__), TERN_NONE);
    t = (tern_type *)tern_alloc(vm, TERN_K_TYPE, sizeof(tern_type));
    t->name = TERN_AS(const tern_str, s[0]);
    t->dict = s[2];
    t->bases = s[1];
    t->base = solid;
    t->inst_kind = (uint8_t)(solid->inst_kind == TERN_K_EXC ? (unsigned)TERN_K_EXC : (unsigned)TERN_K_INSTANCE);
    t->flags = (uint8_t)(TERN_TF_HEAP | TERN_TF_BASETYPE | (solid->flags & TERN_TF_EXCEPTION));
    t->pad_ = (uint16_t)((nodict ? TERN_CLS_NODICT : 0) | (ismeta ? TERN_CLS_META : 0));
    if (solid == &tern_type_type)
        t->inst_kind = TERN_K_TYPE;
    s[4] = TERN_VAL(t);
    r = tern_tuple_new(vm, TERN_TUPLE_LEN(s[3]) + 1);
    TERN_TUPLE_ITEMS(r)[0] = s[4];
    for (i = 0; i < TERN_TUPLE_LEN(s[3]); i++)
        TERN_TUPLE_ITEMS(r)[i + 1] = TERN_TUPLE_ITEMS(s[3])[i];
    TERN_AS(tern_type, s[4])->mro = r;
    tern_class_fix_slots(vm, s[4]);
    r = s[4];
    tern_popn(vm, 6);
    return r;
}

/* ===================================================================
 * type.__new__ and __build_class__
 * =================================================================== */

/* A fresh dict with the items of namespace `ns` (a dict or an instance of
 * a dict subclass), keys interned: the class owns it, as CPython copies the
 * namespace, so the mapping __prepare__ returned stays the caller's. */
static tern_val copy_ns(tern_vm *vm, tern_val ns) {
    tern_val *s, k, v;
    size_t pos = 0;
    if (TERN_IS_PROXY(ns) && TERN_IS_DICT(TERN_PROXY_VALUE(ns)))
        ns = TERN_PROXY_VALUE(ns);
    if (!TERN_IS_DICT(ns))
        tern_raise_type_error(vm, "type.__new__() argument 3 must be dict, not %T", ns);
    s = tern_push(vm, ns);
    tern_push(vm, tern_dict_new(vm, TERN_DICT_LEN(ns) + 2));
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    while (tern_dict_next(s[0], &pos, &k, &v)) {
        s[3] = v;
        s[2] = tern_name_interned(vm, k);
        tern_dict_set(vm, s[1], s[2], s[3]);
    }
    v = s[1];
    tern_popn(vm, 4);
    return v;
}

/* Fill the __class__ cell the body's methods close over (zero-argument
 * super) and drop __classcell__ from the class dict. */
static void set_classcell(tern_vm *vm, tern_val *cls) {
    tern_val cell = tern_dict_get_name(TERN_AS(tern_type, *cls)->dict, TERN_N(__classcell__));
    if (!cell)
        return;
    if (TERN_IS_KIND(cell, TERN_K_CELL))
        TERN_AS(tern_cell, cell)->value = *cls;
    tern_dict_del(vm, TERN_AS(tern_type, *cls)->dict, TERN_N(__classcell__));
    tern_attr_cache_clear(vm);
}

static void call_set_names(tern_vm *vm, tern_val *cls) {
    size_t pos = 0;
    tern_val k, v;
    for (;;) {
        tern_val d = TERN_AS(tern_type, *cls)->dict;
        const tern_type *vt;
        if (!tern_dict_next(d, &pos, &k, &v))
            break;
        vt = tern_typeof(v);
        if ((vt->flags & TERN_TF_HEAP) && tern_class_user_lookup(vt, TERN_N(__set_name__)))
            tern_call_special(vm, v, TERN_N(__set_name__), 2, *cls, k);
    }
}

/* super(cls, cls).__init_subclass__(**kw): kwv are the nkw keyword values
 * (rooted) named by kwnames. object's version is a C method given the
 * class as its first argument. */
static void call_init_subclass(tern_vm *vm, tern_val *cls, int nkw, tern_val *kwv, tern_val kwnames) {
    const tern_type *t = TERN_AS(const tern_type, *cls);
    size_t i, n = tern_mro_len(t);
    int k;
    tern_val m = TERN_NULL, *s;
    for (i = 1; i < n && !m; i++) {
        const tern_type *e = tern_mro_item(t, i);
        if (IS_HEAP_TYPE(e))
            m = tern_dict_get_name(e->dict, TERN_N(__init_subclass__));
        else
            m = tern_type_lookup(vm, e, TERN_N(__init_subclass__)), i = n;
    }
    if (!m)
        return;
    s = tern_push(vm, m);
    if (TERN_IS_KIND(m, TERN_K_CFUNC))
        s[0] = tern_bound_new(vm, *cls, s[0]);
    else
        s[0] = tern_class_bind(vm, s[0], TERN_NULL, *cls);
    for (k = 0; k < nkw; k++)
        tern_push(vm, kwv[k]);
    tern_call(vm, s[0], nkw, s + 1, nkw ? kwnames : TERN_NULL);
    tern_popn(vm, (size_t)nkw + 1);
}

/* type.__new__(meta, name, bases, ns, **kw): args = [name, bases, ns,
 * keyword values...] (rooted). The class gets a copy of ns, then, as in
 * CPython, its __class__ cell is filled, __set_name__ is called on its
 * attributes and its bases' __init_subclass__ receives the keywords. */
tern_val tern_class_create(tern_vm *vm, tern_val meta, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw;
    tern_val *s, cls, mod;
    if (npos != 3)
        tern_raise_type_error(vm, "type.__new__() takes exactly 3 arguments (%d given)", npos);
    if (!TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!TERN_IS_TUPLE(args[1]))
        tern_raise_type_error(vm, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    s = tern_push(vm, meta);
    tern_push(vm, copy_ns(vm, args[2]));
    if (!tern_dict_get_name(s[1], TERN_N(__module__)) && vm->frame < vm->frame_top && vm->frame->globals) {
        mod = tern_dict_get_name(vm->frame->globals, TERN_N(__name__));
        if (mod)
            tern_dict_set(vm, s[1], TERN_N(__module__), mod);
    }
    cls = make_class(vm, args[0], args[1], s[1], s[0]);
    s[1] = cls;
    set_classcell(vm, &s[1]);
    call_set_names(vm, &s[1]);
    call_init_subclass(vm, &s[1], nkw, args + npos, kwnames);
    cls = s[1];
    tern_popn(vm, 2);
    return cls;
}

tern_val tern_class_new(tern_vm *vm, tern_val name, tern_val bases, tern_val ns) {
    return tern_class_new_meta(vm, name, bases, ns, TERN_NULL);
}

tern_val tern_class_new_meta(tern_vm *vm, tern_val name, tern_val bases, tern_val ns, tern_val meta) {
    tern_val *s = tern_push(vm, meta), r;
    tern_push(vm, name);
    tern_push(vm, bases);
    tern_push(vm, ns);
    r = tern_class_create(vm, s[0], 3, s + 1, TERN_NULL);
    tern_popn(vm, 4);
    return r;
}

/* Store ns[name] = v in a class namespace, which __prepare__ may have made
 * any mapping. */
static void ns_store(tern_vm *vm, tern_val ns, tern_val name, tern_val v) {
    if (TERN_IS_DICT(ns))
        tern_dict_set(vm, ns, name, v);
    else
        tern_setitem(vm, ns, name, v);
}

/* The bases of a class statement with the non-class ones replaced by
 * what their __mro_entries__(bases) return (class C(List[int]): ...). */
static tern_val resolve_bases(tern_vm *vm, tern_val orig) {
    size_t i, j, n = TERN_TUPLE_LEN(orig);
    tern_val *s = tern_push(vm, orig), r;
    tern_push(vm, tern_list_new(vm, 0));                /* s[1]: the new bases */
    tern_push(vm, TERN_NULL);
    for (i = 0; i < n; i++) {
        tern_val b = TERN_TUPLE_ITEMS(s[0])[i];
        if (TERN_IS_TYPE(b)) {
            tern_list_append(vm, s[1], b);
            continue;
        }
        s[2] = tern_getattr_opt(vm, b, TERN_N(__mro_entries__));
        if (!s[2])
            tern_raise_type_error(vm, "bases must be types");
        s[2] = tern_call1(vm, s[2], s[0]);
        if (!TERN_IS_TUPLE(s[2]))
            tern_raise_type_error(vm, "__mro_entries__ must return a tuple");
        tern_list_extend(vm, s[1], s[2]);
    }
    /* allocate first, then copy: the list's items move with the allocation */
    r = tern_tuple_new(vm, TERN_LIST_LEN(s[1]));
    for (j = 0; j < TERN_LIST_LEN(s[1]); j++)
        TERN_TUPLE_ITEMS(r)[j] = TERN_LIST_ITEMS(s[1])[j];
    tern_popn(vm, 3);
    return r;
}

/* builtins.__build_class__(func, name, *bases, metaclass=None, **kw):
 * find the metaclass, let its __prepare__ make the namespace, run the body
 * in it, then call metaclass(name, bases, ns, **kw). */
static tern_val build_class_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i, k, npass = 0;
    tern_val *s, *c, *kw, v;
    if (npos < 2)
        tern_raise_type_error(vm, "__build_class__: not enough arguments");
    if (!TERN_IS_KIND(args[0], TERN_K_FUNC))
        tern_raise_type_error(vm, "__build_class__: func must be a function");
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__build_class__: name is not a string");
    /* kwnames moves at the first allocation: read it from kw[0] */
    kw = tern_push(vm, kwnames);
    v = tern_tuple_from(vm, (size_t)(npos - 2), args + 2);
    s = tern_push(vm, v);                                                      /* s[0] bases */
    tern_push(vm, tern_kwarg(kw[0], nargs, args, TERN_N(metaclass)));         /* s[1] meta */
    tern_push(vm, TERN_NULL);                                                  /* s[2] ns */
    tern_push(vm, TERN_NULL);                                                  /* s[3] kwnames */
    tern_push(vm, TERN_NULL);                                                  /* s[4] orig bases */
    for (i = 0; i < npos - 2; i++)
        if (!TERN_IS_TYPE(args[2 + i]))
            break;
    if (i < npos - 2) {
        s[4] = s[0];
        s[0] = resolve_bases(vm, s[4]);
    }
    if (!s[1])
        s[1] = winner_meta(vm, TERN_NULL, s[0]);
    else if (TERN_IS_TYPE(s[1]) && tern_issubclass(TERN_AS(const tern_type, s[1]), &tern_type_type))
        s[1] = winner_meta(vm, s[1], s[0]);
    for (k = 0; k < nkw; k++)
        if (TERN_TUPLE_ITEMS(kw[0])[k] != TERN_N(metaclass))
            npass++;
    if (npass) {
        int w = 0;
        s[3] = tern_tuple_new(vm, (size_t)npass);
        for (k = 0; k < nkw; k++)
            if (TERN_TUPLE_ITEMS(kw[0])[k] != TERN_N(metaclass))
                TERN_TUPLE_ITEMS(s[3])[w++] = TERN_TUPLE_ITEMS(kw[0])[k];
    }
    /* c: [callee, name, bases, ns, keyword values...] for __prepare__ and the metaclass call */
    c = tern_push(vm, TERN_NULL);
    tern_push(vm, args[1]);
    tern_push(vm, s[0]);
    tern_push(vm, TERN_NULL);
    for (k = 0; k < nkw; k++)
        if (TERN_TUPLE_ITEMS(kw[0])[k] != TERN_N(metaclass))
            tern_push(vm, args[npos + k]);
    if (s[1] == TERN_VAL(&tern_type_type) || !(c[0] = tern_getattr_opt(vm, s[1], TERN_N(__prepare__)))) {
        s[2] = tern_dict_new(vm, 8);
    } else {
        /* __prepare__(name, bases, **kw): the keyword values follow bases */
        tern_val *p = tern_push(vm, c[1]);
        tern_push(vm, c[2]);
        for (k = 0; k < npass; k++)
            tern_push(vm, c[4 + k]);
        v = tern_call(vm, c[0], 2 + npass, p, s[3]);
        tern_popn(vm, (size_t)npass + 2);
        s[2] = v;
        if (!TERN_IS_DICT(v) && !tern_typeof(v)->getitem) {
            if (TERN_IS_TYPE(s[1]))
                tern_raise_type_error(vm, "%V.__prepare__() must return a mapping, not %T",
                                      TERN_VAL(TERN_AS(tern_type, s[1])->name), v);
            tern_raise_type_error(vm, "<metaclass>.__prepare__() must return a mapping, not %T", v);
        }
    }
    c[3] = s[2];
    v = tern_dict_get_name(TERN_AS(tern_func, args[0])->globals, TERN_N(__name__));
    if (v)
        ns_store(vm, s[2], TERN_N(__module__), v);
    v = TERN_AS(tern_func, args[0])->qualname;
    if (v && TERN_IS_STR(v))
        ns_store(vm, s[2], TERN_N(__qualname__), v);
    tern_run_class_body(vm, args[0], s[2]);
    if (s[4])
        ns_store(vm, s[2], TERN_N(__orig_bases__), s[4]);
    c[0] = s[1];
    if (s[1] == TERN_VAL(&tern_type_type))
        v = tern_class_create(vm, TERN_NULL, 3 + npass, c + 1, s[3]);
    else
        v = tern_call(vm, c[0], 3 + npass, c + 1, s[3]);
    tern_popn(vm, (size_t)npass + 10);
    return v;
}

TERN_CFUNC_DEF(tern_build_class_obj, __build_class__, build_class_fn);

/* ===================================================================
 * super
 * =================================================================== */

static tern_val super_new(tern_vm *vm, tern_val type, tern_val obj) {
    tern_val *s = tern_push(vm, type);
    tern_super *p;
    const tern_type *t;
    tern_push(vm, obj);
    if (!TERN_IS_TYPE(type))
        tern_raise_type_error(vm, "super() argument 1 must be a type, not %T", type);
    t = TERN_AS(const tern_type, type);
    if (!(TERN_IS_TYPE(obj) && tern_issubclass(TERN_AS(const tern_type, obj), t)) && !tern_isinstance(obj, t))
        tern_raise_type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
    p = (tern_super *)tern_alloc(vm, TERN_K_SUPER, sizeof(tern_super));
    p->type = s[0];
    p->obj = s[1];
    tern_popn(vm, 2);
    return TERN_VAL(p);
}

/* super() without arguments: the first argument of the calling Python
 * frame and its __class__ cell. */
static tern_val super_zero(tern_vm *vm) {
    tern_frame *f = vm->frame;
    tern_code *code;
    tern_val self, cls = TERN_NULL, vn;
    size_t i, n;
    if (f == vm->frame_top || !f->code)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "super(): no arguments");
    code = TERN_AS(tern_code, f->code);
    if (code->argcount == 0 && !(code->flags & TERN_CO_VARARGS))
        tern_raise_fmt(vm, &tern_type_RuntimeError, "super(): no arguments");
    self = f->base[0];
    if (TERN_IS_KIND(self, TERN_K_CELL))
        self = TERN_AS(tern_cell, self)->value;
    if (!self)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "super(): arg[0] deleted");
    vn = code->varnames;
    n = vn ? TERN_TUPLE_LEN(vn) : 0;
    for (i = 0; i < n && i < code->nlocals; i++) {
        if (TERN_TUPLE_ITEMS(vn)[i] == TERN_N(__class__)) {
            tern_val c = f->base[i];
            if (!TERN_IS_KIND(c, TERN_K_CELL))
                break;
            cls = TERN_AS(tern_cell, c)->value;
            if (!cls)
                tern_raise_fmt(vm, &tern_type_RuntimeError, "super(): empty __class__ cell");
            break;
        }
    }
    if (!cls) {
        /* fall back on a free cell holding a class of self's MRO */
        for (i = (size_t)(code->nlocals - code->nfree); i < code->nlocals; i++) {
            tern_val c = f->base[i];
            if (TERN_IS_KIND(c, TERN_K_CELL)) {
                tern_val v = TERN_AS(tern_cell, c)->value;
                if (v && TERN_IS_TYPE(v)
                    && (tern_isinstance(self, TERN_AS(const tern_type, v))
                        || (TERN_IS_TYPE(self) && tern_issubclass(TERN_AS(const tern_type, self),
                                                                  TERN_AS(const tern_type, v))))) {
                    cls = v;
                    break;
                }
            }
        }
    }
    if (!cls)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "super(): __class__ cell not found");
    return super_new(vm, cls, self);
}

static tern_val super_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "super() takes no keyword arguments");
    if (nargs == 0)
        return super_zero(vm);
    if (nargs == 2)
        return super_new(vm, args[0], args[1]);
    if (nargs == 1)
        tern_raise_type_error(vm, "super() with one argument is not supported");
    tern_raise_type_error(vm, "super() takes at most 2 arguments (%d given)", nargs);
}

tern_val tern_super_getattr(tern_vm *vm, tern_val sup, tern_val name) {
    tern_super *p = TERN_AS(tern_super, sup);
    const tern_type *start, *type = TERN_AS(const tern_type, p->type);
    int obj_is_type;
    size_t i, n;
    if (name == TERN_N(__class__))
        return TERN_VAL(&tern_type_super);
    obj_is_type = TERN_IS_TYPE(p->obj) && tern_issubclass(TERN_AS(const tern_type, p->obj), type);
    start = obj_is_type ? TERN_AS(const tern_type, p->obj) : tern_typeof(p->obj);
    n = tern_mro_len(start);
    for (i = 0; i < n; i++)
        if (tern_mro_item(start, i) == type)
            break;
    for (i++; i < n; i++) {
        const tern_type *e = tern_mro_item(start, i);
        tern_val v;
        if (IS_HEAP_TYPE(e))
            v = tern_dict_get_name(e->dict, name);
        else
            v = tern_rom_attr(e, name, !obj_is_type && TERN_IS_PROXY(p->obj));
        if (v) {
            if (obj_is_type && name == TERN_N(__init_subclass__) && TERN_IS_KIND(v, TERN_K_CFUNC))
                return tern_bound_new(vm, p->obj, v);
            if (obj_is_type)
                return tern_class_bind(vm, v, TERN_NULL, p->obj);
            return tern_class_bind(vm, v, p->obj, TERN_VAL(start));
        }
    }
    return TERN_NULL;
}

static tern_val super_repr(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), r;
    r = tern_repr(vm, TERN_AS(tern_super, self)->type);
    tern_push(vm, r);
    r = tern_repr(vm, TERN_AS(tern_super, s[0])->obj);
    r = tern_str_fmt(vm, "<super: %V, %V>", s[1], r);
    tern_popn(vm, 2);
    return r;
}

static tern_val id_hash(tern_vm *vm, tern_val self) { return tern_id_hash(vm, self); }

static tern_val ident_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    (void)vm;
    if (op == TERN_CMP_EQ)
        return a == b ? TERN_TRUE : TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_NE)
        return a == b ? TERN_FALSE : TERN_NOTIMPLEMENTED;
    return TERN_NOTIMPLEMENTED;
}

const tern_type tern_type_super = {
    TERN_TYPE_HEAD(super, &tern_type_object, NULL, 0, TERN_K_SUPER, 0),
    super_make, super_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

/* ===================================================================
 * property, staticmethod, classmethod
 * =================================================================== */

static tern_val wrapper_new(tern_vm *vm, unsigned kind, tern_val fget, tern_val fset, tern_val fdel, tern_val doc) {
    tern_val *s = tern_push(vm, fget);
    tern_wrapper *w;
    tern_push(vm, fset);
    tern_push(vm, fdel);
    tern_push(vm, doc);
    w = (tern_wrapper *)tern_alloc(vm, kind, sizeof(tern_wrapper));
    w->fget = s[0];
    w->fset = s[1];
    w->fdel = s[2];
    w->doc = s[3];
    tern_popn(vm, 4);
    return TERN_VAL(w);
}

static tern_val none_to_null(tern_val v) { return v == TERN_NONE ? TERN_NULL : v; }
static tern_val null_to_none(tern_val v) { return v ? v : TERN_NONE; }

static tern_val property_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, k;
    tern_val a[4] = { TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL };
    static const tern_str *const kws[4] = { TERN_NSTR(fget), TERN_NSTR(fset), TERN_NSTR(fdel), TERN_NSTR(doc) };
    (void)t;
    if (npos > 4)
        tern_raise_type_error(vm, "property() takes at most 4 arguments (%d given)", npos);
    for (k = 0; k < npos; k++)
        a[k] = args[k];
    for (k = 0; k < nkw; k++) {
        tern_val nm = TERN_TUPLE_ITEMS(kwnames)[k];
        int j, ok = 0;
        for (j = 0; j < 4; j++)
            if (nm == TERN_VAL(kws[j])) {
                a[j] = args[npos + k];
                ok = 1;
            }
        if (!ok)
            tern_raise_type_error(vm, "property() got an unexpected keyword argument '%V'", nm);
    }
    return wrapper_new(vm, TERN_K_PROPERTY, none_to_null(a[0]), none_to_null(a[1]),
                       none_to_null(a[2]), none_to_null(a[3]));
}

/* getter/setter/deleter: a copy of the property with one function replaced. */
static tern_val property_copy(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int which) {
    tern_wrapper *w;
    tern_check_args(vm, which == 0 ? "getter" : which == 1 ? "setter" : "deleter", nargs, kwnames, 2, 2);
    if (!TERN_IS_KIND(args[0], TERN_K_PROPERTY))
        tern_raise_type_error(vm, "descriptor requires a 'property' object");
    w = TERN_AS(tern_wrapper, args[0]);
    return wrapper_new(vm, TERN_K_PROPERTY, which == 0 ? none_to_null(args[1]) : w->fget,
                       which == 1 ? none_to_null(args[1]) : w->fset,
                       which == 2 ? none_to_null(args[1]) : w->fdel, w->doc);
}

static tern_val property_getter_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return property_copy(vm, nargs, args, kwnames, 0);
}
static tern_val property_setter_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return property_copy(vm, nargs, args, kwnames, 1);
}
static tern_val property_deleter_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return property_copy(vm, nargs, args, kwnames, 2);
}

static tern_val property_get_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__get__", nargs, kwnames, 2, 3);
    if (args[1] == TERN_NONE)
        return args[0];
    return tern_class_bind(vm, args[0], args[1], TERN_VAL(tern_typeof(args[1])));
}

static tern_val property_set_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val f;
    tern_check_args(vm, "__set__", nargs, kwnames, 3, 3);
    f = TERN_AS(tern_wrapper, args[0])->fset;
    if (!f)
        tern_raise_fmt(vm, &tern_type_AttributeError, "can't set attribute");
    tern_call2(vm, f, args[1], args[2]);
    return TERN_NONE;
}

static TERN_CMETHOD_DEF(property_getter_obj, getter, property_getter_fn);
static TERN_CMETHOD_DEF(property_setter_obj, setter, property_setter_fn);
static TERN_CMETHOD_DEF(property_deleter_obj, deleter, property_deleter_fn);
static TERN_CMETHOD_DEF(property_get_obj, __get__, property_get_fn);
static TERN_CMETHOD_DEF(property_set_obj, __set__, property_set_fn);
static const tern_attr property_attrs[] = {
    { TERN_NSTR(getter), &property_getter_obj },
    { TERN_NSTR(setter), &property_setter_obj },
    { TERN_NSTR(deleter), &property_deleter_obj },
    { TERN_NSTR(__get__), &property_get_obj },
    { TERN_NSTR(__set__), &property_set_obj },
};

static tern_val property_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_wrapper *w = TERN_AS(tern_wrapper, self);
    if (name == TERN_N(fget)) return null_to_none(w->fget);
    if (name == TERN_N(fset)) return null_to_none(w->fset);
    if (name == TERN_N(fdel)) return null_to_none(w->fdel);
    if (name == TERN_N(__doc__)) {
        if (w->doc)
            return w->doc;
        if (w->fget) {
            tern_val d = tern_getattr_opt(vm, w->fget, TERN_N(__doc__));
            return d ? d : TERN_NONE;
        }
        return TERN_NONE;
    }
    return TERN_NULL;
}

const tern_type tern_type_property = {
    TERN_TYPE_HEAD(property, &tern_type_object, property_attrs, TERN_NATTRS(property_attrs),
                   TERN_K_PROPERTY, 0),
    property_make, NULL, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, property_getattr, NULL
};

static tern_val staticmethod_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t;
    tern_check_args(vm, "staticmethod", nargs, kwnames, 1, 1);
    return wrapper_new(vm, TERN_K_STATICMETHOD, args[0], TERN_NULL, TERN_NULL, TERN_NULL);
}

static tern_val classmethod_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t;
    tern_check_args(vm, "classmethod", nargs, kwnames, 1, 1);
    return wrapper_new(vm, TERN_K_CLASSMETHOD, args[0], TERN_NULL, TERN_NULL, TERN_NULL);
}

static tern_val wrapper_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_wrapper *w = TERN_AS(tern_wrapper, self);
    if (name == TERN_N(__func__))
        return w->fget;
    if (name == TERN_N(__doc__) || name == TERN_N(__name__) || name == TERN_N(__qualname__))
        return tern_getattr_opt(vm, w->fget, name);
    return TERN_NULL;
}

static tern_val wrapper_repr(tern_vm *vm, tern_val self) {
    tern_val r = tern_repr(vm, TERN_AS(tern_wrapper, self)->fget);
    return tern_str_fmt(vm, "<%s(%V)>", TERN_IS_KIND(self, TERN_K_STATICMETHOD) ? "staticmethod"
                                                                              : "classmethod", r);
}

static tern_val staticmethod_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    return tern_call(vm, TERN_AS(tern_wrapper, self)->fget, nargs, args, kwnames);
}

static tern_val wrapper_get_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val cls;
    tern_check_args(vm, "__get__", nargs, kwnames, 2, 3);
    cls = nargs > 2 && args[2] != TERN_NONE ? args[2] : TERN_VAL(tern_typeof(args[1]));
    return tern_class_bind(vm, args[0], args[1] == TERN_NONE ? TERN_NULL : args[1], cls);
}
static TERN_CMETHOD_DEF(wrapper_get_obj, __get__, wrapper_get_fn);
static const tern_attr wrapper_attrs[] = {
    { TERN_NSTR(__get__), &wrapper_get_obj },
};

const tern_type tern_type_staticmethod = {
    TERN_TYPE_HEAD(staticmethod, &tern_type_object, wrapper_attrs, TERN_NATTRS(wrapper_attrs),
                   TERN_K_STATICMETHOD, 0),
    staticmethod_make, wrapper_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, staticmethod_call, wrapper_getattr, NULL
};

const tern_type tern_type_classmethod = {
    TERN_TYPE_HEAD(classmethod, &tern_type_object, wrapper_attrs, TERN_NATTRS(wrapper_attrs),
                   TERN_K_CLASSMETHOD, 0),
    classmethod_make, wrapper_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, wrapper_getattr, NULL
};
