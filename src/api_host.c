/* SPDX-License-Identifier: MIT */
/*
 * api_host.c — what the embedder adds to Python (include/tern.h, sections
 * "C functions callable from Python" and "Host classes"): C functions,
 * modules of them, and classes whose instances carry C data.
 *
 * A C function is a native object (host_fn) holding the C pointer; a call
 * opens a new window of API slots above the caller's (api_value.c).
 *
 * A host class is an ordinary Python class whose layout base is the
 * built-in `hostobject`, so Python code may subclass it, give its
 * instances attributes, and isinstance works. Like the other subclasses of
 * built-in types (obj_class.h, "proxy" classes), each instance pairs its
 * attribute dict with a built-in value: here a hostobject holding the C
 * data, zeroed at creation. The class keeps what its instances need (the
 * definition and the data size) in a hostobject of size 0 under the
 * name __tern_host__, found through the MRO by subclasses too.
 */
#include "api_int.h"
#include "obj_class.h"

/* ===================================================================
 * C functions callable from Python
 * =================================================================== */

/* A C function of the embedder: a native object (class, name, module
 * name) with the C pointer and user data as raw words. */
typedef struct host_fn {
    tern_hdr hdr;
    tern_val cls;
    tern_val name;          /* str */
    tern_val module;        /* str, or NULL for __main__ */
    tern_cfunction fn;
    void *ud;
    uintptr_t flags;        /* HOST_METHOD */
} host_fn;

/* A method of a host class: it binds to the instance as a Python
 * function does, and `module` holds the class's name. */
#define HOST_METHOD 0x1

static tern_val host_repr(tern_vm *vm, tern_val self) {
    host_fn *h = TERN_AS(host_fn, self);
    if (h->flags & HOST_METHOD)
        return tern_str_fmt(vm, "<method '%V' of '%V' objects>", h->name, h->module);
    return tern_str_fmt(vm, "<built-in function %V>", h->name);
}

static tern_val host_hash(tern_vm *vm, tern_val self) {
    return tern_id_hash(vm, self);
}

static tern_val host_getattr(tern_vm *vm, tern_val self, tern_val name) {
    host_fn *h = TERN_AS(host_fn, self);
    (void)vm;
    if (name == TERN_N(__name__) || name == TERN_N(__qualname__))
        return h->name;
    if (name == TERN_N(__module__))
        return h->flags & HOST_METHOD ? TERN_NONE : h->module ? h->module : TERN_N(__main__);
    if (name == TERN_N(__doc__) || name == TERN_N(__self__))
        return TERN_NONE;
    return TERN_NULL;
}

static tern_val host_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames);

static const tern_type host_fn_type = {
    TERN_TYPE_HEAD(builtin_function_or_method, &tern_type_object, NULL, 0, TERN_K_NATIVE, 0),
    NULL, host_repr, NULL, host_hash, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, host_call, host_getattr, NULL
};

int tern_api_is_host_fn(tern_val v) {
    return TERN_IS_KIND(v, TERN_K_NATIVE) && TERN_AS(host_fn, v)->cls == TERN_VAL(&host_fn_type);
}

/* Run the embedder's function in a context of its own: slot 0 None (the
 * result), slots 1..nargs the arguments. The C function only calls this
 * API, whose entry points are all protected, so nothing unwinds through
 * it: the caller's window is restored on every path. */
