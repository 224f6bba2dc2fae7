/* SPDX-License-Identifier: MIT */
/*
 * error.c — raising exceptions and formatting tracebacks.
 *
 * Every raise ends in tern_raise: it records the exception in vm->exc,
 * links the exception being handled as __context__, and jumps to the
 * innermost handler (nlr.c).
 */
#include "vm_int.h"
#include <stdio.h>

void tern_write(tern_vm *vm, int fd, const char *s, size_t len) {
    if (vm->write && len)
        vm->write(vm->user_data, fd, s, len);
}

/* Link the exception being handled as exc's __context__ (allocates
 * nothing), unless exc is already in its context chain (a cycle). */
static void link_context(tern_vm *vm, tern_val exc) {
    if (vm->handled && vm->handled != exc && !TERN_AS(tern_exc, exc)->context) {
        tern_val c = vm->handled;
        while (c && TERN_IS_KIND(c, TERN_K_EXC)) {
            if (c == exc)
                return;
            c = TERN_AS(tern_exc, c)->context;
        }
        TERN_AS(tern_exc, exc)->context = vm->handled;
    }
}

TERN_NORETURN void tern_raise(tern_vm *vm, tern_val exc) {
    if (TERN_IS_TYPE(exc)) {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, exc);
        exc = tern_call0(vm, exc);
        TERN_UNROOT(vm);
    }
    if (!TERN_IS_KIND(exc, TERN_K_EXC))
        tern_raise_type_error(vm, "exceptions must derive from BaseException");
    link_context(vm, exc);
    vm->exc = exc;
    tern_nlr_throw(vm);
}

TERN_NORETURN void tern_raise_memory_error(tern_vm *vm) {
    tern_val e = vm->memory_error;
    if (!e) {
        /* before the VM finished opening: nothing to raise but a marker */
        vm->exc = TERN_NONE;
        tern_nlr_throw(vm);
    }
    TERN_AS(tern_exc, e)->traceback = TERN_NULL;
    TERN_AS(tern_exc, e)->context = TERN_NULL;
    TERN_AS(tern_exc, e)->cause = TERN_NULL;
    TERN_AS(tern_exc, e)->suppress_context = 0;
    TERN_AS(tern_exc, e)->dict = TERN_NULL;     /* notes a handler added last time */
    /* "During handling of the above exception" works without memory too */
    link_context(vm, e);
    vm->exc = e;
    tern_nlr_throw(vm);
}

static TERN_NORETURN void raise_v(tern_vm *vm, const tern_type *type, const char *fmt, va_list ap) {
    tern_val msg, args, exc;
    TERN_ROOTS(vm);
    msg = tern_str_vfmt(vm, fmt, ap);
    TERN_ROOT(vm, msg);
    args = tern_tuple_new(vm, 1);
    TERN_TUPLE_ITEMS(args)[0] = msg;
    exc = tern_exc_new(vm, type, args);
    TERN_UNROOT(vm);
    tern_raise(vm, exc);
}

TERN_NORETURN void tern_raise_fmt(tern_vm *vm, const tern_type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(vm, type, fmt, ap);
}

TERN_NORETURN void tern_raise_type_error(tern_vm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(vm, &tern_type_TypeError, fmt, ap);
}

TERN_NORETURN void tern_raise_value_error(tern_vm *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(vm, &tern_type_ValueError, fmt, ap);
}

/* ------------------------------------------------------------------ */
/* Formatting a traceback                                              */
/* ------------------------------------------------------------------ */

/* Append source line `line` of `filename` (stripped) if the embedder can
 * load the file. */
