/* SPDX-License-Identifier: MIT */
/*
 * obj_slotwrap.c — the attributes of built-in types that are not in their
 * attribute tables: the slot wrappers (`[].__len__`, `int.__add__`), which
 * call the C slot of their first argument's type, and the names dir()
 * lists for a built-in type.
 */
#include <math.h>
#include "runtime.h"
#include "obj_bytes.h"
#include "obj_class.h"
#include "containers.h"

static tern_val rom_attr(const tern_type *t, tern_val name) {
    uint32_t i;
    const tern_attr *a = t->attrs;
    for (i = 0; i < t->nattrs && a; i++)
        if (TERN_VAL(a[i].name) == name)
            return TERN_VAL(a[i].value);
    return TERN_NULL;
}

/* Slot wrappers: built-in types implement dunders with C slots, not
 * attribute entries; `[].__len__` or `int.__add__(1, 2)` find these
 * methods, which call the slot of their first argument's type. */
static tern_val sw_self_check(tern_vm *vm, const char *name, int nargs, tern_val kwnames, int n) {
    tern_check_args(vm, name, nargs, kwnames, n, n);
    return TERN_NONE;
}
static tern_val sw_repr_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__repr__", nargs, kwnames, 1);
    return tern_repr(vm, args[0]);
}
static tern_val sw_str_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__str__", nargs, kwnames, 1);
    return tern_to_str(vm, args[0]);
}
static tern_val sw_hash_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__hash__", nargs, kwnames, 1);
    return tern_hash(vm, args[0]);
}
static tern_val sw_len_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__len__", nargs, kwnames, 1);
    return tern_int_from(vm, tern_len(vm, args[0]));
}
static tern_val sw_bool_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__bool__", nargs, kwnames, 1);
    return TERN_BOOL(tern_truthy(vm, args[0]));
}
static tern_val sw_getitem_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__getitem__", nargs, kwnames, 2);
    return tern_getitem(vm, args[0], args[1]);
}
static tern_val sw_setitem_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__setitem__", nargs, kwnames, 3);
    tern_setitem(vm, args[0], args[1], args[2]);
    return TERN_NONE;
}
static tern_val sw_delitem_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__delitem__", nargs, kwnames, 2);
    tern_setitem(vm, args[0], args[1], TERN_NULL);
    return TERN_NONE;
}
static tern_val sw_contains_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__contains__", nargs, kwnames, 2);
    return TERN_BOOL(tern_contains(vm, args[0], args[1]));
}
static tern_val sw_iter_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__iter__", nargs, kwnames, 1);
    return tern_iter(vm, args[0]);
}
static tern_val sw_next_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    sw_self_check(vm, "__next__", nargs, kwnames, 1);
    r = tern_next(vm, args[0]);
    if (!r)
        tern_raise(vm, tern_exc_new(vm, &tern_type_StopIteration, TERN_NULL));
    return r;
}
static tern_val sw_call_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    if (nargs - TERN_NKW(kwnames) < 1)
        tern_raise_type_error(vm, "descriptor '__call__' needs an argument");
    return tern_call(vm, args[0], nargs - 1, args + 1, kwnames);
}
static tern_val sw_cmp(tern_vm *vm, int op, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t;
    sw_self_check(vm, "comparison", nargs, kwnames, 2);
    t = tern_typeof(args[0]);
    return t->compare ? t->compare(vm, op, args[0], args[1]) : TERN_NOTIMPLEMENTED;
}
#define SW_CMP(nm, op) \
    static tern_val sw_##nm##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return sw_cmp(vm, op, nargs, args, kwnames); \
    }
SW_CMP(lt, TERN_CMP_LT) SW_CMP(le, TERN_CMP_LE) SW_CMP(eq, TERN_CMP_EQ)
SW_CMP(ne, TERN_CMP_NE) SW_CMP(gt, TERN_CMP_GT) SW_CMP(ge, TERN_CMP_GE)
static tern_val sw_bin(tern_vm *vm, int op, int reflected, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t;
    sw_self_check(vm, "operator", nargs, kwnames, 2);
    t = tern_typeof(args[0]);
    if (!t->binop)
        return TERN_NOTIMPLEMENTED;
    return reflected ? t->binop(vm, op, args[1], args[0]) : t->binop(vm, op, args[0], args[1]);
}
#define SW_BIN(nm, op) \
    static tern_val sw_##nm##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return sw_bin(vm, op, 0, nargs, args, kwnames); \
    } \
    static tern_val sw_r##nm##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return sw_bin(vm, op, 1, nargs, args, kwnames); \
    }
