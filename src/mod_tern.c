/* SPDX-License-Identifier: MIT */
/*
 * mod_tern.c — the `_tern` module: what the Python library in lib/ needs
 * from the core and no public module offers (traceback text for the
 * traceback module, files for open() through ISO C's stdio). Not for
 * programs: its contents may change, and file handles are raw pointers.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"
#include "vm_int.h"
#include "gc.h"
#include "obj_class.h"
#include "obj_bytes.h"

/* _tern.format_exception(exc): the text an uncaught exc prints, with its
 * causes and contexts. */
static tern_val format_exception_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "format_exception", nargs, kwnames, 1, 1);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "format_exception() argument must be an exception, not %T", args[0]);
    return tern_format_exception(vm, args[0]);
}

static TERN_CFUNC_DEF(format_exception_obj, format_exception, format_exception_fn);

/* ---- files (ISO C stdio) for lib/_fileio.py ---- */

/* OSError(errno, strerror[, filename]): the constructor picks the
 * subclass (FileNotFoundError...), as CPython's does. */
TERN_NORETURN static void os_error(tern_vm *vm, int err, tern_val path) {
    tern_val *s = tern_push(vm, TERN_SMALL(err)), e;
    int n = path ? 3 : 2;
    tern_push(vm, TERN_NONE);
    tern_push(vm, path ? path : TERN_NONE);     /* rooted before the str is made */
    e = tern_str_from_c(vm, strerror(err));
    s[1] = e;
    e = tern_call(vm, TERN_VAL(&tern_type_OSError), n, s, TERN_NULL);
    tern_raise(vm, e);
}

static FILE *handle(tern_vm *vm, tern_val h) {
    FILE *f = (FILE *)(uintptr_t)tern_int_value(vm, h);
    if (!f)
        tern_raise_value_error(vm, "I/O operation on closed file.");
    return f;
}

static tern_val fopen_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    FILE *f;
    tern_check_args(vm, "fopen", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[0]) || !TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "fopen() needs str arguments");
    errno = 0;
    f = fopen(TERN_STR_CHARS(args[0]), TERN_STR_CHARS(args[1]));
    if (!f)
        os_error(vm, errno ? errno : ENOENT, args[0]);
    return tern_int_from_ll(vm, (long long)(uintptr_t)f);
}

static tern_val fread_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    FILE *f;
    tern_int n;
    tern_strbuf sb;
    char chunk[4096];
    TERN_ROOTS(vm);             /* the buffer's blob is a registered root */
    tern_check_args(vm, "fread", nargs, kwnames, 2, 2);
    f = handle(vm, args[0]);
    n = tern_int_value(vm, args[1]);
    tern_strbuf_init(vm, &sb, 256);
    while (n != 0) {
        size_t want = n < 0 || n > (tern_int)sizeof chunk ? sizeof chunk : (size_t)n;
        size_t got = fread(chunk, 1, want, f);
        tern_strbuf_add(vm, &sb, chunk, got);
        if (n > 0)
            n -= (tern_int)got;
        if (got < want)
            break;
    }
    if (ferror(f)) {
        /* e.g. EISDIR: reading a directory opened by fopen */
        int err = errno ? errno : EIO;
        clearerr(f);
        os_error(vm, err, TERN_NULL);
    }
    {
        tern_val s = tern_strbuf_finish(vm, &sb);
        TERN_UNROOT(vm);
        return tern_bytes_new(vm, (const uint8_t *)TERN_STR_CHARS(s), TERN_STR_LEN(s));
    }
}

static tern_val freadline_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    FILE *f;
    tern_strbuf sb;
    int c;
    TERN_ROOTS(vm);             /* the buffer's blob is a registered root */
    tern_check_args(vm, "freadline", nargs, kwnames, 1, 1);
    f = handle(vm, args[0]);
    tern_strbuf_init(vm, &sb, 128);
    while ((c = getc(f)) != EOF) {
        tern_strbuf_add_char(vm, &sb, (char)c);
        if (c == '\n')
            break;
    }
    {
        tern_val s = tern_strbuf_finish(vm, &sb);
        TERN_UNROOT(vm);
        return tern_bytes_new(vm, (const uint8_t *)TERN_STR_CHARS(s), TERN_STR_LEN(s));
    }
}

static tern_val fwrite_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    FILE *f;
    size_t n;
    tern_check_args(vm, "fwrite", nargs, kwnames, 2, 2);
    f = handle(vm, args[0]);
    if (!TERN_IS_BYTESLIKE(args[1]))
        tern_raise_type_error(vm, "fwrite() needs bytes");
    n = fwrite(tern_bv_data(args[1]), 1, tern_bv_len(args[1]), f);
    if (n < tern_bv_len(args[1]))
        os_error(vm, errno ? errno : EIO, TERN_NULL);
    return tern_int_from(vm, (tern_int)n);
}

