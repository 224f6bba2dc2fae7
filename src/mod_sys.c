/* SPDX-License-Identifier: MIT */
/*
 * mod_sys.c — the sys module: argv, path, modules, exit, the standard
 * streams (small objects writing through the VM's output callback),
 * version information and a few interpreter knobs.
 */
#include <float.h>
#include "runtime.h"
#include "obj_class.h"
#include "obj_num.h"

/* ===================================================================
 * Streams: a native object whose payload word is the fd.
 * =================================================================== */

typedef struct stream_obj {
    tern_hdr hdr;
    tern_val cls;
    uintptr_t fd;
} stream_obj;

extern const tern_type tern_type_sys_stream;

static int stream_fd(tern_vm *vm, tern_val self) {
    if (!TERN_IS_KIND(self, TERN_K_OBJECT) || TERN_AS(tern_object, self)->cls != TERN_VAL(&tern_type_sys_stream))
        tern_raise_type_error(vm, "descriptor requires a 'TextIOWrapper' object");
    return (int)TERN_AS(stream_obj, self)->fd;
}

static tern_val stream_new(tern_vm *vm, int fd) {
    stream_obj *p = (stream_obj *)tern_alloc(vm, TERN_K_OBJECT, sizeof(stream_obj));
    p->cls = TERN_VAL(&tern_type_sys_stream);
    p->fd = (uintptr_t)fd;
    return TERN_VAL(p);
}

static tern_val stream_write_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int fd;
    tern_check_args(vm, "write", nargs, kwnames, 2, 2);
    fd = stream_fd(vm, args[0]);
    if (fd == 0)
        tern_raise_fmt(vm, &tern_type_OSError, "not writable");
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "write() argument must be str, not %T", args[1]);
    tern_write(vm, fd, TERN_STR_CHARS(args[1]), TERN_STR_LEN(args[1]));
    return tern_int_from(vm, (tern_int)TERN_AS(tern_str, args[1])->nchars);
}

static tern_val stream_flush_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "flush", nargs, kwnames, 1, 1);
    stream_fd(vm, args[0]);
    return TERN_NONE;
}

/* Read from the input callback one byte at a time up to a newline (or
 * everything for `all`). */
static tern_val read_input(tern_vm *vm, int all) {
    tern_strbuf b;
    tern_val r;
    TERN_ROOTS(vm);
    tern_strbuf_init(vm, &b, 64);
    if (vm->read) {
        for (;;) {
            char c;
            if (vm->read(vm->user_data, &c, 1) == 0)
                break;
            tern_strbuf_add_char(vm, &b, c);
            if (c == '\n' && !all)
                break;
        }
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

static tern_val stream_readline_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "readline", nargs, kwnames, 1, 2);
    if (stream_fd(vm, args[0]) != 0)
        tern_raise_fmt(vm, &tern_type_OSError, "not readable");
    return read_input(vm, 0);
}

static tern_val stream_read_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "read", nargs, kwnames, 1, 2);
    if (stream_fd(vm, args[0]) != 0)
        tern_raise_fmt(vm, &tern_type_OSError, "not readable");
    return read_input(vm, 1);
}

static tern_val stream_readlines_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s;
    tern_check_args(vm, "readlines", nargs, kwnames, 1, 2);
    if (stream_fd(vm, args[0]) != 0)
        tern_raise_fmt(vm, &tern_type_OSError, "not readable");
    s = tern_push(vm, tern_list_new(vm, 0));
    for (;;) {
        tern_val line = read_input(vm, 0);
        if (TERN_STR_LEN(line) == 0)
            break;
        tern_list_append(vm, s[0], line);
    }
    {
        tern_val r = s[0];
        tern_popn(vm, 1);
        return r;
    }
}

static tern_val stream_writelines_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, item;
    tern_check_args(vm, "writelines", nargs, kwnames, 2, 2);
    s = tern_push(vm, tern_iter(vm, args[1]));
    tern_push(vm, args[0]);
    tern_push(vm, TERN_NONE);
    while ((item = tern_next(vm, s[0])) != TERN_NULL) {
        s[2] = item;
        stream_write_fn(vm, 2, s + 1, TERN_NULL);
    }
    tern_popn(vm, 3);
    return TERN_NONE;
}

