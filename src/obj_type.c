/* SPDX-License-Identifier: MIT */
/*
 * obj_type.c — the type `type`: calling a type, type(x), type(name, bases,
 * ns), the attributes of type objects (__name__, __mro__, __dict__...),
 * __subclasses__, __prepare__, the default __instancecheck__ and
 * __subclasscheck__, `X | Y` on types; and mappingproxy, the read-only
 * view a class's __dict__ gives.
 *
 * Creating classes is obj_class.c's (tern_class_create); this file is the
 * Python-visible face of it.
 */
#include <stdio.h>
#include "runtime.h"
#include "obj_class.h"

#define IS_HEAP_TYPE(t) (((t)->flags & TERN_TF_HEAP) != 0)

static tern_val id_hash(tern_vm *vm, tern_val self) { return tern_id_hash(vm, self); }

static tern_val ident_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    (void)vm;
    if (op == TERN_CMP_EQ)
        return a == b ? TERN_TRUE : TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_NE)
        return a == b ? TERN_FALSE : TERN_NOTIMPLEMENTED;
    return TERN_NOTIMPLEMENTED;
}

/* ===================================================================
 * mappingproxy
 * =================================================================== */

/* A mappingproxy is an instance of a ROM type whose `dict` field is a cell
 * holding the mapping: like a slotted instance, it has no attribute dict
 * (so nothing can be stored on it) and the VM's fast paths pass it by. */
#define MP_TARGET(v) (TERN_AS(tern_cell, TERN_AS(tern_instance, v)->dict)->value)

tern_val tern_mappingproxy_new(tern_vm *vm, tern_val mapping) {
    tern_val *s = tern_push(vm, tern_cell_new(vm, mapping));
    tern_instance *p = (tern_instance *)tern_alloc(vm, TERN_K_INSTANCE, TERN_INSTANCE_BYTES);
    p->cls = TERN_VAL(&tern_type_mappingproxy);
    p->dict = s[0];
    tern_popn(vm, 1);
    return TERN_VAL(p);
}

static tern_val mp_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    (void)t;
    tern_check_args(vm, "mappingproxy", nargs, kwnames, 1, 1);
    if (!TERN_IS_DICT(args[0]) && !TERN_IS_PROXY(args[0]) && !tern_typeof(args[0])->getitem)
        tern_raise_type_error(vm, "mappingproxy() argument must be a mapping, not %T", args[0]);
    return tern_mappingproxy_new(vm, args[0]);
}

static tern_val mp_repr(tern_vm *vm, tern_val self) {
    tern_val r = tern_repr(vm, MP_TARGET(self));
    return tern_str_fmt(vm, "mappingproxy(%V)", r);
}

static tern_val mp_str(tern_vm *vm, tern_val self) { return tern_to_str(vm, MP_TARGET(self)); }
static tern_int mp_len(tern_vm *vm, tern_val self) { return tern_len(vm, MP_TARGET(self)); }
static tern_val mp_getitem(tern_vm *vm, tern_val self, tern_val key) {
    return tern_getitem(vm, MP_TARGET(self), key);
}
static int mp_contains(tern_vm *vm, tern_val self, tern_val v) {
    return tern_contains(vm, MP_TARGET(self), v);
}
static tern_val mp_iter(tern_vm *vm, tern_val self) { return tern_iter(vm, MP_TARGET(self)); }

static tern_val mp_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (TERN_IS_KIND(a, TERN_K_INSTANCE) && tern_typeof(a) == &tern_type_mappingproxy)
        a = MP_TARGET(a);
    if (TERN_IS_KIND(b, TERN_K_INSTANCE) && tern_typeof(b) == &tern_type_mappingproxy)
        b = MP_TARGET(b);
    return tern_compare(vm, op, a, b);
}

