/* SPDX-License-Identifier: MIT */
/*
 * obj_bytes.c — the bytes type (immutable byte strings, the tern_str
 * layout with kind TERN_K_BYTES) and decoding to str.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"

#define SELF        args[0]
#define BDATA(v)    tern_bv_data(v)
#define BLEN(v)     tern_bv_len(v)
#define BCHARS(v)   ((const char *)tern_bv_data(v))
#define IS_BYTES(v) TERN_IS_KIND(v, TERN_K_BYTES)
#define IS_BLIKE(v) TERN_IS_BYTESLIKE(v)

/* ---- decoding ---- */

static TERN_NORETURN void decode_error(tern_vm *vm, const char *codec, tern_val b, size_t pos, const char *why) {
    tern_raise_fmt(vm, &tern_type_UnicodeDecodeError, "'%s' codec can't decode byte 0x%x in position %d: %s",
                   codec, (int)BDATA(b)[pos], (int)pos, why);
}

/* Length of the valid UTF-8 sequence at s (0 if invalid), and why not. */
static size_t utf8_seq(const uint8_t *s, size_t avail, const char **why) {
    size_t n, k;
    uint8_t c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c < 0xE0) n = 2;
    else if (c >= 0xE0 && c < 0xF0) n = 3;
    else if (c >= 0xF0 && c < 0xF5) n = 4;
    else {
        *why = "invalid start byte";
        return 0;
    }
    for (k = 1; k < n; k++) {
        if (k >= avail) {
            *why = "unexpected end of data";
            return 0;
        }
        if ((s[k] & 0xC0) != 0x80 ||
            (k == 1 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
                        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)))) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

