/* SPDX-License-Identifier: MIT */
/*
 * obj_bytes.c — the bytes type (immutable byte strings, the tern_str
 * layout with kind TERN_K_BYTES). Its methods are in obj_bytesmeth.c
 * (shared with bytearray), decoding in codec.c.
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
    a = TERN_BYTES_UNWRAP(a);
    b = TERN_BYTES_UNWRAP(b);
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
        if (tern_type_lookup(vm, tern_typeof(n), TERN_N(__index__)) != TERN_NULL) {
            tern_int k;
            TERN_ROOTS(vm);
            TERN_ROOT(vm, s);
            k = tern_index_value(vm, n);
            TERN_UNROOT(vm);
            return tern_str_repeat(vm, s, k);
        }
        if (!(tern_typeof(n)->flags & TERN_TF_HEAP))
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        return TERN_NOTIMPLEMENTED;
    }
    case TERN_OP_MOD:
        if (IS_BYTES(a))
            return tern_bytes_mod(vm, a, b);
        return TERN_NOTIMPLEMENTED;
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

tern_val tern_bytes_compare_(tern_vm *vm, int op, tern_val a, tern_val b) {
    int c;
    size_t la, lb;
    (void)vm;
    a = TERN_BYTES_UNWRAP(a);
    b = TERN_BYTES_UNWRAP(b);
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
    tern_val u = TERN_PROXY_VALUE(v);
    if (IS_BLIKE(u))
        return tern_bytes_find(BCHARS(self), 0, BLEN(self), BCHARS(u), BLEN(u)) >= 0;
    if (TERN_IS_INTLIKE(u) || tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)) != TERN_NULL) {
        tern_int c;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        c = TERN_IS_KIND(u, TERN_K_BIGINT) ? -1 : tern_index_value(vm, v);
        TERN_UNROOT(vm);
        if (c < 0 || c > 255)
            tern_raise_value_error(vm, "byte must be in range(0, 256)");
        return memchr(BDATA(self), (int)c, BLEN(self)) != NULL;
    }
    tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(v));
}

static tern_val bytes_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_SEQ);
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

/* The source of bytes(...) / bytearray(...) (ba set): returns a bytes-like
 * value to copy, or TERN_NULL with *count set for a count of zero bytes.
 * As CPython: a str needs an encoding, __bytes__ is asked first (bytes()
 * only), then the buffer, __index__ and iteration. */
