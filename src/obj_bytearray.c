/* SPDX-License-Identifier: MIT */
/*
 * obj_bytearray.c — the bytearray type: a mutable byte string kept in a
 * growable blob (layout in obj_bytes.h). The methods it shares with bytes
 * are in obj_bytesmeth.c; the mutating ones are here.
 */
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_bytes.h"
#include "obj_class.h"

#define SELF        args[0]
#define BA(v)       TERN_AS(tern_bytearray, v)
#define BA_LEN(v)   ((size_t)BA(v)->len)
#define BA_CAP(v)   (BA(v)->data ? (size_t)TERN_AS(tern_blob, BA(v)->data)->len : 0)
#define BA_DATA(v)  TERN_BLOB_DATA(TERN_PTR(BA(v)->data))

/* Make room in self: replace the `dellen` bytes at `at` by `inslen`
 * (unset) bytes; returns where to write them (valid until the next
 * allocation). */
static uint8_t *ba_make_room(tern_vm *vm, tern_val self, size_t at, size_t dellen, size_t inslen) {
    size_t len = BA_LEN(self), newlen = len - dellen + inslen;
    if (newlen > BA_CAP(self) || !BA(self)->data) {
        /* A growing bytearray gets room to grow by half again; a new one
         * (len 0) gets exactly its size, as in CPython. When the heap
         * cannot hold the larger block, take the exact size before giving
         * up: a MemoryError must mean the bytes really do not fit. */
        size_t cap = len ? newlen + newlen / 2 + 8 : newlen;
        if (BA(self)->data && tern_is_pinned(vm, TERN_PTR(BA(self)->data)))
            tern_raise_fmt(vm, &tern_type_BufferError, "a pinned bytearray cannot grow");
        tern_blob *blob;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        blob = (tern_blob *)tern_alloc_try(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
        if (!blob) {
            cap = newlen;
            blob = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
        }
        blob->len = cap;
        if (len)
            memcpy(TERN_BLOB_DATA(blob), BA_DATA(self), len);
        BA(self)->data = TERN_VAL(blob);
        TERN_UNROOT(vm);
    }
    memmove(BA_DATA(self) + at + inslen, BA_DATA(self) + at + dellen, len - at - dellen);
    BA(self)->len = newlen;
    return BA_DATA(self) + at;
}

/* A new bytearray of n zero bytes. */
tern_val tern_bytearray_new(tern_vm *vm, size_t n) {
    tern_val r = TERN_VAL(tern_alloc(vm, TERN_K_BYTEARRAY, sizeof(tern_bytearray)));
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    memset(ba_make_room(vm, r, 0, 0, n), 0, n);
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_bytearray_pinned(tern_vm *vm, size_t n) {
    tern_val r = TERN_VAL(tern_alloc(vm, TERN_K_BYTEARRAY, sizeof(tern_bytearray)));
    tern_blob *blob;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    blob = tern_alloc_pinned(vm, n, 0);
    TERN_UNROOT(vm);
    if (!blob)
        tern_raise_memory_error(vm);
    BA(r)->data = TERN_VAL(blob);
    BA(r)->len = n;
    return r;
}

uint8_t *tern_bytearray_data(tern_val ba) {
    return BA(ba)->data ? BA_DATA(ba) : NULL;
}

/* A new bytearray with the bytes of a bytes-like value. */
static tern_val ba_from(tern_vm *vm, tern_val src) {
    tern_val r;
    size_t n = tern_bv_len(src);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, src);
    r = tern_bytearray_new(vm, n);
    TERN_UNROOT(vm);
    if (n)
        memcpy(BA_DATA(r), tern_bv_data(src), n);
    return r;
}

static tern_int byte_value(tern_vm *vm, tern_val v) {
    tern_int c;
    if (!TERN_IS_INTLIKE(v) && !TERN_IS_PROXY(v) &&
        tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(v));
    if (TERN_IS_KIND(v, TERN_K_BIGINT))
        tern_raise_value_error(vm, "byte must be in range(0, 256)");
    c = tern_index_value(vm, v);
    if (c < 0 || c > 255)
        tern_raise_value_error(vm, "byte must be in range(0, 256)");
    return c;
}

/* bytes(v) for the right side of a slice assignment or extend(): a
 * bytes-like value is copied, an iterable of ints converted. */
static tern_val to_bytes(tern_vm *vm, tern_val v) {
    tern_val list = TERN_NULL, r;
    size_t i, n;
    if (TERN_IS_BYTESLIKE(TERN_PROXY_VALUE(v)))
        return tern_bytes_copy_(vm, TERN_PROXY_VALUE(v));
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_of(vm, v);
    n = TERN_LIST_LEN(list);
    for (i = 0; i < n; i++) {
        tern_int c = byte_value(vm, TERN_LIST_ITEMS(list)[i]);
        TERN_LIST_ITEMS(list)[i] = TERN_SMALL(c);
    }
    r = tern_bytes_new(vm, NULL, n);
    for (i = 0; i < n; i++)
        TERN_STR_DATA(TERN_PTR(r))[i] = (char)TERN_SMALL_VALUE(TERN_LIST_ITEMS(list)[i]);
    TERN_UNROOT(vm);
    return r;
}

/* Insert the bytes of src (bytes-like, not self) at `at`, replacing dellen bytes. */
static void ba_splice(tern_vm *vm, tern_val self, size_t at, size_t dellen, tern_val src) {
    size_t n = tern_bv_len(src);
    uint8_t *p;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, src);
    p = ba_make_room(vm, self, at, dellen, n);
    TERN_UNROOT(vm);
    if (n)
        memcpy(p, tern_bv_data(src), n);
}

