/* SPDX-License-Identifier: MIT */
/*
 * value.h — the value representation.
 *
 * A `tern_val` is one machine word:
 *
 *   ...xxxx1   small int: the value is the word shifted right by one
 *              (63 bits on 64-bit hosts, 31 bits on 32-bit ones). Ints
 *              outside that range are heap objects of kind TERN_K_BIGINT,
 *              so arithmetic checks for overflow and promotes.
 *   ...xxx10   immediate constant: None, False, True, Ellipsis,
 *              NotImplemented.
 *   ...xxx00   a pointer to an object (heap or const ROM). Every object
 *              starts with a tern_hdr word. The zero word is TERN_NULL, an
 *              internal "no value" (unbound local, empty slot, end of
 *              iteration); Python code never sees it.
 *
 * Objects are 8-byte aligned on every host, so the low bits are free.
 */
#ifndef TERN_VALUE_H
#define TERN_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include "tern_config.h"

typedef uintptr_t tern_val;
typedef intptr_t tern_int;       /* range of small ints, and then some */

#define TERN_NULL            ((tern_val)0)
#define TERN_NONE            ((tern_val)0x02)
#define TERN_FALSE           ((tern_val)0x06)
#define TERN_TRUE            ((tern_val)0x0A)
#define TERN_ELLIPSIS        ((tern_val)0x0E)
#define TERN_NOTIMPLEMENTED  ((tern_val)0x12)

#define TERN_IS_SMALL(v)     (((v) & 1) != 0)
#define TERN_IS_IMM(v)       (((v) & 3) == 2)
#define TERN_IS_OBJ(v)       (((v) & 3) == 0 && (v) != 0)
#define TERN_IS_BOOL(v)      ((v) == TERN_TRUE || (v) == TERN_FALSE)
#define TERN_BOOL(c)         ((c) ? TERN_TRUE : TERN_FALSE)

/* Small ints. Arithmetic right shift of a negative intptr_t is
 * implementation-defined in C99; every compiler we target does the
 * arithmetic shift, and TERN_SMALL_VALUE is the only place that relies on it. */
#define TERN_SMALL_BITS      ((int)(sizeof(tern_val) * 8 - 1))
#define TERN_SMALL_MAX       ((tern_int)(((uintptr_t)1 << (TERN_SMALL_BITS - 1)) - 1))
#define TERN_SMALL_MIN       (-TERN_SMALL_MAX - 1)
#define TERN_SMALL_FITS(i)   ((i) >= TERN_SMALL_MIN && (i) <= TERN_SMALL_MAX)
#define TERN_SMALL(i)        ((tern_val)(((uintptr_t)(tern_int)(i) << 1) | 1))
#define TERN_SMALL_VALUE(v)  (((tern_int)(v)) >> 1)

/* Object pointer <-> value. Heap and ROM objects alike. */
#define TERN_PTR(v)          ((void *)(v))
#define TERN_VAL(p)          ((tern_val)(p))

#endif /* TERN_VALUE_H */