/* keys(), values(), items(), get(), copy(): the mapping's own methods. */
static tern_val mp_forward(tern_vm *vm, tern_val name, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    if (nargs < 1 || !TERN_IS_KIND(args[0], TERN_K_INSTANCE) || tern_typeof(args[0]) != &tern_type_mappingproxy)
        tern_raise_type_error(vm, "descriptor '%V' requires a 'mappingproxy' object", name);
    s = tern_push(vm, tern_getattr(vm, MP_TARGET(args[0]), name));
    r = tern_call(vm, s[0], nargs - 1, args + 1, kwnames);
    tern_popn(vm, 1);
    return r;
}
#define MP_METHOD(nm) \
    static tern_val mp_##nm##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return mp_forward(vm, TERN_N(nm), nargs, args, kwnames); \
    } \
    static TERN_CMETHOD_DEF(mp_##nm##_obj, nm, mp_##nm##_fn);
MP_METHOD(keys) MP_METHOD(values) MP_METHOD(items) MP_METHOD(get) MP_METHOD(copy)

static const tern_attr mp_attrs[] = {
    { TERN_NSTR(keys), &mp_keys_obj },
    { TERN_NSTR(values), &mp_values_obj },
    { TERN_NSTR(items), &mp_items_obj },
    { TERN_NSTR(get), &mp_get_obj },
    { TERN_NSTR(copy), &mp_copy_obj },
};

const tern_type tern_type_mappingproxy = {
    TERN_TYPE_HEAD(mappingproxy, &tern_type_object, mp_attrs, TERN_NATTRS(mp_attrs), TERN_K_INSTANCE, 0),
    mp_make, mp_repr, mp_str, NULL, mp_compare, NULL, NULL, NULL, mp_len,
    mp_getitem, NULL, mp_contains, mp_iter, NULL, NULL, NULL, NULL
};

/* ===================================================================
 * Attributes of type objects
 * =================================================================== */

static tern_val rom_attrs_dict(tern_vm *vm, const tern_type *t) {
    tern_val d = tern_dict_new(vm, t->nattrs), *s = tern_push(vm, d);
    uint32_t i;
    for (i = 0; i < t->nattrs; i++)
        tern_dict_set(vm, s[0], TERN_VAL(t->attrs[i].name), TERN_VAL(t->attrs[i].value));
    tern_popn(vm, 1);
    return d;
}

/* Built-in types that list[int]-style subscription makes a GenericAlias of. */
int tern_type_is_generic(const tern_type *t) {
    return t == &tern_type_list || t == &tern_type_dict || t == &tern_type_tuple
        || t == &tern_type_set || t == &tern_type_frozenset || t == &tern_type_type;
}

/* cls.__class_getitem__ of a generic built-in type: bound to the class. */
static tern_val class_getitem_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__class_getitem__", nargs, kwnames, 2, 2);
    return tern_alias_new(vm, args[0], args[1]);
}
static TERN_CFUNC_DEF(class_getitem_obj, __class_getitem__, class_getitem_fn);

tern_val tern_type_getattr(tern_vm *vm, tern_val type, tern_val name) {
    const tern_type *t = TERN_AS(const tern_type, type);
    tern_val v;
    if (name == TERN_N(__name__))
        return tern_type_shortname(vm, t);
    if (name == TERN_N(__qualname__))
        return tern_type_qualname(vm, t);
    if (name == TERN_N(__class__))
        return TERN_VAL(tern_typeof(type));
    if (name == TERN_N(__module__)) {
        v = tern_type_modname(t);
        return v ? v : TERN_N(builtins);
    }
    if (name == TERN_N(__bases__)) {
        if (IS_HEAP_TYPE(t) && (t->pad_ & TERN_CLS_META)) {
            size_t i, n = TERN_TUPLE_LEN(t->bases) - 1;
            tern_val *b = tern_push(vm, t->bases);
            v = tern_tuple_new(vm, n);
            for (i = 0; i < n; i++)
                TERN_TUPLE_ITEMS(v)[i] = TERN_TUPLE_ITEMS(*b)[i];
            tern_popn(vm, 1);
            return v;
        }
        if (IS_HEAP_TYPE(t))
            return t->bases;
        if (t->base) {
            v = TERN_VAL(t->base);
            return tern_tuple_from(vm, 1, &v);
        }
        return tern_tuple_new(vm, 0);
    }
    if (name == TERN_N(__base__)) {
        if (IS_HEAP_TYPE(t))
            return TERN_TUPLE_ITEMS(t->bases)[0];
        return t->base ? TERN_VAL(t->base) : TERN_NONE;
    }
    if (name == TERN_N(__mro__))
        return tern_class_mro_tuple(vm, type);
    if (name == TERN_N(__dict__)) {
        v = IS_HEAP_TYPE(t) ? t->dict : rom_attrs_dict(vm, t);
        return tern_mappingproxy_new(vm, v);
    }
    if (name == TERN_N(__doc__) && !IS_HEAP_TYPE(t))
        return TERN_NONE;
    if (name == TERN_N(__weakref__) && IS_HEAP_TYPE(t) && !(t->pad_ & TERN_CLS_NODICT))
        return TERN_NONE;
    if (name == TERN_N(__annotations__) && IS_HEAP_TYPE(t)) {
        /* a class's own annotations only (not its bases'), made on first use */
        v = tern_dict_get_name(t->dict, name);
        if (!v) {
            tern_val *s = tern_push(vm, type);
            v = tern_dict_new(vm, 0);
            tern_push(vm, v);
            tern_dict_set(vm, TERN_AS(tern_type, s[0])->dict, name, v);
            tern_attr_cache_clear(vm);
            v = s[1];
            tern_popn(vm, 2);
        }
        return v;
    }
    if (name == TERN_N(__class_getitem__) && tern_type_is_generic(t))
        return tern_bound_new(vm, type, TERN_VAL(&class_getitem_obj));
    v = tern_type_lookup(vm, t, name);
    if (v && TERN_IS_KIND(v, TERN_K_CFUNC) && (TERN_AS(tern_cfunc, v)->flags & TERN_CF_METHOD))
        return tern_method_descr_new(vm, IS_HEAP_TYPE(t) ? t->base : t, v);
    if (v)
        return tern_class_bind(vm, v, TERN_NULL, type);
    t = tern_typeof(type);
    v = tern_type_lookup(vm, t, name);
    if (v)
        return tern_class_bind(vm, v, type, TERN_VAL(t));
    return TERN_NULL;
}