/* ---- slots ---- */

static tern_val ba_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    size_t n;
    tern_val src = tern_bytes_source(vm, nargs, args, kwnames, 1, &n);
    (void)t;
    if (src == TERN_NULL)
        return tern_bytearray_new(vm, n);
    return ba_from(vm, src);
}

/* name(b'...'): name is the class's, for subclasses too. */
static tern_val ba_repr_named(tern_vm *vm, tern_val self, tern_val name) {
    tern_val r = TERN_NULL;
    tern_strbuf sb;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, name);
    r = tern_bytes_repr(vm, self);
    tern_strbuf_init(vm, &sb, TERN_STR_LEN(r) + 12);
    tern_strbuf_add_str(vm, &sb, name);
    tern_strbuf_add_char(vm, &sb, '(');
    if (TERN_STR_CHARS(r)[1] == '"') {
        /* CPython still escapes ' inside b"..." for bytearray */
        size_t i;
        for (i = 0; i < TERN_STR_LEN(r); i++) {
            char c = TERN_STR_CHARS(r)[i];
            if (c == '\'')
                tern_strbuf_add_char(vm, &sb, '\\');
            tern_strbuf_add_char(vm, &sb, c);
        }
    } else {
        tern_strbuf_add_str(vm, &sb, r);
    }
    tern_strbuf_add_char(vm, &sb, ')');
    r = tern_strbuf_finish(vm, &sb);
    TERN_UNROOT(vm);
    return r;
}

static tern_val ba_repr(tern_vm *vm, tern_val self) {
    return ba_repr_named(vm, self, TERN_N(bytearray));
}

/* __repr__ as a method that sees a subclass instance whole (its class
 * names the repr). */
static tern_val ba_repr_method(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "__repr__", nargs - 1, kwnames, 0, 0);
    return ba_repr_named(vm, TERN_PROXY_VALUE(args[0]), TERN_VAL(tern_typeof(args[0])->name));
}

static const tern_cfunc ba_repr_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(__repr__), ba_repr_method, TERN_CF_METHOD | TERN_CF_WHOLE_SELF
};

static tern_val ba_repeat(tern_vm *vm, tern_val self, tern_int n) {
    size_t len = BA_LEN(self), i;
    tern_val r;
    if (n <= 0 || len == 0)
        return tern_bytearray_new(vm, 0);
    if ((size_t)n > ((size_t)1 << 30) / len)
        tern_raise_memory_error(vm);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    r = tern_bytearray_new(vm, len * (size_t)n);
    TERN_UNROOT(vm);
    for (i = 0; i < (size_t)n; i++)
        memcpy(BA_DATA(r) + i * len, BA_DATA(self), len);
    return r;
}

