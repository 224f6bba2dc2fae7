/* SPDX-License-Identifier: MIT */
/*
 * obj_func.c — the types of callables and their parts: function (a Python
 * function), builtin_function_or_method (a C function), method (a bound
 * method), code and cell. Calling itself is the VM's (tern_call in vm.c);
 * the `call` slots here only forward to it, so that callable() and
 * generic code see these types as callable.
 */
#include <stdio.h>
#include "runtime.h"
#include "obj_class.h"

/* Code flag: consts[0] is the function's docstring (set by the compiler). */
#ifndef CO_HASDOC
#define CO_HASDOC 0x40
#endif

static tern_val id_hash(tern_vm *vm, tern_val self) { return tern_id_hash(vm, self); }

static tern_val ident_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    (void)vm;
    if (op == TERN_CMP_EQ)
        return a == b ? TERN_TRUE : TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_NE)
        return a == b ? TERN_FALSE : TERN_NOTIMPLEMENTED;
    return TERN_NOTIMPLEMENTED;
}

static void addr_of(tern_val v, char *buf, size_t n) {
    snprintf(buf, n, "0x%llx", (unsigned long long)(uintptr_t)TERN_PTR(v));
}

static tern_val forward_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    return tern_call(vm, self, nargs, args, kwnames);
}

/* ===================================================================
 * function
 * =================================================================== */

tern_val tern_func_new(tern_vm *vm, tern_val code, tern_val globals) {
    tern_val *s = tern_push(vm, code), mod;
    tern_func *f;
    tern_code *c;
    tern_push(vm, globals);
    f = (tern_func *)tern_alloc(vm, TERN_K_FUNC, TERN_FUNC_BYTES);
    c = TERN_AS(tern_code, s[0]);
    f->code = s[0];
    f->globals = s[1];
    f->name = c->name;
    f->qualname = c->qualname ? c->qualname : c->name;
    mod = s[1] && TERN_IS_DICT(s[1]) ? tern_dict_get_name(s[1], TERN_N(__name__)) : TERN_NULL;
    f->module = mod;
    /* a function with a docstring has it as consts[0] (code flag CO_HASDOC) */
    if ((c->flags & CO_HASDOC) && c->consts && TERN_TUPLE_LEN(c->consts) > 0)
        f->doc = TERN_TUPLE_ITEMS(c->consts)[0];
    tern_popn(vm, 2);
    return TERN_VAL(f);
}

static tern_val func_repr(tern_vm *vm, tern_val self) {
    char a[40];
    addr_of(self, a, sizeof a);
    return tern_str_fmt(vm, "<function %V at %s>", TERN_AS(tern_func, self)->qualname, a);
}

static tern_val or_none(tern_val v) { return v ? v : TERN_NONE; }

tern_val tern_func_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_func *f = TERN_AS(tern_func, self);
    if (name == TERN_N(__name__)) return f->name;
    if (name == TERN_N(__qualname__)) return f->qualname;
    if (name == TERN_N(__doc__)) return or_none(f->doc);
    if (name == TERN_N(__module__)) return or_none(f->module);
    if (name == TERN_N(__defaults__)) return or_none(f->defaults);
    if (name == TERN_N(__kwdefaults__)) return or_none(f->kwdefaults);
    if (name == TERN_N(__code__)) return f->code;
    if (name == TERN_N(__globals__)) {
        vm->fresh_str = TERN_NULL;      /* the namespace is handed out: see tern_str_append */
        TERN_EXPOSE_DICT(f->globals);
        return f->globals;
    }
    if (name == TERN_N(__closure__)) return or_none(f->closure);
    if (name == TERN_N(__dict__)) return tern_obj_dict(vm, self, 1);
    if (name == TERN_N(__annotations__)) {
        /* self is rooted before the first allocation; the new dict is read
         * back from its slot (both may move) */
        tern_val d, *s = tern_push(vm, self);
        tern_push(vm, tern_dict_new(vm, 0));
        tern_push(vm, tern_obj_dict(vm, s[0], 1));
        tern_dict_set(vm, s[2], TERN_N(__annotations__), s[1]);
        d = s[1];
        tern_popn(vm, 3);
        return d;
    }
    if (name == TERN_N(__builtins__)) {
        tern_builtins_complete(vm);     /* the dict is handed out whole */
        TERN_EXPOSE_DICT(vm->builtins);
        return vm->builtins;
    }
    return TERN_NULL;
}