static tern_val fseek_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    FILE *f;
    int whence;
    tern_check_args(vm, "fseek", nargs, kwnames, 3, 3);
    f = handle(vm, args[0]);
    whence = (int)tern_int_value(vm, args[2]);
    if (fseek(f, (long)tern_int_value(vm, args[1]), whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END))
        os_error(vm, errno ? errno : EINVAL, TERN_NULL);
    return tern_int_from(vm, (tern_int)ftell(f));
}

static tern_val ftell_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "ftell", nargs, kwnames, 1, 1);
    return tern_int_from(vm, (tern_int)ftell(handle(vm, args[0])));
}

static tern_val fflush_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "fflush", nargs, kwnames, 1, 1);
    fflush(handle(vm, args[0]));
    return TERN_NONE;
}

static tern_val fclose_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "fclose", nargs, kwnames, 1, 1);
    fclose(handle(vm, args[0]));
    return TERN_NONE;
}

/* remove(path), rename(old, new), getenv(name): what ISO C offers of an OS */
static tern_val remove_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "remove", nargs, kwnames, 1, 1);
    if (!TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "remove() needs a str");
    errno = 0;
    if (remove(TERN_STR_CHARS(args[0])) != 0)
        os_error(vm, errno ? errno : EIO, args[0]);
    return TERN_NONE;
}

static tern_val rename_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "rename", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[0]) || !TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "rename() needs str arguments");
    errno = 0;
    if (rename(TERN_STR_CHARS(args[0]), TERN_STR_CHARS(args[1])) != 0)
        os_error(vm, errno ? errno : EIO, args[0]);
    return TERN_NONE;
}

static tern_val getenv_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    const char *v;
    tern_check_args(vm, "getenv", nargs, kwnames, 1, 1);
    if (!TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "getenv() needs a str");
    v = getenv(TERN_STR_CHARS(args[0]));
    return v ? tern_str_from_c(vm, v) : TERN_NONE;
}

/* ---- directories and metadata through the embedder's tern_config.fs ---- */

/* OSError(ENOSYS) when the embedder gave no function for an operation */
#define FS_NEED(vm, op) do { if (!(vm)->fs || !(vm)->fs->op) os_error(vm, ENOSYS, TERN_NULL); } while (0)

static size_t text_len(const char *p, size_t cap) {
    const char *e = (const char *)memchr(p, 0, cap);
    return e ? (size_t)(e - p) : cap;
}

static void need_path(tern_vm *vm, const char *fn, tern_val v) {
    if (!TERN_IS_STR(v))
        tern_raise_type_error(vm, "%s() needs a str path", fn);
}

/* A scratch buffer for the embedder to fill: a blob, so it moves with the
 * heap; its data pointer is good until the next allocation. */
static tern_val scratch(tern_vm *vm, size_t cap) {
    tern_blob *b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
    b->len = cap;
    return TERN_VAL(b);
}

static tern_val getcwd_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t cap = 256;
    (void)args;
    tern_check_args(vm, "getcwd", nargs, kwnames, 0, 0);
    FS_NEED(vm, getcwd);
    for (;;) {
        tern_val b = scratch(vm, cap);
        char *buf = (char *)TERN_BLOB_DATA(TERN_PTR(b));
        int err = vm->fs->getcwd(vm->user_data, buf, cap);
        if (err == 0)
            return tern_str_new(vm, buf, text_len(buf, cap));
        if (err != ERANGE || cap > ((size_t)1 << 20))
            os_error(vm, err, TERN_NULL);
        cap *= 4;
    }
}

static tern_val listdir_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t cap = 1024, len = 0, off;
    tern_val b = TERN_NULL, list = TERN_NULL, name;
    int err;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, list);
    tern_check_args(vm, "listdir", nargs, kwnames, 1, 1);
    need_path(vm, "listdir", args[0]);
    FS_NEED(vm, listdir);
    for (;;) {
        b = scratch(vm, cap);
        err = vm->fs->listdir(vm->user_data, TERN_STR_CHARS(args[0]),
                                 (char *)TERN_BLOB_DATA(TERN_PTR(b)), cap, &len);
        if (err == 0)
            break;
        if (err != ERANGE || cap > ((size_t)1 << 26))
            os_error(vm, err, args[0]);
        cap *= 4;
    }
    list = tern_list_new(vm, 0);
    for (off = 0; off < len && off < cap;) {
        const char *p = (const char *)TERN_BLOB_DATA(TERN_PTR(b)) + off;
        size_t n = text_len(p, cap - off);
        name = tern_str_new(vm, p, n);
        tern_list_append(vm, list, name);
        off += n + 1;
    }
    TERN_UNROOT(vm);
    return list;
}

