/* SPDX-License-Identifier: MIT */
/*
 * obj_memoryview.c — the buffer protocol (buffer.h) and the memoryview
 * type: a 1-D view, with a struct format, of the bytes of a bytes,
 * bytearray or array.array, shared with it (slicing makes a new view, not
 * a copy).
 *
 * A view keeps its exporter and byte offsets, never an address: objects
 * move at every allocation, so each access asks tern_buffer_ptr for the
 * address again, and the code reads or writes through it before it
 * allocates anything else.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"
#include "buffer.h"

#define SELF    args[0]
#define MV(v)   TERN_AS(tern_memview, v)
#define PA(v)   TERN_AS(tern_pyarray, v)

/* ===================================================================
 * The buffer protocol
 * =================================================================== */

/* Bytes of an exporter (bytes, bytearray or array): address and size. */
static uint8_t *exporter_bytes(tern_val obj, size_t *n) {
    if (TERN_IS_KIND(obj, TERN_K_BYTES)) {
        *n = TERN_STR_LEN(obj);
        return (uint8_t *)TERN_STR_DATA(TERN_PTR(obj));
    }
    if (TERN_IS_KIND(obj, TERN_K_BYTEARRAY)) {
        tern_bytearray *b = TERN_AS(tern_bytearray, obj);
        *n = b->data ? (size_t)b->len : 0;
        return b->data ? TERN_BLOB_DATA(TERN_PTR(b->data)) : NULL;
    }
    *n = PA(obj)->data ? (size_t)PA(obj)->len * PA(obj)->itemsize : 0;
    return PA(obj)->data ? TERN_BLOB_DATA(TERN_PTR(PA(obj)->data)) : NULL;
}

/* Does the exporter still hold every item of b (it may have shrunk since
 * the view was made)? no alloc. */
static int buffer_fits(const tern_buffer *b, size_t *avail) {
    size_t n, lo, hi;
    (void)exporter_bytes(b->obj, &n);
    if (avail)
        *avail = n;
    if (b->len == 0)
        return 1;
    lo = b->start;
    hi = b->start;
    if (b->stride >= 0)
        hi += (b->len - 1) * (size_t)b->stride;
    else
        lo -= (b->len - 1) * (size_t)-b->stride;
    return lo <= hi && hi + b->itemsize <= n;
}

static void mv_buffer(tern_val v, tern_buffer *b) {
    tern_memview *m = MV(v);
    b->obj = m->obj;
    b->start = m->start;
    b->stride = m->stride;
    b->len = m->len;
    b->itemsize = m->itemsize;
    b->format = (char)m->format;
    b->readonly = (m->flags & TERN_MV_READONLY) != 0;
}

TERN_NORETURN static void released_error(tern_vm *vm) {
    tern_raise_value_error(vm, "operation forbidden on released memoryview object");
}