SW_BIN(add, TERN_OP_ADD) SW_BIN(sub, TERN_OP_SUB) SW_BIN(mul, TERN_OP_MUL)
SW_BIN(matmul, TERN_OP_MATMUL) SW_BIN(truediv, TERN_OP_TRUEDIV) SW_BIN(floordiv, TERN_OP_FLOORDIV)
SW_BIN(mod, TERN_OP_MOD) SW_BIN(pow, TERN_OP_POW) SW_BIN(lshift, TERN_OP_LSHIFT)
SW_BIN(rshift, TERN_OP_RSHIFT) SW_BIN(and, TERN_OP_AND) SW_BIN(or, TERN_OP_OR) SW_BIN(xor, TERN_OP_XOR)
static tern_val sw_un(tern_vm *vm, int op, int nargs, tern_val *args, tern_val kwnames) {
    const tern_type *t;
    sw_self_check(vm, "operator", nargs, kwnames, 1);
    t = tern_typeof(args[0]);
    return t->unop ? t->unop(vm, op, args[0]) : TERN_NOTIMPLEMENTED;
}
static tern_val sw_neg_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return sw_un(vm, TERN_UOP_NEG, nargs, args, kwnames);
}
static tern_val sw_pos_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return sw_un(vm, TERN_UOP_POS, nargs, args, kwnames);
}
static tern_val sw_invert_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return sw_un(vm, TERN_UOP_INVERT, nargs, args, kwnames);
}

/* __abs__, __divmod__ and __rdivmod__ of int, bool and float (and their
 * subclasses: the built-in value inside is used), which abs() and divmod()
 * reach without these methods. */
static tern_val num_value(tern_val v) {
    v = TERN_PROXY_VALUE(v);
    return TERN_IS_INT(v) || TERN_IS_BOOL(v) || TERN_IS_FLOAT(v) ? v : TERN_NULL;
}
static tern_val sw_abs_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    sw_self_check(vm, "__abs__", nargs, kwnames, 1);
    v = num_value(args[0]);
    if (!v)
        return TERN_NOTIMPLEMENTED;
    if (TERN_IS_FLOAT(v))
        return tern_float_new(vm, fabs(TERN_AS(tern_float, v)->value));
    if (TERN_IS_BOOL(v))
        return TERN_SMALL(v == TERN_TRUE);
    if (tern_typeof(v)->compare(vm, TERN_CMP_LT, v, TERN_SMALL(0)) == TERN_TRUE)
        return tern_unary_op(vm, TERN_UOP_NEG, v);
    return v;
}
static tern_val sw_divmod(tern_vm *vm, tern_val a, tern_val b, int reflected) {
    tern_val *s, r;
    a = num_value(a);
    b = num_value(b);
    if (!a || !b || (!TERN_IS_FLOAT(reflected ? b : a) && TERN_IS_FLOAT(reflected ? a : b)))
        return TERN_NOTIMPLEMENTED;     /* int.__divmod__(1, 2.0): float's job */
    if (TERN_IS_FLOAT(a) && tern_float_value(vm, b) == 0.0)
        tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "float divmod()");
    s = tern_push(vm, a);
    tern_push(vm, b);
    tern_push(vm, tern_binary_op(vm, TERN_OP_FLOORDIV, s[0], s[1]));
    tern_push(vm, tern_binary_op(vm, TERN_OP_MOD, s[0], s[1]));
    r = tern_tuple_from(vm, 2, s + 2);
    tern_popn(vm, 4);
    return r;
}
static tern_val sw_divmod_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__divmod__", nargs, kwnames, 2);
    return sw_divmod(vm, args[0], args[1], 0);
}
static tern_val sw_rdivmod_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    sw_self_check(vm, "__rdivmod__", nargs, kwnames, 2);
    return sw_divmod(vm, args[1], args[0], 1);
}

/* The in-place operators of the mutable containers (list +=, set |=...):
 * their binop slot with TERN_OP_INPLACE. */
static tern_val sw_ibin(tern_vm *vm, int op, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r, v;
    sw_self_check(vm, "operator", nargs, kwnames, 2);
    /* whole self: an instance of a subclass returns itself, not the value inside */
    v = TERN_PROXY_VALUE(args[0]);
    r = tern_typeof(v)->binop(vm, op | TERN_OP_INPLACE, v, args[1]);
    if (TERN_IS_PROXY(args[0]) && r == TERN_PROXY_VALUE(args[0]))
        r = args[0];
    return r;
}
#define SW_IBIN(nm, op) \
    static tern_val sw_i##nm##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return sw_ibin(vm, op, nargs, args, kwnames); \
    }
