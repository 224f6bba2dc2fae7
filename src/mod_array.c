/* SPDX-License-Identifier: MIT */
/*
 * mod_array.c — the array module: array.array, a mutable sequence of
 * numbers of one C type (the typecode), stored raw in a growable blob
 * (layout in buffer.h). Items are converted on the way in with CPython's
 * checks and messages, and it exports its bytes to memoryview and to
 * everything that takes a bytes-like object.
 */
#include <limits.h>
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"
#include "buffer.h"

#define SELF        args[0]
#define PA(v)       TERN_AS(tern_pyarray, v)
#define PA_LEN(v)   ((size_t)PA(v)->len)
#define PA_ISZ(v)   ((size_t)PA(v)->itemsize)
#define PA_TC(v)    ((char)PA(v)->typecode)
#define PA_DATA(v)  TERN_BLOB_DATA(TERN_PTR(PA(v)->data))

static const char typecodes[] = "bBuhHiIlLqQfd";

/* ---- storage ---- */

/* Replace the `del` items at `at` by `ins` unset items; returns where to
 * write them (valid until the next allocation). */
static uint8_t *pa_room(tern_vm *vm, tern_val self, size_t at, size_t del, size_t ins) {
    size_t isz = PA_ISZ(self), len = PA_LEN(self), newlen = len - del + ins;
    size_t cap = PA(self)->data ? TERN_AS(tern_blob, PA(self)->data)->len / isz : 0;
    if (newlen > cap || !PA(self)->data) {
        /* the first fill (an initializer of known size) is exact */
        size_t ncap = len ? newlen + newlen / 2 + 4 : newlen;
        tern_blob *blob;
        if (ncap > ((size_t)1 << 30) / isz)
            tern_raise_memory_error(vm);
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        /* exactly newlen when the heap cannot hold the larger block */
        blob = (tern_blob *)tern_alloc_try(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap * isz);
        if (!blob) {
            ncap = newlen;
            blob = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap * isz);
        }
        blob->len = ncap * isz;
        if (len)
            memcpy(TERN_BLOB_DATA(blob), PA_DATA(self), len * isz);
        PA(self)->data = TERN_VAL(blob);
        TERN_UNROOT(vm);
    }
    memmove(PA_DATA(self) + (at + ins) * isz, PA_DATA(self) + (at + del) * isz, (len - at - del) * isz);
    PA(self)->len = newlen;
    return PA_DATA(self) + at * isz;
}

/* A new array of n zero items. */
static tern_val pa_new(tern_vm *vm, char tc, size_t n) {
    tern_pyarray *a = (tern_pyarray *)tern_alloc(vm, TERN_K_NATIVE, sizeof(tern_pyarray));
    tern_val r;
    a->cls = TERN_VAL(&tern_type_array);
    a->typecode = (uint32_t)(unsigned char)tc;
    a->itemsize = tern_format_size(tc);
    r = TERN_VAL(a);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    memset(pa_room(vm, r, 0, 0, n), 0, n * PA_ISZ(r));
    TERN_UNROOT(vm);
    return r;
}

/* Item i as a Python value. */
static tern_val pa_item(tern_vm *vm, tern_val self, size_t i) {
    return tern_format_unpack(vm, PA_TC(self), PA_DATA(self) + i * PA_ISZ(self));
}

/* ---- converting values to items ---- */

TERN_NORETURN static void overflow(tern_vm *vm, const char *msg) {
    tern_raise_fmt(vm, &tern_type_OverflowError, "%s", msg);
}

/* The int of v for an integer typecode (through __index__). */
static tern_val to_int(tern_vm *vm, tern_val v) {
    tern_val x = TERN_PROXY_VALUE(v);
    if (TERN_IS_INTLIKE(x))
        return x;
    if (tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__))) {
        x = TERN_PROXY_VALUE(tern_call_method0(vm, v, TERN_N(__index__)));
        if (TERN_IS_INTLIKE(x))
            return x;
        tern_raise_type_error(vm, "__index__ returned non-int (type %s)", tern_type_name(x));
    }
    tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(v));
}

/* The range messages of the small signed and unsigned typecodes, which
 * CPython checks after converting to a C long. */