/* ===================================================================
 * type
 * =================================================================== */

static tern_val type_repr(tern_vm *vm, tern_val self) {
    const tern_type *t = TERN_AS(const tern_type, self);
    tern_val mod = tern_type_modname(t), qn, *s;
    if (mod && TERN_IS_STR(mod) && strcmp(TERN_STR_CHARS(mod), "builtins") != 0) {
        s = tern_push(vm, mod);
        tern_push(vm, self);
        qn = tern_type_qualname(vm, TERN_AS(const tern_type, s[1]));
        qn = tern_str_fmt(vm, "<class '%V.%V'>", s[0], qn);
        tern_popn(vm, 2);
        return qn;
    }
    qn = tern_type_qualname(vm, t);
    return tern_str_fmt(vm, "<class '%V'>", qn);
}

/* type(x) and type(name, bases, dict, **kw). */
static tern_val type_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    (void)t;
    if (npos == 1 && TERN_NKW(kwnames) == 0)
        return TERN_VAL(tern_typeof(args[0]));
    if (npos != 3)
        tern_raise_type_error(vm, "type() takes 1 or 3 arguments");
    return tern_class_create(vm, TERN_NULL, nargs, args, kwnames);
}

static tern_val type_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t = TERN_AS(const tern_type, self);
    if (!t->make)
        tern_raise_type_error(vm, "cannot create '%V' instances", TERN_VAL(t->name));
    return t->make(vm, t, nargs, args, kwnames);
}

static tern_val type_mro_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t;
    size_t i, n;
    tern_val *s, l;
    tern_check_args(vm, "mro", nargs, kwnames, 1, 1);
    if (!TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "descriptor 'mro' requires a 'type' object");
    t = TERN_AS(const tern_type, args[0]);
    n = tern_mro_len(t);
    s = tern_push(vm, tern_list_new(vm, n));
    for (i = 0; i < n; i++) {
        t = TERN_AS(const tern_type, args[0]);
        tern_list_append(vm, s[0], TERN_VAL(tern_mro_item(t, i)));
    }
    l = s[0];
    tern_popn(vm, 1);
    return l;
}

/* type.__new__(mcls, name, bases, ns, **kw) (and type.__new__(type, x)). */
static tern_val type_new_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    if (npos < 1 || !TERN_IS_TYPE(args[0])
        || !tern_issubclass(TERN_AS(const tern_type, args[0]), &tern_type_type))
        tern_raise_type_error(vm, "type.__new__(X): X is not a type object");
    if (npos == 2 && TERN_NKW(kwnames) == 0)
        return TERN_VAL(tern_typeof(args[1]));
    if (npos != 4)
        tern_raise_type_error(vm, "type.__new__() takes exactly 3 arguments (%d given)", npos - 1);
    return tern_class_create(vm, args[0] == TERN_VAL(&tern_type_type) ? TERN_NULL : args[0],
                             nargs - 1, args + 1, kwnames);
}

/* type.__init__: nothing to do (the class is complete after __new__). */
static tern_val type_init_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    (void)args;
    if (npos != 2 && npos != 4)
        tern_raise_type_error(vm, "type.__init__() takes 1 or 3 arguments");
    return TERN_NONE;
}

/* type.__call__(cls, *args): create an instance of cls. */
static tern_val type_call_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    if (nargs - TERN_NKW(kwnames) < 1 || !TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "descriptor '__call__' requires a 'type' object");
    return type_call(vm, args[0], nargs - 1, args + 1, kwnames);
}

/* type.__prepare__(name, bases, **kw): a plain function (CPython's is a
 * classmethod; the class is not needed) returning an empty dict. */
static tern_val type_prepare_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)nargs; (void)args; (void)kwnames;
    return tern_dict_new(vm, 8);
}

/* cls.__subclasses__(): the live classes that name cls as a direct base,
 * oldest first. Tern keeps no list of them (it has no weak references):
 * a collection leaves only live objects, in the order they were created,
 * and a walk of the heap finds the classes among them. */
