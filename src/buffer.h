/* SPDX-License-Identifier: MIT */
/*
 * buffer.h — the buffer protocol: what makes bytes, bytearray, array.array
 * (mod_array.c) and memoryview (obj_memoryview.c) "bytes-like objects",
 * plus the layouts of the last two, which both files read.
 *
 * The collector moves objects, so nothing here keeps a pointer into an
 * object's payload: a buffer is described by its exporter (the object that
 * owns the bytes) and byte offsets, and tern_buffer_ptr computes the
 * address again at each access. That address is valid until the next
 * allocation.
 *
 * Resizing an exporter while views of it exist is allowed (CPython raises
 * BufferError there, but it counts exports by reference counting, and Tern
 * has no finalizer to drop the count of a view that dies unreleased).
 * Instead every access checks that the view still lies inside the
 * exporter's bytes, so a shrunk exporter raises instead of reading stray
 * memory.
 */
#ifndef TERN_BUFFER_H
#define TERN_BUFFER_H

#include "runtime.h"

/* array.array: a growable blob of raw items (a TERN_K_NATIVE object). */
typedef struct tern_pyarray {
    tern_hdr hdr;
    tern_val cls;       /* &tern_type_array */
    tern_val data;      /* tern_blob (its len is the capacity in bytes) or TERN_NULL */
    tern_val spare_;
    uintptr_t len;      /* items in use */
    uint32_t typecode;  /* 'b', 'B', 'h', ... */
    uint32_t itemsize;
} tern_pyarray;

/* memoryview (a TERN_K_NATIVE object): a 1-D window on an exporter's
 * bytes. Item i is at byte start + i * stride of the exporter's data. */
typedef struct tern_memview {
    tern_hdr hdr;
    tern_val cls;       /* &tern_type_memoryview */
    tern_val obj;       /* the exporter: bytes, bytearray or array; NULL once released */
    tern_val spare_;
    uintptr_t start;    /* byte offset of item 0 */
    intptr_t stride;    /* bytes from an item to the next, may be negative */
    uintptr_t len;      /* items */
    uint32_t itemsize;
    uint8_t format;     /* struct format character of the items */
    uint8_t flags;      /* TERN_MV_* */
    uint16_t pad_;
} tern_memview;
enum { TERN_MV_READONLY = 1, TERN_MV_RELEASED = 2 };

extern const tern_type tern_type_memoryview, tern_type_array;

#define TERN_IS_MEMVIEW(v) (TERN_IS_KIND(v, TERN_K_NATIVE) \
                            && TERN_AS(tern_native, v)->cls == TERN_VAL(&tern_type_memoryview))
#define TERN_IS_PYARRAY(v) (TERN_IS_KIND(v, TERN_K_NATIVE) \
                            && TERN_AS(tern_native, v)->cls == TERN_VAL(&tern_type_array))

/* A buffer as its consumers see it. */
typedef struct tern_buffer {
    tern_val obj;       /* the exporter (the caller keeps it rooted) */
    size_t start;       /* byte offset of the first item in obj's data */
    intptr_t stride;    /* bytes between items */
    size_t len;         /* items */
    unsigned itemsize;
    char format;        /* struct format character */
    int readonly;
} tern_buffer;

/* Describe v's bytes in *b: 1 if v is bytes-like, 0 if not. Raises
 * ValueError for a released memoryview. no alloc. */
int tern_buffer_get(tern_vm *vm, tern_val v, tern_buffer *b);
/* Address of b's first item, checking that the exporter still holds
 * every item (BufferError otherwise). Valid until the next allocation. */
uint8_t *tern_buffer_ptr(tern_vm *vm, const tern_buffer *b);
/* A new bytes with the items of any bytes-like v, in order (bytes(v)). */
tern_val tern_buffer_tobytes(tern_vm *vm, tern_val v);
/* Is v a memoryview or an array, or an instance of a subclass of array (a
 * bytes-like object that is not bytes or bytearray)? no alloc. */
int tern_buffer_is_native(tern_val v);

/* For obj_bytes.h's bytes-like helpers: is v an array, a usable
 * C-contiguous memoryview, or an instance of a subclass of bytes, bytearray
 * or array, and if so its bytes. no alloc, no raise. */
int tern_buffer_flat_(tern_val v);
const uint8_t *tern_buffer_flat_data_(tern_val v, size_t *nbytes);

/* Items of a struct format character, shared by memoryview and array. */
/* Size of an item of format c, 0 if memoryview does not know c. */
unsigned tern_format_size(char c);
/* The item of format c at p as a Python value. p is read before anything
 * is allocated. */
tern_val tern_format_unpack(tern_vm *vm, char c, const uint8_t *p);

/* Compare the items at pa (format fa) and pb (format fb) as Python values:
 * -1, 0, 1; 2 if unordered (a NaN); 3 if they are of kinds that never
 * compare equal (bytes with a number...). no alloc. */
int tern_format_cmp(char fa, const uint8_t *pa, char fb, const uint8_t *pb);

/* ---- ints wider than tern_int (for 64-bit items on 32-bit hosts) ---- */

/* |v| and its sign for an int or bool v: 0 if |v| >= 2^64. no alloc. */
int tern_int_to_u64(tern_val v, uint64_t *mag, int *neg);
/* The int with magnitude m and sign neg (obj_int.c). */
tern_val tern_int_from_u64(tern_vm *vm, uint64_t m, int neg);

#endif /* TERN_BUFFER_H */
