/* SPDX-License-Identifier: MIT */
/*
 * obj_bytearray.c — the bytearray type: a mutable byte string kept in a
 * growable blob (layout in obj_bytes.h). The read-only methods it shares
 * with bytes run the bytes method on a bytes copy of self and convert a
 * bytes result back to bytearray.
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
        size_t cap = newlen + newlen / 2 + 8;
        tern_blob *blob;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        blob = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
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
static tern_val ba_alloc(tern_vm *vm, size_t n) {
    tern_val r = TERN_VAL(tern_alloc(vm, TERN_K_BYTEARRAY, sizeof(tern_bytearray)));
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    memset(ba_make_room(vm, r, 0, 0, n), 0, n);
    TERN_UNROOT(vm);
    return r;
}

/* A new bytearray with the bytes of a bytes-like value. */
static tern_val ba_from(tern_vm *vm, tern_val src) {
    tern_val r;
    size_t n = tern_bv_len(src);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, src);
    r = ba_alloc(vm, n);
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
    if (TERN_IS_BYTESLIKE(v))
        return tern_bytes_copy_(vm, v);
    {
        tern_val *sp = tern_push(vm, v), r;
        r = tern_type_bytes.make(vm, &tern_type_bytes, 1, sp, TERN_NULL);
        tern_popn(vm, 1);
        return r;
    }
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
    tern_val b;
    (void)t;
    if (nargs == 0)
        return ba_alloc(vm, 0);
    if (nargs == 1 && !kwnames) {
        if (TERN_IS_INTLIKE(args[0])) {
            tern_int k = tern_int_value(vm, args[0]);
            if (k < 0)
                tern_raise_value_error(vm, "negative count");
            return ba_alloc(vm, (size_t)k);
        }
        if (TERN_IS_BYTESLIKE(args[0]))
            return ba_from(vm, args[0]);
        if (tern_buffer_is_native(args[0]))   /* a strided or released memoryview */
            return ba_from(vm, tern_buffer_tobytes(vm, args[0]));
        if (!TERN_IS_STR(args[0]) && tern_is_iterable(args[0])) {
            /* check the items here: the message says "byte", not "bytes" */
            tern_val list = TERN_NULL, r = TERN_NULL;
            size_t i, n;
            TERN_ROOTS(vm);
            TERN_ROOT(vm, list);
            TERN_ROOT(vm, r);
            list = tern_list_of(vm, args[0]);
            n = TERN_LIST_LEN(list);
            r = ba_alloc(vm, n);
            for (i = 0; i < n && i < TERN_LIST_LEN(list); i++) {
                tern_int c = byte_value(vm, TERN_LIST_ITEMS(list)[i]);
                if (i < BA_LEN(r))
                    BA_DATA(r)[i] = (uint8_t)c;
            }
            TERN_UNROOT(vm);
            return r;
        }
    }
    b = tern_type_bytes.make(vm, &tern_type_bytes, nargs, args, kwnames);
    return ba_from(vm, b);
}

static tern_val ba_repr(tern_vm *vm, tern_val self) {
    tern_val r = TERN_NULL;
    tern_strbuf sb;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    r = tern_bytes_copy_(vm, self);
    r = tern_repr(vm, r);
    tern_strbuf_init(vm, &sb, TERN_STR_LEN(r) + 12);
    tern_strbuf_add(vm, &sb, "bytearray(", 10);
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

static tern_val ba_repeat(tern_vm *vm, tern_val self, tern_int n) {
    size_t len = BA_LEN(self), i;
    tern_val r;
    if (n <= 0 || len == 0)
        return ba_alloc(vm, 0);
    if ((size_t)n > ((size_t)1 << 30) / len)
        tern_raise_memory_error(vm);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    r = ba_alloc(vm, len * (size_t)n);
    TERN_UNROOT(vm);
    for (i = 0; i < (size_t)n; i++)
        memcpy(BA_DATA(r) + i * len, BA_DATA(self), len);
    return r;
}

static tern_val ba_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    int inplace = (op & TERN_OP_INPLACE) != 0;
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
        if (!TERN_IS_INTLIKE(n)) {
            if (tern_typeof(n)->flags & TERN_TF_HEAP)
                return TERN_NOTIMPLEMENTED;
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        }
        {
            tern_int k = tern_int_value(vm, n);
            TERN_ROOTS(vm);
            TERN_ROOT(vm, a);
            TERN_ROOT(vm, s);
            r = ba_repeat(vm, s, k);
            TERN_UNROOT(vm);
        }
        if (inplace && s == a) {
            /* a *= n: keep the identity, take the new buffer */
            BA(a)->data = BA(r)->data;
            BA(a)->len = BA(r)->len;
            return a;
        }
        return r;
    }
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static tern_int ba_len(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)BA_LEN(self);
}

static int ba_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return BA_LEN(self) != 0;
}

