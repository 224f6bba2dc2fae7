/* SPDX-License-Identifier: MIT */
/*
 * module.c — the module type and `import`: built-in modules (the ROM
 * table tern_builtin_modules) and .py files (or, without one, a .tbc of
 * precompiled bytecode) found on sys.path through the
 * embedder's loader callback, packages (<dir>/__init__.py), relative
 * imports and `from package import submodule`.
 */
#include "runtime.h"
#include "obj_class.h"
#include "frozen.h"
#include "bytecode_io.h"

const tern_builtin_module tern_builtin_modules[] = {
    { TERN_NSTR(sys), tern_mod_sys_init },
    { TERN_NSTR(gc), tern_mod_gc_init },
    { TERN_NSTR(micropython), tern_mod_micropython_init },
    { TERN_NSTR(math), tern_mod_math_init },
    { TERN_NSTR(cmath), tern_mod_cmath_init },
    { TERN_NSTR(_tern), tern_mod_tern_init },
    { TERN_NSTR(hashlib), tern_mod_hashlib_init },
    { TERN_NSTR(time), tern_mod_time_init },
    { TERN_NSTR(array), tern_mod_array_init },
    { NULL, NULL }
};

/* ===================================================================
 * The module type
 * =================================================================== */

tern_val tern_module_new(tern_vm *vm, tern_val name) {
    tern_val *s = tern_push(vm, name), d;
    tern_module *m;
    /* room for __name__, __doc__ and two more (__builtins__, __file__);
     * a module body reserves room for the names it stores (tern_run_code) */
    tern_push(vm, tern_dict_new(vm, 4));
    tern_dict_set(vm, s[1], TERN_N(__name__), s[0]);
    tern_dict_set(vm, s[1], TERN_N(__doc__), TERN_NONE);
    m = (tern_module *)tern_alloc(vm, TERN_K_MODULE, TERN_MODULE_BYTES);
    m->name = s[0];
    m->dict = s[1];
    d = TERN_VAL(m);
    tern_popn(vm, 2);
    return d;
}

