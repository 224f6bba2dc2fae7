/* SPDX-License-Identifier: MIT */
/*
 * bigint.h — arbitrary-precision arithmetic on magnitudes stored as arrays
 * of 32-bit digits, least significant first (the payload of tern_bigint).
 *
 * These functions are pure: no VM, no allocation, no raising. The caller
 * (obj_int.c) allocates every output and scratch buffer first, then derives
 * the digit pointers and calls in here. "Normalized" means no leading zero
 * digits (a zero magnitude has 0 digits). Every function returns the
 * normalized length of its result.
 */
#ifndef TERN_BIGINT_H
#define TERN_BIGINT_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t tern_digit;
typedef uint64_t tern_ddigit;
#define TERN_DIGIT_BITS 32

/* Length of `a` without leading zero digits. */
size_t tern_bn_norm(const tern_digit *a, size_t n);
/* Compare magnitudes (normalized): -1, 0, 1. */
int tern_bn_cmp(const tern_digit *a, size_t na, const tern_digit *b, size_t nb);
/* r = a + b; r has room for max(na, nb) + 1 digits; r may alias a or b. */
size_t tern_bn_add(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb);
/* r = a - b, requires a >= b; r has room for na digits; may alias a or b. */
size_t tern_bn_sub(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb);
/* r = a * b; r has room for na + nb digits and must not alias a or b. */
size_t tern_bn_mul(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb);
/* r = a * m + c, r has room for na + 1 digits; may alias a. */
size_t tern_bn_muladd1(tern_digit *r, const tern_digit *a, size_t na, tern_digit m, tern_digit c);
/* q = a / d, returns the remainder; q has room for na digits, may alias a.
 * The quotient's length is stored in *nq. */
tern_digit tern_bn_divmod1(tern_digit *q, size_t *nq, const tern_digit *a, size_t na, tern_digit d);
/* Long division (Knuth D): q = a / b, r = a % b, nb >= 2, na >= nb.
 * q has room for na - nb + 1 digits, r for nb digits, scratch for
 * na + nb + 1 digits. No aliasing. Lengths stored in *nq, *nr. */
void tern_bn_divmod(tern_digit *q, size_t *nq, tern_digit *r, size_t *nr,
                    const tern_digit *a, size_t na, const tern_digit *b, size_t nb,
                    tern_digit *scratch);
/* r = a << s; r has room for na + s/32 + 1 digits; must not alias. */
size_t tern_bn_shl(tern_digit *r, const tern_digit *a, size_t na, size_t s);
/* r = a >> s; r has room for na digits; may alias a. Sets *lost if any
 * one bits were shifted out. */
size_t tern_bn_shr(tern_digit *r, const tern_digit *a, size_t na, size_t s, int *lost);
/* Bitwise op ('&', '|', '^') of two signed values given as sign (0 or 1
 * for negative) and magnitude, in two's complement. r has room for
 * max(na, nb) + 1 digits, may alias neither. Returns the length and stores
 * the sign of the result (1 = negative) in *rneg. */
size_t tern_bn_bitop(tern_digit *r, int *rneg, int op,
                     int nega, const tern_digit *a, size_t na,
                     int negb, const tern_digit *b, size_t nb);
/* Number of significant bits of a normalized magnitude. */
size_t tern_bn_bitlen(const tern_digit *a, size_t na);
/* Digits needed for a magnitude of `bits` bits. */
#define TERN_BN_DIGITS_FOR_BITS(bits) (((bits) + 31) / 32)

#endif /* TERN_BIGINT_H */