typedef struct irange {
    char tc;
    int64_t min;
    int64_t max;
    const char *what;
} irange;
static const irange ranges[] = {
    { 'b', -128, 127, "signed char" },
    { 'B', 0, 255, "unsigned byte integer" },
    { 'h', -32768, 32767, "signed short integer" },
    { 'H', 0, 65535, "unsigned short" },
    { 'i', INT32_MIN, INT32_MAX, "signed integer" },
};

/* Convert v to an item of typecode tc in out. May call Python code; out
 * is a C buffer. */
static void pa_pack(tern_vm *vm, char tc, tern_val v, uint8_t *out) {
    uint64_t mag = 0;   /* not set when the int does not fit */
    int neg, fits;
    switch (tc) {
    case 'f': case 'd': {
        double d;
        tern_val x = TERN_PROXY_VALUE(v);
        if (!TERN_IS_FLOAT(x) && !TERN_IS_INTLIKE(x)) {
            if (tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__)))
                x = tern_call_method0(vm, v, TERN_N(__float__));
            else if (tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)))
                x = to_int(vm, v);
        }
        d = tern_float_value(vm, x);
        if (tc == 'f') {
            float f = (float)d;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &d, 8);
        }
        return;
    }
    case 'u': {
        size_t n;
        uint32_t c;
        if (!TERN_IS_STR(v) || TERN_AS(tern_str, v)->nchars != 1)
            tern_raise_type_error(vm, "array item must be unicode character");
        c = tern_utf8_decode(TERN_STR_CHARS(v), TERN_STR_LEN(v), &n);
        memcpy(out, &c, 4);
        return;
    }
    default:
        break;
    }
    v = to_int(vm, v);
    fits = tern_int_to_u64(v, &mag, &neg);
    switch (tc) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'l': {
        int64_t x;
        size_t k;
        if (!fits || (neg ? mag > (uint64_t)LONG_MAX + 1 : mag > (uint64_t)LONG_MAX))
            overflow(vm, "Python int too large to convert to C long");
        x = neg ? (int64_t)((uint64_t)0 - mag) : (int64_t)mag;
        for (k = 0; k < sizeof ranges / sizeof ranges[0]; k++) {
            if (ranges[k].tc != tc)
                continue;
            if (x < ranges[k].min)
                tern_raise_fmt(vm, &tern_type_OverflowError, "%s is less than minimum", ranges[k].what);
            if (x > ranges[k].max)
                tern_raise_fmt(vm, &tern_type_OverflowError, "%s is greater than maximum", ranges[k].what);
        }
        switch (tc) {
        case 'b': case 'B': out[0] = (uint8_t)x; break;
        case 'h': case 'H': { uint16_t y = (uint16_t)x; memcpy(out, &y, 2); break; }
        case 'i': { int32_t y = (int32_t)x; memcpy(out, &y, 4); break; }
        default: { long y = (long)x; memcpy(out, &y, sizeof y); break; }
        }
        return;
    }
    case 'I': case 'L':
        if (neg && (mag || !fits))
            overflow(vm, "can't convert negative value to unsigned int");
        if (!fits || mag > (uint64_t)ULONG_MAX)
            overflow(vm, "Python int too large to convert to C unsigned long");
        if (tc == 'I') {
            uint32_t y;
            if (mag > UINT32_MAX)
                overflow(vm, "unsigned int is greater than maximum");
            y = (uint32_t)mag;
            memcpy(out, &y, 4);
        } else {
            unsigned long y = (unsigned long)mag;
            memcpy(out, &y, sizeof y);
        }
        return;
    case 'q': {
        int64_t y;
        if (!fits || (neg ? mag > (uint64_t)INT64_MAX + 1 : mag > (uint64_t)INT64_MAX))
            overflow(vm, "int too big to convert");
        y = neg ? (int64_t)((uint64_t)0 - mag) : (int64_t)mag;
        memcpy(out, &y, 8);
        return;
    }
    default:    /* 'Q' */
        if (neg && (mag || !fits))
            overflow(vm, "can't convert negative int to unsigned");
        if (!fits)
            overflow(vm, "int too big to convert");
        memcpy(out, &mag, 8);
        return;
    }
}

/* Append value v (converted first: that may run Python code). */
static void pa_append_val(tern_vm *vm, tern_val self, tern_val v) {
    uint8_t item[8];
    tern_val *s = tern_push(vm, self);
    pa_pack(vm, PA_TC(s[0]), v, item);
    memcpy(pa_room(vm, s[0], PA_LEN(s[0]), 0, 1), item, PA_ISZ(s[0]));
    tern_popn(vm, 1);
}