/* `for line in sys.stdin`: lines until end of input */
static tern_val stream_iter(tern_vm *vm, tern_val self) {
    if (stream_fd(vm, self) != 0)
        tern_raise_fmt(vm, &tern_type_OSError, "not readable");
    return self;
}

static tern_val stream_next(tern_vm *vm, tern_val self) {
    tern_val line;
    (void)self;
    line = read_input(vm, 0);
    return TERN_STR_LEN(line) ? line : TERN_NULL;
}

static tern_val stream_fileno_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "fileno", nargs, kwnames, 1, 1);
    return TERN_SMALL(stream_fd(vm, args[0]));
}

static tern_val stream_isatty_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "isatty", nargs, kwnames, 1, 1);
    stream_fd(vm, args[0]);
    return TERN_FALSE;
}

static tern_val stream_repr(tern_vm *vm, tern_val self) {
    static const char *const names[3] = { "<stdin>", "<stdout>", "<stderr>" };
    uintptr_t fd = TERN_AS(stream_obj, self)->fd;
    return tern_str_fmt(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                        names[fd < 3 ? fd : 1], fd == 0 ? "r" : "w");
}

static TERN_CMETHOD_DEF(stream_write_obj, write, stream_write_fn);
static TERN_CMETHOD_DEF(stream_flush_obj, flush, stream_flush_fn);
static TERN_CMETHOD_DEF(stream_readline_obj, readline, stream_readline_fn);
static TERN_CMETHOD_DEF(stream_read_obj, read, stream_read_fn);
static TERN_CMETHOD_DEF(stream_fileno_obj, fileno, stream_fileno_fn);
static TERN_CMETHOD_DEF(stream_readlines_obj, readlines, stream_readlines_fn);
static TERN_CMETHOD_DEF(stream_writelines_obj, writelines, stream_writelines_fn);
static TERN_CMETHOD_DEF(stream_isatty_obj, isatty, stream_isatty_fn);
static const tern_attr stream_attrs[] = {
    { TERN_NSTR(write), &stream_write_obj },
    { TERN_NSTR(flush), &stream_flush_obj },
    { TERN_NSTR(readline), &stream_readline_obj },
    { TERN_NSTR(read), &stream_read_obj },
    { TERN_NSTR(fileno), &stream_fileno_obj },
    { TERN_NSTR(readlines), &stream_readlines_obj },
    { TERN_NSTR(writelines), &stream_writelines_obj },
    { TERN_NSTR(isatty), &stream_isatty_obj },
};

const tern_type tern_type_sys_stream = {
    TERN_TYPE_HEAD(TextIOWrapper, &tern_type_object, stream_attrs, TERN_NATTRS(stream_attrs), TERN_K_OBJECT, 0),
    NULL, stream_repr, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, stream_iter, stream_next, NULL, NULL, NULL
};

/* ===================================================================
 * sys.implementation: a namespace with name and version.
 * =================================================================== */

extern const tern_type tern_type_sys_impl;

static tern_val impl_version(tern_vm *vm) {
    tern_val v = tern_tuple_new(vm, 3);
    TERN_TUPLE_ITEMS(v)[0] = TERN_SMALL(TERN_VERSION_MAJOR);
    TERN_TUPLE_ITEMS(v)[1] = TERN_SMALL(TERN_VERSION_MINOR);
    TERN_TUPLE_ITEMS(v)[2] = TERN_SMALL(TERN_VERSION_PATCH);
    return v;
}

static tern_val impl_getattr(tern_vm *vm, tern_val self, tern_val name) {
    (void)self;
    if (name == TERN_N(name))
        return tern_str_from_c(vm, "tern");
    if (name == TERN_N(version))
        return impl_version(vm);
    return TERN_NULL;
}

static tern_val impl_repr(tern_vm *vm, tern_val self) {
    tern_val v = impl_version(vm);
    (void)self;
    return tern_str_fmt(vm, "namespace(name='tern', version=%R)", v);
}

const tern_type tern_type_sys_impl = {
    TERN_TYPE_HEAD(SimpleNamespace, &tern_type_object, NULL, 0, TERN_K_OBJECT, 0),
    NULL, impl_repr, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, impl_getattr, NULL
};

/* ===================================================================
 * Functions
 * =================================================================== */

static tern_val sys_exit_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    tern_check_args(vm, "exit", nargs, kwnames, 0, 1);
    t = tern_tuple_from(vm, (size_t)nargs, args);
    tern_raise(vm, tern_exc_new(vm, &tern_type_SystemExit, t));
}