SW_IBIN(add, TERN_OP_ADD) SW_IBIN(sub, TERN_OP_SUB) SW_IBIN(mul, TERN_OP_MUL)
SW_IBIN(and, TERN_OP_AND) SW_IBIN(or, TERN_OP_OR) SW_IBIN(xor, TERN_OP_XOR)

/* Which in-place operators (name) built-in type t has. */
static int ibinop_supported(const tern_type *t, tern_val name) {
    if (t == &tern_type_list)
        return name == TERN_N(__iadd__) || name == TERN_N(__imul__);
    if (t == &tern_type_set)
        return name == TERN_N(__iand__) || name == TERN_N(__ior__) || name == TERN_N(__isub__)
               || name == TERN_N(__ixor__);
    if (t == &tern_type_dict)
        return name == TERN_N(__ior__);
    return 0;
}

/* name, slot presence test index, wrapper */
enum { SL_REPR, SL_STR, SL_LEN, SL_TRUTH, SL_GETITEM, SL_SETITEM, SL_CONTAINS, SL_ITER,
       SL_NEXT, SL_CALL, SL_COMPARE, SL_BINOP, SL_UNOP, SL_REAL, SL_IBINOP };
#define SW_DEF(id, fnname) static TERN_CMETHOD_DEF(sw_##id##_obj, id, fnname);
SW_DEF(__repr__, sw_repr_fn) SW_DEF(__str__, sw_str_fn) SW_DEF(__hash__, sw_hash_fn)
SW_DEF(__len__, sw_len_fn) SW_DEF(__bool__, sw_bool_fn) SW_DEF(__getitem__, sw_getitem_fn)
SW_DEF(__setitem__, sw_setitem_fn) SW_DEF(__delitem__, sw_delitem_fn)
SW_DEF(__contains__, sw_contains_fn) SW_DEF(__iter__, sw_iter_fn) SW_DEF(__next__, sw_next_fn)
SW_DEF(__call__, sw_call_fn)
SW_DEF(__lt__, sw_lt_fn) SW_DEF(__le__, sw_le_fn) SW_DEF(__eq__, sw_eq_fn)
SW_DEF(__ne__, sw_ne_fn) SW_DEF(__gt__, sw_gt_fn) SW_DEF(__ge__, sw_ge_fn)
SW_DEF(__neg__, sw_neg_fn) SW_DEF(__pos__, sw_pos_fn) SW_DEF(__invert__, sw_invert_fn)
SW_DEF(__abs__, sw_abs_fn) SW_DEF(__divmod__, sw_divmod_fn) SW_DEF(__rdivmod__, sw_rdivmod_fn)
#define SW_DEF_WHOLE(id, fnname) static const tern_cfunc sw_##id##_obj = { \
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(id), fnname, TERN_CF_METHOD | TERN_CF_WHOLE_SELF };
SW_DEF_WHOLE(__iadd__, sw_iadd_fn) SW_DEF_WHOLE(__isub__, sw_isub_fn) SW_DEF_WHOLE(__imul__, sw_imul_fn)
SW_DEF_WHOLE(__iand__, sw_iand_fn) SW_DEF_WHOLE(__ior__, sw_ior_fn) SW_DEF_WHOLE(__ixor__, sw_ixor_fn)
#define SW_DEF2(nm) SW_DEF(__##nm##__, sw_##nm##_fn) SW_DEF(__r##nm##__, sw_r##nm##_fn)
SW_DEF2(add) SW_DEF2(sub) SW_DEF2(mul) SW_DEF2(matmul) SW_DEF2(truediv) SW_DEF2(floordiv)
SW_DEF2(mod) SW_DEF2(pow) SW_DEF2(lshift) SW_DEF2(rshift) SW_DEF2(and) SW_DEF2(or) SW_DEF2(xor)

typedef struct slot_wrapper {
    const tern_cfunc *fn;
    unsigned char slot;
} slot_wrapper;