/* Append the items of another array of the same typecode (may be self). */
static void pa_append_array(tern_vm *vm, tern_val self, tern_val other) {
    size_t n = PA_LEN(other), isz = PA_ISZ(self);
    uint8_t *p;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, other);
    p = pa_room(vm, self, PA_LEN(self), 0, n);
    TERN_UNROOT(vm);
    if (n)
        memcpy(p, PA_DATA(other), n * isz);   /* self's first n items when other is self */
}

/* Append every item of an iterable, one at a time. */
static void pa_extend_iter(tern_vm *vm, tern_val self, tern_val iterable) {
    tern_val it = TERN_NULL, v;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, it);
    it = tern_iter(vm, iterable);
    while ((v = tern_next(vm, it)) != TERN_NULL)
        pa_append_val(vm, self, v);
    TERN_UNROOT(vm);
}

/* Append raw bytes (a bytes value), whole items only. */
static void pa_append_bytes(tern_vm *vm, tern_val self, tern_val bytes) {
    size_t n = TERN_STR_LEN(bytes), isz = PA_ISZ(self);
    uint8_t *p;
    if (n % isz)
        tern_raise_value_error(vm, "bytes length not a multiple of item size");
    TERN_ROOTS(vm);
    TERN_ROOT(vm, bytes);
    p = pa_room(vm, self, PA_LEN(self), 0, n / isz);
    TERN_UNROOT(vm);
    if (n)
        memcpy(p, TERN_STR_CHARS(bytes), n);
}

/* Append the characters of a str to a 'u' array. */
static void pa_append_unicode(tern_vm *vm, tern_val self, tern_val s) {
    size_t n = TERN_AS(tern_str, s)->nchars, i, off = 0, k;
    uint8_t *p;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    p = pa_room(vm, self, PA_LEN(self), 0, n);
    TERN_UNROOT(vm);
    for (i = 0; i < n; i++) {
        uint32_t c = tern_utf8_decode(TERN_STR_CHARS(s) + off, TERN_STR_LEN(s) - off, &k);
        memcpy(p + 4 * i, &c, 4);
        off += k;
    }
}

/* ---- construction ---- */

