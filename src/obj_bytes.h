/* SPDX-License-Identifier: MIT */
/*
 * obj_bytes.h — shared internals of bytes (obj_bytes.c) and bytearray
 * (obj_bytearray.c).
 *
 * A bytearray is a TERN_K_BYTEARRAY object: a blob whose `len` field is
 * its capacity, and the number of bytes in use. The "view" helpers give
 * the bytes of either type (pointer valid until the next allocation).
 */
#ifndef TERN_OBJ_BYTES_H
#define TERN_OBJ_BYTES_H

#include "runtime.h"
#include "obj_class.h"
#include "buffer.h"

typedef struct tern_bytearray {
    tern_hdr hdr;
    tern_val data;      /* tern_blob (blob len = capacity) or TERN_NULL */
    uintptr_t len;      /* bytes in use */
} tern_bytearray;

extern const tern_type tern_type_bytearray;

#define TERN_IS_BYTEARRAY(v) TERN_IS_KIND(v, TERN_K_BYTEARRAY)

/* A bytearray of n zero bytes in a pinned buffer (gc.h): its bytes never
 * move, and it cannot grow past n. */
tern_val tern_bytearray_pinned(tern_vm *vm, size_t n);
/* Where a bytearray's bytes are (valid until the next allocation, unless pinned). */
uint8_t *tern_bytearray_data(tern_val ba);
/* Bytes-like: bytes, bytearray, the other exporters whose bytes are
 * contiguous (array.array, a C-contiguous memoryview: buffer.h), and
 * instances of subclasses of them. */
#define TERN_BV_OTHER_(v) (TERN_IS_KIND(v, TERN_K_NATIVE) || TERN_IS_KIND(v, TERN_K_INSTANCE))
#define TERN_IS_BYTESLIKE(v) (TERN_IS_KIND(v, TERN_K_BYTES) || TERN_IS_KIND(v, TERN_K_BYTEARRAY) \
                              || (TERN_BV_OTHER_(v) && tern_buffer_flat_(v)))

/* The bytes or bytearray inside an instance of a subclass of either, or v. */
#define TERN_BYTES_UNWRAP(v) (TERN_IS_KIND(v, TERN_K_INSTANCE) && TERN_IS_BYTESLIKE(TERN_PROXY_VALUE(v)) \
                              ? TERN_PROXY_VALUE(v) : (v))

/* Bytes and length of a bytes-like value. no alloc. */
static inline const uint8_t *tern_bv_data(tern_val v) {
    size_t n;
    if (TERN_KIND_OF(v) == TERN_K_BYTEARRAY) {
        tern_bytearray *b = (tern_bytearray *)TERN_PTR(v);
        return b->data ? TERN_BLOB_DATA(TERN_PTR(b->data)) : (const uint8_t *)"";
    }
    if (TERN_BV_OTHER_(v))
        return tern_buffer_flat_data_(v, &n);
    return (const uint8_t *)TERN_STR_DATA(TERN_PTR(v));
}
static inline size_t tern_bv_len(tern_val v) {
    size_t n;
    if (TERN_KIND_OF(v) == TERN_K_BYTEARRAY)
        return (size_t)((tern_bytearray *)TERN_PTR(v))->len;
    if (TERN_BV_OTHER_(v)) {
        (void)tern_buffer_flat_data_(v, &n);
        return n;
    }
    return (size_t)TERN_STR_LEN(v);
}

/* Rich comparison of two bytes-like values (NotImplemented otherwise). */
tern_val tern_bytes_compare_(tern_vm *vm, int op, tern_val a, tern_val b);
/* `v in self` for a bytes-like self (int or bytes-like v). */
int tern_bytes_contains_(tern_vm *vm, tern_val self, tern_val v);
/* A new bytes copy of a bytes-like value (bytes are returned as is). */
tern_val tern_bytes_copy_(tern_vm *vm, tern_val v);
/* The source argument of bytes()/bytearray() (ba): a bytes-like value to
 * copy, or TERN_NULL and *count zero bytes (obj_bytes.c). */
tern_val tern_bytes_source(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int ba, size_t *count);
/* A new bytearray of n zero bytes (obj_bytearray.c). */
tern_val tern_bytearray_new(tern_vm *vm, size_t n);
/* fmt % args for a bytes-like fmt; the result has fmt's type (format.c). */
tern_val tern_bytes_mod(tern_vm *vm, tern_val fmt, tern_val args);

/* The methods bytes and bytearray share (obj_bytesmeth.c), one ROM
 * tern_cfunc tern_bm_<name> each; tern_bm_maketrans is a static function.
 * fromhex differs by the type it makes: tern_bytes_fromhex_obj and
 * tern_bytearray_fromhex_obj. */
#define TERN_BYTES_METHODS(X) \
    X(capitalize) X(center) X(count) X(decode) X(endswith) X(expandtabs) X(find) \
    X(hex) X(index) X(isalnum) X(isalpha) X(isascii) X(isdigit) X(islower) \
    X(isspace) X(istitle) X(isupper) X(join) X(ljust) X(lower) X(lstrip) \
    X(partition) X(removeprefix) X(removesuffix) X(replace) X(rfind) X(rindex) \
    X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split) X(splitlines) \
    X(startswith) X(strip) X(swapcase) X(title) X(translate) X(upper) X(zfill)
#define TERN_X_(n) extern const tern_cfunc tern_bm_##n;
TERN_BYTES_METHODS(TERN_X_)
#undef TERN_X_
extern const tern_cfunc tern_bm_maketrans, tern_bytes_fromhex_obj, tern_bytearray_fromhex_obj;

#endif /* TERN_OBJ_BYTES_H */