int tern_func_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value) {
    tern_func *f = TERN_AS(tern_func, self);
    if (name == TERN_N(__name__) || name == TERN_N(__qualname__)) {
        if (!value || !TERN_IS_STR(value))
            tern_raise_type_error(vm, "%s must be set to a string object",
                                  name == TERN_N(__name__) ? "__name__" : "__qualname__");
        if (name == TERN_N(__name__))
            f->name = value;
        else
            f->qualname = value;
        return 1;
    }
    if (name == TERN_N(__doc__)) { f->doc = value == TERN_NONE ? TERN_NULL : value; return 1; }
    if (name == TERN_N(__module__)) { f->module = value; return 1; }
    if (name == TERN_N(__defaults__)) {
        if (value && value != TERN_NONE && !TERN_IS_TUPLE(value))
            tern_raise_type_error(vm, "__defaults__ must be set to a tuple object");
        f->defaults = value == TERN_NONE ? TERN_NULL : value;
        return 1;
    }
    if (name == TERN_N(__kwdefaults__)) {
        if (value && value != TERN_NONE && !TERN_IS_DICT(value))
            tern_raise_type_error(vm, "__kwdefaults__ must be set to a dict object");
        f->kwdefaults = value == TERN_NONE ? TERN_NULL : value;
        return 1;
    }
    if (name == TERN_N(__code__)) {
        if (!value || !TERN_IS_KIND(value, TERN_K_CODE))
            tern_raise_type_error(vm, "__code__ must be set to a code object");
        f->code = value;
        return 1;
    }
    if (name == TERN_N(__dict__)) {
        if (!value || !TERN_IS_DICT(value))
            tern_raise_type_error(vm, "__dict__ must be set to a dictionary, not a '%T'",
                                  value ? value : TERN_NONE);
        f->dict = value;
        return 1;
    }
    return 0;
}

static tern_val func_getattr_slot(tern_vm *vm, tern_val self, tern_val name) {
    return tern_func_getattr(vm, self, name);
}

/* function.__get__(obj, type=None): a bound method (or the function for None). */
static tern_val func_get_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__get__", nargs, kwnames, 2, 3);
    if (args[1] == TERN_NONE)
        return args[0];
    return tern_bound_new(vm, args[1], args[0]);
}
static TERN_CMETHOD_DEF(func_get_obj, __get__, func_get_fn);
static const tern_attr func_attrs[] = {
    { TERN_NSTR(__get__), &func_get_obj },
};

const tern_type tern_type_function = {
    TERN_TYPE_HEAD(function, &tern_type_object, func_attrs, TERN_NATTRS(func_attrs), TERN_K_FUNC, 0),
    NULL, func_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, forward_call, func_getattr_slot, NULL
};

/* ===================================================================
 * builtin_function_or_method
 * =================================================================== */

static tern_val bound_repr(tern_vm *vm, tern_val self);
static tern_val bound_getattr(tern_vm *vm, tern_val self, tern_val name);
static tern_val bound_compare(tern_vm *vm, int op, tern_val a, tern_val b);
static tern_val bound_hash(tern_vm *vm, tern_val self);

/* A bound C method (a tern_bound whose func is a cfunc) has this type too. */
static tern_val cfunc_hash(tern_vm *vm, tern_val self) {
    return TERN_IS_KIND(self, TERN_K_BOUND) ? bound_hash(vm, self) : tern_id_hash(vm, self);
}

static tern_val cfunc_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (TERN_IS_KIND(a, TERN_K_BOUND) && TERN_IS_KIND(b, TERN_K_BOUND))
        return bound_compare(vm, op, a, b);
    return ident_compare(vm, op, a, b);
}

static tern_val cfunc_repr(tern_vm *vm, tern_val self) {
    if (TERN_IS_KIND(self, TERN_K_BOUND))
        return bound_repr(vm, self);
    return tern_str_fmt(vm, "<built-in function %V>", TERN_VAL(TERN_AS(tern_cfunc, self)->name));
}