static void add_source_line(tern_vm *vm, tern_strbuf *sb, tern_val filename, int line, int caret_col) {
    const char *src, *p, *end, *eol;
    size_t len;
    int n = 1;
    if (!vm->load || line <= 0 || !TERN_IS_STR(filename))
        return;
    {
        /* the loader wants a C string: copy the name out of the heap */
        char name[512];
        size_t nl = TERN_STR_LEN(filename);
        if (nl >= sizeof(name) || TERN_STR_CHARS(filename)[0] == '<')
            return;
        memcpy(name, TERN_STR_CHARS(filename), nl);
        name[nl] = 0;
        src = vm->load(vm->user_data, name, &len);
    }
    if (!src)
        return;
    p = src;
    end = src + len;
    while (p < end && n < line) {
        if (*p++ == '\n')
            n++;
    }
    if (n == line && p < end) {
        char buf[256];
        size_t k;
        int lead = 0;
        eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f')) {
            p++;
            lead++;
        }
        while (eol > p && (eol[-1] == ' ' || eol[-1] == '\t'))
            eol--;
        k = (size_t)(eol - p);
        if (k > sizeof(buf) - 1)
            k = sizeof(buf) - 1;
        memcpy(buf, p, k);
        if (vm->release)
            vm->release(vm->user_data, src);
        tern_strbuf_add(vm, sb, "    ", 4);
        tern_strbuf_add(vm, sb, buf, k);
        tern_strbuf_add_char(vm, sb, '\n');
        if (caret_col > 0) {
            int i;
            tern_strbuf_add(vm, sb, "    ", 4);
            for (i = 1; i < caret_col - lead; i++)
                tern_strbuf_add_char(vm, sb, ' ');
            tern_strbuf_add(vm, sb, "^\n", 2);
        }
        return;
    }
    if (vm->release)
        vm->release(vm->user_data, src);
}

/* The type name as tracebacks show it: module-qualified unless builtins
 * or __main__. */
static void add_type_name(tern_vm *vm, tern_strbuf *sb, tern_val exc) {
    const tern_type *t = tern_typeof(exc);
    if (t->flags & TERN_TF_HEAP) {
        tern_val mod = tern_dict_get_name(t->dict, TERN_N(__module__));
        tern_val qn = tern_dict_get_name(t->dict, TERN_N(__qualname__));
        if (mod && TERN_IS_STR(mod) && !tern_str_eq(mod, TERN_N(__main__)) &&
            !tern_str_eq(mod, TERN_N(builtins))) {
            tern_strbuf_add_str(vm, sb, mod);
            tern_strbuf_add_char(vm, sb, '.');
        }
        if (qn && TERN_IS_STR(qn)) {
            tern_strbuf_add_str(vm, sb, qn);
            return;
        }
    }
    tern_strbuf_add_str(vm, sb, TERN_VAL(t->name));
}

typedef struct str_call {
    tern_val v;
    tern_val result;
} str_call;

static void str_body(tern_vm *vm, void *ud) {
    str_call *sc = (str_call *)ud;
    sc->result = tern_to_str(vm, sc->v);
}

/* The notes add_note() attached (the __notes__ list), one per line. */
static void add_notes(tern_vm *vm, tern_strbuf *sb, tern_val exc) {
    tern_val d = TERN_AS(tern_exc, exc)->dict, notes;
    size_t i;
    TERN_ROOTS(vm);
    notes = d && TERN_IS_DICT(d) ? tern_dict_get_name(d, TERN_N(__notes__)) : TERN_NULL;
    if (!notes || !TERN_IS_LIST(notes))
        return;
    TERN_ROOT(vm, notes);
    for (i = 0; i < TERN_LIST_LEN(notes); i++) {
        tern_val n = TERN_LIST_ITEMS(notes)[i];
        if (!TERN_IS_STR(n))
            continue;
        tern_strbuf_add_str(vm, sb, n);
        tern_strbuf_add_char(vm, sb, '\n');
    }
    TERN_UNROOT(vm);
}