static tern_val pa_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r = TERN_NULL;
    char tc;
    (void)t;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "array.array() takes no keyword arguments");
    if (nargs < 1)
        tern_raise_type_error(vm, "array() takes at least 1 argument (0 given)");
    if (nargs > 2)
        tern_raise_type_error(vm, "array() takes at most 2 arguments (%d given)", nargs);
    if (!TERN_IS_STR(args[0]) || TERN_AS(tern_str, args[0])->nchars != 1)
        tern_raise_type_error(vm, "array() argument 1 must be a unicode character, not %s", tern_type_name(args[0]));
    tc = TERN_STR_CHARS(args[0])[0];
    if (TERN_STR_LEN(args[0]) != 1 || !strchr(typecodes, tc))
        tern_raise_value_error(vm, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    if (nargs == 2) {
        tern_val init = args[1];
        if (TERN_IS_STR(init) && tc != 'u')
            tern_raise_type_error(vm, "cannot use a str to initialize an array with typecode '%c'", tc);
        if (TERN_IS_PYARRAY(init) && PA_TC(init) == 'u' && tc != 'u')
            tern_raise_type_error(vm, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    r = pa_new(vm, tc, 0);
    if (nargs == 2) {
        /* args[1], not a copy: r's allocation may have moved it */
        if (TERN_IS_STR(args[1]))
            pa_append_unicode(vm, r, args[1]);
        else if (TERN_IS_PYARRAY(args[1]) && PA_TC(args[1]) == tc)
            pa_append_array(vm, r, args[1]);
        else if (TERN_IS_KIND(args[1], TERN_K_BYTES))
            pa_append_bytes(vm, r, args[1]);    /* no copy of the initializer */
        else if (TERN_IS_KIND(TERN_PROXY_VALUE(args[1]), TERN_K_BYTES) ||
                 TERN_IS_KIND(TERN_PROXY_VALUE(args[1]), TERN_K_BYTEARRAY)) {
            tern_val raw = tern_buffer_tobytes(vm, args[1]);  /* before reading r, which it moves */
            pa_append_bytes(vm, r, raw);
        }
        else
            pa_extend_iter(vm, r, args[1]);
    }
    TERN_UNROOT(vm);
    return r;
}

/* ---- slots ---- */

static tern_val pa_tolist_val(tern_vm *vm, tern_val self) {
    tern_val list = TERN_NULL, item;
    size_t i;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, list);
    list = tern_list_new(vm, PA_LEN(self));
    for (i = 0; i < PA_LEN(self); i++) {
        item = pa_item(vm, self, i);
        tern_list_append(vm, list, item);
    }
    TERN_UNROOT(vm);
    return list;
}

static tern_val pa_tounicode_val(tern_vm *vm, tern_val self) {
    tern_strbuf sb;
    tern_val r;
    size_t i;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    tern_strbuf_init(vm, &sb, PA_LEN(self) + 1);
    for (i = 0; i < PA_LEN(self); i++) {
        uint32_t c;
        memcpy(&c, PA_DATA(self) + 4 * i, 4);
        if (c > 0x10FFFF)
            tern_raise_value_error(vm, "character U+%x is not in range [U+0000; U+10ffff]", (int)c);
        tern_strbuf_add_cp(vm, &sb, c);
    }
    r = tern_strbuf_finish(vm, &sb);
    TERN_UNROOT(vm);
    return r;
}

/* repr names the class, which may be a subclass: `whole` is the instance
 * itself, not the array inside a subclass instance. */
static tern_val pa_repr_whole(tern_vm *vm, tern_val whole) {
    tern_val *s = tern_push(vm, whole), self = TERN_PROXY_VALUE(whole), r;
    char tc = PA_TC(self);
    tern_push(vm, tern_type_shortname(vm, tern_typeof(s[0])));
    if (PA_LEN(TERN_PROXY_VALUE(s[0])) == 0) {
        r = tern_str_fmt(vm, "%V('%c')", s[1], tc);
    } else {
        self = TERN_PROXY_VALUE(s[0]);
        r = tc == 'u' ? pa_tounicode_val(vm, self) : pa_tolist_val(vm, self);
        r = tern_str_fmt(vm, "%V('%c', %R)", s[1], tc, r);
    }
    tern_popn(vm, 2);
    return r;
}

static tern_val pa_repr(tern_vm *vm, tern_val self) {
    return pa_repr_whole(vm, self);
}

static tern_val pa_repr_method(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.__repr__", nargs - 1, kwnames, 0, 0);
    return pa_repr_whole(vm, SELF);
}

static tern_int pa_len(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)PA_LEN(self);
}

static const char *const cmp_ops[] = { "<", "<=", "==", "!=", ">", ">=" };

/* Lexicographic comparison by value (arrays of any typecodes). */
static tern_val pa_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    size_t i, la, lb, n;
    int c = 0;
    if (!TERN_IS_PYARRAY(a) || !TERN_IS_PYARRAY(b) || op > TERN_CMP_GE)
        return TERN_NOTIMPLEMENTED;
    la = PA_LEN(a);
    lb = PA_LEN(b);
    if (la != lb && (op == TERN_CMP_EQ || op == TERN_CMP_NE))
        return TERN_BOOL(op == TERN_CMP_NE);
    n = la < lb ? la : lb;
    for (i = 0; i < n; i++) {
        c = tern_format_cmp(PA_TC(a), PA_DATA(a) + i * PA_ISZ(a), PA_TC(b), PA_DATA(b) + i * PA_ISZ(b));
        if (c != 0)
            break;
    }
    if (i == n) {
        c = la < lb ? -1 : la > lb;
    } else if (c >= 2) {
        /* items that are not equal and have no order: NaN, or str against int */
        if (op == TERN_CMP_EQ || op == TERN_CMP_NE)
            return TERN_BOOL(op == TERN_CMP_NE);
        if (c == 2)
            return TERN_FALSE;
        tern_raise_type_error(vm, "'%s' not supported between instances of '%s' and '%s'", cmp_ops[op],
                              PA_TC(a) == 'u' ? "str" : PA_TC(a) == 'f' || PA_TC(a) == 'd' ? "float" : "int",
                              PA_TC(b) == 'u' ? "str" : PA_TC(b) == 'f' || PA_TC(b) == 'd' ? "float" : "int");
    }
    switch (op) {
    case TERN_CMP_LT: return TERN_BOOL(c < 0);
    case TERN_CMP_LE: return TERN_BOOL(c <= 0);
    case TERN_CMP_EQ: return TERN_BOOL(c == 0);
    case TERN_CMP_NE: return TERN_BOOL(c != 0);
    case TERN_CMP_GT: return TERN_BOOL(c > 0);
    default: return TERN_BOOL(c >= 0);
    }
}

