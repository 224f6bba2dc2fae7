/* SPDX-License-Identifier: MIT */
/*
 * obj_exc.c — BaseException and the built-in exception hierarchy
 * (exc_list.h), all ROM types whose instances are tern_exc objects.
 * Python subclasses of them are heap classes with the same layout.
 *
 * Attributes that CPython keeps in C fields of the subclasses (OSError's
 * errno, SyntaxError's lineno...) are computed from `args` here, and
 * anything set explicitly goes to the instance dict, which is looked up
 * first.
 */
#include "runtime.h"
#include "obj_class.h"

static tern_val id_hash(tern_vm *vm, tern_val self) { return tern_id_hash(vm, self); }

static tern_val ident_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    (void)vm;
    if (op == TERN_CMP_EQ)
        return a == b ? TERN_TRUE : TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_NE)
        return a == b ? TERN_FALSE : TERN_NOTIMPLEMENTED;
    return TERN_NOTIMPLEMENTED;
}

#define ARGS(e)     (TERN_AS(tern_exc, e)->args)
#define NARGS(e)    (ARGS(e) && TERN_IS_TUPLE(ARGS(e)) ? TERN_TUPLE_LEN(ARGS(e)) : 0)
#define ARG(e, i)   (TERN_TUPLE_ITEMS(ARGS(e))[i])

tern_val tern_exc_new(tern_vm *vm, const tern_type *type, tern_val args) {
    return tern_class_alloc_instance(vm, TERN_VAL(type), args);
}

int tern_exc_matches(tern_vm *vm, tern_val exc, tern_val spec) {
    if (TERN_IS_TUPLE(spec)) {
        size_t i;
        for (i = 0; i < TERN_TUPLE_LEN(spec); i++)
            if (tern_exc_matches(vm, exc, TERN_TUPLE_ITEMS(spec)[i]))
                return 1;
        return 0;
    }
    if (!TERN_IS_TYPE(spec) || !tern_issubclass(TERN_AS(const tern_type, spec), &tern_type_BaseException))
        tern_raise_type_error(vm, "catching classes that do not inherit from BaseException is not allowed");
    if (TERN_IS_TYPE(exc))
        return tern_issubclass(TERN_AS(const tern_type, exc), TERN_AS(const tern_type, spec));
    return tern_isinstance(exc, TERN_AS(const tern_type, spec));
}

/* ===================================================================
 * Construction
 * =================================================================== */

/* OSError(errno, ...) makes the subclass that errno stands for. */
static const tern_type *oserror_subclass(tern_val eno) {
    if (!TERN_IS_SMALL(eno))
        return NULL;
    /* Linux errno values, as CPython's errno map */
    switch (TERN_SMALL_VALUE(eno)) {
    case 11: case 114: case 115: return &tern_type_BlockingIOError;
    case 10: return &tern_type_ChildProcessError;
    case 32: case 108: return &tern_type_BrokenPipeError;
    case 103: return &tern_type_ConnectionAbortedError;
    case 111: return &tern_type_ConnectionRefusedError;
    case 104: return &tern_type_ConnectionResetError;
    case 17: return &tern_type_FileExistsError;
    case 2: return &tern_type_FileNotFoundError;
    case 4: return &tern_type_InterruptedError;
    case 21: return &tern_type_IsADirectoryError;
    case 20: return &tern_type_NotADirectoryError;
    case 1: case 13: return &tern_type_PermissionError;
    case 3: return &tern_type_ProcessLookupError;
    case 110: return &tern_type_TimeoutError;
    default: return NULL;
    }
}

/* OSError(errno, strerror, filename, winerror, filename2): as in CPython,
 * the filenames go to attributes and args keeps (errno, strerror). */