/* sys.exception() (3.11): the exception being handled, or None. */
static tern_val sys_exception_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "exception", nargs, kwnames, 0, 0);
    return vm->handled ? vm->handled : TERN_NONE;
}

static tern_val sys_exc_info_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t, e = vm->handled;
    (void)args;
    tern_check_args(vm, "exc_info", nargs, kwnames, 0, 0);
    t = tern_tuple_new(vm, 3);
    e = vm->handled;
    if (!e || e == TERN_NONE) {
        TERN_TUPLE_ITEMS(t)[0] = TERN_NONE;
        TERN_TUPLE_ITEMS(t)[1] = TERN_NONE;
        TERN_TUPLE_ITEMS(t)[2] = TERN_NONE;
    } else {
        TERN_TUPLE_ITEMS(t)[0] = TERN_VAL(tern_typeof(e));
        TERN_TUPLE_ITEMS(t)[1] = e;
        TERN_TUPLE_ITEMS(t)[2] = TERN_IS_KIND(e, TERN_K_EXC) && TERN_AS(tern_exc, e)->traceback
            ? TERN_AS(tern_exc, e)->traceback : TERN_NONE;
    }
    return t;
}

static tern_val sys_getrecursionlimit_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "getrecursionlimit", nargs, kwnames, 0, 0);
    return tern_int_from(vm, (tern_int)vm->max_depth);
}

static tern_val sys_setrecursionlimit_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int n;
    tern_check_args(vm, "setrecursionlimit", nargs, kwnames, 1, 1);
    n = tern_int_value(vm, args[0]);
    if (n < 1)
        tern_raise_value_error(vm, "recursion limit must be greater or equal than 1");
    vm->max_depth = (size_t)n;
    return TERN_NONE;
}

/* sys.set_int_max_str_digits(maxdigits) / get_int_max_str_digits(): the
 * limit on int<->decimal str conversions (obj_int.c); 0 lifts it. */
static tern_val sys_get_int_max_str_digits_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "get_int_max_str_digits", nargs, kwnames, 0, 0);
    return tern_int_from(vm, (tern_int)vm->int_max_str_digits);
}

static tern_val sys_set_int_max_str_digits_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v = TERN_NULL;
    tern_int n;
    int npos = nargs - TERN_NKW(kwnames);
    if (npos > 1 || nargs > 1)
        tern_raise_type_error(vm, "set_int_max_str_digits() takes at most 1 argument (%d given)", nargs);
    if (npos == 1)
        v = args[0];
    else if (nargs == 1)
        v = tern_kwarg(kwnames, nargs, args, TERN_N(maxdigits));
    if (!v)
        tern_raise_type_error(vm, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    n = tern_index_value(vm, v);
    if (n != 0 && n < 640)
        tern_raise_value_error(vm, "maxdigits must be 0 or larger than 640");
    vm->int_max_str_digits = (size_t)n;
    return TERN_NONE;
}

static tern_val sys_intern_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "intern", nargs, kwnames, 1, 1);
    if (!TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "intern() argument must be str, not %T", args[0]);
    return tern_intern_val(vm, args[0]);
}

/* sys._getframe(depth=0): a snapshot of the caller's frame (lib/_frame.py). */
static tern_val sys_getframe_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val m = tern_import(vm, TERN_N(_frame), TERN_NULL, 0, TERN_NULL);
    return tern_call(vm, tern_getattr(vm, m, TERN_N(_getframe)), nargs, args, kwnames);
}

/* sys.print_exception(exc, file=sys.stdout) (MicroPython). */
static tern_val sys_print_exception_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val text, file = TERN_NULL;
    int npos = nargs - TERN_NKW(kwnames);
    if (npos < 1 || npos > 2)
        tern_raise_type_error(vm, "print_exception() takes 1 or 2 arguments");
    if (npos == 2)
        file = args[1];
    else
        file = tern_kwarg(kwnames, nargs, args, TERN_N(file));
    text = tern_format_exception(vm, args[0]);
    if (!file || file == TERN_NONE) {
        tern_write(vm, 1, TERN_STR_CHARS(text), TERN_STR_LEN(text));
    } else {
        tern_call_method1(vm, file, TERN_N(write), text);
    }
    return TERN_NONE;
}