#define SW_ENT(id, sl) { &sw_##id##_obj, sl }
#define SW_ENT2(nm) SW_ENT(__##nm##__, SL_BINOP), SW_ENT(__r##nm##__, SL_BINOP)
static const slot_wrapper slot_wrappers[] = {
    SW_ENT(__repr__, SL_REPR), SW_ENT(__str__, SL_STR), SW_ENT(__len__, SL_LEN),
    SW_ENT(__bool__, SL_TRUTH), SW_ENT(__getitem__, SL_GETITEM), SW_ENT(__setitem__, SL_SETITEM),
    SW_ENT(__delitem__, SL_SETITEM), SW_ENT(__contains__, SL_CONTAINS), SW_ENT(__iter__, SL_ITER),
    SW_ENT(__next__, SL_NEXT), SW_ENT(__call__, SL_CALL),
    SW_ENT(__lt__, SL_COMPARE), SW_ENT(__le__, SL_COMPARE), SW_ENT(__eq__, SL_COMPARE),
    SW_ENT(__ne__, SL_COMPARE), SW_ENT(__gt__, SL_COMPARE), SW_ENT(__ge__, SL_COMPARE),
    SW_ENT(__neg__, SL_UNOP), SW_ENT(__pos__, SL_UNOP), SW_ENT(__invert__, SL_UNOP),
    SW_ENT2(add), SW_ENT2(sub), SW_ENT2(mul), SW_ENT2(matmul), SW_ENT2(truediv), SW_ENT2(floordiv),
    SW_ENT2(mod), SW_ENT2(pow), SW_ENT2(lshift), SW_ENT2(rshift), SW_ENT2(and), SW_ENT2(or),
    SW_ENT2(xor),
    SW_ENT(__abs__, SL_REAL), SW_ENT(__divmod__, SL_REAL), SW_ENT(__rdivmod__, SL_REAL),
    SW_ENT(__iadd__, SL_IBINOP), SW_ENT(__isub__, SL_IBINOP), SW_ENT(__imul__, SL_IBINOP),
    SW_ENT(__iand__, SL_IBINOP), SW_ENT(__ior__, SL_IBINOP), SW_ENT(__ixor__, SL_IBINOP),
};
#define SW_FIRST_BINOP 20   /* index of __add__ above */

/* Which binary operators (bits by tern_binop) a built-in type's binop
 * slot implements, forward and reflected, so that `[].__and__` does not
 * exist, as in CPython. Types not listed implement them all. */
#define OPB(op) (1u << TERN_OP_##op)
static int binop_supported(const tern_type *t, tern_val name) {
    unsigned fwd = ~0u, refl = ~0u, ints;
    int op;
    ints = OPB(ADD) | OPB(SUB) | OPB(MUL) | OPB(TRUEDIV) | OPB(FLOORDIV) | OPB(MOD) | OPB(POW)
         | OPB(LSHIFT) | OPB(RSHIFT) | OPB(AND) | OPB(OR) | OPB(XOR);
    if (t == &tern_type_list || t == &tern_type_tuple) {
        fwd = OPB(ADD) | OPB(MUL);
        refl = OPB(MUL);
    } else if (t == &tern_type_str || t == &tern_type_bytes || t == &tern_type_bytearray) {
        fwd = OPB(ADD) | OPB(MUL) | OPB(MOD);
        refl = OPB(MUL) | OPB(MOD);
    } else if (t == &tern_type_dict) {
        fwd = refl = OPB(OR);
    } else if (t == &tern_type_set || t == &tern_type_frozenset || t == &tern_type_dict_keys
               || t == &tern_type_dict_items) {
        fwd = refl = OPB(AND) | OPB(OR) | OPB(SUB) | OPB(XOR);
    } else if (t == &tern_type_int || t == &tern_type_bool) {
        fwd = refl = ints;
    } else if (t == &tern_type_float) {
        fwd = refl = ints & ~(OPB(LSHIFT) | OPB(RSHIFT) | OPB(AND) | OPB(OR) | OPB(XOR));
    } else if (t == &tern_type_complex) {
        fwd = refl = OPB(ADD) | OPB(SUB) | OPB(MUL) | OPB(TRUEDIV) | OPB(POW);
    }
    /* the binary entries of slot_wrappers are pairs (__op__, __rop__) in tern_binop order */
    for (op = 0; op < TERN_OP__COUNT; op++) {
        if (name == TERN_VAL(slot_wrappers[SW_FIRST_BINOP + 2 * op].fn->name))
            return (fwd >> op) & 1;
        if (name == TERN_VAL(slot_wrappers[SW_FIRST_BINOP + 2 * op + 1].fn->name))
            return (refl >> op) & 1;
    }
    return 0;
}
#undef OPB

/* The slot wrapper for dunder `name` of built-in type t, TERN_NONE for
 * the __hash__ of an unhashable type, or TERN_NULL. */