void tern_exc_oserror_init(tern_vm *vm, tern_val exc) {
    tern_val *s, d;
    size_t n = NARGS(exc);
    if (n < 3 || n > 5 || !tern_isinstance(exc, &tern_type_OSError))
        return;
    s = tern_push(vm, exc);
    d = tern_obj_dict(vm, exc, 1);
    tern_push(vm, d);
    tern_dict_set(vm, s[1], TERN_N(filename), ARG(s[0], 2));
    if (n == 5)
        tern_dict_set(vm, s[1], TERN_N(filename2), ARG(s[0], 4));
    d = tern_tuple_new(vm, 2);
    TERN_TUPLE_ITEMS(d)[0] = ARG(s[0], 0);
    TERN_TUPLE_ITEMS(d)[1] = ARG(s[0], 1);
    TERN_AS(tern_exc, s[0])->args = d;
    tern_popn(vm, 2);
}

static tern_val exc_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, k;
    tern_val *s, *kw, e;
    if (nkw && !tern_issubclass(t, &tern_type_ImportError))
        tern_raise_type_error(vm, "%V() takes no keyword arguments", TERN_VAL(t->name));
    if (t == &tern_type_OSError && npos >= 2) {
        const tern_type *sub = oserror_subclass(args[0]);
        if (sub)
            t = sub;
    }
    kw = tern_push(vm, kwnames);        /* read after allocations: it may move */
    e = tern_tuple_from(vm, (size_t)npos, args);
    s = tern_push(vm, e);
    e = tern_exc_new(vm, t, s[0]);
    s[0] = e;
    for (k = 0; k < nkw; k++) {
        tern_val nm = TERN_TUPLE_ITEMS(kw[0])[k], d;
        if (nm != TERN_N(name) && nm != TERN_N(path))
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for %V()", nm,
                                  TERN_VAL(t->name));
        d = tern_obj_dict(vm, s[0], 1);
        tern_dict_set(vm, d, TERN_TUPLE_ITEMS(kw[0])[k], args[npos + k]);
    }
    e = s[0];
    tern_popn(vm, 2);
    return e;
}

/* ===================================================================
 * str and repr
 * =================================================================== */

/* An attribute of exception e as Python sees it: the instance dict
 * (assigned values) first, then the value computed from args. */
static tern_val exc_attr(tern_vm *vm, tern_val e, tern_val name) {
    tern_val d = TERN_AS(tern_exc, e)->dict, v;
    if (d && (v = tern_dict_get_name(d, name)) != TERN_NULL)
        return v;
    v = tern_exc_getattr(vm, e, name);
    return v ? v : TERN_NONE;
}

/* "[Errno 2] No such file: 'f'" (and " -> 'f2'" with a second filename). */
static tern_val oserror_str(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), r;
    tern_push(vm, exc_attr(vm, self, TERN_N(errno)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(strerror)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(filename)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(filename2)));
    if (s[3] != TERN_NONE && s[4] != TERN_NONE)
        r = tern_str_fmt(vm, "[Errno %S] %S: %R -> %R", s[1], s[2], s[3], s[4]);
    else if (s[3] != TERN_NONE)
        r = tern_str_fmt(vm, "[Errno %S] %S: %R", s[1], s[2], s[3]);
    else
        r = tern_str_fmt(vm, "[Errno %S] %S", s[1], s[2]);
    tern_popn(vm, 5);
    return r;
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
 * and the encode/translate forms, from the attributes. */