static void format_one(tern_vm *vm, tern_strbuf *sb, tern_val *excp) {
    tern_val tb, entry = TERN_NULL;
    str_call sc;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, entry);
    tb = TERN_AS(tern_exc, *excp)->traceback;
    if (tb) {
        /* Like CPython, a run of more than 3 identical entries (runaway
         * recursion) is shown as 3 and a "repeated" line. */
        tern_val last_code = TERN_NULL;
        int last_line = -1, repeats = 0;
        tern_strbuf_add(vm, sb, "Traceback (most recent call last):\n", 35);
        for (entry = tb; entry; entry = TERN_AS(tern_traceback, entry)->next) {
            tern_val code = TERN_AS(tern_traceback, entry)->code;
            size_t off = TERN_AS(tern_traceback, entry)->offset;
            int line = tern_code_line(code, off);
            char buf[64];
            if (code == last_code && line == last_line) {
                if (++repeats >= 3)
                    continue;
            } else {
                if (repeats >= 3) {
                    snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n",
                             repeats - 2, repeats - 2 == 1 ? "" : "s");
                    tern_strbuf_add(vm, sb, buf, strlen(buf));
                }
                repeats = 0;
            }
            last_code = TERN_AS(tern_traceback, entry)->code;
            last_line = line;
            tern_strbuf_add(vm, sb, "  File \"", 8);
            tern_strbuf_add_str(vm, sb, TERN_AS(tern_code, TERN_AS(tern_traceback, entry)->code)->filename);
            snprintf(buf, sizeof buf, "\", line %d, in ", line);
            tern_strbuf_add(vm, sb, buf, strlen(buf));
            tern_strbuf_add_str(vm, sb, TERN_AS(tern_code, TERN_AS(tern_traceback, entry)->code)->name);
            tern_strbuf_add_char(vm, sb, '\n');
            add_source_line(vm, sb, TERN_AS(tern_code, TERN_AS(tern_traceback, entry)->code)->filename, line, 0);
            last_code = TERN_AS(tern_traceback, entry)->code;
        }
        if (repeats >= 3) {
            char buf[64];
            snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                     repeats - 2 == 1 ? "" : "s");
            tern_strbuf_add(vm, sb, buf, strlen(buf));
        }
    }
    if (tern_isinstance(*excp, &tern_type_SyntaxError)) {
        /* args = (msg, (filename, lineno, offset, text, ...)) */
        tern_val args = TERN_AS(tern_exc, *excp)->args;
        if (args && TERN_TUPLE_LEN(args) >= 2 && TERN_IS_TUPLE(TERN_TUPLE_ITEMS(args)[1]) &&
            TERN_TUPLE_LEN(TERN_TUPLE_ITEMS(args)[1]) >= 4) {
            tern_val *d = TERN_TUPLE_ITEMS(TERN_TUPLE_ITEMS(args)[1]);
            char buf[32];
            int line = TERN_IS_SMALL(d[1]) ? (int)TERN_SMALL_VALUE(d[1]) : 0;
            int col = TERN_IS_SMALL(d[2]) ? (int)TERN_SMALL_VALUE(d[2]) : 0;
            if (TERN_IS_STR(d[0])) {
                tern_strbuf_add(vm, sb, "  File \"", 8);
                tern_strbuf_add_str(vm, sb, TERN_TUPLE_ITEMS(TERN_TUPLE_ITEMS(TERN_AS(tern_exc, *excp)->args)[1])[0]);
                snprintf(buf, sizeof buf, "\", line %d\n", line);
                tern_strbuf_add(vm, sb, buf, strlen(buf));
                add_source_line(vm, sb, TERN_TUPLE_ITEMS(TERN_TUPLE_ITEMS(TERN_AS(tern_exc, *excp)->args)[1])[0],
                                line, col);
            }
            add_type_name(vm, sb, *excp);
            args = TERN_AS(tern_exc, *excp)->args;
            if (TERN_IS_STR(TERN_TUPLE_ITEMS(args)[0])) {
                tern_strbuf_add(vm, sb, ": ", 2);
                tern_strbuf_add_str(vm, sb, TERN_TUPLE_ITEMS(TERN_AS(tern_exc, *excp)->args)[0]);
            }
            tern_strbuf_add_char(vm, sb, '\n');
            TERN_UNROOT(vm);
            return;
        }
    }
    add_type_name(vm, sb, *excp);
    sc.v = *excp;
    sc.result = TERN_NULL;
    if (tern_pcall(vm, str_body, &sc) == 0) {
        if (TERN_IS_STR(sc.result) && TERN_STR_LEN(sc.result) > 0) {
            tern_strbuf_add(vm, sb, ": ", 2);
            tern_strbuf_add_str(vm, sb, sc.result);
        }
    } else {
        vm->exc = TERN_NULL;
        tern_strbuf_add(vm, sb, ": <exception str() failed>", strlen(": <exception str() failed>"));
    }
    tern_strbuf_add_char(vm, sb, '\n');
    add_notes(vm, sb, *excp);
    TERN_UNROOT(vm);
}