/* sys.getdefaultencoding() and sys.getfilesystemencoding(): Tern's str is UTF-8 */
static tern_val sys_getdefaultencoding_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "getdefaultencoding", nargs, kwnames, 0, 0);
    return tern_str_from_c(vm, "utf-8");
}

static TERN_CFUNC_DEF(sys_getdefaultencoding_obj, getdefaultencoding, sys_getdefaultencoding_fn);
static TERN_CFUNC_DEF(sys_getfilesystemencoding_obj, getfilesystemencoding, sys_getdefaultencoding_fn);
static TERN_CFUNC_DEF(sys_getframe_obj, _getframe, sys_getframe_fn);
static TERN_CFUNC_DEF(sys_exit_obj, exit, sys_exit_fn);
static TERN_CFUNC_DEF(sys_exc_info_obj, exc_info, sys_exc_info_fn);
static TERN_CFUNC_DEF(sys_exception_obj, exception, sys_exception_fn);
static TERN_CFUNC_DEF(sys_getrecursionlimit_obj, getrecursionlimit, sys_getrecursionlimit_fn);
static TERN_CFUNC_DEF(sys_setrecursionlimit_obj, setrecursionlimit, sys_setrecursionlimit_fn);
static TERN_CFUNC_DEF(sys_intern_obj, intern, sys_intern_fn);
static TERN_CFUNC_DEF(sys_get_int_max_str_digits_obj, get_int_max_str_digits, sys_get_int_max_str_digits_fn);
static TERN_CFUNC_DEF(sys_set_int_max_str_digits_obj, set_int_max_str_digits, sys_set_int_max_str_digits_fn);
static TERN_CFUNC_DEF(sys_print_exception_obj, print_exception, sys_print_exception_fn);

static void set(tern_vm *vm, tern_val *mod, tern_val name, tern_val v) {
    tern_val *s = tern_push(vm, v);
    tern_dict_set(vm, TERN_AS(tern_module, *mod)->dict, name, s[0]);
    tern_popn(vm, 1);
}

static const char *platform_name(void) {
#if defined(__linux__)
    return "linux";
#elif defined(__APPLE__)
    return "darwin";
#elif defined(_WIN32)
    return "win32";
#elif defined(__FreeBSD__)
    return "freebsd";
#else
    return "tern";
#endif
}