tern_val tern_slot_wrapper_of(const tern_type *t, tern_val name) {
    size_t i;
    const tern_str *ns = TERN_AS(const tern_str, name);
    if (ns->len < 6 || TERN_STR_CHARS(name)[0] != '_' || TERN_STR_CHARS(name)[1] != '_')
        return TERN_NULL;
    if (name == TERN_N(__hash__)) {
        if (!t->hash)
            return TERN_NONE;
        return t->hash == tern_type_object.hash ? TERN_NULL : TERN_VAL(&sw___hash___obj);
    }
    for (i = 0; i < sizeof(slot_wrappers) / sizeof(slot_wrappers[0]); i++) {
        int has = 0;
        if (TERN_VAL(slot_wrappers[i].fn->name) != name)
            continue;
        switch (slot_wrappers[i].slot) {
        case SL_REPR: has = t->repr != NULL; break;
        case SL_STR: has = t->str != NULL; break;
        case SL_LEN: has = t->len != NULL; break;
        case SL_TRUTH: has = t->truth != NULL; break;
        case SL_GETITEM: has = t->getitem != NULL; break;
        case SL_SETITEM: has = t->setitem != NULL; break;
        case SL_CONTAINS: has = t->contains != NULL; break;
        case SL_ITER: has = t->iter != NULL; break;
        case SL_NEXT: has = t->next != NULL; break;
        case SL_CALL: has = t->call != NULL && t != &tern_type_type; break;
        case SL_COMPARE: has = t->compare != NULL && t->compare != tern_type_object.compare; break;
        case SL_BINOP: has = t->binop != NULL && binop_supported(t, name); break;
        case SL_UNOP: has = t->unop != NULL; break;
        case SL_REAL: has = t == &tern_type_int || t == &tern_type_bool || t == &tern_type_float; break;
        case SL_IBINOP: has = t->binop != NULL && ibinop_supported(t, name); break;
        default: break;
        }
        return has ? TERN_VAL(slot_wrappers[i].fn) : TERN_NULL;
    }
    return TERN_NULL;
}

tern_val tern_rom_attr(const tern_type *e, tern_val name, int wrappers) {
    tern_val v = rom_attr(e, name);
    if (!v && wrappers && e != &tern_type_object)
        v = tern_slot_wrapper_of(e, name);
    return v;
}

void tern_rom_dir(tern_vm *vm, const tern_type *t, tern_val *set) {
    uint32_t i;
    size_t j;
    for (i = 0; i < t->nattrs; i++)
        tern_set_add(vm, *set, TERN_VAL(t->attrs[i].name));
    if (t == &tern_type_object)
        return;
    for (j = 0; j < sizeof(slot_wrappers) / sizeof(slot_wrappers[0]); j++) {
        tern_val nm = TERN_VAL(slot_wrappers[j].fn->name);
        if (tern_slot_wrapper_of(t, nm))
            tern_set_add(vm, *set, nm);
    }
    if (tern_slot_wrapper_of(t, TERN_N(__hash__)))
        tern_set_add(vm, *set, TERN_N(__hash__));
    if (tern_type_is_generic(t))
        tern_set_add(vm, *set, TERN_N(__class_getitem__));
    if (t == &tern_type_function) {
        /* the attributes functions keep in fields (obj_func.c) */
        static const tern_str *const func_names[] = {
            TERN_NSTR(__annotations__), TERN_NSTR(__builtins__), TERN_NSTR(__closure__),
            TERN_NSTR(__code__), TERN_NSTR(__defaults__), TERN_NSTR(__dict__), TERN_NSTR(__globals__),
            TERN_NSTR(__kwdefaults__), TERN_NSTR(__module__), TERN_NSTR(__name__), TERN_NSTR(__qualname__)
        };
        for (j = 0; j < sizeof(func_names) / sizeof(func_names[0]); j++)
            tern_set_add(vm, *set, TERN_VAL(func_names[j]));
    }
    if (t == &tern_type_BaseException) {
        /* the attributes exceptions keep in fields (obj_exc.c) */
        static const tern_str *const exc_names[] = {
            TERN_NSTR(args), TERN_NSTR(__cause__), TERN_NSTR(__context__),
            TERN_NSTR(__suppress_context__), TERN_NSTR(__traceback__), TERN_NSTR(__dict__)
        };
        for (j = 0; j < sizeof(exc_names) / sizeof(exc_names[0]); j++)
            tern_set_add(vm, *set, TERN_VAL(exc_names[j]));
    }
}