static tern_val cfunc_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (TERN_IS_KIND(self, TERN_K_BOUND)) {
        tern_bound *b = TERN_AS(tern_bound, self);
        if (name == TERN_N(__self__))
            return b->self;
        if (name == TERN_N(__func__))
            return TERN_NULL;
        if (name == TERN_N(__qualname__) && TERN_IS_KIND(b->func, TERN_K_CFUNC)) {
            /* a built-in method: 'list.append' (the type it was taken from) */
            const tern_type *t = (*(tern_hdr *)TERN_PTR(self) & TERN_HF_DESCR)
                ? TERN_AS(const tern_type, b->self) : tern_typeof(b->self);
            if (TERN_IS_TYPE(b->self) && !(*(tern_hdr *)TERN_PTR(self) & TERN_HF_DESCR))
                t = TERN_AS(const tern_type, b->self);
            return tern_str_fmt(vm, "%V.%V", TERN_VAL(t->name), TERN_VAL(TERN_AS(tern_cfunc, b->func)->name));
        }
        return bound_getattr(vm, self, name);
    }
    if (name == TERN_N(__name__) || name == TERN_N(__qualname__))
        return TERN_VAL(TERN_AS(tern_cfunc, self)->name);
    if (name == TERN_N(__doc__) || name == TERN_N(__self__))
        return TERN_NONE;
    if (name == TERN_N(__module__))
        return TERN_N(builtins);
    return TERN_NULL;
}

const tern_type tern_type_builtin_function = {
    TERN_TYPE_HEAD(builtin_function_or_method, &tern_type_object, NULL, 0, TERN_K_CFUNC, 0),
    NULL, cfunc_repr, NULL, cfunc_hash, cfunc_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, forward_call, cfunc_getattr, NULL
};

/* ===================================================================
 * method (bound)
 * =================================================================== */

tern_val tern_bound_new(tern_vm *vm, tern_val self, tern_val func) {
    tern_val *s = tern_push(vm, self);
    tern_bound *b;
    tern_push(vm, func);
    b = (tern_bound *)tern_alloc(vm, TERN_K_BOUND, sizeof(tern_bound));
    b->self = s[0];
    b->func = s[1];
    tern_popn(vm, 2);
    return TERN_VAL(b);
}

static tern_val bound_repr(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), r, qn;
    tern_val func = TERN_AS(tern_bound, self)->func;
    if (*(tern_hdr *)TERN_PTR(self) & TERN_HF_DESCR) {
        r = tern_str_fmt(vm, "<method '%V' of '%V' objects>", TERN_VAL(TERN_AS(tern_cfunc, func)->name),
                         TERN_VAL(TERN_AS(tern_type, TERN_AS(tern_bound, self)->self)->name));
        tern_popn(vm, 1);
        return r;
    }
    if (TERN_IS_KIND(func, TERN_K_CFUNC)) {
        char a[40];
        addr_of(TERN_AS(tern_bound, self)->self, a, sizeof a);
        r = tern_str_fmt(vm, "<built-in method %V of %T object at %s>",
                         TERN_VAL(TERN_AS(tern_cfunc, func)->name), TERN_AS(tern_bound, self)->self, a);
        tern_popn(vm, 1);
        return r;
    }
    qn = tern_getattr_opt(vm, func, TERN_N(__qualname__));
    if (!qn || !TERN_IS_STR(qn))
        qn = TERN_N(method);
    tern_push(vm, qn);
    r = tern_repr(vm, TERN_AS(tern_bound, s[0])->self);
    r = tern_str_fmt(vm, "<bound method %V of %V>", s[1], r);
    tern_popn(vm, 2);
    return r;
}

static tern_val bound_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_bound *b = TERN_AS(tern_bound, self);
    if (name == TERN_N(__self__))
        return b->self;
    if (name == TERN_N(__func__))
        return b->func;
    return tern_getattr_opt(vm, b->func, name);
}

static tern_val bound_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    int eq;
    (void)vm;
    if ((op != TERN_CMP_EQ && op != TERN_CMP_NE) || !TERN_IS_KIND(a, TERN_K_BOUND)
        || !TERN_IS_KIND(b, TERN_K_BOUND))
        return TERN_NOTIMPLEMENTED;
    eq = TERN_AS(tern_bound, a)->self == TERN_AS(tern_bound, b)->self
        && TERN_AS(tern_bound, a)->func == TERN_AS(tern_bound, b)->func;
    return TERN_BOOL(op == TERN_CMP_EQ ? eq : !eq);
}