static tern_val unicode_str(tern_vm *vm, tern_val self) {
    int dec = tern_isinstance(self, &tern_type_UnicodeDecodeError);
    int tr = tern_isinstance(self, &tern_type_UnicodeTranslateError);
    tern_val *s = tern_push(vm, self), r;
    tern_int start, end;
    tern_push(vm, tr ? TERN_NONE : exc_attr(vm, self, TERN_N(encoding)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(object)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(reason)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(start)));
    tern_push(vm, exc_attr(vm, s[0], TERN_N(end)));
    if (!TERN_IS_SMALL(s[4]) || !TERN_IS_SMALL(s[5])) {
        tern_popn(vm, 6);
        return tern_repr(vm, ARGS(self));
    }
    start = TERN_SMALL_VALUE(s[4]);
    end = TERN_SMALL_VALUE(s[5]);
    if (dec && TERN_IS_KIND(s[2], TERN_K_BYTES) && end == start + 1 && start >= 0
        && (size_t)start < TERN_STR_LEN(s[2])) {
        {
            char hx[8];
            unsigned b = (unsigned char)TERN_STR_CHARS(s[2])[start];
            hx[0] = "0123456789abcdef"[b >> 4];
            hx[1] = "0123456789abcdef"[b & 15];
            hx[2] = 0;
            r = tern_str_fmt(vm, "'%S' codec can't decode byte 0x%s in position %ld: %S", s[1],
                             hx, (long)start, s[3]);
        }
    } else if (!dec && TERN_IS_STR(s[2]) && end == start + 1 && start >= 0
               && start < (tern_int)TERN_AS(tern_str, s[2])->nchars) {
        tern_val ch = tern_getitem(vm, s[2], s[4]);
        const unsigned char *p = (const unsigned char *)TERN_STR_CHARS(ch);
        unsigned long cp = p[0];
        char esc[16];
        if (cp >= 0xF0)
            cp = ((cp & 7ul) << 18) | ((p[1] & 0x3Ful) << 12) | ((p[2] & 0x3Ful) << 6) | (p[3] & 0x3Ful);
        else if (cp >= 0xE0)
            cp = ((cp & 15ul) << 12) | ((p[1] & 0x3Ful) << 6) | (p[2] & 0x3Ful);
        else if (cp >= 0xC0)
            cp = ((cp & 31ul) << 6) | (p[1] & 0x3Ful);
        {
            static const char hexd[] = "0123456789abcdef";
            int w = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8, k;
            esc[0] = '\\';
            esc[1] = w == 2 ? 'x' : w == 4 ? 'u' : 'U';
            for (k = 0; k < w; k++)
                esc[2 + k] = hexd[(cp >> (4 * (w - 1 - k))) & 15];
            esc[2 + w] = 0;
        }
        if (tr)
            r = tern_str_fmt(vm, "can't translate character '%s' in position %ld: %S", esc,
                             (long)start, s[3]);
        else
            r = tern_str_fmt(vm, "'%S' codec can't encode character '%s' in position %ld: %S",
                             s[1], esc, (long)start, s[3]);
    } else if (tr) {
        r = tern_str_fmt(vm, "can't translate characters in position %ld-%ld: %S", (long)start,
                         (long)(end - 1), s[3]);
    } else {
        r = tern_str_fmt(vm, "'%S' codec can't %s in position %ld-%ld: %S", s[1],
                         dec ? "decode bytes" : "encode characters", (long)start, (long)(end - 1), s[3]);
    }
    tern_popn(vm, 6);
    return r;
}

static tern_val exc_str(tern_vm *vm, tern_val self) {
    size_t n = NARGS(self);
    tern_val *s, r;
    if (tern_isinstance(self, &tern_type_KeyError) && n == 1)
        return tern_repr(vm, ARG(self, 0));
    if (tern_isinstance(self, &tern_type_OSError) && n == 2)
        return oserror_str(vm, self);
    if (n == 5 && (tern_isinstance(self, &tern_type_UnicodeDecodeError)
                   || tern_isinstance(self, &tern_type_UnicodeEncodeError)))
        return unicode_str(vm, self);
    if (n == 4 && tern_isinstance(self, &tern_type_UnicodeTranslateError))
        return unicode_str(vm, self);
    if (tern_isinstance(self, &tern_type_SyntaxError) && n == 2 && TERN_IS_TUPLE(ARG(self, 1))
        && TERN_TUPLE_LEN(ARG(self, 1)) >= 2) {
        tern_val info = ARG(self, 1), fn = TERN_TUPLE_ITEMS(info)[0], ln = TERN_TUPLE_ITEMS(info)[1];
        if (TERN_IS_STR(fn) && TERN_IS_INT(ln)) {
            const char *p = TERN_STR_CHARS(fn), *base = p;
            tern_val bn;
            for (; *p; p++)
                if (*p == '/')
                    base = p + 1;
            s = tern_push(vm, self);
            bn = tern_str_new(vm, base, strlen(base));
            self = *s;
            info = ARG(self, 1);
            r = tern_str_fmt(vm, "%S (%V, line %S)", ARG(self, 0), bn, TERN_TUPLE_ITEMS(info)[1]);
            tern_popn(vm, 1);
            return r;
        }
        if (TERN_IS_INT(ln))
            return tern_str_fmt(vm, "%S (line %S)", ARG(self, 0), ln);
    }
    if (n == 0)
        return tern_str_new(vm, "", 0);
    if (n == 1)
        return tern_to_str(vm, ARG(self, 0));
    return tern_repr(vm, ARGS(self));
}