static tern_val module_repr(tern_vm *vm, tern_val self) {
    tern_val d = TERN_AS(tern_module, self)->dict;
    tern_val name = tern_dict_get_name(d, TERN_N(__name__)), file;
    if (!name || !TERN_IS_STR(name))
        name = TERN_AS(tern_module, self)->name;
    file = tern_dict_get_name(d, TERN_N(__file__));
    if (file && TERN_IS_STR(file))
        return tern_str_fmt(vm, "<module %R from %R>", name, file);
    return tern_str_fmt(vm, "<module %R (built-in)>", name);
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

const tern_type tern_type_module = {
    TERN_TYPE_HEAD(module, &tern_type_object, NULL, 0, TERN_K_MODULE, 0),
    NULL, module_repr, NULL, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

/* ===================================================================
 * Import
 * =================================================================== */

TERN_NORETURN static void not_found(tern_vm *vm, tern_val fullname) {
    tern_val *s = tern_push(vm, fullname), e;
    tern_push(vm, tern_str_fmt(vm, "No module named '%V'", fullname));
    e = tern_exc_new(vm, &tern_type_ModuleNotFoundError, tern_tuple_from(vm, 1, s + 1));
    s[1] = e;
    tern_dict_set(vm, tern_obj_dict(vm, s[1], 1), TERN_N(name), s[0]);
    tern_raise(vm, s[1]);
}

typedef struct compile_job {
    const char *src;
    size_t len;
    tern_val *filename;
    tern_val code;
} compile_job;

/* Source, or bytecode (told by its magic: docs/bytecode.md) -> code. */
static void compile_fn(tern_vm *vm, void *ud) {
    compile_job *j = (compile_job *)ud;
    if (tern_bytecode_io_is(j->src, j->len))
        j->code = tern_bytecode_io_load(vm, (const uint8_t *)j->src, j->len);
    else
        j->code = tern_compile(vm, j->src, j->len, *j->filename, TERN_MODE_FILE);
}

typedef struct run_job {
    tern_val *slots;   /* [code, dict] */
} run_job;

static void run_fn(tern_vm *vm, void *ud) {
    run_job *j = (run_job *)ud;
    tern_run_code(vm, j->slots[0], j->slots[1], j->slots[1]);
}

/* Try loading "<dir>/<rel>" (or "<rel>" for an empty dir); dir and rel
 * are strs. Returns the buffer or NULL; *path gets the path str. */
static const char *try_load(tern_vm *vm, tern_val dir, tern_val rel, tern_val *path, size_t *len) {
    if (!vm->load)
        return NULL;
    if (TERN_STR_LEN(dir) == 0)
        *path = rel;
    else
        *path = tern_str_fmt(vm, "%V/%V", dir, rel);
    return vm->load(vm->user_data, TERN_STR_CHARS(*path), len);
}

/* Compile and run a module's source. s: [fullname, parent, path, pkgdir or NULL,
 * last component of fullname].
 * `loaded` says the buffer came from the embedder's loader (and goes back
 * to its release callback); frozen source is const and stays. */
static tern_val exec_source(tern_vm *vm, tern_val *s, const char *buf, size_t len, int loaded) {
    compile_job cj;
    run_job rj;
    tern_val *w = tern_push(vm, s[4]), m, d;      /* w[0]: last name component */
    int failed;
    tern_push(vm, TERN_NULL);     /* w[1]: code */
    tern_push(vm, TERN_NULL);     /* w[2]: module dict */
    tern_push(vm, TERN_NULL);     /* w[3]: module */
    cj.src = buf;
    cj.len = len;
    cj.filename = &s[2];
    cj.code = TERN_NULL;
    failed = tern_pcall(vm, compile_fn, &cj);
    if (loaded && vm->release)
        vm->release(vm->user_data, buf);
    if (failed)
        tern_nlr_throw(vm);
    w[1] = cj.code;
    w[3] = tern_module_new(vm, s[0]);
    w[2] = TERN_AS(tern_module, w[3])->dict;
    if (loaded)
        tern_dict_set(vm, w[2], TERN_N(__file__), s[2]);
    if (s[3]) {
        tern_val l = tern_list_new(vm, 1);
        tern_push(vm, l);
        tern_list_append(vm, l, s[3]);
        tern_dict_set(vm, w[2], TERN_N(__path__), l);
        tern_popn(vm, 1);
        tern_dict_set(vm, w[2], TERN_N(__package__), s[0]);
    } else if (s[1]) {
        tern_dict_set(vm, w[2], TERN_N(__package__), TERN_AS(tern_module, s[1])->name);
    } else {
        tern_val e = tern_str_new(vm, "", 0);      /* before w[2] is read */
        tern_dict_set(vm, w[2], TERN_N(__package__), e);
    }
    tern_dict_set(vm, vm->modules, s[0], w[3]);
    rj.slots = &w[1];
    if (tern_pcall(vm, run_fn, &rj)) {
        tern_val *e = tern_push(vm, vm->exc);
        tern_dict_del(vm, vm->modules, s[0]);
        vm->exc = *e;
        tern_popn(vm, 1);
        tern_nlr_throw(vm);
    }
    m = tern_dict_get(vm, vm->modules, s[0]);
    if (!m)
        m = w[3];
    w[3] = m;
    if (s[1])
        tern_setattr(vm, s[1], w[0], w[3]);
    d = w[3];
    tern_popn(vm, 4);
    return d;
}

/* Import `fullname` from the frozen library, if it is there: s as for
 * exec_source. A frozen package's __path__ is [".frozen"], so its
 * submodules are looked up there too. Returns NULL if not frozen. */
static tern_val import_frozen(tern_vm *vm, tern_val *s) {
    const tern_frozen_module *f;
    const char *name = TERN_STR_CHARS(s[0]);
    for (f = tern_frozen_modules; f->name; f++) {
        if (strcmp(f->name, name) != 0)
            continue;
        /* the name tracebacks show; no __file__, as for MicroPython's frozen modules */
        s[2] = tern_str_fmt(vm, "<frozen %V>", s[0]);
        s[3] = f->is_package ? TERN_N(_frozen) : TERN_NULL;
        return exec_source(vm, s, f->source, f->len, 0);
    }
    return TERN_NULL;
}

/* Import one module `fullname` (its parent package, if any, already
 * imported and passed as `parent`). */
static tern_val import_one(tern_vm *vm, tern_val fullname, tern_val parent) {
    tern_val m, *s, paths;
    const char *fn = TERN_STR_CHARS(fullname), *dot;
    size_t i, n, len = 0;
    m = tern_dict_get(vm, vm->modules, fullname);
    if (m)
        return m;
    s = tern_push(vm, fullname);      /* s[0] */
    tern_push(vm, parent);            /* s[1] */
    tern_push(vm, TERN_NULL);         /* s[2]: path */
    tern_push(vm, TERN_NULL);         /* s[3]: package dir */
    tern_push(vm, TERN_NULL);         /* s[4]: last component */
    tern_push(vm, TERN_NULL);         /* s[5]: paths */
    if (!parent) {
        const tern_builtin_module *b;
        for (b = tern_builtin_modules; b->name; b++) {
            if (tern_str_eq(TERN_VAL(b->name), s[0])) {
                m = b->init(vm);
                s[2] = m;
                if (!tern_dict_get(vm, vm->modules, s[0]))
                    tern_dict_set(vm, vm->modules, s[0], s[2]);
                m = s[2];
                tern_popn(vm, 6);
                return m;
            }
        }
        if (strcmp(TERN_STR_CHARS(s[0]), "builtins") == 0 && vm->builtins) {
            m = tern_module_new(vm, s[0]);
            TERN_AS(tern_module, m)->dict = vm->builtins;
            s[2] = m;
            tern_dict_set(vm, vm->modules, s[0], s[2]);
            m = s[2];
            tern_popn(vm, 6);
            return m;
        }
    }
    fn = TERN_STR_CHARS(s[0]);
    dot = strrchr(fn, '.');
    s[4] = dot ? tern_str_new(vm, dot + 1, strlen(dot + 1)) : s[0];
    paths = parent ? tern_getattr_opt(vm, s[1], TERN_N(__path__)) : vm->sys_path;
    s[5] = paths;
    if (parent && !s[5]) {
        tern_val pn = TERN_AS(tern_module, s[1])->name, e;
        tern_push(vm, tern_str_fmt(vm, "No module named '%V'; '%V' is not a package", s[0], pn));
        e = tern_exc_new(vm, &tern_type_ModuleNotFoundError, tern_tuple_from(vm, 1, s + 6));
        s[6] = e;
        tern_dict_set(vm, tern_obj_dict(vm, s[6], 1), TERN_N(name), s[0]);
        tern_raise(vm, s[6]);
    }
    if (s[5] && TERN_IS_LIST(s[5])) {
        n = TERN_LIST_LEN(s[5]);
        for (i = 0; i < n && i < TERN_LIST_LEN(s[5]); i++) {
            tern_val dir = TERN_LIST_ITEMS(s[5])[i], rel;
            const char *buf;
            if (!TERN_IS_STR(dir))
                continue;
            if (tern_str_eq(dir, TERN_N(_frozen))) {
                m = import_frozen(vm, s);
                if (m) {
                    tern_popn(vm, 6);
                    return m;
                }
                continue;
            }
            tern_push(vm, dir);
            rel = tern_str_fmt(vm, "%V/__init__.py", s[4]);
            tern_push(vm, rel);
            buf = try_load(vm, s[6], s[7], &s[2], &len);
            if (buf) {
                if (TERN_STR_LEN(s[6]) == 0)
                    s[3] = tern_str_new(vm, TERN_STR_CHARS(s[4]), TERN_STR_LEN(s[4]));
                else
                    s[3] = tern_str_fmt(vm, "%V/%V", s[6], s[4]);
                tern_popn(vm, 2);
                m = exec_source(vm, s, buf, len, 1);
                tern_popn(vm, 6);
                return m;
            }
            s[7] = tern_str_fmt(vm, "%V.py", s[4]);
            buf = try_load(vm, s[6], s[7], &s[2], &len);
            if (!buf) {
                /* no source: precompiled bytecode (tern --compile) */
                s[7] = tern_str_fmt(vm, "%V.tbc", s[4]);
                buf = try_load(vm, s[6], s[7], &s[2], &len);
            }
            tern_popn(vm, 2);
            if (buf) {
                m = exec_source(vm, s, buf, len, 1);
                tern_popn(vm, 6);
                return m;
            }
        }
    }
    not_found(vm, s[0]);
}

/* The package a relative import in `globals` is relative to, as a str. */
static tern_val current_package(tern_vm *vm, tern_val globals) {
    tern_val p, n;
    const char *c, *dot;
    if (!globals || !TERN_IS_DICT(globals))
        return TERN_NULL;
    p = tern_dict_get_name(globals, TERN_N(__package__));
    if (p && TERN_IS_STR(p) && TERN_STR_LEN(p) > 0)
        return p;
    n = tern_dict_get_name(globals, TERN_N(__name__));
    if (!n || !TERN_IS_STR(n))
        return TERN_NULL;
    if (tern_dict_get_name(globals, TERN_N(__path__)))
        return n;
    c = TERN_STR_CHARS(n);
    dot = strrchr(c, '.');
    if (!dot)
        return TERN_NULL;
    return tern_str_new(vm, c, (size_t)(dot - c));
}

typedef struct sub_job {
    tern_val *slots;    /* [fullname, parent] */
    tern_val result;
} sub_job;

static void sub_fn(tern_vm *vm, void *ud) {
    sub_job *j = (sub_job *)ud;
    j->result = import_one(vm, j->slots[0], j->slots[1]);
}

tern_val tern_import(tern_vm *vm, tern_val name, tern_val fromlist, int level, tern_val globals) {
    tern_val *s = tern_push(vm, name), r;
    const char *fn;
    size_t i, len, start;
    tern_push(vm, fromlist);          /* s[1] */
    tern_push(vm, globals);           /* s[2] */
    tern_push(vm, TERN_NULL);         /* s[3]: full name */
    tern_push(vm, TERN_NULL);         /* s[4]: top module */
    tern_push(vm, TERN_NULL);         /* s[5]: last module */
    tern_push(vm, TERN_NULL);         /* s[6]: prefix */
    if (!TERN_IS_STR(name))
        tern_raise_type_error(vm, "module name must be str, not %T", name);
    if (level > 0) {
        tern_val pkg = current_package(vm, s[2]);
        const char *pc;
        size_t plen;
        int k;
        if (!pkg)
            tern_raise_fmt(vm, &tern_type_ImportError, "attempted relative import with no known parent package");
        pc = TERN_STR_CHARS(pkg);
        plen = TERN_STR_LEN(pkg);
        for (k = 1; k < level; k++) {
            while (plen > 0 && pc[plen - 1] != '.')
                plen--;
            if (plen == 0)
                tern_raise_fmt(vm, &tern_type_ImportError, "attempted relative import beyond top-level package");
            plen--;
        }
        s[6] = pkg;
        pkg = tern_str_new(vm, TERN_STR_CHARS(s[6]), plen);
        if (TERN_STR_LEN(s[0]) > 0)
            s[3] = tern_str_fmt(vm, "%V.%V", pkg, s[0]);
        else
            s[3] = pkg;
    } else {
        if (TERN_STR_LEN(name) == 0)
            tern_raise_value_error(vm, "Empty module name");
        s[3] = name;
    }
    /* fast path: the whole name already imported and no package walk needed */
    len = TERN_STR_LEN(s[3]);
    start = 0;
    for (i = 0; i <= len; i++) {
        fn = TERN_STR_CHARS(s[3]);
        if (i < len && fn[i] != '.')
            continue;
        if (i == len && start == 0)
            s[6] = s[3];
        else
            s[6] = tern_str_new(vm, fn, i);
        s[5] = import_one(vm, s[6], s[5]);
        if (!s[4])
            s[4] = s[5];
        start = i + 1;
    }
    if (s[1] && s[1] != TERN_NONE && TERN_IS_TUPLE(s[1]) && TERN_TUPLE_LEN(s[1]) > 0) {
        if (tern_getattr_opt(vm, s[5], TERN_N(__path__))) {
            for (i = 0; i < TERN_TUPLE_LEN(s[1]); i++) {
                tern_val item = TERN_TUPLE_ITEMS(s[1])[i];
                sub_job j;
                if (!TERN_IS_STR(item) || strcmp(TERN_STR_CHARS(item), "*") == 0)
                    continue;
                if (tern_getattr_opt(vm, s[5], item))
                    continue;
                item = TERN_TUPLE_ITEMS(s[1])[i];
                s[6] = tern_str_fmt(vm, "%V.%V", s[3], item);
                {
                    tern_val *js = tern_push(vm, s[6]);
                    tern_push(vm, s[5]);
                    j.slots = js;
                    j.result = TERN_NULL;
                    if (tern_pcall(vm, sub_fn, &j)) {
                        /* only "no module named <that submodule>" is ignored */
                        tern_val e = vm->exc, en = TERN_NULL;
                        if (tern_isinstance(e, &tern_type_ModuleNotFoundError)) {
                            tern_val d = TERN_AS(tern_exc, e)->dict;
                            en = d ? tern_dict_get_name(d, TERN_N(name)) : TERN_NULL;
                        }
                        if (!en || !TERN_IS_STR(en) || !tern_str_eq(en, js[0]))
                            tern_nlr_throw(vm);
                        vm->exc = TERN_NULL;
                    }
                    tern_popn(vm, 2);
                }
            }
        }
        r = s[5];
    } else {
        r = level > 0 ? s[5] : s[4];
    }
    tern_popn(vm, 7);
    return r;
}