int tern_buffer_get(tern_vm *vm, tern_val v, tern_buffer *b) {
    if (!TERN_IS_OBJ(v))
        return 0;
    v = TERN_PROXY_VALUE(v);
    b->obj = v;
    b->start = 0;
    b->stride = 1;
    b->itemsize = 1;
    b->format = 'B';
    switch (TERN_KIND_OF(v)) {
    case TERN_K_BYTES:
        b->len = TERN_STR_LEN(v);
        b->readonly = 1;
        return 1;
    case TERN_K_BYTEARRAY:
        b->len = TERN_AS(tern_bytearray, v)->len;
        b->readonly = 0;
        return 1;
    case TERN_K_NATIVE:
        if (TERN_IS_PYARRAY(v)) {
            b->len = PA(v)->len;
            b->itemsize = PA(v)->itemsize;
            b->stride = (intptr_t)b->itemsize;
            b->format = PA(v)->typecode == 'u' ? 'w' : (char)PA(v)->typecode;
            b->readonly = 0;
            return 1;
        }
        if (TERN_IS_MEMVIEW(v)) {
            if (MV(v)->flags & TERN_MV_RELEASED)
                released_error(vm);
            mv_buffer(v, b);
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

uint8_t *tern_buffer_ptr(tern_vm *vm, const tern_buffer *b) {
    size_t n;
    uint8_t *p;
    if (!buffer_fits(b, NULL))
        tern_raise_fmt(vm, &tern_type_BufferError, "memoryview: the underlying object was resized");
    p = exporter_bytes(b->obj, &n);
    return p ? p + b->start : (uint8_t *)TERN_STR_DATA(TERN_PTR(TERN_N(empty_str)));
}

int tern_buffer_is_native(tern_val v) {
    v = TERN_PROXY_VALUE(v);
    return TERN_IS_MEMVIEW(v) || TERN_IS_PYARRAY(v);
}

int tern_buffer_flat_(tern_val v) {
    tern_buffer b;
    v = TERN_PROXY_VALUE(v);
    if (TERN_IS_PYARRAY(v) || TERN_IS_KIND(v, TERN_K_BYTES) || TERN_IS_KIND(v, TERN_K_BYTEARRAY))
        return 1;
    if (!TERN_IS_MEMVIEW(v) || (MV(v)->flags & TERN_MV_RELEASED))
        return 0;
    mv_buffer(v, &b);
    return (b.len <= 1 || b.stride == (intptr_t)b.itemsize) && buffer_fits(&b, NULL);
}

const uint8_t *tern_buffer_flat_data_(tern_val v, size_t *nbytes) {
    tern_buffer b;
    size_t n;
    const uint8_t *p;
    v = TERN_PROXY_VALUE(v);
    if (!TERN_IS_MEMVIEW(v)) {
        p = exporter_bytes(v, nbytes);
        return p ? p : (const uint8_t *)"";
    }
    mv_buffer(v, &b);
    p = exporter_bytes(b.obj, &n);
    *nbytes = b.len * b.itemsize;
    return p ? p + b.start : (const uint8_t *)"";
}

/* Copy the items of b, in order, to out (b's exporter must not move
 * meanwhile: no allocation). */
static void buffer_copy_out(tern_vm *vm, const tern_buffer *b, uint8_t *out) {
    const uint8_t *p = tern_buffer_ptr(vm, b);
    size_t i;
    if (b->stride == (intptr_t)b->itemsize) {
        if (b->len)
            memcpy(out, p, b->len * b->itemsize);
        return;
    }
    for (i = 0; i < b->len; i++)
        memcpy(out + i * b->itemsize, p + (intptr_t)i * b->stride, b->itemsize);
}

tern_val tern_buffer_tobytes(tern_vm *vm, tern_val v) {
    tern_buffer b;
    tern_val r;
    if (!tern_buffer_get(vm, v, &b))
        tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(v));
    TERN_ROOTS(vm);
    TERN_ROOT(vm, b.obj);
    r = tern_bytes_new(vm, NULL, b.len * b.itemsize);
    buffer_copy_out(vm, &b, (uint8_t *)TERN_STR_DATA(TERN_PTR(r)));
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * Items of struct formats
 * =================================================================== */

/* An item as a C value. */
typedef struct num {
    int kind;
    int64_t i;
    uint64_t u;
    double d;
} num;
enum { NK_INT, NK_UINT, NK_FLOAT, NK_BOOL, NK_CHAR, NK_WCHAR, NK_NONE };

unsigned tern_format_size(char c) {
    switch (c) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return (unsigned)sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return (unsigned)sizeof(size_t);
    case 'P': return (unsigned)sizeof(void *);
    case 'u': case 'w': return 4;
    default: return 0;
    }
}

/* Read the item of format c at p. no alloc. */
static void num_get(char c, const uint8_t *p, num *out) {
    out->i = 0;
    out->u = 0;
    out->d = 0;
    switch (c) {
    case 'b': { int8_t x; memcpy(&x, p, 1); out->i = x; out->kind = NK_INT; return; }
    case 'B': out->u = p[0]; out->kind = NK_UINT; return;
    case 'h': { int16_t x; memcpy(&x, p, 2); out->i = x; out->kind = NK_INT; return; }
    case 'H': { uint16_t x; memcpy(&x, p, 2); out->u = x; out->kind = NK_UINT; return; }
    case 'i': { int32_t x; memcpy(&x, p, 4); out->i = x; out->kind = NK_INT; return; }
    case 'I': { uint32_t x; memcpy(&x, p, 4); out->u = x; out->kind = NK_UINT; return; }
    case 'l': { long x; memcpy(&x, p, sizeof x); out->i = x; out->kind = NK_INT; return; }
    case 'L': { unsigned long x; memcpy(&x, p, sizeof x); out->u = x; out->kind = NK_UINT; return; }
    case 'q': { int64_t x; memcpy(&x, p, 8); out->i = x; out->kind = NK_INT; return; }
    case 'Q': { uint64_t x; memcpy(&x, p, 8); out->u = x; out->kind = NK_UINT; return; }
    case 'n': { intptr_t x; memcpy(&x, p, sizeof x); out->i = x; out->kind = NK_INT; return; }
    case 'N': { size_t x; memcpy(&x, p, sizeof x); out->u = x; out->kind = NK_UINT; return; }
    case 'P': { uintptr_t x; memcpy(&x, p, sizeof x); out->u = x; out->kind = NK_UINT; return; }
    case 'f': { float x; memcpy(&x, p, 4); out->d = x; out->kind = NK_FLOAT; return; }
    case 'd': { double x; memcpy(&x, p, 8); out->d = x; out->kind = NK_FLOAT; return; }
    case '?': out->u = p[0] != 0; out->kind = NK_BOOL; return;
    case 'c': out->u = p[0]; out->kind = NK_CHAR; return;
    case 'u': { uint32_t x; memcpy(&x, p, 4); out->u = x; out->kind = NK_WCHAR; return; }
    default: out->kind = NK_NONE; return;
    }
}

tern_val tern_format_unpack(tern_vm *vm, char c, const uint8_t *p) {
    num x;
    num_get(c, p, &x);
    switch (x.kind) {
    case NK_INT:
        return x.i < 0 ? tern_int_from_u64(vm, (uint64_t)0 - (uint64_t)x.i, 1) : tern_int_from_u64(vm, (uint64_t)x.i, 0);
    case NK_UINT: return tern_int_from_u64(vm, x.u, 0);
    case NK_FLOAT: return tern_float_new(vm, x.d);
    case NK_BOOL: return TERN_BOOL(x.u);
    case NK_CHAR: {
        uint8_t ch = (uint8_t)x.u;
        return tern_bytes_new(vm, &ch, 1);
    }
    case NK_WCHAR: return tern_str_from_codepoint(vm, (uint32_t)x.u);
    default: return TERN_NONE;
    }
}

int tern_int_to_u64(tern_val v, uint64_t *mag, int *neg) {
    if (TERN_IS_BOOL(v)) {
        *mag = v == TERN_TRUE;
        *neg = 0;
        return 1;
    }
    if (TERN_IS_SMALL(v)) {
        tern_int i = TERN_SMALL_VALUE(v);
        *neg = i < 0;
        *mag = i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i;
        return 1;
    }
    {
        tern_bigint *b = TERN_AS(tern_bigint, v);
        const uint32_t *d = TERN_BIGINT_DIGITS(b);
        *neg = b->sign < 0;
        if (b->ndigits > 2)
            return 0;
        *mag = (uint64_t)d[0] | (b->ndigits > 1 ? (uint64_t)d[1] << 32 : 0);
        return 1;
    }
}

int tern_format_cmp(char fa, const uint8_t *pa, char fb, const uint8_t *pb) {
    num a, b;
    num_get(fa, pa, &a);
    num_get(fb, pb, &b);
    if (a.kind == NK_NONE || b.kind == NK_NONE)
        return 3;
    if (a.kind == NK_CHAR || b.kind == NK_CHAR || a.kind == NK_WCHAR || b.kind == NK_WCHAR) {
        if (a.kind != b.kind)
            return 3;
        return a.u < b.u ? -1 : a.u > b.u;
    }
    if (a.kind == NK_FLOAT || b.kind == NK_FLOAT) {
        double x = a.kind == NK_FLOAT ? a.d : a.kind == NK_INT ? (double)a.i : (double)a.u;
        double y = b.kind == NK_FLOAT ? b.d : b.kind == NK_INT ? (double)b.i : (double)b.u;
        if (x != x || y != y)
            return 2;
        return x < y ? -1 : x > y;
    }
    if (a.kind == NK_INT && a.i < 0) {
        if (b.kind == NK_INT && b.i < 0)
            return a.i < b.i ? -1 : a.i > b.i;
        return -1;
    }
    if (b.kind == NK_INT && b.i < 0)
        return 1;
    {
        uint64_t x = a.kind == NK_INT ? (uint64_t)a.i : a.u, y = b.kind == NK_INT ? (uint64_t)b.i : b.u;
        return x < y ? -1 : x > y;
    }
}

/* ===================================================================
 * memoryview
 * =================================================================== */

static tern_memview *mv_live(tern_vm *vm, tern_val v) {
    if (MV(v)->flags & TERN_MV_RELEASED)
        released_error(vm);
    return MV(v);
}

/* A new view of b's items. */
static tern_val mv_new(tern_vm *vm, const tern_buffer *b) {
    tern_val obj = b->obj;
    tern_memview *m;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, obj);
    m = (tern_memview *)tern_alloc(vm, TERN_K_NATIVE, sizeof(tern_memview));
    TERN_UNROOT(vm);
    m->cls = TERN_VAL(&tern_type_memoryview);
    m->obj = obj;
    m->start = b->start;
    m->stride = b->stride;
    m->len = b->len;
    m->itemsize = b->itemsize;
    m->format = (uint8_t)b->format;
    m->flags = b->readonly ? TERN_MV_READONLY : 0;
    return TERN_VAL(m);
}

static tern_val mv_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    tern_val x;
    tern_buffer b;
    int i;
    (void)t;
    if (npos > 1)
        tern_raise_type_error(vm, "memoryview() takes at most 1 argument (%d given)", npos);
    x = npos ? args[0] : tern_kwarg(kwnames, nargs, args, TERN_N(object));
    if (!x)
        tern_raise_type_error(vm, "memoryview() missing required argument 'object' (pos 1)");
    for (i = 0; i < TERN_NKW(kwnames); i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        if (k != TERN_N(object))
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for memoryview()", k);
        if (npos)
            tern_raise_type_error(vm, "argument for memoryview() given by name ('object') and position (1)");
    }
    if (!tern_buffer_get(vm, x, &b))
        tern_raise_type_error(vm, "memoryview: a bytes-like object is required, not '%s'", tern_type_name(x));
    return mv_new(vm, &b);
}