tern_val tern_str_decode(tern_vm *vm, tern_val bytes, tern_val encoding, tern_val errors) {
    int codec = 0, mode = 0;
    size_t i, len = BLEN(bytes);
    tern_strbuf b;
    tern_val r;
    if (encoding != TERN_NULL) {
        if (!TERN_IS_STR(encoding))
            tern_raise_type_error(vm, "decode() argument 'encoding' must be str, not %s", tern_type_name(encoding));
        codec = tern_codec_of(encoding);
        if (codec < 0)
            tern_raise_fmt(vm, &tern_type_LookupError, "unknown encoding: %V", encoding);
    }
    if (errors != TERN_NULL && TERN_IS_STR(errors)) {
        if (TERN_STR_LEN(errors) == 6 && !memcmp(TERN_STR_CHARS(errors), "ignore", 6))
            mode = 1;
        else if (TERN_STR_LEN(errors) == 7 && !memcmp(TERN_STR_CHARS(errors), "replace", 7))
            mode = 2;
    }
    if (codec == 0 && tern_utf8_valid(BDATA(bytes), len))
        return tern_str_new(vm, (const char *)BDATA(bytes), len);
    {
        int ascii = 1;
        for (i = 0; i < len && ascii; i++)
            ascii = BDATA(bytes)[i] < 0x80;
        if (ascii)
            return tern_str_new(vm, (const char *)BDATA(bytes), len);
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, bytes);
    tern_strbuf_init(vm, &b, len + 8);
    i = 0;
    while (i < len) {
        uint8_t c = BDATA(bytes)[i];
        if (codec == 2) {
            tern_strbuf_add_cp(vm, &b, c);
            i++;
        } else if (codec == 1) {
            if (c < 0x80)
                tern_strbuf_add_char(vm, &b, (char)c);
            else if (mode == 2)
                tern_strbuf_add_cp(vm, &b, 0xFFFD);
            else if (mode == 0)
                decode_error(vm, "ascii", bytes, i, "ordinal not in range(128)");
            i++;
        } else {
            const char *why = "";
            size_t n = utf8_seq(BDATA(bytes) + i, len - i, &why);
            if (n) {
                char tmp[4];
                memcpy(tmp, BDATA(bytes) + i, n);
                tern_strbuf_add(vm, &b, tmp, n);
                i += n;
            } else {
                if (mode == 0)
                    decode_error(vm, "utf-8", bytes, i, why);
                if (mode == 2)
                    tern_strbuf_add_cp(vm, &b, 0xFFFD);
                i++;
            }
        }
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

/* ---- repr ---- */

tern_val tern_bytes_repr(tern_vm *vm, tern_val v) {
    tern_strbuf b;
    tern_val r;
    size_t i, len = BLEN(v);
    int has_sq = memchr(BDATA(v), '\'', len) != NULL, has_dq = memchr(BDATA(v), '"', len) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    TERN_ROOTS(vm);
    TERN_ROOT(vm, v);
    tern_strbuf_init(vm, &b, len + 3);
    tern_strbuf_add_char(vm, &b, 'b');
    tern_strbuf_add_char(vm, &b, quote);
    for (i = 0; i < len; i++) {
        uint8_t c = BDATA(v)[i];
        char esc[8];
        if (c == (uint8_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            tern_strbuf_add(vm, &b, esc, 2);
        } else if (c == '\n') {
            tern_strbuf_add(vm, &b, "\\n", 2);
        } else if (c == '\r') {
            tern_strbuf_add(vm, &b, "\\r", 2);
        } else if (c == '\t') {
            tern_strbuf_add(vm, &b, "\\t", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            tern_strbuf_add(vm, &b, esc, 4);
        } else {
            tern_strbuf_add_char(vm, &b, (char)c);
        }
    }
    tern_strbuf_add_char(vm, &b, quote);
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

static tern_val bytes_repr_slot(tern_vm *vm, tern_val self) {
    return tern_bytes_repr(vm, self);
}

/* ---- slots ---- */

static tern_val bytes_concat(tern_vm *vm, tern_val a, tern_val b) {
    tern_val r;
    size_t la = BLEN(a), lb = BLEN(b);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    r = tern_bytes_new(vm, NULL, la + lb);
    TERN_UNROOT(vm);
    memcpy(TERN_STR_DATA(TERN_PTR(r)), BDATA(a), la);
    memcpy(TERN_STR_DATA(TERN_PTR(r)) + la, BDATA(b), lb);
    return r;
}

static tern_val bytes_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD:
        if (IS_BYTES(a) && IS_BLIKE(b))
            return bytes_concat(vm, a, b);
        if (IS_BYTES(a) && !(tern_typeof(b)->flags & TERN_TF_HEAP))
            tern_raise_type_error(vm, "can't concat %s to bytes", tern_type_name(b));
        return TERN_NOTIMPLEMENTED;
    case TERN_OP_MUL: {
        tern_val s = IS_BYTES(a) ? a : b, n = IS_BYTES(a) ? b : a;
        if (TERN_IS_INTLIKE(n))
            return tern_str_repeat(vm, s, tern_int_value(vm, n));
        if (!(tern_typeof(n)->flags & TERN_TF_HEAP))
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        return TERN_NOTIMPLEMENTED;
    }
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

tern_val tern_bytes_compare_(tern_vm *vm, int op, tern_val a, tern_val b) {
    int c;
    size_t la, lb;
    (void)vm;
    if (!IS_BLIKE(a) || !IS_BLIKE(b))
        return TERN_NOTIMPLEMENTED;
    /* bytes compares only with bytes and bytearray: memoryview decides == itself, array never equals */
    if ((IS_BYTES(a) || IS_BYTES(b)) && (TERN_IS_KIND(a, TERN_K_NATIVE) || TERN_IS_KIND(b, TERN_K_NATIVE)))
        return TERN_NOTIMPLEMENTED;
    la = BLEN(a);
    lb = BLEN(b);
    c = memcmp(BDATA(a), BDATA(b), la < lb ? la : lb);
    if (c == 0)
        c = la < lb ? -1 : la > lb;
    switch (op) {
    case TERN_CMP_LT: return TERN_BOOL(c < 0);
    case TERN_CMP_LE: return TERN_BOOL(c <= 0);
    case TERN_CMP_EQ: return TERN_BOOL(c == 0);
    case TERN_CMP_NE: return TERN_BOOL(c != 0);
    case TERN_CMP_GT: return TERN_BOOL(c > 0);
    case TERN_CMP_GE: return TERN_BOOL(c >= 0);
    default: return TERN_NOTIMPLEMENTED;
    }
}

static tern_val bytes_hash(tern_vm *vm, tern_val self) {
    (void)vm;
    return TERN_SMALL((tern_int)tern_str_hash(self));
}

static tern_int bytes_len(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)BLEN(self);
}

static tern_val bytes_getitem(tern_vm *vm, tern_val self, tern_val key) {
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        tern_val r;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, (tern_int)BLEN(self), &start, &stop, &step);
        if (n <= 0) {
            TERN_UNROOT(vm);
            return tern_bytes_new(vm, NULL, 0);
        }
        if (step == 1) {
            r = tern_str_sub(vm, self, (size_t)start, (size_t)n);
            TERN_UNROOT(vm);
            return r;
        }
        r = tern_bytes_new(vm, NULL, (size_t)n);
        for (i = 0; i < n; i++)
            TERN_STR_DATA(TERN_PTR(r))[i] = (char)BDATA(self)[start + i * step];
        TERN_UNROOT(vm);
        return r;
    }
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "byte indices must be integers or slices, not %s", tern_type_name(key));
    {
        tern_int n = (tern_int)BLEN(self), i;
        if (TERN_IS_KIND(key, TERN_K_BIGINT))
            tern_raise_fmt(vm, &tern_type_IndexError, "cannot fit 'int' into an index-sized integer");
        i = tern_index_value(vm, key);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            tern_raise_fmt(vm, &tern_type_IndexError, "index out of range");
        return TERN_SMALL(BDATA(self)[i]);
    }
}

int tern_bytes_contains_(tern_vm *vm, tern_val self, tern_val v) {
    if (TERN_IS_INTLIKE(v)) {
        tern_int c = tern_int_value(vm, v);
        if (c < 0 || c > 255)
            tern_raise_value_error(vm, "byte must be in range(0, 256)");
        return memchr(BDATA(self), (int)c, BLEN(self)) != NULL;
    }
    if (!IS_BLIKE(v))
        tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(v));
    return tern_bytes_find(BCHARS(self), 0, BLEN(self), BCHARS(v), BLEN(v)) >= 0;
}