/* self * n as a new array. */
static tern_val pa_repeat(tern_vm *vm, tern_val self, tern_int n) {
    size_t len = PA_LEN(self), isz = PA_ISZ(self), i;
    tern_val r;
    if (n < 0)
        n = 0;
    if (len && (size_t)n > (((size_t)1 << 30) / isz) / len)
        tern_raise_memory_error(vm);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    r = pa_new(vm, PA_TC(self), len * (size_t)n);
    TERN_UNROOT(vm);
    for (i = 0; i < (size_t)n && len; i++)
        memcpy(PA_DATA(r) + i * len * isz, PA_DATA(self), len * isz);
    return r;
}

static tern_val pa_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int inplace = (op & TERN_OP_INPLACE) != 0;
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD: {
        tern_val r = TERN_NULL;
        if (!TERN_IS_PYARRAY(a))
            return TERN_NOTIMPLEMENTED;
        if (!TERN_IS_PYARRAY(b)) {
            if (inplace)
                tern_raise_type_error(vm, "can only extend array with array (not \"%s\")", tern_type_name(b));
            tern_raise_type_error(vm, "can only append array (not \"%s\") to array", tern_type_name(b));
        }
        if (PA_TC(a) != PA_TC(b))
            tern_raise_type_error(vm, inplace ? "can only extend with array of same kind"
                                              : "bad argument type for built-in operation");
        TERN_ROOTS(vm);
        TERN_ROOT(vm, b);
        TERN_ROOT(vm, r);
        r = inplace ? a : pa_repeat(vm, a, 1);
        pa_append_array(vm, r, b);
        TERN_UNROOT(vm);
        return r;
    }
    case TERN_OP_MUL: {
        int self_is_a = TERN_IS_PYARRAY(a);
        tern_val s = self_is_a ? a : b, n = self_is_a ? b : a, r;
        tern_int k;
        if (!tern_repeat_count_(vm, n, &k)) {
            if (tern_typeof(n)->flags & TERN_TF_HEAP)
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        }
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        r = pa_repeat(vm, s, k);
        TERN_UNROOT(vm);
        if (inplace && self_is_a) {
            /* a *= n keeps its identity and takes the new storage */
            PA(a)->data = PA(r)->data;
            PA(a)->len = PA(r)->len;
            return a;
        }
        return r;
    }
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static void check_index_type(tern_vm *vm, tern_val key) {
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "array indices must be integers");
}

static tern_val pa_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_int start, stop, step, n, i;
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        size_t isz;
        n = tern_slice_indices(vm, key, (tern_int)PA_LEN(self), &start, &stop, &step);
        r = pa_new(vm, PA_TC(self), n > 0 ? (size_t)n : 0);
        isz = PA_ISZ(self);
        for (i = 0; i < n; i++)
            memcpy(PA_DATA(r) + (size_t)i * isz, PA_DATA(self) + (size_t)(start + i * step) * isz, isz);
        TERN_UNROOT(vm);
        return r;
    }
    check_index_type(vm, key);
    i = tern_seq_index(vm, key, (tern_int)PA_LEN(self), "array");
    TERN_UNROOT(vm);
    return pa_item(vm, self, (size_t)i);
}