static tern_val mv_repr(tern_vm *vm, tern_val self) {
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %p>", (MV(self)->flags & TERN_MV_RELEASED) ? "released " : "",
             TERN_PTR(self));
    return tern_str_from_c(vm, buf);
}

static tern_val mv_hash(tern_vm *vm, tern_val self) {
    tern_memview *m = mv_live(vm, self);
    if (!(m->flags & TERN_MV_READONLY))
        tern_raise_value_error(vm, "cannot hash writable memoryview object");
    if (m->format != 'B' && m->format != 'b' && m->format != 'c')
        tern_raise_value_error(vm, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    {
        /* as CPython: the exporter must be hashable too (a bytearray is not) */
        tern_val *s = tern_push(vm, self);
        tern_hash(vm, m->obj);
        self = s[0];
        tern_popn(vm, 1);
    }
    return tern_hash(vm, tern_buffer_tobytes(vm, self));
}

/* == and != against any bytes-like object, item by item as values (so
 * views of different formats can be equal). */
static tern_val mv_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_buffer x, y;
    const uint8_t *p, *q;
    size_t i;
    int eq = 1;
    if (op != TERN_CMP_EQ && op != TERN_CMP_NE)
        return TERN_NOTIMPLEMENTED;
    if ((TERN_IS_MEMVIEW(a) && (MV(a)->flags & TERN_MV_RELEASED)) ||
        (TERN_IS_MEMVIEW(b) && (MV(b)->flags & TERN_MV_RELEASED)))
        return TERN_BOOL((a == b) == (op == TERN_CMP_EQ));
    if (!tern_buffer_get(vm, a, &x) || !tern_buffer_get(vm, b, &y))
        return TERN_NOTIMPLEMENTED;
    if (x.len != y.len) {
        eq = 0;
    } else if (x.len) {
        p = tern_buffer_ptr(vm, &x);
        q = tern_buffer_ptr(vm, &y);
        for (i = 0; i < x.len && eq; i++)
            eq = tern_format_cmp(x.format, p + (intptr_t)i * x.stride, y.format, q + (intptr_t)i * y.stride) == 0;
    }
    return TERN_BOOL(eq == (op == TERN_CMP_EQ));
}