static tern_val mkdir_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int err, mode;
    tern_check_args(vm, "mkdir", nargs, kwnames, 2, 2);
    need_path(vm, "mkdir", args[0]);
    FS_NEED(vm, mkdir);
    mode = (int)tern_int_value(vm, args[1]);
    err = vm->fs->mkdir(vm->user_data, TERN_STR_CHARS(args[0]), mode);
    if (err)
        os_error(vm, err, args[0]);
    return TERN_NONE;
}

/* rmdir(path) and chdir(path): one path in, nothing out */
static tern_val path_op(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int rm) {
    int err;
    const char *fn = rm ? "rmdir" : "chdir";
    tern_check_args(vm, fn, nargs, kwnames, 1, 1);
    need_path(vm, fn, args[0]);
    if (rm)
        FS_NEED(vm, rmdir);
    else
        FS_NEED(vm, chdir);
    err = rm ? vm->fs->rmdir(vm->user_data, TERN_STR_CHARS(args[0]))
             : vm->fs->chdir(vm->user_data, TERN_STR_CHARS(args[0]));
    if (err)
        os_error(vm, err, args[0]);
    return TERN_NONE;
}

static tern_val rmdir_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return path_op(vm, nargs, args, kwnames, 1);
}

static tern_val chdir_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return path_op(vm, nargs, args, kwnames, 0);
}

/* stat(path, follow_symlinks): the ten fields of os.stat_result, in its
 * order, as a tuple (lib/os builds the stat_result) */
static tern_val stat_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_stat_result st;
    long long ints[7];
    double times[3];
    tern_val t, v;
    int err, i, follow;
    TERN_ROOTS(vm);
    tern_check_args(vm, "stat", nargs, kwnames, 2, 2);
    need_path(vm, "stat", args[0]);
    FS_NEED(vm, stat);
    follow = tern_truthy(vm, args[1]);
    memset(&st, 0, sizeof st);
    err = vm->fs->stat(vm->user_data, TERN_STR_CHARS(args[0]), follow, &st);
    if (err)
        os_error(vm, err, args[0]);
    ints[0] = st.mode; ints[1] = st.ino; ints[2] = st.dev; ints[3] = st.nlink;
    ints[4] = st.uid; ints[5] = st.gid; ints[6] = st.size;
    times[0] = st.atime; times[1] = st.mtime; times[2] = st.ctime;
    t = tern_tuple_new(vm, 10);
    TERN_ROOT(vm, t);
    for (i = 0; i < 10; i++) {
        v = i < 7 ? tern_int_from_ll(vm, ints[i]) : tern_float_new(vm, times[i - 7]);
        TERN_TUPLE_ITEMS(t)[i] = v;
    }
    TERN_UNROOT(vm);
    return t;
}

static TERN_CFUNC_DEF(getcwd_obj, getcwd, getcwd_fn);
static TERN_CFUNC_DEF(listdir_obj, listdir, listdir_fn);
static TERN_CFUNC_DEF(mkdir_obj, mkdir, mkdir_fn);
static TERN_CFUNC_DEF(rmdir_obj, rmdir, rmdir_fn);
static TERN_CFUNC_DEF(chdir_obj, chdir, chdir_fn);
static TERN_CFUNC_DEF(stat_obj, stat, stat_fn);

/* caller(depth): (filename, lineno, globals, code) of the Python frame `depth`
 * levels above the one calling caller(), or None past the outermost; what
 * warnings.warn's stacklevel needs, as frames are not objects in Tern. */
static tern_val caller_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int depth;
    tern_frame *f;
    tern_val t;
    size_t off;
    tern_check_args(vm, "caller", nargs, kwnames, 1, 1);
    depth = tern_int_value(vm, args[0]);
    for (f = vm->frame; f < vm->frame_top; f++) {
        if (!f->code)
            continue;
        if (depth-- <= 0)
            break;
    }
    if (f == vm->frame_top)
        return TERN_NONE;
    off = (size_t)(f->ip - TERN_CODE_BYTES(TERN_PTR(f->code)));
    t = tern_tuple_new(vm, 4);
    /* frame records do not move; their fields are re-read after the allocation */
    TERN_TUPLE_ITEMS(t)[0] = TERN_AS(tern_code, f->code)->filename;
    TERN_TUPLE_ITEMS(t)[1] = TERN_SMALL(tern_code_line(f->code, off > 0 ? off - 1 : 0));
    TERN_TUPLE_ITEMS(t)[2] = f->globals;
    TERN_TUPLE_ITEMS(t)[3] = f->code;
    return t;
}