static tern_val bytes_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_SEQ);
}

static int bytes_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return BLEN(self) != 0;
}

tern_val tern_bytes_copy_(tern_vm *vm, tern_val v) {
    tern_val r;
    if (IS_BYTES(v))
        return v;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, v);
    r = tern_bytes_new(vm, NULL, BLEN(v));
    TERN_UNROOT(vm);
    memcpy(TERN_STR_DATA(TERN_PTR(r)), BDATA(v), BLEN(v));
    return r;
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]) */
static tern_val bytes_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw;
    tern_val x, enc, err, list = TERN_NULL, r;
    size_t i, n;
    (void)t;
    if (npos > 3)
        tern_raise_type_error(vm, "bytes() takes at most 3 arguments (%d given)", npos);
    x = npos > 0 ? args[0] : tern_kwarg(kwnames, nargs, args, TERN_N(source));
    enc = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(encoding));
    err = npos > 2 ? args[2] : tern_kwarg(kwnames, nargs, args, TERN_N(errors));
    if (x == TERN_NULL)
        return tern_bytes_new(vm, NULL, 0);
    if (TERN_IS_STR(x)) {
        tern_val callargs[3];
        if (enc == TERN_NULL)
            tern_raise_type_error(vm, "string argument without an encoding");
        /* reuse str.encode: push the arguments so they stay rooted */
        callargs[0] = x;
        callargs[1] = enc;
        callargs[2] = err;
        {
            tern_val *sp = tern_push(vm, callargs[0]);
            tern_push(vm, callargs[1]);
            if (err != TERN_NULL)
                tern_push(vm, callargs[2]);
            r = tern_strm_encode.fn(vm, err != TERN_NULL ? 3 : 2, sp, TERN_NULL);
            tern_popn(vm, err != TERN_NULL ? 3 : 2);
        }
        return r;
    }
    if (enc != TERN_NULL || err != TERN_NULL)
        tern_raise_type_error(vm, enc != TERN_NULL ? "encoding without a string argument" : "errors without a string argument");
    if (IS_BLIKE(x))
        return tern_bytes_copy_(vm, x);
    if (tern_buffer_is_native(x))
        return tern_buffer_tobytes(vm, x);     /* a strided or released memoryview */
    if (TERN_IS_INTLIKE(x)) {
        tern_int k = tern_int_value(vm, x);
        if (k < 0)
            tern_raise_value_error(vm, "negative count");
        return tern_bytes_new(vm, NULL, (size_t)k);
    }
    if (TERN_IS_FLOAT(x))
        tern_raise_type_error(vm, "cannot convert '%s' object to bytes", tern_type_name(x));
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_of(vm, x);
    n = TERN_LIST_LEN(list);
    for (i = 0; i < n; i++) {
        tern_val item = TERN_LIST_ITEMS(list)[i];
        tern_int c;
        if (!TERN_IS_INTLIKE(item))
            tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(item));
        c = tern_int_value(vm, item);
        if (c < 0 || c > 255)
            tern_raise_value_error(vm, "bytes must be in range(0, 256)");
    }
    r = tern_bytes_new(vm, NULL, n);
    for (i = 0; i < n; i++)
        TERN_STR_DATA(TERN_PTR(r))[i] = (char)(uint8_t)tern_int_value(vm, TERN_LIST_ITEMS(list)[i]);
    TERN_UNROOT(vm);
    return r;
}