static tern_int mv_len(tern_vm *vm, tern_val self) {
    return (tern_int)mv_live(vm, self)->len;
}

TERN_NORETURN static void format_unsupported(tern_vm *vm, char c) {
    tern_raise_fmt(vm, &tern_type_NotImplementedError, "memoryview: format %c not supported", c);
}

/* The index of an item from a subscript, or raise. *self is rooted by
 * the caller (this may call __index__). */
static size_t mv_index(tern_vm *vm, tern_val *self, tern_val key) {
    tern_int i, n;
    if (TERN_IS_TUPLE(key))
        tern_raise_type_error(vm, "cannot index 1-dimension view with %d-element tuple", (int)TERN_TUPLE_LEN(key));
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "memoryview: invalid slice key");
    if (TERN_IS_KIND(key, TERN_K_BIGINT))
        tern_raise_fmt(vm, &tern_type_IndexError, "cannot fit 'int' into an index-sized integer");
    i = tern_index_value(vm, key);
    n = (tern_int)mv_live(vm, *self)->len;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        tern_raise_fmt(vm, &tern_type_IndexError, "index out of bounds on dimension 1");
    return (size_t)i;
}

static tern_val mv_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_buffer b;
    mv_live(vm, self);
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, (tern_int)mv_live(vm, self)->len, &start, &stop, &step);
        TERN_UNROOT(vm);
        mv_buffer(self, &b);
        b.start = (size_t)((intptr_t)b.start + (intptr_t)start * b.stride);
        b.stride *= (intptr_t)step;
        b.len = n > 0 ? (size_t)n : 0;
        if (b.len == 0)
            b.start = MV(self)->start;
        return mv_new(vm, &b);
    }
    {
        size_t i;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        i = mv_index(vm, &self, key);
        TERN_UNROOT(vm);
        mv_buffer(self, &b);
        if (b.format == 'w')
            format_unsupported(vm, b.format);
        return tern_format_unpack(vm, b.format, tern_buffer_ptr(vm, &b) + (intptr_t)i * b.stride);
    }
}