static TERN_CFUNC_DEF(caller_obj, caller, caller_fn);

/* genstate(g): the TERN_GEN_* state of a generator or coroutine (0 created,
 * 1 suspended, 2 running, 3 closed), for inspect.getgeneratorstate. */
static tern_val genstate_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "genstate", nargs, kwnames, 1, 1);
    if (!TERN_IS_KIND(args[0], TERN_K_GEN))
        tern_raise_type_error(vm, "expected a generator, got '%T'", args[0]);
    return TERN_SMALL(TERN_AS(tern_gen, args[0])->state);
}

static TERN_CFUNC_DEF(genstate_obj, genstate, genstate_fn);

/* ---- weak references (lib/weakref.py) ---- */

/* weak_set(ref, target): ref (a weakref.ref instance) now refers weakly
 * to target, which must be of a kind CPython can refer to weakly. */
static tern_val weak_set_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    unsigned k;
    int ok;
    tern_check_args(vm, "weak_set", nargs, kwnames, 2, 2);
    t = args[1];
    k = TERN_IS_OBJ(t) ? TERN_KIND_OF(t) : (unsigned)TERN_K__COUNT;
    ok = k == TERN_K_TYPE || k == TERN_K_FUNC || k == TERN_K_CFUNC || k == TERN_K_BOUND || k == TERN_K_SET ||
         k == TERN_K_GEN || k == TERN_K_MODULE || k == TERN_K_CODE || k == TERN_K_NATIVE;
    if (k == TERN_K_INSTANCE || k == TERN_K_EXC)    /* instances of Python classes only */
        ok = (tern_typeof(t)->flags & TERN_TF_HEAP) != 0;
    if (!ok)
        tern_raise_type_error(vm, "cannot create weak reference to '%s' object", tern_type_name(t));
    tern_weak_set(vm, args[0], args[1]);
    return TERN_NONE;
}

/* weak_get(ref): the referent, or None once it died */
static tern_val weak_get_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    tern_check_args(vm, "weak_get", nargs, kwnames, 1, 1);
    t = tern_weak_get(vm, args[0]);
    return t ? t : TERN_NONE;
}

/* weak_collect(): collect if referents may have died since the last
 * collection; the list of weakrefs whose referents died (callbacks due) */
static tern_val weak_collect_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)args;
    tern_check_args(vm, "weak_collect", nargs, kwnames, 0, 0);
    if (tern_weak_should_collect(vm))
        tern_gc_collect(vm);
    return tern_weak_take_dead(vm);
}

static TERN_CFUNC_DEF(weak_set_obj, weak_set, weak_set_fn);
static TERN_CFUNC_DEF(weak_get_obj, weak_get, weak_get_fn);
static TERN_CFUNC_DEF(weak_collect_obj, weak_collect, weak_collect_fn);
static TERN_CFUNC_DEF(agen_step_obj, agen_step, tern_gen_agen_step);
static TERN_CFUNC_DEF(remove_obj, remove, remove_fn);
static TERN_CFUNC_DEF(rename_obj, rename, rename_fn);
static TERN_CFUNC_DEF(getenv_obj, getenv, getenv_fn);
static TERN_CFUNC_DEF(fopen_obj, fopen, fopen_fn);
static TERN_CFUNC_DEF(fread_obj, fread, fread_fn);
static TERN_CFUNC_DEF(freadline_obj, freadline, freadline_fn);
static TERN_CFUNC_DEF(fwrite_obj, fwrite, fwrite_fn);
static TERN_CFUNC_DEF(fseek_obj, fseek, fseek_fn);
static TERN_CFUNC_DEF(ftell_obj, ftell, ftell_fn);
static TERN_CFUNC_DEF(fflush_obj, fflush, fflush_fn);
static TERN_CFUNC_DEF(fclose_obj, fclose, fclose_fn);

/* _tern.irq_inject(f, every, arg=None, nested=None): for the tests of
 * hard callbacks (tests/irq): from now on, every `every`-th allocation of
 * the main program that takes the slow path (in the GC-stress build:
 * every allocation) raises an interrupt that runs f(arg) as a hard
 * callback, in the middle of that allocation. With `nested` (another
 * callable), the callbacks' own allocations count too, and raise a second
 * interrupt that runs nested(arg) inside them (a handler never nests in
 * itself). every == 0 stops it. Returns the handler id, or None. */