static tern_val exc_repr(tern_vm *vm, tern_val self) {
    tern_val *s = tern_push(vm, self), r;
    const tern_type *t = tern_typeof(self);
    tern_push(vm, TERN_VAL(t->name));
    if (NARGS(self) == 1) {
        r = tern_repr(vm, ARG(self, 0));
        r = tern_str_fmt(vm, "%V(%V)", s[1], r);
    } else if (NARGS(self) == 0) {
        r = tern_str_fmt(vm, "%V()", s[1]);
    } else {
        r = tern_repr(vm, ARGS(self));
        r = tern_str_fmt(vm, "%V%V", s[1], r);
    }
    tern_popn(vm, 2);
    return r;
}

/* ===================================================================
 * Attributes
 * =================================================================== */

static tern_val arg_or_none(tern_val self, size_t i) {
    return NARGS(self) > i ? ARG(self, i) : TERN_NONE;
}

static tern_val syntax_info(tern_val self, size_t i) {
    tern_val info;
    if (NARGS(self) != 2)
        return TERN_NONE;
    info = ARG(self, 1);
    if (!TERN_IS_TUPLE(info) || TERN_TUPLE_LEN(info) <= i)
        return TERN_NONE;
    return TERN_TUPLE_ITEMS(info)[i];
}