TERN_NORETURN static void invalid_type(tern_vm *vm, char c) {
    tern_raise_type_error(vm, "memoryview: invalid type for format '%c'", c);
}
TERN_NORETURN static void invalid_value(tern_vm *vm, char c) {
    tern_raise_value_error(vm, "memoryview: invalid value for format '%c'", c);
}

/* Is the int value v inside the range of format c (size n bytes)? */
static int int_fits(tern_val v, char c, unsigned n, uint64_t *bits) {
    uint64_t mag, lim;
    int neg, is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (!tern_int_to_u64(v, &mag, &neg))
        return 0;
    lim = n == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * n)) - 1;
    if (is_signed) {
        uint64_t half = lim >> 1;
        if (neg ? mag > half + 1 : mag > half)
            return 0;
    } else if (neg && mag) {
        return 0;
    } else if (mag > lim) {
        return 0;
    }
    *bits = neg ? (uint64_t)0 - mag : mag;
    return 1;
}

/* Store the low n bytes of x at out, in native order. no alloc. */
static void put_uint(uint8_t *out, uint64_t x, unsigned n) {
    switch (n) {
    case 1: out[0] = (uint8_t)x; break;
    case 2: { uint16_t y = (uint16_t)x; memcpy(out, &y, 2); break; }
    case 4: { uint32_t y = (uint32_t)x; memcpy(out, &y, 4); break; }
    default: memcpy(out, &x, 8); break;
    }
}

/* Convert value v to an item of format c in out (memoryview's rules and
 * messages). May call Python code; out is a C buffer. */
static void mv_pack(tern_vm *vm, char c, tern_val v, uint8_t *out) {
    unsigned n = tern_format_size(c);
    switch (c) {
    case 'f': case 'd': {
        double d;
        v = TERN_PROXY_VALUE(v);
        if (TERN_IS_FLOAT(v)) {
            d = TERN_FLOAT_VAL(v);
        } else if (TERN_IS_INTLIKE(v)) {
            if (tern_int_bit_length(v) > 1024)
                invalid_value(vm, c);
            d = tern_int_to_double(vm, v);
        } else if (tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__))) {
            tern_val f = tern_call_method0(vm, v, TERN_N(__float__));
            if (!TERN_IS_FLOAT(f))
                invalid_type(vm, c);
            d = TERN_FLOAT_VAL(f);
        } else {
            invalid_type(vm, c);
        }
        if (c == 'f') {
            float f = (float)d;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &d, 8);
        }
        return;
    }
    case '?':
        out[0] = (uint8_t)(tern_truthy(vm, v) != 0);
        return;
    case 'c':
        if (!TERN_IS_KIND(v, TERN_K_BYTES))
            invalid_type(vm, c);
        if (TERN_STR_LEN(v) != 1)
            invalid_value(vm, c);
        out[0] = (uint8_t)TERN_STR_CHARS(v)[0];
        return;
    case 'w':
        format_unsupported(vm, c);
    default: {
        uint64_t bits;
        v = TERN_PROXY_VALUE(v);
        if (!TERN_IS_INTLIKE(v)) {
            if (!tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)))
                invalid_type(vm, c);
            v = tern_call_method0(vm, v, TERN_N(__index__));
            if (!TERN_IS_INTLIKE(v))
                invalid_type(vm, c);
        }
        if (!int_fits(v, c, n, &bits))
            invalid_value(vm, c);
        put_uint(out, bits, n);
        return;
    }
    }
}

