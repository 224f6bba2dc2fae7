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
#include "buffer.h"

typedef struct tern_bytearray {
    tern_hdr hdr;
    tern_val data;      /* tern_blob (blob len = capacity) or TERN_NULL */
    uintptr_t len;      /* bytes in use */
} tern_bytearray;

extern const tern_type tern_type_bytearray;

#define TERN_IS_BYTEARRAY(v) TERN_IS_KIND(v, TERN_K_BYTEARRAY)
/* Bytes-like: bytes, bytearray, the other exporters whose bytes are
 * contiguous (array.array, a C-contiguous memoryview: buffer.h), and
 * instances of subclasses of them. */
#define TERN_BV_OTHER_(v) (TERN_IS_KIND(v, TERN_K_NATIVE) || TERN_IS_KIND(v, TERN_K_INSTANCE))
#define TERN_IS_BYTESLIKE(v) (TERN_IS_KIND(v, TERN_K_BYTES) || TERN_IS_KIND(v, TERN_K_BYTEARRAY) \
                              || (TERN_BV_OTHER_(v) && tern_buffer_flat_(v)))

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

#endif /* TERN_OBJ_BYTES_H */