/* Format exc and, before it, its causes and contexts (bounded depth). */
static void format_chain(tern_vm *vm, tern_strbuf *sb, tern_val exc, int depth) {
    tern_exc *e = TERN_AS(tern_exc, exc);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, exc);
    if (depth < 16) {
        if (e->cause && TERN_IS_KIND(e->cause, TERN_K_EXC)) {
            format_chain(vm, sb, e->cause, depth + 1);
            tern_strbuf_add_str(vm, sb, tern_str_from_c(vm,
                "\nThe above exception was the direct cause of the following exception:\n\n"));
        } else if (e->context && !e->suppress_context && TERN_IS_KIND(e->context, TERN_K_EXC)) {
            format_chain(vm, sb, e->context, depth + 1);
            tern_strbuf_add_str(vm, sb, tern_str_from_c(vm,
                "\nDuring handling of the above exception, another exception occurred:\n\n"));
        }
    }
    format_one(vm, sb, &exc);
    TERN_UNROOT(vm);
}

tern_val tern_format_exception(tern_vm *vm, tern_val exc) {
    tern_strbuf sb;
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, exc);
    tern_strbuf_init(vm, &sb, 256);
    if (TERN_IS_KIND(exc, TERN_K_EXC))
        format_chain(vm, &sb, exc, 0);
    r = tern_strbuf_finish(vm, &sb);
    TERN_UNROOT(vm);
    return r;
}

/* ------------------------------------------------------------------ */
/* The traceback type                                                  */
/* ------------------------------------------------------------------ */

static tern_val tb_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_traceback *t = TERN_AS(tern_traceback, self);
    if (name == TERN_N(tb_next))
        return t->next ? t->next : TERN_NONE;
    if (name == TERN_N(tb_lineno))
        return TERN_SMALL(tern_code_line(t->code, t->offset));
    if (name == TERN_N(tb_lasti))
        return TERN_SMALL((tern_int)t->offset);
    if (name == TERN_N(tb_frame)) {
        /* frames are not objects in Tern: a snapshot of the entry's code
         * and line (lib/_frame.py) */
        tern_val *s = tern_push(vm, self), r;
        tern_val m = tern_import(vm, TERN_N(_frame), TERN_NULL, 0, TERN_NULL);
        tern_push(vm, tern_getattr(vm, m, TERN_N(frame)));
        t = TERN_AS(tern_traceback, s[0]);
        tern_push(vm, t->code);
        tern_push(vm, TERN_SMALL(tern_code_line(t->code, t->offset)));
        tern_push(vm, TERN_NONE);
        tern_push(vm, TERN_NONE);
        r = tern_call(vm, s[1], 4, s + 2, TERN_NULL);
        tern_popn(vm, 6);
        return r;
    }
    return TERN_NULL;
}

static tern_val tb_repr(tern_vm *vm, tern_val self) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", TERN_PTR(self));
    return tern_str_fmt(vm, "<traceback object at %s>", addr);
}

const tern_type tern_type_traceback = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(traceback), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, NULL, 0,
    TERN_K_TRACEBACK, 0, 0,
    NULL,           /* make */
    tb_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, tb_getattr, NULL                      /* call getattr setattr */
};