tern_val tern_mod_sys_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(sys))), v;
    union { uint16_t u; uint8_t b[2]; } bo;
    if (!vm->sys_argv)
        vm->sys_argv = tern_list_new(vm, 0);
    if (!vm->sys_path)
        vm->sys_path = tern_list_new(vm, 0);
    set(vm, m, TERN_N(argv), vm->sys_argv);
    set(vm, m, TERN_N(path), vm->sys_path);
    if (vm->modules)
        set(vm, m, TERN_N(modules), vm->modules);
    set(vm, m, TERN_N(exit), TERN_VAL(&sys_exit_obj));
    set(vm, m, TERN_N(exc_info), TERN_VAL(&sys_exc_info_obj));
    set(vm, m, TERN_N(exception), TERN_VAL(&sys_exception_obj));
    set(vm, m, TERN_N(getrecursionlimit), TERN_VAL(&sys_getrecursionlimit_obj));
    set(vm, m, TERN_N(setrecursionlimit), TERN_VAL(&sys_setrecursionlimit_obj));
    set(vm, m, TERN_N(intern), TERN_VAL(&sys_intern_obj));
    set(vm, m, TERN_N(get_int_max_str_digits), TERN_VAL(&sys_get_int_max_str_digits_obj));
    set(vm, m, TERN_N(set_int_max_str_digits), TERN_VAL(&sys_set_int_max_str_digits_obj));
    set(vm, m, TERN_N(print_exception), TERN_VAL(&sys_print_exception_obj));
    set(vm, m, TERN_N(stdin), stream_new(vm, 0));
    set(vm, m, TERN_N(stdout), stream_new(vm, 1));
    set(vm, m, TERN_N(stderr), stream_new(vm, 2));
    set(vm, m, TERN_N(__stdout__), tern_dict_get_name(TERN_AS(tern_module, *m)->dict, TERN_N(stdout)));
    set(vm, m, TERN_N(__stderr__), tern_dict_get_name(TERN_AS(tern_module, *m)->dict, TERN_N(stderr)));
    set(vm, m, TERN_N(__stdin__), tern_dict_get_name(TERN_AS(tern_module, *m)->dict, TERN_N(stdin)));
    set(vm, m, TERN_N(version), tern_str_from_c(vm, "3.11.0 (Tern " TERN_VERSION_STRING ")"));
    {
        /* sys.version_info(major=3, minor=11, ...): the language level */
        static const char *const fields[] = { "major", "minor", "micro", "releaselevel", "serial" };
        tern_val *w = tern_push(vm, tern_structseq_type(vm, "sys", "version_info", fields, 5));
        tern_push(vm, TERN_SMALL(3));
        tern_push(vm, TERN_SMALL(11));
        tern_push(vm, TERN_SMALL(0));
        tern_push(vm, tern_str_from_c(vm, "final"));
        tern_push(vm, TERN_SMALL(0));
        v = tern_structseq_new(vm, w[0], 5, w + 1);
        set(vm, m, TERN_N(version_info), v);
        tern_popn(vm, 6);
    }
    {
        /* sys.int_info: Tern's digits are 32-bit words */
        static const char *const fields[] = { "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold" };
        tern_val *w = tern_push(vm, tern_structseq_type(vm, "sys", "int_info", fields, 4));
        tern_push(vm, TERN_SMALL(32));
        tern_push(vm, TERN_SMALL(4));
        tern_push(vm, TERN_SMALL(TERN_INT_MAX_STR_DIGITS));
        tern_push(vm, TERN_SMALL(640));
        v = tern_structseq_new(vm, w[0], 4, w + 1);
        set(vm, m, TERN_N(int_info), v);
        tern_popn(vm, 5);
    }
    {
        /* sys.float_info: the C double's parameters (IEEE 754 binary64) */
        static const char *const fields[] = { "max", "max_exp", "max_10_exp", "min", "min_exp",
                                              "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                              "rounds" };
        tern_val *w = tern_push(vm, tern_structseq_type(vm, "sys", "float_info", fields, 11));
        tern_push(vm, tern_float_new(vm, DBL_MAX));
        tern_push(vm, TERN_SMALL(DBL_MAX_EXP));
        tern_push(vm, TERN_SMALL(DBL_MAX_10_EXP));
        tern_push(vm, tern_float_new(vm, DBL_MIN));
        tern_push(vm, TERN_SMALL(DBL_MIN_EXP));
        tern_push(vm, TERN_SMALL(DBL_MIN_10_EXP));
        tern_push(vm, TERN_SMALL(DBL_DIG));
        tern_push(vm, TERN_SMALL(DBL_MANT_DIG));
        tern_push(vm, tern_float_new(vm, DBL_EPSILON));
        tern_push(vm, TERN_SMALL(FLT_RADIX));
        tern_push(vm, TERN_SMALL(1));
        v = tern_structseq_new(vm, w[0], 11, w + 1);
        set(vm, m, TERN_N(float_info), v);
        tern_popn(vm, 12);
    }
    set(vm, m, TERN_N(maxunicode), TERN_SMALL(0x10FFFF));
    /* 3.11.0 final, as version_info says */
    set(vm, m, TERN_N(hexversion), TERN_SMALL(0x030B00F0));
    set(vm, m, TERN_N(getdefaultencoding), TERN_VAL(&sys_getdefaultencoding_obj));
    set(vm, m, TERN_N(_getframe), TERN_VAL(&sys_getframe_obj));
    set(vm, m, TERN_N(getfilesystemencoding), TERN_VAL(&sys_getfilesystemencoding_obj));
    {
        tern_object *p = (tern_object *)tern_alloc(vm, TERN_K_OBJECT, sizeof(tern_object));
        p->cls = TERN_VAL(&tern_type_sys_impl);
        set(vm, m, TERN_N(implementation), TERN_VAL(p));
    }
    set(vm, m, TERN_N(platform), tern_str_from_c(vm, platform_name()));
    set(vm, m, TERN_N(maxsize), tern_int_from_ll(vm, (long long)INTPTR_MAX));
    bo.u = 1;
    set(vm, m, TERN_N(byteorder), bo.b[0] ? TERN_N(little) : TERN_N(big));
    set(vm, m, TERN_N(executable), tern_str_new(vm, "", 0));
    v = *m;
    tern_popn(vm, 1);
    return v;
}