static void mv_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    tern_buffer b, src;
    tern_memview *m = mv_live(vm, self);
    if (m->flags & TERN_MV_READONLY)
        tern_raise_type_error(vm, "cannot modify read-only memory");
    if (value == TERN_NULL)
        tern_raise_type_error(vm, "cannot delete memory");
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        tern_val data = TERN_NULL;
        uint8_t *p;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        TERN_ROOT(vm, value);
        TERN_ROOT(vm, data);
        n = tern_slice_indices(vm, key, (tern_int)mv_live(vm, self)->len, &start, &stop, &step);
        if (!tern_buffer_get(vm, value, &src))
            tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(value));
        mv_buffer(self, &b);
        if (src.format != b.format || src.itemsize != b.itemsize || (tern_int)src.len != (n > 0 ? n : 0))
            tern_raise_value_error(vm, "memoryview assignment: lvalue and rvalue have different structures");
        /* copy the source first: it may overlap the destination */
        data = tern_buffer_tobytes(vm, value);
        mv_buffer(self, &b);
        p = tern_buffer_ptr(vm, &b);
        for (i = 0; i < n; i++)
            memcpy(p + (start + i * step) * b.stride, TERN_STR_CHARS(data) + i * (tern_int)b.itemsize, b.itemsize);
        TERN_UNROOT(vm);
        return;
    }
    {
        uint8_t item[8];
        size_t i;
        tern_val *s = tern_push(vm, self);
        tern_push(vm, key);
        tern_push(vm, value);
        i = mv_index(vm, &s[0], s[1]);
        mv_pack(vm, (char)MV(s[0])->format, s[2], item);
        mv_live(vm, s[0]);
        mv_buffer(s[0], &b);
        memcpy(tern_buffer_ptr(vm, &b) + (intptr_t)i * b.stride, item, b.itemsize);
        tern_popn(vm, 3);
    }
}

static tern_val mv_iter(tern_vm *vm, tern_val self) {
    mv_live(vm, self);
    return tern_seqiter_new(vm, self, TERN_ITK_GETITEM);
}

static int mv_contig(const tern_memview *m) {
    return m->len <= 1 || m->stride == (intptr_t)m->itemsize;
}

static tern_val mv_getattr(tern_vm *vm, tern_val self, tern_val name) {
    tern_memview *m;
    if (name != TERN_N(format) && name != TERN_N(itemsize) && name != TERN_N(nbytes) &&
        name != TERN_N(ndim) && name != TERN_N(shape) && name != TERN_N(strides) &&
        name != TERN_N(suboffsets) && name != TERN_N(readonly) && name != TERN_N(obj) &&
        name != TERN_N(c_contiguous) && name != TERN_N(f_contiguous) && name != TERN_N(contiguous))
        return TERN_NULL;
    m = mv_live(vm, self);
    if (name == TERN_N(format)) {
        char c = (char)m->format;
        return tern_str_new(vm, &c, 1);
    }
    if (name == TERN_N(itemsize))
        return TERN_SMALL((tern_int)m->itemsize);
    if (name == TERN_N(nbytes))
        return tern_int_from(vm, (tern_int)(m->len * m->itemsize));
    if (name == TERN_N(ndim))
        return TERN_SMALL(1);
    if (name == TERN_N(shape) || name == TERN_N(strides)) {
        tern_val v = name == TERN_N(shape) ? tern_int_from(vm, (tern_int)m->len) : tern_int_from(vm, (tern_int)m->stride);
        return tern_tuple_from(vm, 1, &v);
    }
    if (name == TERN_N(suboffsets))
        return TERN_EMPTY_TUPLE;
    if (name == TERN_N(readonly))
        return TERN_BOOL(m->flags & TERN_MV_READONLY);
    if (name == TERN_N(obj))
        return m->obj;
    return TERN_BOOL(mv_contig(m));
}

/* ---- methods ---- */