static tern_val host_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    size_t saved_base = vm->api_base, saved_count = vm->api_count, base, i, n;
    tern_val *s, r, exc;
    tern_cfunction fn;
    void *ud;
    int status;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "%V() takes no keyword arguments", TERN_AS(host_fn, self)->name);
    s = tern_push(vm, self);
    /* an error the caller's context left pending is not this call's */
    vm->api_exc = TERN_NULL;
    base = saved_base + saved_count;
    tern_api_slots_reserve(vm, base + (size_t)nargs + 1);
    {
        tern_val *w = TERN_AS(tern_array, vm->api_slots)->items + base;
        w[0] = TERN_NONE;
        for (i = 0; i < (size_t)nargs; i++)
            w[1 + i] = args[i];
    }
    fn = TERN_AS(host_fn, s[0])->fn;
    ud = TERN_AS(host_fn, s[0])->ud;
    vm->api_base = base;
    vm->api_count = (size_t)nargs + 1;
    status = fn(vm, nargs, ud);
    n = vm->api_count;
    r = TERN_AS(tern_array, vm->api_slots)->items[base];
    /* let the window's values go */
    for (i = 0; i < n; i++)
        TERN_AS(tern_array, vm->api_slots)->items[base + i] = TERN_NULL;
    vm->api_base = saved_base;
    vm->api_count = saved_count;
    if (status == TERN_OK) {
        tern_popn(vm, 1);
        return r ? r : TERN_NONE;
    }
    exc = vm->api_exc;
    vm->api_exc = TERN_NULL;
    if (!exc)   /* s[0], not `self`: the function may have moved it */
        tern_raise_fmt(vm, &tern_type_SystemError, "%V() returned an error without setting one",
                       TERN_AS(host_fn, s[0])->name);
    tern_popn(vm, 1);
    tern_raise(vm, exc);
}

static tern_val host_fn_new(tern_vm *vm, const char *name, tern_val module, tern_cfunction fn, void *ud) {
    tern_val *s = tern_push(vm, module), n;
    host_fn *h;
    n = tern_str_from_c(vm, name);
    tern_push(vm, n);
    h = (host_fn *)tern_alloc(vm, TERN_K_NATIVE, sizeof(host_fn));
    h->cls = TERN_VAL(&host_fn_type);
    h->name = s[1];
    h->module = s[0];
    h->fn = fn;
    h->ud = ud;
    h->flags = 0;
    tern_popn(vm, 2);
    return TERN_VAL(h);
}

static void new_fn_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val f;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (!o->s || !o->fn)
        tern_api_value_misuse(vm, o, "NULL name or function");
    f = host_fn_new(vm, o->s, TERN_NULL, o->fn, o->ud);
    tern_api_put_slot(vm, o->a, f);
}

int tern_new_function(tern_vm *vm, int slot, const char *name, tern_cfunction fn, void *user_data) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_new_function");
    o.a = slot;
    o.s = name;
    o.fn = fn;
    o.ud = user_data;
    return tern_api_value_protect(vm, new_fn_body, &o);
}

static void register_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *s;
    if (!o->s || !o->fn)
        tern_api_value_misuse(vm, o, "NULL name or function");
    s = tern_push(vm, host_fn_new(vm, o->s, TERN_NULL, o->fn, o->ud));
    tern_push(vm, tern_api_op_name(vm, o));
    tern_dict_set(vm, tern_api_main_dict(vm), s[1], s[0]);
    tern_popn(vm, 2);
}

int tern_register_function(tern_vm *vm, const char *name, tern_cfunction fn, void *user_data) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_register_function");
    o.s = name;
    o.fn = fn;
    o.ud = user_data;
    return tern_api_value_protect(vm, register_body, &o);
}

/* ===================================================================
 * Host classes
 * =================================================================== */

/* The C data of one instance: the built-in value inside it. */
typedef struct host_data {
    tern_hdr hdr;
    tern_val cls;                   /* &tern_type_hostobject */
    const tern_class_def *def;      /* NULL: a subclass of hostobject made in Python */
    uintptr_t size;                 /* bytes of data that follow */
} host_data;
#define HOST_DATA(d)    ((unsigned char *)((host_data *)(d) + 1))
#define HOST_ALIGN      8           /* the data is aligned for any scalar */

/* What a host class's instances need, kept in the class as __tern_host__. */
typedef struct host_info {
    tern_hdr hdr;
    tern_val cls;                   /* &host_info_type */
    const tern_class_def *def;
    uintptr_t size;                 /* data_size */
} host_info;