static tern_val ba_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int inplace = (op & TERN_OP_INPLACE) != 0;
    a = TERN_BYTES_UNWRAP(a);
    b = TERN_BYTES_UNWRAP(b);
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD:
        if (!TERN_IS_BYTEARRAY(a))
            return TERN_NOTIMPLEMENTED;     /* bytes + bytearray: bytes' binop */
        if (!TERN_IS_BYTESLIKE(b)) {
            if (tern_typeof(b)->flags & TERN_TF_HEAP)
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't concat %s to bytearray", tern_type_name(b));
        }
        {
            tern_val r = TERN_NULL;
            TERN_ROOTS(vm);
            TERN_ROOT(vm, a);
            TERN_ROOT(vm, b);
            TERN_ROOT(vm, r);
            if (inplace) {
                r = a;
                if (a == b)
                    b = tern_bytes_copy_(vm, b);
            } else {
                r = ba_from(vm, a);
            }
            ba_splice(vm, r, BA_LEN(r), 0, b);
            TERN_UNROOT(vm);
            return r;
        }
    case TERN_OP_MUL: {
        tern_val s = TERN_IS_BYTEARRAY(a) ? a : b, n = TERN_IS_BYTEARRAY(a) ? b : a;
        tern_val r;
        int idx = !TERN_IS_INTLIKE(n) && tern_type_lookup(vm, tern_typeof(n), TERN_N(__index__)) != TERN_NULL;
        if (!TERN_IS_INTLIKE(n) && !idx) {
            if (tern_typeof(n)->flags & TERN_TF_HEAP)
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        }
        {
            tern_int k;
            TERN_ROOTS(vm);
            TERN_ROOT(vm, a);
            TERN_ROOT(vm, s);
            k = idx ? tern_index_value(vm, n) : tern_int_value(vm, n);
            r = ba_repeat(vm, s, k);
            TERN_UNROOT(vm);
        }
        if (inplace && s == a) {
            /* a *= n: keep the identity, take the new buffer */
            if (BA(a)->data && tern_is_pinned(vm, TERN_PTR(BA(a)->data)) && BA(r)->len > BA_CAP(a))
                tern_raise_fmt(vm, &tern_type_BufferError, "a pinned bytearray cannot grow");
            BA(a)->data = BA(r)->data;
            BA(a)->len = BA(r)->len;
            return a;
        }
        return r;
    }
    case TERN_OP_MOD:
        if (TERN_IS_BYTEARRAY(a))
            return tern_bytes_mod(vm, a, b);
        return TERN_NOTIMPLEMENTED;
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static tern_int ba_len(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)BA_LEN(self);
}

static tern_val ba_getitem(tern_vm *vm, tern_val self, tern_val key) {
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        tern_val r;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, (tern_int)BA_LEN(self), &start, &stop, &step);
        r = tern_bytearray_new(vm, n > 0 ? (size_t)n : 0);
        TERN_UNROOT(vm);
        for (i = 0; i < n; i++)
            BA_DATA(r)[i] = BA_DATA(self)[start + i * step];
        return r;
    }
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "bytearray indices must be integers or slices, not %s", tern_type_name(key));
    {
        tern_int i;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        i = tern_seq_index(vm, key, (tern_int)BA_LEN(self), "bytearray");
        TERN_UNROOT(vm);
        return TERN_SMALL(BA_DATA(self)[i]);
    }
}