/* Remove the items at start, start+step, ... (n of them, step > 0). */
static void pa_del_extended(tern_val self, tern_int start, tern_int step, tern_int n) {
    uint8_t *d = PA_DATA(self);
    size_t len = PA_LEN(self), isz = PA_ISZ(self), w = (size_t)start, r, k = 0;
    for (r = (size_t)start; r < len; r++) {
        if (k < (size_t)n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        memmove(d + w * isz, d + r * isz, isz);
        w++;
    }
    PA(self)->len = w;
}

static void pa_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    tern_int start, stop, step, n, i;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, key);
    TERN_ROOT(vm, value);
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        if (value != TERN_NULL) {
            if (!TERN_IS_PYARRAY(value))
                tern_raise_type_error(vm, "can only assign array (not \"%s\") to array slice", tern_type_name(value));
            if (PA_TC(value) != PA_TC(self))
                tern_raise_type_error(vm, "bad argument type for built-in operation");
            if (value == self)
                value = pa_repeat(vm, value, 1);
        }
        n = tern_slice_indices(vm, key, (tern_int)PA_LEN(self), &start, &stop, &step);
        if (step == 1) {
            size_t ins = value != TERN_NULL ? PA_LEN(value) : 0;
            uint8_t *p;
            if (stop < start)
                stop = start;
            p = pa_room(vm, self, (size_t)start, (size_t)(stop - start), ins);
            if (ins)
                memcpy(p, PA_DATA(value), ins * PA_ISZ(self));
        } else if (value == TERN_NULL) {
            if (n > 0) {
                if (step < 0) {
                    start += (n - 1) * step;
                    step = -step;
                }
                pa_del_extended(self, start, step, n);
            }
        } else {
            size_t isz = PA_ISZ(self);
            if ((tern_int)PA_LEN(value) != n)
                tern_raise_value_error(vm, "attempt to assign array of size %d to extended slice of size %d",
                                       (int)PA_LEN(value), (int)n);
            for (i = 0; i < n; i++)
                memcpy(PA_DATA(self) + (size_t)(start + i * step) * isz, PA_DATA(value) + (size_t)i * isz, isz);
        }
        TERN_UNROOT(vm);
        return;
    }
    check_index_type(vm, key);
    {
        uint8_t item[8];
        if (value != TERN_NULL)
            pa_pack(vm, PA_TC(self), value, item);
        i = tern_seq_index(vm, key, (tern_int)PA_LEN(self), "array assignment");
        if (value == TERN_NULL)
            pa_room(vm, self, (size_t)i, 1, 0);
        else
            memcpy(PA_DATA(self) + (size_t)i * PA_ISZ(self), item, PA_ISZ(self));
    }
    TERN_UNROOT(vm);
}

/* Index of the first item equal to v in [start, stop), or -1. */
static tern_int pa_find(tern_vm *vm, tern_val self, tern_val v, tern_int start, tern_int stop) {
    tern_int i, r = -1;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    TERN_ROOT(vm, v);
    for (i = start; i < stop && i < (tern_int)PA_LEN(self); i++) {
        tern_val item = pa_item(vm, self, (size_t)i);
        if (tern_equal(vm, item, v)) {
            r = i;
            break;
        }
    }
    TERN_UNROOT(vm);
    return r;
}

static int pa_contains(tern_vm *vm, tern_val self, tern_val v) {
    return pa_find(vm, self, v, 0, (tern_int)PA_LEN(self)) >= 0;
}

static tern_val pa_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_GETITEM);
}

static tern_val pa_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(typecode)) {
        char c = PA_TC(self);
        return tern_str_new(vm, &c, 1);
    }
    if (name == TERN_N(itemsize))
        return TERN_SMALL((tern_int)PA_ISZ(self));
    return TERN_NULL;
}

/* ---- methods ---- */

static tern_val pa_append(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.append", nargs - 1, kwnames, 1, 1);
    pa_append_val(vm, SELF, args[1]);
    return TERN_NONE;
}

static tern_val pa_extend(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.extend", nargs - 1, kwnames, 1, 1);
    if (TERN_IS_PYARRAY(args[1])) {
        if (PA_TC(args[1]) != PA_TC(SELF))
            tern_raise_type_error(vm, "can only extend with array of same kind");
        pa_append_array(vm, SELF, args[1]);
    } else {
        pa_extend_iter(vm, SELF, args[1]);
    }
    return TERN_NONE;
}

static tern_val pa_insert(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i, len;
    uint8_t item[8];
    tern_cargs(vm, "array.insert", nargs - 1, kwnames, 2, 2);
    i = tern_index_value(vm, args[1]);
    pa_pack(vm, PA_TC(SELF), args[2], item);
    len = (tern_int)PA_LEN(SELF);
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    memcpy(pa_room(vm, SELF, (size_t)i, 0, 1), item, PA_ISZ(SELF));
    return TERN_NONE;
}

static tern_val pa_pop(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i = -1, len;
    tern_val r;
    tern_cargs(vm, "array.pop", nargs - 1, kwnames, 0, 1);
    if (nargs > 1)
        i = tern_index_value(vm, args[1]);
    len = (tern_int)PA_LEN(SELF);
    if (len == 0)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop from empty array");
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop index out of range");
    r = pa_item(vm, SELF, (size_t)i);
    pa_room(vm, SELF, (size_t)i, 1, 0);
    return r;
}