const tern_type tern_type_hostobject = {
    TERN_TYPE_HEAD(hostobject, &tern_type_object, NULL, 0, TERN_K_OBJECT, TERN_TF_BASETYPE),
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

static tern_val host_info_repr(tern_vm *vm, tern_val self) {
    const host_info *h = TERN_AS(host_info, self);
    return tern_str_fmt(vm, "<host class %s: %d bytes of C data>", h->def->name, (int)h->size);
}

static const tern_type host_info_type = {
    TERN_TYPE_HEAD(hostclass, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    NULL, host_info_repr, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

int tern_host_is_method(tern_val v) {
    return tern_api_is_host_fn(v) && (TERN_AS(host_fn, v)->flags & HOST_METHOD);
}

/* The C data for a new instance of host class `cls` (or a Python subclass
 * of it): zeroed, sized as its __tern_host__ says. */
tern_val tern_host_data_new(tern_vm *vm, tern_val cls) {
    tern_val info = tern_type_lookup(vm, TERN_AS(const tern_type, cls), TERN_N(__tern_host__));
    const tern_class_def *def = NULL;
    size_t size = 0, room;
    host_data *d;
    if (info && TERN_IS_KIND(info, TERN_K_OBJECT) && TERN_AS(host_info, info)->cls == TERN_VAL(&host_info_type)) {
        def = TERN_AS(host_info, info)->def;
        size = (size_t)TERN_AS(host_info, info)->size;
    }
    room = (size + HOST_ALIGN - 1) / HOST_ALIGN * HOST_ALIGN;
    d = (host_data *)tern_alloc(vm, TERN_K_OBJECT, sizeof(host_data) + room);
    d->cls = TERN_VAL(&tern_type_hostobject);
    d->def = def;
    d->size = size;
    memset(HOST_DATA(d), 0, room);
    return TERN_VAL(d);
}

/* A new host class from `def`, for module `module` (a str). */
static tern_val class_new(tern_vm *vm, tern_api_op *o, const tern_class_def *def, tern_val module) {
    const tern_function_def *fd;
    tern_val *s, base;
    host_info *info;
    host_fn *m;
    if (!def || !def->name || !*def->name)
        tern_api_value_misuse(vm, o, "NULL class definition or name");
    if (def->data_size > ((size_t)1 << 30))
        tern_raise_fmt(vm, &tern_type_SystemError, "%s: class %s: data_size too large", o->who, def->name);
    o->s = def->name;
    s = tern_push(vm, tern_api_op_name(vm, o));         /* s[0]: name */
    tern_push(vm, module);                              /* s[1]: module name */
    tern_push(vm, tern_dict_new(vm, 4));                /* s[2]: namespace */
    tern_push(vm, TERN_NULL);                           /* s[3]: a method's name */
    tern_dict_set(vm, s[2], TERN_N(__module__), s[1]);
    tern_dict_set(vm, s[2], TERN_N(__qualname__), s[0]);
    info = (host_info *)tern_alloc(vm, TERN_K_OBJECT, sizeof(host_info));
    info->cls = TERN_VAL(&host_info_type);
    info->def = def;
    info->size = def->data_size;
    tern_dict_set(vm, s[2], TERN_N(__tern_host__), TERN_VAL(info));
    for (fd = def->methods; fd && fd->name; fd++) {
        if (!fd->fn)
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: method %s of class %s is NULL",
                           o->who, fd->name, def->name);
        o->s = fd->name;
        s[3] = tern_api_op_name(vm, o);
        m = TERN_AS(host_fn, host_fn_new(vm, fd->name, s[0], fd->fn, def->user_data));
        m->flags = HOST_METHOD;
        tern_dict_set(vm, s[2], s[3], TERN_VAL(m));
    }
    base = TERN_VAL(&tern_type_hostobject);
    s[3] = tern_tuple_from(vm, 1, &base);
    /* type(name, bases, namespace), its arguments on the value stack */
    tern_push(vm, s[0]);
    tern_push(vm, s[3]);
    tern_push(vm, s[2]);
    s[3] = tern_class_create(vm, TERN_VAL(&tern_type_type), 3, s + 4, TERN_NULL);
    tern_popn(vm, 7);
    return s[3];
}

static void new_class_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val c;
    tern_api_value_check_slots(vm, o, o->a, 1);
    c = class_new(vm, o, (const tern_class_def *)o->p, TERN_N(__main__));
    tern_api_put_slot(vm, o->a, c);
}

int tern_new_class(tern_vm *vm, int slot, const tern_class_def *def) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_new_class");
    o.a = slot;
    o.p = def;
    return tern_api_value_protect(vm, new_class_body, &o);
}