static int names_base(tern_val cls, tern_val base) {
    const tern_type *t = TERN_AS(const tern_type, cls);
    size_t i, n;
    if (!IS_HEAP_TYPE(t) || !t->bases)
        return 0;
    n = TERN_TUPLE_LEN(t->bases) - ((t->pad_ & TERN_CLS_META) ? 1 : 0);
    for (i = 0; i < n; i++)
        if (TERN_TUPLE_ITEMS(t->bases)[i] == base)
            return 1;
    return 0;
}

static size_t walk_subclasses(tern_vm *vm, tern_val base, tern_val list) {
    uint8_t *p;
    size_t n = 0;
    for (p = vm->heap_start; p < vm->heap_top; p += TERN_OBJ_BYTES(p)) {
        if (TERN_KIND(p) != TERN_K_TYPE || !names_base(TERN_VAL(p), base))
            continue;
        if (list)
            tern_list_append(vm, list, TERN_VAL(p));
        n++;
    }
    return n;
}

static tern_val type_subclasses_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    size_t n;
    tern_check_args(vm, "__subclasses__", nargs, kwnames, 1, 1);
    if (!TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "descriptor '__subclasses__' requires a 'type' object");
    tern_gc_collect_(vm);
    n = walk_subclasses(vm, args[0], TERN_NULL);
    s = tern_push(vm, tern_list_new(vm, n));
    /* appends within the capacity do not allocate, so the walk is stable */
    walk_subclasses(vm, args[0], s[0]);
    r = s[0];
    tern_popn(vm, 1);
    return r;
}

static tern_val type_instancecheck_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__instancecheck__", nargs, kwnames, 2, 2);
    if (!TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "descriptor '__instancecheck__' requires a 'type' object");
    return TERN_BOOL(tern_isinstance(args[1], TERN_AS(const tern_type, args[0])));
}

static tern_val type_subclasscheck_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__subclasscheck__", nargs, kwnames, 2, 2);
    if (!TERN_IS_TYPE(args[0]))
        tern_raise_type_error(vm, "descriptor '__subclasscheck__' requires a 'type' object");
    if (!TERN_IS_TYPE(args[1]))
        tern_raise_type_error(vm, "issubclass() arg 1 must be a class");
    return TERN_BOOL(tern_issubclass(TERN_AS(const tern_type, args[1]), TERN_AS(const tern_type, args[0])));
}

/* X | Y for types, None and aliases: a types.UnionType. */
static tern_val type_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    if ((op & 15) != TERN_OP_OR || !tern_union_operand(a) || !tern_union_operand(b))
        return TERN_NOTIMPLEMENTED;
    return tern_union_new(vm, a, b);
}

static tern_val type_or_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__or__", nargs, kwnames, 2, 2);
    return type_binop(vm, TERN_OP_OR, args[0], args[1]);
}

static tern_val type_ror_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__ror__", nargs, kwnames, 2, 2);
    return type_binop(vm, TERN_OP_OR, args[1], args[0]);
}

static TERN_CMETHOD_DEF(type_mro_obj, mro, type_mro_fn);
static TERN_CFUNC_DEF(type_new_obj, __new__, type_new_fn);
static TERN_CMETHOD_DEF(type_init_obj, __init__, type_init_fn);
static TERN_CMETHOD_DEF(type_call_obj, __call__, type_call_fn);
static TERN_CFUNC_DEF(type_prepare_obj, __prepare__, type_prepare_fn);
static TERN_CMETHOD_DEF(type_subclasses_obj, __subclasses__, type_subclasses_fn);
static TERN_CMETHOD_DEF(type_instancecheck_obj, __instancecheck__, type_instancecheck_fn);
static TERN_CMETHOD_DEF(type_subclasscheck_obj, __subclasscheck__, type_subclasscheck_fn);
static TERN_CMETHOD_DEF(type_or_obj, __or__, type_or_fn);
static TERN_CMETHOD_DEF(type_ror_obj, __ror__, type_ror_fn);
static const tern_attr type_attrs[] = {
    { TERN_NSTR(mro), &type_mro_obj },
    { TERN_NSTR(__new__), &type_new_obj },
    { TERN_NSTR(__init__), &type_init_obj },
    { TERN_NSTR(__call__), &type_call_obj },
    { TERN_NSTR(__prepare__), &type_prepare_obj },
    { TERN_NSTR(__subclasses__), &type_subclasses_obj },
    { TERN_NSTR(__instancecheck__), &type_instancecheck_obj },
    { TERN_NSTR(__subclasscheck__), &type_subclasscheck_obj },
    { TERN_NSTR(__or__), &type_or_obj },
    { TERN_NSTR(__ror__), &type_ror_obj },
};

const tern_type tern_type_type = {
    TERN_TYPE_HEAD(type, &tern_type_object, type_attrs, TERN_NATTRS(type_attrs), TERN_K_TYPE, TERN_TF_BASETYPE),
    type_make, type_repr, NULL, id_hash, ident_compare, type_binop, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, type_call, NULL, NULL
};