static tern_val pa_remove(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i;
    tern_cargs(vm, "array.remove", nargs - 1, kwnames, 1, 1);
    i = pa_find(vm, SELF, args[1], 0, (tern_int)PA_LEN(SELF));
    if (i < 0)
        tern_raise_value_error(vm, "array.remove(x): x not in array");
    pa_room(vm, SELF, (size_t)i, 1, 0);
    return TERN_NONE;
}

static tern_val pa_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start, stop, i;
    tern_cargs(vm, "array.index", nargs - 1, kwnames, 1, 3);
    tern_seq_range_args(vm, nargs - 2, args + 2, (tern_int)PA_LEN(SELF), &start, &stop);
    i = pa_find(vm, SELF, args[1], start, stop);
    if (i < 0)
        tern_raise_value_error(vm, "array.index(x): x not in array");
    return TERN_SMALL(i);
}

static tern_val pa_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int c = 0, i;
    tern_cargs(vm, "array.count", nargs - 1, kwnames, 1, 1);
    for (i = 0; i < (tern_int)PA_LEN(SELF); i++) {
        tern_val item = pa_item(vm, SELF, (size_t)i);
        if (tern_equal(vm, item, args[1]))
            c++;
    }
    return TERN_SMALL(c);
}

static tern_val pa_reverse(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i, n, isz;
    tern_cargs(vm, "array.reverse", nargs - 1, kwnames, 0, 0);
    n = PA_LEN(SELF);
    isz = PA_ISZ(SELF);
    for (i = 0; i < n / 2; i++) {
        uint8_t t[8], *a = PA_DATA(SELF) + i * isz, *b = PA_DATA(SELF) + (n - 1 - i) * isz;
        memcpy(t, a, isz);
        memcpy(a, b, isz);
        memcpy(b, t, isz);
    }
    return TERN_NONE;
}

static tern_val pa_byteswap(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i, k, n, isz;
    tern_cargs(vm, "array.byteswap", nargs - 1, kwnames, 0, 0);
    n = PA_LEN(SELF);
    isz = PA_ISZ(SELF);
    for (i = 0; i < n; i++) {
        uint8_t *p = PA_DATA(SELF) + i * isz;
        for (k = 0; k < isz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    return TERN_NONE;
}

static tern_val pa_tobytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.tobytes", nargs - 1, kwnames, 0, 0);
    return tern_buffer_tobytes(vm, SELF);
}

static tern_val pa_frombytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_buffer b;
    tern_val raw;
    tern_cargs(vm, "array.frombytes", nargs - 1, kwnames, 1, 1);
    if (!tern_buffer_get(vm, args[1], &b))
        tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(args[1]));
    raw = tern_buffer_tobytes(vm, args[1]);
    pa_append_bytes(vm, SELF, raw);
    return TERN_NONE;
}

static tern_val pa_tolist(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.tolist", nargs - 1, kwnames, 0, 0);
    return pa_tolist_val(vm, SELF);
}

/* fromlist appends all or nothing: the items are converted into a
 * separate array first. */
static tern_val pa_fromlist(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *tmp;
    size_t i;
    tern_cargs(vm, "array.fromlist", nargs - 1, kwnames, 1, 1);
    if (!TERN_IS_LIST(args[1]))
        tern_raise_type_error(vm, "arg must be list");
    tmp = tern_push(vm, pa_new(vm, PA_TC(SELF), 0));
    for (i = 0; i < TERN_LIST_LEN(args[1]); i++)
        pa_append_val(vm, tmp[0], TERN_LIST_ITEMS(args[1])[i]);
    pa_append_array(vm, SELF, tmp[0]);
    tern_popn(vm, 1);
    return TERN_NONE;
}

static tern_val pa_tounicode(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.tounicode", nargs - 1, kwnames, 0, 0);
    if (PA_TC(SELF) != 'u')
        tern_raise_value_error(vm, "tounicode() may only be called on unicode type arrays");
    return pa_tounicode_val(vm, SELF);
}

static tern_val pa_fromunicode(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.fromunicode", nargs - 1, kwnames, 1, 1);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "fromunicode() argument must be str, not %s", tern_type_name(args[1]));
    if (PA_TC(SELF) != 'u')
        tern_raise_value_error(vm, "fromunicode() may only be called on unicode type arrays");
    pa_append_unicode(vm, SELF, args[1]);
    return TERN_NONE;
}