static tern_val mv_tobytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    tern_val order = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(order));
    if (npos > 2)
        tern_raise_type_error(vm, "tobytes() takes at most 1 argument (%d given)", npos - 1);
    mv_live(vm, SELF);
    if (order && order != TERN_NONE) {
        if (!TERN_IS_STR(order))
            tern_raise_type_error(vm, "tobytes() argument 'order' must be str or None, not %s", tern_type_name(order));
        if (TERN_STR_LEN(order) != 1 || !strchr("CFA", TERN_STR_CHARS(order)[0]))
            tern_raise_value_error(vm, "order must be 'C', 'F' or 'A'");
    }
    return tern_buffer_tobytes(vm, SELF);
}

static tern_val mv_tolist(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, item;
    tern_buffer b;
    size_t i, n;
    tern_method_args(vm, "memoryview", "tolist", nargs, kwnames, 1, 1);
    n = mv_live(vm, SELF)->len;
    if (MV(SELF)->format == 'w')
        format_unsupported(vm, 'w');
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_new(vm, n);
    for (i = 0; i < n; i++) {
        mv_live(vm, SELF);
        mv_buffer(SELF, &b);
        if (i >= b.len)
            break;
        item = tern_format_unpack(vm, b.format, tern_buffer_ptr(vm, &b) + (intptr_t)i * b.stride);
        tern_list_append(vm, list, item);
    }
    TERN_UNROOT(vm);
    return list;
}

/* hex([sep[, bytes_per_sep]]): bytes_per_sep > 0 groups from the right,
 * < 0 from the left. */
static tern_val mv_hex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    tern_val sep, bps, data = TERN_NULL, r;
    tern_int per = 1;
    char sepc = 0;
    size_t i, n, k, outlen;
    char *o;
    if (npos > 3)
        tern_raise_type_error(vm, "hex() takes at most 2 arguments (%d given)", npos - 1);
    sep = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(sep));
    bps = npos > 2 ? args[2] : tern_kwarg(kwnames, nargs, args, TERN_N(bytes_per_sep));
    mv_live(vm, SELF);
    if (sep && sep != TERN_NONE) {
        if (!TERN_IS_STR(sep) && !TERN_IS_KIND(sep, TERN_K_BYTES))
            tern_raise_type_error(vm, "object of type '%s' has no len()", tern_type_name(sep));
        if (TERN_IS_STR(sep) ? TERN_AS(tern_str, sep)->nchars != 1 : TERN_STR_LEN(sep) != 1)
            tern_raise_value_error(vm, "sep must be length 1.");
        sepc = TERN_STR_CHARS(sep)[0];
        if ((unsigned char)sepc >= 0x80)
            tern_raise_value_error(vm, "sep must be ASCII.");
    }
    if (bps)
        per = tern_index_value(vm, bps);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, data);
    data = tern_buffer_tobytes(vm, SELF);
    n = TERN_STR_LEN(data);
    k = (size_t)(per < 0 ? -per : per);
    outlen = 2 * n;
    if (sepc && k && n)
        outlen += (n - 1) / k;
    r = tern_str_alloc(vm, outlen);
    o = TERN_STR_DATA(TERN_PTR(r));
    for (i = 0; i < n; i++) {
        uint8_t c = (uint8_t)TERN_STR_CHARS(data)[i];
        if (sepc && k && i > 0 && (per > 0 ? (n - i) % k == 0 : i % k == 0))
            *o++ = sepc;
        *o++ = "0123456789abcdef"[c >> 4];
        *o++ = "0123456789abcdef"[c & 15];
    }
    tern_str_finish(r);
    TERN_UNROOT(vm);
    return r;
}

static tern_val mv_release(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "memoryview", "release", nargs, kwnames, 1, 1);
    MV(SELF)->flags |= TERN_MV_RELEASED;
    MV(SELF)->obj = TERN_NULL;
    return TERN_NONE;
}

static tern_val mv_enter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "memoryview", "__enter__", nargs, kwnames, 1, 1);
    mv_live(vm, SELF);
    return SELF;
}

static tern_val mv_exit(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    (void)kwnames;
    (void)nargs;
    MV(SELF)->flags |= TERN_MV_RELEASED;
    MV(SELF)->obj = TERN_NULL;
    return TERN_NONE;
}

static tern_val mv_toreadonly(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_buffer b;
    tern_method_args(vm, "memoryview", "toreadonly", nargs, kwnames, 1, 1);
    mv_live(vm, SELF);
    mv_buffer(SELF, &b);
    b.readonly = 1;
    return mv_new(vm, &b);
}