static void get_data_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    const tern_class_def *def = (const tern_class_def *)o->p;
    tern_val v, d;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (!def || !def->name)
        tern_api_value_misuse(vm, o, "NULL class definition");
    v = TERN_API_SLOTS(vm)[o->a];
    d = TERN_IS_PROXY(v) ? TERN_PROXY_VALUE(v) : TERN_NULL;
    if (!d || !TERN_IS_KIND(d, TERN_K_OBJECT) || TERN_AS(host_data, d)->cls != TERN_VAL(&tern_type_hostobject)
        || TERN_AS(host_data, d)->def != def)
        tern_raise_type_error(vm, "expected a %s object, not '%T'", def->name, v);
    o->op = HOST_DATA(d);
    o->on = (size_t)TERN_AS(host_data, d)->size;
}

int tern_get_data(tern_vm *vm, int slot, const tern_class_def *def, void **data) {
    tern_api_op o;
    int r;
    if (data)
        *data = NULL;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_data");
    o.a = slot;
    o.p = def;
    r = tern_api_value_protect(vm, get_data_body, &o);
    if (r == TERN_OK && data)
        *data = (void *)o.op;
    return r;
}

static void module_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    const tern_module_def *def = (const tern_module_def *)o->p;
    const tern_function_def *fd;
    const tern_constant_def *cd;
    const tern_class_def *const *kd;
    tern_val *s, v;
    if (!def || !def->name || !*def->name)
        tern_api_value_misuse(vm, o, "NULL definition or name");
    o->s = def->name;
    s = tern_push(vm, tern_api_op_name(vm, o));          /* s[0]: name */
    tern_push(vm, tern_module_new(vm, s[0]));   /* s[1]: module */
    tern_push(vm, TERN_NULL);                   /* s[2]: a member's name */
    for (fd = def->functions; fd && fd->name; fd++) {
        if (!fd->fn)
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: function %s of module %s is NULL",
                           o->who, fd->name, def->name);
        o->s = fd->name;
        s[2] = tern_api_op_name(vm, o);
        v = host_fn_new(vm, fd->name, s[0], fd->fn, def->user_data);
        tern_dict_set(vm, TERN_AS(tern_module, s[1])->dict, s[2], v);
    }
    for (cd = def->constants; cd && cd->name; cd++) {
        o->s = cd->name;
        s[2] = tern_api_op_name(vm, o);
        switch (cd->type) {
        case TERN_T_NONE: v = TERN_NONE; break;
        case TERN_T_BOOL: v = TERN_BOOL(cd->i); break;
        case TERN_T_INT: v = tern_int_from_ll(vm, (long long)cd->i); break;
        case TERN_T_FLOAT: v = tern_float_new(vm, cd->f); break;
        case TERN_T_STR:
            if (!cd->s || !tern_api_utf8_valid((const unsigned char *)cd->s, strlen(cd->s)))
                tern_raise_fmt(vm, &tern_type_SystemError, "%s: constant %s: NULL or invalid UTF-8 text",
                               o->who, cd->name);
            v = tern_str_from_c(vm, cd->s);
            break;
        default:
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: constant %s: unsupported type %d",
                           o->who, cd->name, cd->type);
        }
        tern_dict_set(vm, TERN_AS(tern_module, s[1])->dict, s[2], v);
    }
    for (kd = def->classes; kd && *kd; kd++) {
        s[2] = class_new(vm, o, *kd, s[0]);
        o->s = (*kd)->name;
        v = tern_api_op_name(vm, o);
        tern_dict_set(vm, TERN_AS(tern_module, s[1])->dict, v, s[2]);
    }
    tern_dict_set(vm, vm->modules, s[0], s[1]);
    tern_popn(vm, 3);
}

int tern_define_module(tern_vm *vm, const tern_module_def *def) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_define_module");
    o.p = def;
    return tern_api_value_protect(vm, module_body, &o);
}