/* Remove the bytes at start, start+step, ... (n of them, step > 0). */
static void ba_del_extended(tern_val self, tern_int start, tern_int step, tern_int n) {
    uint8_t *d = BA_DATA(self);
    size_t len = BA_LEN(self), w = (size_t)start, r, k = 0;
    for (r = (size_t)start; r < len; r++) {
        if (k < (size_t)n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        d[w++] = d[r];
    }
    BA(self)->len = w;
}

static void ba_setitem(tern_vm *vm, tern_val self, tern_val key, tern_val value) {
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        tern_val src = TERN_NULL;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        TERN_ROOT(vm, key);
        TERN_ROOT(vm, src);
        if (value != TERN_NULL) {
            if (TERN_IS_INTLIKE(value) || TERN_IS_STR(TERN_PROXY_VALUE(value)) || !tern_is_iterable(value))
                tern_raise_type_error(vm, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            src = to_bytes(vm, value);
        }
        n = tern_slice_indices(vm, key, (tern_int)BA_LEN(self), &start, &stop, &step);
        if (step == 1) {
            if (stop < start)
                stop = start;
            if (src == TERN_NULL)
                ba_make_room(vm, self, (size_t)start, (size_t)(stop - start), 0);
            else
                ba_splice(vm, self, (size_t)start, (size_t)(stop - start), src);
        } else if (src == TERN_NULL) {
            if (n > 0) {
                if (step < 0) {
                    start += (n - 1) * step;
                    step = -step;
                }
                ba_del_extended(self, start, step, n);
            }
        } else {
            if ((tern_int)TERN_STR_LEN(src) != n)
                tern_raise_value_error(vm, "attempt to assign bytes of size %d to extended slice of size %d",
                                       (int)TERN_STR_LEN(src), (int)n);
            for (i = 0; i < n; i++)
                BA_DATA(self)[start + i * step] = (uint8_t)TERN_STR_CHARS(src)[i];
        }
        TERN_UNROOT(vm);
        return;
    }
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "bytearray indices must be integers or slices, not %s", tern_type_name(key));
    {
        tern_int i, c = 0;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        TERN_ROOT(vm, key);
        if (value != TERN_NULL)
            c = byte_value(vm, value);
        i = tern_seq_index(vm, key, (tern_int)BA_LEN(self), "bytearray");
        TERN_UNROOT(vm);
        if (value == TERN_NULL)
            ba_make_room(vm, self, (size_t)i, 1, 0);
        else
            BA_DATA(self)[i] = (uint8_t)c;
    }
}

static tern_val ba_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_GETITEM);
}

/* ---- mutating methods ---- */

static tern_val ba_append(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int c;
    tern_cargs(vm, "bytearray.append", nargs - 1, kwnames, 1, 1);
    c = byte_value(vm, args[1]);
    *ba_make_room(vm, SELF, BA_LEN(SELF), 0, 1) = (uint8_t)c;
    return TERN_NONE;
}

static tern_val ba_extend(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val src;
    tern_cargs(vm, "bytearray.extend", nargs - 1, kwnames, 1, 1);
    if (!TERN_IS_BYTESLIKE(TERN_PROXY_VALUE(args[1])) && !tern_is_iterable(args[1]))
        tern_raise_type_error(vm, "can't extend bytearray with %s", tern_type_name(args[1]));
    src = to_bytes(vm, args[1]);
    ba_splice(vm, SELF, BA_LEN(SELF), 0, src);
    return TERN_NONE;
}

static tern_val ba_pop(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i = -1, len;
    uint8_t c;
    tern_cargs(vm, "pop", nargs - 1, kwnames, 0, 1);
    if (nargs > 1)
        i = tern_index_value(vm, args[1]);
    len = (tern_int)BA_LEN(SELF);
    if (len == 0)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        tern_raise_fmt(vm, &tern_type_IndexError, "pop index out of range");
    c = BA_DATA(SELF)[i];
    ba_make_room(vm, SELF, (size_t)i, 1, 0);
    return TERN_SMALL(c);
}

static tern_val ba_insert(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int i, len, c;
    tern_cargs(vm, "insert", nargs - 1, kwnames, 2, 2);
    i = tern_index_value(vm, args[1]);
    c = byte_value(vm, args[2]);
    len = (tern_int)BA_LEN(SELF);
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    }
    if (i > len)
        i = len;
    *ba_make_room(vm, SELF, (size_t)i, 0, 1) = (uint8_t)c;
    return TERN_NONE;
}

static tern_val ba_remove(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int c;
    const uint8_t *p;
    tern_cargs(vm, "bytearray.remove", nargs - 1, kwnames, 1, 1);
    c = byte_value(vm, args[1]);
    p = BA_LEN(SELF) ? (const uint8_t *)memchr(BA_DATA(SELF), (int)c, BA_LEN(SELF)) : NULL;
    if (!p)
        tern_raise_value_error(vm, "value not found in bytearray");
    ba_make_room(vm, SELF, (size_t)(p - BA_DATA(SELF)), 1, 0);
    return TERN_NONE;
}