/* cast(format[, shape]): 1-D only; one side must be a byte format. */
static tern_val mv_cast(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames);
    tern_val fmt, shape;
    tern_memview *m;
    tern_buffer b;
    const char *f;
    char c;
    unsigned size;
    size_t nbytes;
    if (npos > 3)
        tern_raise_type_error(vm, "cast() takes at most 2 arguments (%d given)", npos - 1);
    fmt = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(format));
    shape = npos > 2 ? args[2] : tern_kwarg(kwnames, nargs, args, TERN_N(shape));
    if (!fmt)
        tern_raise_type_error(vm, "cast() missing required argument 'format' (pos 1)");
    m = mv_live(vm, SELF);
    if (!TERN_IS_STR(fmt))
        tern_raise_type_error(vm, "cast() argument 'format' must be str, not %s", tern_type_name(fmt));
    if (!mv_contig(m))
        tern_raise_type_error(vm, "memoryview: casts are restricted to C-contiguous views");
    f = TERN_STR_CHARS(fmt);
    if (f[0] == '@' && TERN_STR_LEN(fmt) == 2)
        f++;
    c = f[0];
    size = TERN_STR_LEN(fmt) - (size_t)(f - TERN_STR_CHARS(fmt)) == 1 && c != 'u' && c != 'w'
        ? tern_format_size(c) : 0;
    if (size == 0)
        tern_raise_value_error(vm, "memoryview: destination format must be a native single character "
                                   "format prefixed with an optional '@'");
    if (!strchr("Bbc", m->format) && !strchr("Bbc", c))
        tern_raise_type_error(vm, "memoryview: cannot cast between two non-byte formats");
    nbytes = m->len * m->itemsize;
    if (nbytes % size)
        tern_raise_type_error(vm, "memoryview: length is not a multiple of itemsize");
    if (shape && shape != TERN_NONE) {
        size_t k;
        tern_val *items;
        if (!TERN_IS_LIST(shape) && !TERN_IS_TUPLE(shape))
            tern_raise_type_error(vm, "shape must be a list or a tuple");
        items = tern_seq_items(shape, &k);
        if (k != 1)
            tern_raise_fmt(vm, &tern_type_NotImplementedError, "memoryview: only 1-D casts are supported");
        if (!TERN_IS_INT(items[0]) || tern_int_value(vm, items[0]) * (tern_int)size != (tern_int)nbytes)
            tern_raise_type_error(vm, "memoryview: product(shape) * itemsize != buffer size");
    }
    mv_buffer(SELF, &b);
    b.format = c;
    b.itemsize = size;
    b.stride = (intptr_t)size;
    b.len = nbytes / size;
    return mv_new(vm, &b);
}

static TERN_CMETHOD_DEF(mv_tobytes_obj, tobytes, mv_tobytes);
static TERN_CMETHOD_DEF(mv_tolist_obj, tolist, mv_tolist);
static TERN_CMETHOD_DEF(mv_hex_obj, hex, mv_hex);
static TERN_CMETHOD_DEF(mv_release_obj, release, mv_release);
static TERN_CMETHOD_DEF(mv_enter_obj, __enter__, mv_enter);
static TERN_CMETHOD_DEF(mv_exit_obj, __exit__, mv_exit);
static TERN_CMETHOD_DEF(mv_toreadonly_obj, toreadonly, mv_toreadonly);
static TERN_CMETHOD_DEF(mv_cast_obj, cast, mv_cast);

static const tern_attr mv_attrs[] = {
    { TERN_NSTR(tobytes), &mv_tobytes_obj },
    { TERN_NSTR(tolist), &mv_tolist_obj },
    { TERN_NSTR(hex), &mv_hex_obj },
    { TERN_NSTR(release), &mv_release_obj },
    { TERN_NSTR(__enter__), &mv_enter_obj },
    { TERN_NSTR(__exit__), &mv_exit_obj },
    { TERN_NSTR(toreadonly), &mv_toreadonly_obj },
    { TERN_NSTR(cast), &mv_cast_obj },
};

const tern_type tern_type_memoryview = {
    TERN_TYPE_HEAD(memoryview, &tern_type_object, mv_attrs, TERN_NATTRS(mv_attrs), TERN_K_NATIVE, 0),
    mv_make, mv_repr, NULL, mv_hash, mv_compare, NULL, NULL, NULL, mv_len,
    mv_getitem, mv_setitem, NULL,               /* getitem setitem contains */
    mv_iter, NULL,                              /* iter next */
    NULL, mv_getattr, NULL                      /* call getattr setattr */
};