tern_val tern_exc_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_exc *e = TERN_AS(tern_exc, self);
    size_t n = NARGS(self);
    if (name == TERN_N(args))
        return e->args ? e->args : tern_tuple_new(vm, 0);
    if (name == TERN_N(__traceback__))
        return e->traceback ? e->traceback : TERN_NONE;
    if (name == TERN_N(__cause__))
        return e->cause ? e->cause : TERN_NONE;
    if (name == TERN_N(__context__))
        return e->context ? e->context : TERN_NONE;
    if (name == TERN_N(__suppress_context__))
        return TERN_BOOL(e->suppress_context);
    if (name == TERN_N(__dict__))
        return tern_obj_dict(vm, self, 1);
    if (tern_isinstance(self, &tern_type_StopIteration) && name == TERN_N(value))
        return arg_or_none(self, 0);
    if (tern_isinstance(self, &tern_type_SystemExit) && name == TERN_N(code))
        return n == 0 ? TERN_NONE : n == 1 ? ARG(self, 0) : e->args;
    if (tern_isinstance(self, &tern_type_OSError)) {
        /* filenames given to the constructor are in the instance dict */
        if (name == TERN_N(errno))
            return n >= 2 && n <= 5 ? ARG(self, 0) : TERN_NONE;
        if (name == TERN_N(strerror))
            return n >= 2 && n <= 5 ? ARG(self, 1) : TERN_NONE;
        if (name == TERN_N(filename) || name == TERN_N(filename2) || name == TERN_N(winerror))
            return TERN_NONE;
        if (name == TERN_N(characters_written) && tern_isinstance(self, &tern_type_BlockingIOError))
            return TERN_NULL;
    }
    if (tern_isinstance(self, &tern_type_UnicodeError)) {
        /* UnicodeDecodeError(encoding, object, start, end, reason);
         * UnicodeTranslateError(object, start, end, reason) */
        int tr = tern_isinstance(self, &tern_type_UnicodeTranslateError), k = -1;
        if (name == TERN_N(encoding)) k = tr ? -2 : 0;
        else if (name == TERN_N(object)) k = tr ? 0 : 1;
        else if (name == TERN_N(start)) k = tr ? 1 : 2;
        else if (name == TERN_N(end)) k = tr ? 2 : 3;
        else if (name == TERN_N(reason)) k = tr ? 3 : 4;
        if (k == -2)
            return TERN_NONE;
        if (k >= 0)
            return n == (size_t)(tr ? 4 : 5) ? ARG(self, k) : TERN_NONE;
    }
    if (tern_isinstance(self, &tern_type_SyntaxError)) {
        if (name == TERN_N(msg)) return arg_or_none(self, 0);
        if (name == TERN_N(filename)) return syntax_info(self, 0);
        if (name == TERN_N(lineno)) return syntax_info(self, 1);
        if (name == TERN_N(offset)) return syntax_info(self, 2);
        if (name == TERN_N(text)) return syntax_info(self, 3);
        if (name == TERN_N(end_lineno)) return syntax_info(self, 4);
        if (name == TERN_N(end_offset)) return syntax_info(self, 5);
        if (name == TERN_N(print_file_and_line)) return TERN_NONE;
    }
    if (tern_isinstance(self, &tern_type_ImportError)) {
        if (name == TERN_N(name) || name == TERN_N(path))
            return TERN_NONE;
        if (name == TERN_N(msg))
            return n == 1 ? ARG(self, 0) : TERN_NONE;
    }
    return TERN_NULL;
}

int tern_exc_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value) {
    tern_exc *e = TERN_AS(tern_exc, self);
    if (name == TERN_N(args)) {
        tern_val *s;
        if (!value)
            tern_raise_type_error(vm, "args may not be deleted");
        s = tern_push(vm, self);
        value = TERN_IS_TUPLE(value) ? value : tern_tuple_of(vm, value);
        TERN_AS(tern_exc, *s)->args = value;
        tern_popn(vm, 1);
        return 1;
    }
    if (name == TERN_N(__traceback__)) {
        if (value && value != TERN_NONE && !TERN_IS_KIND(value, TERN_K_TRACEBACK))
            tern_raise_type_error(vm, "__traceback__ must be a traceback or None");
        e->traceback = value == TERN_NONE ? TERN_NULL : value;
        return 1;
    }
    if (name == TERN_N(__cause__) || name == TERN_N(__context__)) {
        if (!value)
            tern_raise_type_error(vm, "%s may not be deleted",
                                  name == TERN_N(__cause__) ? "__cause__" : "__context__");
        if (value != TERN_NONE && !tern_isinstance(value, &tern_type_BaseException))
            tern_raise_type_error(vm, "exception %s must be None or derive from BaseException",
                                  name == TERN_N(__cause__) ? "cause" : "context");
        if (name == TERN_N(__cause__)) {
            e->cause = value == TERN_NONE ? TERN_NULL : value;
            e->suppress_context = 1;
        } else {
            e->context = value == TERN_NONE ? TERN_NULL : value;
        }
        return 1;
    }
    if (name == TERN_N(__suppress_context__)) {
        e->suppress_context = value ? (uintptr_t)tern_truthy(vm, value) : 0;
        return 1;
    }
    return 0;
}

/* ===================================================================
 * Methods
 * =================================================================== */