static tern_val irq_inject_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int every;
    tern_check_args(vm, "irq_inject", nargs, kwnames, 2, 4);
    every = tern_index_value(vm, args[1]);
    if (every < 0)
        tern_raise_value_error(vm, "irq_inject: every must be >= 0");
    if (vm->irq_inject_every) {
        tern_irq_remove(vm, vm->irq_inject_id);
        if (vm->irq_inject_nested)
            tern_irq_remove(vm, vm->irq_inject_id2);
        vm->irq_inject_every = 0;
    }
    if (!every)
        return TERN_NONE;
    vm->irq_inject_id = tern_irq_add(vm, args[0], nargs > 2 ? args[2] : TERN_NONE);
    vm->irq_inject_nested = nargs > 3 && args[3] != TERN_NONE;
    if (vm->irq_inject_nested)
        vm->irq_inject_id2 = tern_irq_add(vm, args[3], nargs > 2 ? args[2] : TERN_NONE);
    vm->irq_inject_count = 0;
    vm->irq_inject_every = (size_t)every;
    return TERN_SMALL(vm->irq_inject_id);
}

/* _tern.irq_info() -> (levels, level, reserve, reserve_free, runs,
 * deferred, failed_allocations) */
static tern_val irq_info_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_irq_info st;
    tern_val t;
    (void)args;
    tern_check_args(vm, "irq_info", nargs, kwnames, 0, 0);
    tern_irq_stats(vm, &st);
    t = tern_tuple_new(vm, 7);
    TERN_TUPLE_ITEMS(t)[0] = TERN_SMALL(st.levels);
    TERN_TUPLE_ITEMS(t)[1] = TERN_SMALL(st.level);
    TERN_TUPLE_ITEMS(t)[2] = TERN_SMALL((tern_int)st.reserve);
    TERN_TUPLE_ITEMS(t)[3] = TERN_SMALL((tern_int)st.reserve_free);
    TERN_TUPLE_ITEMS(t)[4] = TERN_SMALL((tern_int)st.runs);
    TERN_TUPLE_ITEMS(t)[5] = TERN_SMALL((tern_int)st.deferred);
    TERN_TUPLE_ITEMS(t)[6] = TERN_SMALL((tern_int)st.failed_allocations);
    return t;
}

static TERN_CFUNC_DEF(irq_inject_obj, irq_inject, irq_inject_fn);
static TERN_CFUNC_DEF(irq_info_obj, irq_info, irq_info_fn);

static const tern_attr tern_funcs[] = {
    { TERN_NSTR(irq_inject), &irq_inject_obj },
    { TERN_NSTR(irq_info), &irq_info_obj },
    { TERN_NSTR(format_exception), &format_exception_obj },
    { TERN_NSTR(fopen), &fopen_obj },
    { TERN_NSTR(fread), &fread_obj },
    { TERN_NSTR(freadline), &freadline_obj },
    { TERN_NSTR(fwrite), &fwrite_obj },
    { TERN_NSTR(fseek), &fseek_obj },
    { TERN_NSTR(ftell), &ftell_obj },
    { TERN_NSTR(fflush), &fflush_obj },
    { TERN_NSTR(fclose), &fclose_obj },
    { TERN_NSTR(remove), &remove_obj },
    { TERN_NSTR(rename), &rename_obj },
    { TERN_NSTR(getenv), &getenv_obj },
    { TERN_NSTR(caller), &caller_obj },
    { TERN_NSTR(genstate), &genstate_obj },
    { TERN_NSTR(agen_step), &agen_step_obj },
    { TERN_NSTR(weak_set), &weak_set_obj },
    { TERN_NSTR(weak_get), &weak_get_obj },
    { TERN_NSTR(weak_collect), &weak_collect_obj },
    { TERN_NSTR(getcwd), &getcwd_obj },
    { TERN_NSTR(listdir), &listdir_obj },
    { TERN_NSTR(mkdir), &mkdir_obj },
    { TERN_NSTR(rmdir), &rmdir_obj },
    { TERN_NSTR(chdir), &chdir_obj },
    { TERN_NSTR(stat), &stat_obj },
};

tern_val tern_mod_tern_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(_tern))), r;
    size_t i;
    for (i = 0; i < TERN_NATTRS(tern_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(tern_funcs[i].name),
                      TERN_VAL(tern_funcs[i].value));
    r = *m;
    tern_popn(vm, 1);
    return r;
}