static tern_val pa_copy(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.__copy__", nargs - 1, kwnames, 0, 0);
    return pa_repeat(vm, SELF, 1);
}

static tern_val pa_deepcopy(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "array.__deepcopy__", nargs - 1, kwnames, 1, 1);
    return pa_repeat(vm, SELF, 1);
}

static TERN_CMETHOD_DEF(pa_append_obj, append, pa_append);
static TERN_CMETHOD_DEF(pa_extend_obj, extend, pa_extend);
static TERN_CMETHOD_DEF(pa_insert_obj, insert, pa_insert);
static TERN_CMETHOD_DEF(pa_pop_obj, pop, pa_pop);
static TERN_CMETHOD_DEF(pa_remove_obj, remove, pa_remove);
static TERN_CMETHOD_DEF(pa_index_obj, index, pa_index);
static TERN_CMETHOD_DEF(pa_count_obj, count, pa_count);
static TERN_CMETHOD_DEF(pa_reverse_obj, reverse, pa_reverse);
static TERN_CMETHOD_DEF(pa_byteswap_obj, byteswap, pa_byteswap);
static TERN_CMETHOD_DEF(pa_tobytes_obj, tobytes, pa_tobytes);
static TERN_CMETHOD_DEF(pa_frombytes_obj, frombytes, pa_frombytes);
static TERN_CMETHOD_DEF(pa_tolist_obj, tolist, pa_tolist);
static TERN_CMETHOD_DEF(pa_fromlist_obj, fromlist, pa_fromlist);
static TERN_CMETHOD_DEF(pa_tounicode_obj, tounicode, pa_tounicode);
static TERN_CMETHOD_DEF(pa_fromunicode_obj, fromunicode, pa_fromunicode);
static TERN_CMETHOD_DEF(pa_copy_obj, __copy__, pa_copy);
static TERN_CMETHOD_DEF(pa_deepcopy_obj, __deepcopy__, pa_deepcopy);
static const tern_cfunc pa_repr_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(__repr__), pa_repr_method, TERN_CF_METHOD | TERN_CF_WHOLE_SELF
};

static const tern_attr pa_attrs[] = {
    { TERN_NSTR(append), &pa_append_obj },
    { TERN_NSTR(extend), &pa_extend_obj },
    { TERN_NSTR(insert), &pa_insert_obj },
    { TERN_NSTR(pop), &pa_pop_obj },
    { TERN_NSTR(remove), &pa_remove_obj },
    { TERN_NSTR(index), &pa_index_obj },
    { TERN_NSTR(count), &pa_count_obj },
    { TERN_NSTR(reverse), &pa_reverse_obj },
    { TERN_NSTR(byteswap), &pa_byteswap_obj },
    { TERN_NSTR(tobytes), &pa_tobytes_obj },
    { TERN_NSTR(frombytes), &pa_frombytes_obj },
    { TERN_NSTR(tolist), &pa_tolist_obj },
    { TERN_NSTR(fromlist), &pa_fromlist_obj },
    { TERN_NSTR(tounicode), &pa_tounicode_obj },
    { TERN_NSTR(fromunicode), &pa_fromunicode_obj },
    { TERN_NSTR(__copy__), &pa_copy_obj },
    { TERN_NSTR(__deepcopy__), &pa_deepcopy_obj },
    { TERN_NSTR(__repr__), &pa_repr_obj },
};

const tern_type tern_type_array = {
    TERN_TYPE_HEAD(array_array, &tern_type_object, pa_attrs, TERN_NATTRS(pa_attrs), TERN_K_NATIVE, TERN_TF_BASETYPE),
    pa_make, pa_repr, NULL, NULL, pa_compare, pa_binop, NULL, NULL, pa_len,
    pa_getitem, pa_setitem, pa_contains,        /* getitem setitem contains */
    pa_iter, NULL,                              /* iter next */
    NULL, pa_getattr, NULL                      /* call getattr setattr */
};

tern_val tern_mod_array_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(array))), r;
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(array), TERN_VAL(&tern_type_array));
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(ArrayType), TERN_VAL(&tern_type_array));
    r = tern_str_new(vm, typecodes, sizeof typecodes - 1);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(typecodes), r);
    r = *m;
    tern_popn(vm, 1);
    return r;
}