static tern_val exc_init_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    int npos = nargs - TERN_NKW(kwnames);
    if (npos < 1 || !tern_isinstance(args[0], &tern_type_BaseException))
        tern_raise_type_error(vm, "descriptor '__init__' requires a 'BaseException' object");
    if (TERN_NKW(kwnames) && !tern_isinstance(args[0], &tern_type_ImportError))
        tern_raise_type_error(vm, "%T() takes no keyword arguments", args[0]);
    t = tern_tuple_from(vm, (size_t)(npos - 1), args + 1);
    TERN_AS(tern_exc, args[0])->args = t;
    tern_exc_oserror_init(vm, args[0]);
    return TERN_NONE;
}

/* add_note(note): append to the __notes__ list (made on first use), which
 * tracebacks print after the message. */
static tern_val exc_add_note_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d, notes;
    tern_check_args(vm, "add_note", nargs, kwnames, 2, 2);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "descriptor 'add_note' requires a 'BaseException' object");
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "note must be a str, not '%T'", args[1]);
    d = tern_obj_dict(vm, args[0], 1);
    notes = tern_dict_get_name(d, TERN_N(__notes__));
    if (!notes) {
        notes = tern_list_new(vm, 1);
        tern_push(vm, notes);
        tern_dict_set(vm, tern_obj_dict(vm, args[0], 1), TERN_N(__notes__), notes);
        notes = vm->sp[-1];
        tern_popn(vm, 1);
    } else if (!TERN_IS_LIST(notes)) {
        tern_raise_type_error(vm, "Cannot add note: __notes__ is not a list");
    }
    tern_list_append(vm, notes, args[1]);
    return TERN_NONE;
}

static tern_val exc_str_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__str__", nargs, kwnames, 1, 1);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "descriptor '__str__' requires a 'BaseException' object");
    return exc_str(vm, args[0]);
}

static tern_val exc_repr_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__repr__", nargs, kwnames, 1, 1);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "descriptor '__repr__' requires a 'BaseException' object");
    return exc_repr(vm, args[0]);
}

static tern_val exc_with_traceback_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "with_traceback", nargs, kwnames, 2, 2);
    if (!TERN_IS_KIND(args[0], TERN_K_EXC))
        tern_raise_type_error(vm, "descriptor 'with_traceback' requires a 'BaseException' object");
    tern_exc_setattr(vm, args[0], TERN_N(__traceback__), args[1]);
    return args[0];
}

static TERN_CMETHOD_DEF(exc_init_obj, __init__, exc_init_fn);
static TERN_CMETHOD_DEF(exc_str_obj, __str__, exc_str_fn);
static TERN_CMETHOD_DEF(exc_repr_obj, __repr__, exc_repr_fn);
static TERN_CMETHOD_DEF(exc_with_traceback_obj, with_traceback, exc_with_traceback_fn);
static TERN_CMETHOD_DEF(exc_add_note_obj, add_note, exc_add_note_fn);
static const tern_attr exc_attrs[] = {
    { TERN_NSTR(__init__), &exc_init_obj },
    { TERN_NSTR(__str__), &exc_str_obj },
    { TERN_NSTR(__repr__), &exc_repr_obj },
    { TERN_NSTR(with_traceback), &exc_with_traceback_obj },
    { TERN_NSTR(add_note), &exc_add_note_obj },
};

/* ===================================================================
 * The types
 * =================================================================== */

#define EXC_FLAGS (TERN_TF_EXCEPTION | TERN_TF_BASETYPE)

const tern_type tern_type_BaseException = {
    TERN_TYPE_HEAD(BaseException, &tern_type_object, exc_attrs, TERN_NATTRS(exc_attrs), TERN_K_EXC, EXC_FLAGS),
    exc_make, exc_repr, exc_str, id_hash, ident_compare, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

#define TERN_EXC(name, basename) \
    const tern_type tern_type_##name = { \
        TERN_TYPE_HEAD(name, &tern_type_##basename, NULL, 0, TERN_K_EXC, EXC_FLAGS), \
        exc_make, exc_repr, exc_str, id_hash, ident_compare, NULL, NULL, NULL, NULL, \
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL \
    };
#include "exc_list.h"
#undef TERN_EXC