/* ---- methods ---- */

static tern_val bytes_decode(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw;
    tern_val enc, err;
    if (npos > 3)
        tern_raise_type_error(vm, "decode() takes at most 2 arguments (%d given)", npos - 1);
    enc = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(encoding));
    err = npos > 2 ? args[2] : tern_kwarg(kwnames, nargs, args, TERN_N(errors));
    return tern_str_decode(vm, SELF, enc, err);
}

static tern_val bytes_hex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    size_t i, n;
    char *p;
    tern_method_args(vm, "bytes", "hex", nargs, kwnames, 1, 1);
    n = BLEN(SELF);
    r = tern_str_alloc(vm, n * 2);
    p = TERN_STR_DATA(TERN_PTR(r));
    for (i = 0; i < n; i++) {
        p[2 * i] = "0123456789abcdef"[BDATA(SELF)[i] >> 4];
        p[2 * i + 1] = "0123456789abcdef"[BDATA(SELF)[i] & 15];
    }
    tern_str_finish(r);
    return r;
}

static tern_val need_bytes(tern_vm *vm, tern_val v) {
    if (!IS_BLIKE(v))
        tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(v));
    return v;
}

static tern_val bytes_startsend(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int end) {
    size_t pl, len;
    tern_method_args(vm, "bytes", end ? "endswith" : "startswith", nargs, kwnames, 2, 2);
    need_bytes(vm, args[1]);
    pl = BLEN(args[1]);
    len = BLEN(SELF);
    if (pl > len)
        return TERN_FALSE;
    return TERN_BOOL(memcmp(BDATA(SELF) + (end ? len - pl : 0), BDATA(args[1]), pl) == 0);
}

static tern_val bytes_startswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return bytes_startsend(vm, nargs, args, kwnames, 0);
}

static tern_val bytes_endswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return bytes_startsend(vm, nargs, args, kwnames, 1);
}

/* An optional start/end argument clamped to [0, len] as CPython's
 * ADJUST_INDICES does (negative counts from the end; None is the default). */
static size_t bound_arg(tern_vm *vm, int nargs, tern_val *args, int i, size_t len, size_t dflt) {
    tern_int v;
    if (i >= nargs || args[i] == TERN_NONE)
        return dflt;
    v = tern_int_value(vm, args[i]);
    if (v < 0) {
        v += (tern_int)len;
        if (v < 0)
            v = 0;
    }
    return (size_t)v > len ? len : (size_t)v;
}

static tern_val bytes_find(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t len, start, end;
    tern_int r;
    tern_method_args(vm, "bytes", "find", nargs, kwnames, 2, 4);
    len = BLEN(SELF);
    start = bound_arg(vm, nargs, args, 2, len, 0);
    end = bound_arg(vm, nargs, args, 3, len, len);
    /* a start beyond the end finds nothing, not even b"" */
    if (start > end || (nargs > 2 && args[2] != TERN_NONE && tern_int_value(vm, args[2]) > (tern_int)len))
        return TERN_SMALL(-1);
    if (TERN_IS_INTLIKE(args[1])) {
        tern_int c = tern_int_value(vm, args[1]);
        const uint8_t *p = (const uint8_t *)memchr(BDATA(SELF) + start, (int)(c & 255), end - start);
        return TERN_SMALL(p ? (tern_int)(p - BDATA(SELF)) : -1);
    }
    need_bytes(vm, args[1]);
    r = (tern_int)tern_bytes_find(BCHARS(SELF), start, end, BCHARS(args[1]), BLEN(args[1]));
    return TERN_SMALL(r);
}