tern_val tern_bytes_source(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int ba, size_t *count) {
    static const char *const names[] = {"source", "encoding", "errors"};
    const char *tname = ba ? "bytearray" : "bytes";
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i, k;
    tern_val p[3], x, list = TERN_NULL, r;
    size_t n;
    *count = 0;
    if (nargs > 3)
        tern_raise_type_error(vm, "%s() takes at most 3 %sarguments (%d given)", tname, npos ? "" : "keyword ", nargs);
    for (k = 0; k < 3; k++)
        p[k] = k < npos ? args[k] : TERN_NULL;
    for (i = 0; i < nkw; i++) {
        tern_val kn = TERN_TUPLE_ITEMS(kwnames)[i];
        for (k = 0; k < 3; k++)
            if (TERN_STR_LEN(kn) == strlen(names[k]) && !memcmp(TERN_STR_CHARS(kn), names[k], TERN_STR_LEN(kn)))
                break;
        if (k == 3)
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for %s()", kn, tname);
        if (k < npos)
            tern_raise_type_error(vm, "argument for %s() given by name ('%V') and position (%d)", tname, kn, k + 1);
        p[k] = args[npos + i];
    }
    for (k = 1; k < 3; k++)
        if (p[k] != TERN_NULL && !TERN_IS_STR(TERN_PROXY_VALUE(p[k])))
            tern_raise_type_error(vm, "%s() argument '%s' must be str, not %s", tname, names[k], tern_type_name(p[k]));
    x = p[0];
    if (x == TERN_NULL) {
        if (p[1] != TERN_NULL || p[2] != TERN_NULL)
            tern_raise_type_error(vm, p[1] != TERN_NULL ? "encoding without a string argument"
                                                        : "errors without a string argument");
        return tern_bytes_new(vm, NULL, 0);
    }
    if (p[1] != TERN_NULL || p[2] != TERN_NULL) {
        if (!TERN_IS_STR(TERN_PROXY_VALUE(x)))
            tern_raise_type_error(vm, p[1] != TERN_NULL ? "encoding without a string argument"
                                                        : "errors without a string argument");
        if (p[1] == TERN_NULL)
            tern_raise_type_error(vm, "string argument without an encoding");
        r = tern_str_encode(vm, TERN_PROXY_VALUE(x), p[1], p[2]);
        return r;
    }
    if (TERN_IS_STR(TERN_PROXY_VALUE(x)))
        tern_raise_type_error(vm, "string argument without an encoding");
    if (!ba && !TERN_IS_KIND(x, TERN_K_BYTES)) {
        tern_val m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__bytes__));
        if (m != TERN_NULL) {
            r = tern_call_found(vm, m, x, 0, TERN_NULL, TERN_NULL);
            if (!TERN_IS_KIND(TERN_PROXY_VALUE(r), TERN_K_BYTES))
                tern_raise_type_error(vm, "__bytes__ returned non-bytes (type %s)", tern_type_name(r));
            return TERN_PROXY_VALUE(r);
        }
    }
    if (IS_BLIKE(TERN_PROXY_VALUE(x)))
        return TERN_PROXY_VALUE(x);
    if (tern_buffer_is_native(x))
        return tern_buffer_tobytes(vm, x);     /* a strided or released memoryview */
    if (TERN_IS_INTLIKE(TERN_PROXY_VALUE(x)) || tern_type_lookup(vm, tern_typeof(x), TERN_N(__index__)) != TERN_NULL) {
        tern_int c;
        if (TERN_IS_KIND(TERN_PROXY_VALUE(x), TERN_K_BIGINT))
            tern_raise_fmt(vm, &tern_type_OverflowError, "cannot fit 'int' into an index-sized integer");
        c = tern_index_value(vm, x);
        if (c < 0)
            tern_raise_value_error(vm, "negative count");
        *count = (size_t)c;
        return TERN_NULL;
    }
    if (!tern_is_iterable(x))
        tern_raise_type_error(vm, "cannot convert '%s' object to %s", tern_type_name(x), tname);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_of(vm, x);
    n = TERN_LIST_LEN(list);
    for (i = 0; (size_t)i < n; i++) {
        tern_val item = TERN_LIST_ITEMS(list)[i];
        tern_int c;
        if (TERN_IS_KIND(item, TERN_K_BIGINT))
            tern_raise_value_error(vm, ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
        c = tern_index_value(vm, item);
        if (c < 0 || c > 255)
            tern_raise_value_error(vm, ba ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
        TERN_LIST_ITEMS(list)[i] = TERN_SMALL(c);
    }
    r = tern_bytes_new(vm, NULL, n);
    for (i = 0; (size_t)i < n; i++)
        TERN_STR_DATA(TERN_PTR(r))[i] = (char)(uint8_t)TERN_SMALL_VALUE(TERN_LIST_ITEMS(list)[i]);
    TERN_UNROOT(vm);
    return r;
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[, errors]) */
static tern_val bytes_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    size_t n;
    tern_val src = tern_bytes_source(vm, nargs, args, kwnames, 0, &n);
    (void)t;
    if (src == TERN_NULL)
        return tern_bytes_new(vm, NULL, n);
    return tern_bytes_copy_(vm, src);
}

/* bytes.__bytes__(): self as exact bytes. */
static tern_val bytes_dunder_bytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "bytes", "__bytes__", nargs, kwnames, 1, 1);
    return SELF;
}

static TERN_CMETHOD_DEF(bytes_dunder_bytes_obj, __bytes__, bytes_dunder_bytes);

static const tern_attr bytes_attrs[] = {
#define TERN_X_(n) {TERN_NSTR(n), &tern_bm_##n},
    TERN_BYTES_METHODS(TERN_X_)
#undef TERN_X_
    {TERN_NSTR(maketrans), &tern_bm_maketrans},
    {TERN_NSTR(fromhex), &tern_bytes_fromhex_obj},
    {TERN_NSTR(__bytes__), &bytes_dunder_bytes_obj},
};

const tern_type tern_type_bytes = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(bytes), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, bytes_attrs, sizeof(bytes_attrs) / sizeof(bytes_attrs[0]),
    TERN_K_BYTES, TERN_TF_BASETYPE, 0,
    bytes_make,
    bytes_repr_slot,
    NULL,
    bytes_hash,
    tern_bytes_compare_,
    bytes_binop,
    NULL,
    NULL,
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
