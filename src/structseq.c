/* SPDX-License-Identifier: MIT */
/*
 * structseq.c — "struct sequences" such as sys.version_info: tuples whose
 * items also have names (sys.version_info.major) and whose repr names
 * them (sys.version_info(major=3, ...)). Each is a heap subclass of tuple
 * made once, with a property per field backed by the ROM getters below.
 */
#include "runtime.h"
#include "obj_class.h"

#define STRUCTSEQ_MAX 12

/* Item i of the struct sequence self. */
static tern_val item(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int i) {
    tern_val t;
    tern_check_args(vm, "structseq field", nargs, kwnames, 1, 1);
    t = tern_getitem(vm, args[0], TERN_SMALL(i));
    return t;
}

#define GETTER(i) \
    static tern_val get##i(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return item(vm, nargs, args, kwnames, i); \
    } \
    static TERN_CFUNC_DEF(get##i##_obj, __get__, get##i);
GETTER(0) GETTER(1) GETTER(2) GETTER(3) GETTER(4) GETTER(5)
GETTER(6) GETTER(7) GETTER(8) GETTER(9) GETTER(10) GETTER(11)

static const tern_cfunc *const getters[STRUCTSEQ_MAX] = {
    &get0_obj, &get1_obj, &get2_obj, &get3_obj, &get4_obj, &get5_obj,
    &get6_obj, &get7_obj, &get8_obj, &get9_obj, &get10_obj, &get11_obj
};

/* repr: module.name(field=value, ...) with the names in cls._fields. */
static tern_val structseq_repr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, cls, r;
    tern_strbuf sb;
    size_t i, n;
    TERN_ROOTS(vm);             /* the buffer's blob is a registered root */
    tern_check_args(vm, "__repr__", nargs, kwnames, 1, 1);
    cls = TERN_VAL(tern_typeof(args[0]));
    s = tern_push(vm, cls);
    tern_push(vm, tern_getattr(vm, cls, TERN_N(_fields)));               /* s[1] */
    tern_push(vm, tern_getattr(vm, cls, TERN_N(__module__)));            /* s[2] */
    tern_strbuf_init(vm, &sb, 64);
    if (TERN_IS_STR(s[2])) {
        tern_strbuf_add_str(vm, &sb, s[2]);
        tern_strbuf_add_char(vm, &sb, '.');
    }
    tern_strbuf_add_str(vm, &sb, TERN_VAL(TERN_AS(tern_type, s[0])->name));
    tern_strbuf_add_char(vm, &sb, '(');
    n = TERN_TUPLE_LEN(s[1]);
    for (i = 0; i < n; i++) {
        tern_val v;
        if (i)
            tern_strbuf_add(vm, &sb, ", ", 2);
        tern_strbuf_add_str(vm, &sb, TERN_TUPLE_ITEMS(s[1])[i]);
        tern_strbuf_add_char(vm, &sb, '=');
        v = tern_getitem(vm, args[0], TERN_SMALL((tern_int)i));
        v = tern_repr(vm, v);
        tern_strbuf_add_str(vm, &sb, v);
    }
    tern_strbuf_add_char(vm, &sb, ')');
    r = tern_strbuf_finish(vm, &sb);
    TERN_UNROOT(vm);
    tern_popn(vm, 3);
    return r;
}

/* a method that sees the instance itself (its class has the field names) */
static const tern_cfunc structseq_repr_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(__repr__), structseq_repr, TERN_CF_METHOD | TERN_CF_WHOLE_SELF
};

tern_val tern_structseq_type(tern_vm *vm, const char *module, const char *name,
                             const char *const *fields, int n) {
    tern_val *s, r;
    int i;
    if (n > STRUCTSEQ_MAX)
        tern_raise_fmt(vm, &tern_type_SystemError, "too many struct sequence fields");
    s = tern_push(vm, tern_dict_new(vm, (size_t)n + 4));                 /* s[0]: namespace */
    tern_push(vm, tern_tuple_new(vm, (size_t)n));                        /* s[1]: _fields */
    for (i = 0; i < n; i++) {
        tern_val f = tern_intern(vm, fields[i], strlen(fields[i]));
        TERN_TUPLE_ITEMS(s[1])[i] = f;
    }
    for (i = 0; i < n; i++) {
        tern_val p = tern_call1(vm, TERN_VAL(&tern_type_property), TERN_VAL(getters[i]));
        tern_dict_set(vm, s[0], TERN_TUPLE_ITEMS(s[1])[i], p);
    }
    tern_dict_set(vm, s[0], TERN_N(_fields), s[1]);
    tern_dict_set(vm, s[0], TERN_N(__repr__), TERN_VAL(&structseq_repr_obj));
    r = tern_str_from_c(vm, module);
    tern_dict_set(vm, s[0], TERN_N(__module__), r);
    tern_push(vm, tern_tuple_new(vm, 1));                                /* s[2]: bases */
    TERN_TUPLE_ITEMS(s[2])[0] = TERN_VAL(&tern_type_tuple);
    r = tern_intern(vm, name, strlen(name));
    r = tern_class_new_meta(vm, r, s[2], s[0], TERN_NULL);
    tern_popn(vm, 3);
    return r;
}

tern_val tern_structseq_new(tern_vm *vm, tern_val type, size_t n, const tern_val *values) {
    tern_val *s = tern_push(vm, type), t, r;
    t = tern_tuple_from(vm, n, values);
    r = tern_call1(vm, s[0], t);
    tern_popn(vm, 1);
    return r;
}