static tern_val bound_hash(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), h1, h2;
    h1 = tern_id_hash(vm, TERN_AS(tern_bound, self)->self);
    h2 = tern_id_hash(vm, TERN_AS(tern_bound, s[0])->func);
    tern_popn(vm, 1);
    return TERN_SMALL((TERN_SMALL_VALUE(h1) ^ (TERN_SMALL_VALUE(h2) << 3)) & 0x3FFFFFFF);
}

const tern_type tern_type_bound_method = {
    TERN_TYPE_HEAD(method, &tern_type_object, NULL, 0, TERN_K_BOUND, 0),
    NULL, bound_repr, NULL, bound_hash, bound_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, forward_call, bound_getattr, NULL
};

/* ===================================================================
 * code
 * =================================================================== */

static tern_val code_repr(tern_vm *vm, tern_val self) {
    tern_code *c = TERN_AS(tern_code, self);
    char a[40];
    addr_of(self, a, sizeof a);
    return tern_str_fmt(vm, "<code object %V at %s, file \"%V\", line %d>", c->name, a,
                        c->filename, (int)c->firstline);
}

static tern_val code_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_code *c = TERN_AS(tern_code, self);
    (void)vm;
    if (name == TERN_N(co_name)) return c->name;
    if (name == TERN_N(co_qualname)) return c->qualname;
    if (name == TERN_N(co_filename)) return c->filename;
    if (name == TERN_N(co_firstlineno)) return TERN_SMALL(c->firstline);
    if (name == TERN_N(co_argcount)) return TERN_SMALL(c->argcount);
    if (name == TERN_N(co_posonlyargcount)) return TERN_SMALL(c->posonlycount);
    if (name == TERN_N(co_kwonlyargcount)) return TERN_SMALL(c->kwonlycount);
    if (name == TERN_N(co_nlocals)) return TERN_SMALL(c->nlocals);
    if (name == TERN_N(co_flags)) {
        /* CPython's CO_* values, which inspect and asyncio test */
        int f = c->flags, r = 0;
        if (f & TERN_CO_NEWLOCALS) r |= 0x3;                /* OPTIMIZED | NEWLOCALS */
        if (f & TERN_CO_VARARGS) r |= 0x4;
        if (f & TERN_CO_VARKW) r |= 0x8;
        if (f & TERN_CO_NESTED) r |= 0x10;
        if (f & TERN_CO_ASYNCGEN) r |= 0x200;              /* ASYNC_GENERATOR */
        else if (f & TERN_CO_GENERATOR) r |= 0x20;
        else if (f & TERN_CO_COROUTINE) r |= 0x80;
        return TERN_SMALL(r);
    }
    if (name == TERN_N(co_varnames)) return c->varnames;
    if (name == TERN_N(co_consts)) return c->consts;
    if (name == TERN_N(co_names)) return c->names;
    return TERN_NULL;
}

const tern_type tern_type_code = {
    TERN_TYPE_HEAD(code, &tern_type_object, NULL, 0, TERN_K_CODE, 0),
    NULL, code_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, code_getattr, NULL
};

/* ===================================================================
 * cell
 * =================================================================== */

tern_val tern_cell_new(tern_vm *vm, tern_val value) {
    tern_val *s = tern_push(vm, value);
    tern_cell *c = (tern_cell *)tern_alloc(vm, TERN_K_CELL, sizeof(tern_cell));
    c->value = s[0];
    tern_popn(vm, 1);
    return TERN_VAL(c);
}

static tern_val cell_repr(tern_vm *vm, tern_val self) {
    tern_val v = TERN_AS(tern_cell, self)->value;
    char a[40], b[40];
    addr_of(self, a, sizeof a);
    if (!v)
        return tern_str_fmt(vm, "<cell at %s: empty>", a);
    addr_of(v, b, sizeof b);
    return tern_str_fmt(vm, "<cell at %s: %T object at %s>", a, v, b);
}

static tern_val cell_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(cell_contents)) {
        tern_val v = TERN_AS(tern_cell, self)->value;
        if (!v)
            tern_raise_fmt(vm, &tern_type_ValueError, "Cell is empty");
        return v;
    }
    return TERN_NULL;
}

static int cell_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value) {
    (void)vm;
    if (name == TERN_N(cell_contents)) {
        TERN_AS(tern_cell, self)->value = value;
        return 1;
    }
    return 0;
}

const tern_type tern_type_cell = {
    TERN_TYPE_HEAD(cell, &tern_type_object, NULL, 0, TERN_K_CELL, 0),
    NULL, cell_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, cell_getattr, cell_setattr
};