static tern_val bytes_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i = 0, sl, len;
    long f;
    tern_int c = 0;
    tern_method_args(vm, "bytes", "count", nargs, kwnames, 2, 2);
    need_bytes(vm, args[1]);
    sl = BLEN(args[1]);
    len = BLEN(SELF);
    if (sl == 0)
        return TERN_SMALL((tern_int)len + 1);
    while ((f = tern_bytes_find(BCHARS(SELF), i, len, BCHARS(args[1]), sl)) >= 0) {
        c++;
        i = (size_t)f + sl;
    }
    return TERN_SMALL(c);
}

static tern_val bytes_join(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, r;
    size_t n, i, total = 0, sl, o = 0;
    tern_method_args(vm, "bytes", "join", nargs, kwnames, 2, 2);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    if (!tern_is_iterable(args[1]))
        tern_raise_type_error(vm, "can only join an iterable");
    list = tern_list_of(vm, args[1]);
    n = TERN_LIST_LEN(list);
    sl = BLEN(SELF);
    for (i = 0; i < n; i++) {
        tern_val it = TERN_LIST_ITEMS(list)[i];
        if (!IS_BLIKE(it))
            tern_raise_type_error(vm, "sequence item %d: expected a bytes-like object, %s found",
                                  (int)i, tern_type_name(it));
        total += BLEN(it) + (i ? sl : 0);
    }
    r = tern_bytes_new(vm, NULL, total);
    for (i = 0; i < n; i++) {
        tern_val it = TERN_LIST_ITEMS(list)[i];
        if (i) {
            memcpy(TERN_STR_DATA(TERN_PTR(r)) + o, BDATA(SELF), sl);
            o += sl;
        }
        memcpy(TERN_STR_DATA(TERN_PTR(r)) + o, BDATA(it), BLEN(it));
        o += BLEN(it);
    }
    TERN_UNROOT(vm);
    return r;
}

static tern_val bytes_upper_lower(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int upper) {
    tern_val r;
    size_t i, n;
    tern_method_args(vm, "bytes", upper ? "upper" : "lower", nargs, kwnames, 1, 1);
    n = BLEN(SELF);
    r = tern_bytes_new(vm, NULL, n);
    for (i = 0; i < n; i++) {
        uint8_t c = BDATA(SELF)[i];
        if (upper && c >= 'a' && c <= 'z')
            c = (uint8_t)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        TERN_STR_DATA(TERN_PTR(r))[i] = (char)c;
    }
    return r;
}

static tern_val bytes_upper(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return bytes_upper_lower(vm, nargs, args, kwnames, 1);
}

static tern_val bytes_lower(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return bytes_upper_lower(vm, nargs, args, kwnames, 0);
}

static tern_val bytes_strip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t s = 0, e;
    tern_method_args(vm, "bytes", "strip", nargs, kwnames, 1, 2);
    e = BLEN(SELF);
    if (nargs > 1 && args[1] != TERN_NONE) {
        need_bytes(vm, args[1]);
        while (s < e && memchr(BDATA(args[1]), BDATA(SELF)[s], BLEN(args[1])))
            s++;
        while (e > s && memchr(BDATA(args[1]), BDATA(SELF)[e - 1], BLEN(args[1])))
            e--;
    } else {
        while (s < e && (BDATA(SELF)[s] == ' ' || (BDATA(SELF)[s] >= 9 && BDATA(SELF)[s] <= 13)))
            s++;
        while (e > s && (BDATA(SELF)[e - 1] == ' ' || (BDATA(SELF)[e - 1] >= 9 && BDATA(SELF)[e - 1] <= 13)))
            e--;
    }
    return tern_str_sub(vm, SELF, s, e - s);
}