static tern_val ba_getitem(tern_vm *vm, tern_val self, tern_val key) {
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        tern_val r;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, (tern_int)BA_LEN(self), &start, &stop, &step);
        r = ba_alloc(vm, n > 0 ? (size_t)n : 0);
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
        TERN_ROOT(vm, src);
        if (value != TERN_NULL) {
            if (TERN_IS_INTLIKE(value) || !tern_is_iterable(value))
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
    if (TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "expected iterable of integers; got: 'str'");
    if (!TERN_IS_BYTESLIKE(args[1]) && !tern_is_iterable(args[1]))
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

/* ---- methods shared with bytes ---- */

enum { CONV_NONE, CONV_BYTES, CONV_LIST };

/* Call bytes.<name> with a bytes copy of self; convert a bytes result
 * (conv CONV_BYTES) or a list of bytes (CONV_LIST) to bytearray. */
static tern_val delegate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames,
                         const tern_str *name, int conv) {
    const tern_cfunc *f = NULL;
    tern_val r = TERN_NULL, *sp;
    uint32_t k;
    int i;
    for (k = 0; k < tern_type_bytes.nattrs; k++)
        if (tern_type_bytes.attrs[k].name == name)
            f = (const tern_cfunc *)tern_type_bytes.attrs[k].value;
    r = tern_bytes_copy_(vm, SELF);
    sp = tern_push(vm, r);
    for (i = 1; i < nargs; i++)
        tern_push(vm, args[i]);
    r = f->fn(vm, nargs, sp, kwnames);
    tern_popn(vm, (size_t)nargs);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    if (conv == CONV_BYTES && TERN_IS_KIND(r, TERN_K_BYTES)) {
        r = ba_from(vm, r);
    } else if (conv == CONV_LIST && TERN_IS_LIST(r)) {
        size_t j;
        for (j = 0; j < TERN_LIST_LEN(r); j++) {
            tern_val item = ba_from(vm, TERN_LIST_ITEMS(r)[j]);
            TERN_LIST_ITEMS(r)[j] = item;
        }
    }
    TERN_UNROOT(vm);
    return r;
}

#define DELEGATE(fname, id, conv) \
    static tern_val fname(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return delegate(vm, nargs, args, kwnames, TERN_NSTR(id), conv); \
    }
DELEGATE(ba_decode, decode, CONV_NONE)
DELEGATE(ba_hex, hex, CONV_NONE)
DELEGATE(ba_startswith, startswith, CONV_NONE)
DELEGATE(ba_endswith, endswith, CONV_NONE)
DELEGATE(ba_find, find, CONV_NONE)
DELEGATE(ba_count, count, CONV_NONE)
DELEGATE(ba_join, join, CONV_BYTES)
DELEGATE(ba_upper, upper, CONV_BYTES)
DELEGATE(ba_lower, lower, CONV_BYTES)
DELEGATE(ba_strip, strip, CONV_BYTES)
DELEGATE(ba_split, split, CONV_LIST)
DELEGATE(ba_replace, replace, CONV_BYTES)

static tern_val ba_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r = delegate(vm, nargs, args, kwnames, TERN_NSTR(find), CONV_NONE);
    if (r == TERN_SMALL(-1))
        tern_raise_value_error(vm, "subsection not found");
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
static TERN_CMETHOD_DEF(ba_index_obj, index, ba_index);
static TERN_CMETHOD_DEF(ba_decode_obj, decode, ba_decode);
static TERN_CMETHOD_DEF(ba_hex_obj, hex, ba_hex);
static TERN_CMETHOD_DEF(ba_startswith_obj, startswith, ba_startswith);
static TERN_CMETHOD_DEF(ba_endswith_obj, endswith, ba_endswith);
static TERN_CMETHOD_DEF(ba_find_obj, find, ba_find);
static TERN_CMETHOD_DEF(ba_count_obj, count, ba_count);
static TERN_CMETHOD_DEF(ba_join_obj, join, ba_join);
static TERN_CMETHOD_DEF(ba_upper_obj, upper, ba_upper);
static TERN_CMETHOD_DEF(ba_lower_obj, lower, ba_lower);
static TERN_CMETHOD_DEF(ba_strip_obj, strip, ba_strip);
static TERN_CMETHOD_DEF(ba_split_obj, split, ba_split);
static TERN_CMETHOD_DEF(ba_replace_obj, replace, ba_replace);

static const tern_attr ba_attrs[] = {
    {TERN_NSTR(append), &ba_append_obj},
    {TERN_NSTR(extend), &ba_extend_obj},
    {TERN_NSTR(pop), &ba_pop_obj},
    {TERN_NSTR(insert), &ba_insert_obj},
    {TERN_NSTR(remove), &ba_remove_obj},
    {TERN_NSTR(clear), &ba_clear_obj},
    {TERN_NSTR(copy), &ba_copy_obj},
    {TERN_NSTR(reverse), &ba_reverse_obj},
    {TERN_NSTR(index), &ba_index_obj},
    {TERN_NSTR(decode), &ba_decode_obj},
    {TERN_NSTR(hex), &ba_hex_obj},
    {TERN_NSTR(startswith), &ba_startswith_obj},
    {TERN_NSTR(endswith), &ba_endswith_obj},
    {TERN_NSTR(find), &ba_find_obj},
    {TERN_NSTR(count), &ba_count_obj},
    {TERN_NSTR(join), &ba_join_obj},
    {TERN_NSTR(upper), &ba_upper_obj},
    {TERN_NSTR(lower), &ba_lower_obj},
    {TERN_NSTR(strip), &ba_strip_obj},
    {TERN_NSTR(split), &ba_split_obj},
    {TERN_NSTR(replace), &ba_replace_obj},
};

const tern_type tern_type_bytearray = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(bytearray), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, ba_attrs, sizeof(ba_attrs) / sizeof(ba_attrs[0]),
    TERN_K_BYTEARRAY, 0, 0,
    ba_make,
    ba_repr,
    NULL,
    NULL,
    tern_bytes_compare_,
    ba_binop,
    NULL,
    ba_truth,
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