static tern_val ba_clear(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "bytearray.clear", nargs - 1, kwnames, 0, 0);
    BA(SELF)->len = 0;
    return TERN_NONE;
}

static tern_val ba_copy(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "bytearray.copy", nargs - 1, kwnames, 0, 0);
    return ba_from(vm, SELF);
}

static tern_val ba_reverse(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i, n;
    tern_cargs(vm, "bytearray.reverse", nargs - 1, kwnames, 0, 0);
    n = BA_LEN(SELF);
    for (i = 0; i < n / 2; i++) {
        uint8_t t = BA_DATA(SELF)[i];
        BA_DATA(SELF)[i] = BA_DATA(SELF)[n - 1 - i];
        BA_DATA(SELF)[n - 1 - i] = t;
    }
    return TERN_NONE;
}

/* a += b and a *= n as methods (the operators use the binop slot). */
static tern_val ba_iadd(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    tern_cargs(vm, "__iadd__", nargs - 1, kwnames, 1, 1);
    r = ba_binop(vm, TERN_OP_ADD | TERN_OP_INPLACE, SELF, args[1]);
    if (r == TERN_NOTIMPLEMENTED)
        tern_raise_type_error(vm, "can't concat %s to bytearray", tern_type_name(args[1]));
    return r;
}

static tern_val ba_imul(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    tern_int n;
    tern_cargs(vm, "__imul__", nargs - 1, kwnames, 1, 1);
    n = tern_index_value(vm, args[1]);
    if (!TERN_SMALL_FITS(n))
        tern_raise_memory_error(vm);
    r = ba_binop(vm, TERN_OP_MUL | TERN_OP_INPLACE, SELF, TERN_SMALL(n));
    return r;
}

static TERN_CMETHOD_DEF(ba_append_obj, append, ba_append);
static TERN_CMETHOD_DEF(ba_extend_obj, extend, ba_extend);
static TERN_CMETHOD_DEF(ba_pop_obj, pop, ba_pop);
static TERN_CMETHOD_DEF(ba_insert_obj, insert, ba_insert);
static TERN_CMETHOD_DEF(ba_remove_obj, remove, ba_remove);
static TERN_CMETHOD_DEF(ba_clear_obj, clear, ba_clear);
static TERN_CMETHOD_DEF(ba_copy_obj, copy, ba_copy);
static TERN_CMETHOD_DEF(ba_reverse_obj, reverse, ba_reverse);
static TERN_CMETHOD_DEF(ba_iadd_obj, __iadd__, ba_iadd);
static TERN_CMETHOD_DEF(ba_imul_obj, __imul__, ba_imul);

static const tern_attr ba_attrs[] = {
    {TERN_NSTR(append), &ba_append_obj},
    {TERN_NSTR(extend), &ba_extend_obj},
    {TERN_NSTR(pop), &ba_pop_obj},
    {TERN_NSTR(insert), &ba_insert_obj},
    {TERN_NSTR(remove), &ba_remove_obj},
    {TERN_NSTR(clear), &ba_clear_obj},
    {TERN_NSTR(copy), &ba_copy_obj},
    {TERN_NSTR(reverse), &ba_reverse_obj},
    {TERN_NSTR(__repr__), &ba_repr_obj},
    {TERN_NSTR(__iadd__), &ba_iadd_obj},
    {TERN_NSTR(__imul__), &ba_imul_obj},
#define TERN_X_(n) {TERN_NSTR(n), &tern_bm_##n},
    TERN_BYTES_METHODS(TERN_X_)
#undef TERN_X_
    {TERN_NSTR(maketrans), &tern_bm_maketrans},
    {TERN_NSTR(fromhex), &tern_bytearray_fromhex_obj},
};

const tern_type tern_type_bytearray = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(bytearray), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, ba_attrs, sizeof(ba_attrs) / sizeof(ba_attrs[0]),
    TERN_K_BYTEARRAY, TERN_TF_BASETYPE, 0,
    ba_make,
    ba_repr,
    NULL,
    NULL,
    tern_bytes_compare_,
    ba_binop,
    NULL,
    NULL,
    ba_len,
    ba_getitem,
    ba_setitem,
    tern_bytes_contains_,
    ba_iter,
    NULL,
    NULL,
    NULL,
    NULL
};