static tern_val bytes_split(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, piece;
    size_t i = 0, len;
    tern_method_args(vm, "bytes", "split", nargs, kwnames, 1, 2);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_new(vm, 0);
    len = BLEN(SELF);
    if (nargs < 2 || args[1] == TERN_NONE) {
        while (i < len) {
            size_t st;
            while (i < len && (BDATA(SELF)[i] == ' ' || (BDATA(SELF)[i] >= 9 && BDATA(SELF)[i] <= 13)))
                i++;
            if (i >= len)
                break;
            st = i;
            while (i < len && !(BDATA(SELF)[i] == ' ' || (BDATA(SELF)[i] >= 9 && BDATA(SELF)[i] <= 13)))
                i++;
            piece = tern_str_sub(vm, SELF, st, i - st);
            tern_list_append(vm, list, piece);
        }
    } else {
        size_t sl;
        long f;
        need_bytes(vm, args[1]);
        sl = BLEN(args[1]);
        if (sl == 0)
            tern_raise_value_error(vm, "empty separator");
        while ((f = tern_bytes_find(BCHARS(SELF), i, len, BCHARS(args[1]), sl)) >= 0) {
            piece = tern_str_sub(vm, SELF, i, (size_t)f - i);
            tern_list_append(vm, list, piece);
            i = (size_t)f + sl;
        }
        piece = tern_str_sub(vm, SELF, i, len - i);
        tern_list_append(vm, list, piece);
    }
    TERN_UNROOT(vm);
    return list;
}

static tern_val bytes_replace(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, r;
    tern_method_args(vm, "bytes", "replace", nargs, kwnames, 3, 3);
    need_bytes(vm, args[1]);
    need_bytes(vm, args[2]);
    if (BLEN(args[1]) == 0)
        return SELF;
    {
        /* split on old, join with new */
        tern_val *sp;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, list);
        sp = tern_push(vm, args[0]);
        tern_push(vm, args[1]);
        list = bytes_split(vm, 2, sp, TERN_NULL);
        tern_popn(vm, 2);
        sp = tern_push(vm, args[2]);
        tern_push(vm, list);
        r = bytes_join(vm, 2, sp, TERN_NULL);
        tern_popn(vm, 2);
        TERN_UNROOT(vm);
        return r;
    }
}

static TERN_CMETHOD_DEF(bytes_decode_obj, decode, bytes_decode);
static TERN_CMETHOD_DEF(bytes_hex_obj, hex, bytes_hex);
static TERN_CMETHOD_DEF(bytes_startswith_obj, startswith, bytes_startswith);
static TERN_CMETHOD_DEF(bytes_endswith_obj, endswith, bytes_endswith);
static TERN_CMETHOD_DEF(bytes_find_obj, find, bytes_find);
static TERN_CMETHOD_DEF(bytes_count_obj, count, bytes_count);
static TERN_CMETHOD_DEF(bytes_join_obj, join, bytes_join);
static TERN_CMETHOD_DEF(bytes_upper_obj, upper, bytes_upper);
static TERN_CMETHOD_DEF(bytes_lower_obj, lower, bytes_lower);
static TERN_CMETHOD_DEF(bytes_strip_obj, strip, bytes_strip);
static TERN_CMETHOD_DEF(bytes_split_obj, split, bytes_split);
static TERN_CMETHOD_DEF(bytes_replace_obj, replace, bytes_replace);

static const tern_attr bytes_attrs[] = {
    {TERN_NSTR(decode), &bytes_decode_obj},
    {TERN_NSTR(hex), &bytes_hex_obj},
    {TERN_NSTR(startswith), &bytes_startswith_obj},
    {TERN_NSTR(endswith), &bytes_endswith_obj},
    {TERN_NSTR(find), &bytes_find_obj},
    {TERN_NSTR(count), &bytes_count_obj},
    {TERN_NSTR(join), &bytes_join_obj},
    {TERN_NSTR(upper), &bytes_upper_obj},
    {TERN_NSTR(lower), &bytes_lower_obj},
    {TERN_NSTR(strip), &bytes_strip_obj},
    {TERN_NSTR(split), &bytes_split_obj},
    {TERN_NSTR(replace), &bytes_replace_obj},
};

const tern_type tern_type_bytes = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(bytes), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, bytes_attrs, sizeof(bytes_attrs) / sizeof(bytes_attrs[0]),
    TERN_K_BYTES, TERN_TF_BASETYPE, 0,
    bytes_make,
    bytes_repr_slot,
    NULL,
    bytes_hash,
    tern_bytes_compare_,
    bytes_binop,
    NULL,
    bytes_truth,
    bytes_len,
    bytes_getitem,
    NULL,
    tern_bytes_contains_,
    bytes_iter,
    NULL,
    NULL,
    NULL,
    NULL
};
