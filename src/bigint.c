/* SPDX-License-Identifier: MIT */
/*
 * bigint.c — magnitude arithmetic on 32-bit digit arrays (see bigint.h).
 * Pure C: no VM, no allocation. obj_int.c builds Python ints on top.
 */
#include "bigint.h"

size_t tern_bn_norm(const tern_digit *a, size_t n) {
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int tern_bn_cmp(const tern_digit *a, size_t na, const tern_digit *b, size_t nb) {
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na-- > 0) {
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    }
    return 0;
}

size_t tern_bn_add(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb) {
    size_t i;
    tern_ddigit carry = 0;
    if (na < nb) {
        const tern_digit *t = a; size_t tn = na;
        a = b; na = nb; b = t; nb = tn;
    }
    for (i = 0; i < nb; i++) {
        carry += (tern_ddigit)a[i] + b[i];
        r[i] = (tern_digit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (tern_digit)carry;
        carry >>= 32;
    }
    r[na] = (tern_digit)carry;
    return tern_bn_norm(r, na + 1);
}

size_t tern_bn_sub(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb) {
    size_t i;
    tern_digit borrow = 0;
    for (i = 0; i < nb; i++) {
        tern_digit x = a[i], y = b[i];
        tern_digit d = x - y - borrow;
        borrow = (x < y || (x == y && borrow)) ? 1 : 0;
        r[i] = d;
    }
    for (; i < na; i++) {
        tern_digit x = a[i];
        r[i] = x - borrow;
        borrow = (x < borrow) ? 1 : 0;
    }
    return tern_bn_norm(r, na);
}

size_t tern_bn_mul(tern_digit *r, const tern_digit *a, size_t na, const tern_digit *b, size_t nb) {
    size_t i, j;
    for (i = 0; i < na + nb; i++)
        r[i] = 0;
    for (i = 0; i < na; i++) {
        tern_ddigit carry = 0, x = a[i];
        if (x == 0)
            continue;
        for (j = 0; j < nb; j++) {
            carry += x * b[j] + r[i + j];
            r[i + j] = (tern_digit)carry;
            carry >>= 32;
        }
        r[i + nb] = (tern_digit)carry;
    }
    return tern_bn_norm(r, na + nb);
}

size_t tern_bn_muladd1(tern_digit *r, const tern_digit *a, size_t na, tern_digit m, tern_digit c) {
    size_t i;
    tern_ddigit carry = c;
    for (i = 0; i < na; i++) {
        carry += (tern_ddigit)a[i] * m;
        r[i] = (tern_digit)carry;
        carry >>= 32;
    }
    r[na] = (tern_digit)carry;
    return tern_bn_norm(r, na + 1);
}

tern_digit tern_bn_divmod1(tern_digit *q, size_t *nq, const tern_digit *a, size_t na, tern_digit d) {
    tern_ddigit rem = 0;
    size_t i = na;
    while (i-- > 0) {
        rem = (rem << 32) | a[i];
        q[i] = (tern_digit)(rem / d);
        rem %= d;
    }
    *nq = tern_bn_norm(q, na);
    return (tern_digit)rem;
}

static int clz32(tern_digit x) {
    int n = 0;
    if (x == 0)
        return 32;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

/* Knuth, TAOCP vol. 2, 4.3.1, algorithm D. The divisor is normalized so its
 * top digit has its high bit set; then each quotient digit estimate from
 * the top two digits is at most 2 too large. */
void tern_bn_divmod(tern_digit *q, size_t *nq, tern_digit *r, size_t *nr,
                    const tern_digit *a, size_t na, const tern_digit *b, size_t nb,
                    tern_digit *scratch) {
    tern_digit *u = scratch;            /* na + 1 digits */
    tern_digit *v = scratch + na + 1;   /* nb digits */
    int s = clz32(b[nb - 1]);
    size_t i, j, m = na - nb;
    /* normalize */
    if (s) {
        for (i = nb - 1; i > 0; i--)
            v[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
        v[0] = b[0] << s;
        u[na] = a[na - 1] >> (32 - s);
        for (i = na - 1; i > 0; i--)
            u[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
        u[0] = a[0] << s;
    } else {
        for (i = 0; i < nb; i++)
            v[i] = b[i];
        for (i = 0; i < na; i++)
            u[i] = a[i];
        u[na] = 0;
    }
    j = m + 1;
    while (j-- > 0) {
        tern_ddigit num = ((tern_ddigit)u[j + nb] << 32) | u[j + nb - 1];
        tern_ddigit qhat = num / v[nb - 1];
        tern_ddigit rhat = num % v[nb - 1];
        tern_ddigit borrow, carry;
        while (qhat >= ((tern_ddigit)1 << 32) ||
               qhat * v[nb - 2] > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat >= ((tern_ddigit)1 << 32))
                break;
        }
        /* multiply and subtract */
        borrow = 0;
        carry = 0;
        for (i = 0; i < nb; i++) {
            tern_ddigit p = qhat * v[i] + carry;
            tern_ddigit t;
            carry = p >> 32;
            t = (tern_ddigit)u[i + j] - (p & 0xFFFFFFFFu) - borrow;
            u[i + j] = (tern_digit)t;
            borrow = (t >> 32) ? 1 : 0;
        }
        {
            tern_ddigit t = (tern_ddigit)u[j + nb] - carry - borrow;
            u[j + nb] = (tern_digit)t;
            borrow = (t >> 32) ? 1 : 0;
        }
        if (borrow) {
            /* qhat was one too large: add back */
            tern_ddigit c = 0;
            qhat--;
            for (i = 0; i < nb; i++) {
                c += (tern_ddigit)u[i + j] + v[i];
                u[i + j] = (tern_digit)c;
                c >>= 32;
            }
            u[j + nb] += (tern_digit)c;
        }
        q[j] = (tern_digit)qhat;
    }
    *nq = tern_bn_norm(q, m + 1);
    /* unnormalize the remainder */
    if (s) {
        for (i = 0; i < nb - 1; i++)
            r[i] = (u[i] >> s) | (u[i + 1] << (32 - s));
        r[nb - 1] = u[nb - 1] >> s;
    } else {
        for (i = 0; i < nb; i++)
            r[i] = u[i];
    }
    *nr = tern_bn_norm(r, nb);
}

size_t tern_bn_shl(tern_digit *r, const tern_digit *a, size_t na, size_t s) {
    size_t dshift = s / 32, i;
    int bshift = (int)(s % 32);
    for (i = 0; i < dshift; i++)
        r[i] = 0;
    if (bshift == 0) {
        for (i = 0; i < na; i++)
            r[i + dshift] = a[i];
        r[na + dshift] = 0;
    } else {
        tern_digit carry = 0;
        for (i = 0; i < na; i++) {
            r[i + dshift] = (a[i] << bshift) | carry;
            carry = a[i] >> (32 - bshift);
        }
        r[na + dshift] = carry;
    }
    return tern_bn_norm(r, na + dshift + 1);
}

size_t tern_bn_shr(tern_digit *r, const tern_digit *a, size_t na, size_t s, int *lost) {
    size_t dshift = s / 32, i, n;
    int bshift = (int)(s % 32);
    int any = 0;
    if (dshift >= na) {
        for (i = 0; i < na; i++)
            any |= a[i] != 0;
        *lost = any;
        return 0;
    }
    for (i = 0; i < dshift; i++)
        any |= a[i] != 0;
    if (bshift)
        any |= (a[dshift] & ((1u << bshift) - 1)) != 0;
    n = na - dshift;
    for (i = 0; i < n; i++) {
        tern_digit lo = a[i + dshift] >> bshift;
        tern_digit hi = (bshift && i + dshift + 1 < na) ? a[i + dshift + 1] << (32 - bshift) : 0;
        r[i] = lo | hi;
    }
    *lost = any;
    return tern_bn_norm(r, n);
}

/* Digit i of the two's complement of a value (sign neg, magnitude a) in an
 * infinitely sign-extended form. For a negative value, -x = ~(x - 1): the
 * subtraction's borrow is carried through *borrow as digits are consumed
 * in order. */
static tern_digit tc_digit(int neg, const tern_digit *a, size_t na, size_t i, tern_digit *borrow) {
    tern_digit x = i < na ? a[i] : 0;
    tern_digit d;
    if (!neg)
        return x;
    d = x - *borrow;
    *borrow = (x < *borrow) ? 1 : 0;
    return ~d;
}

size_t tern_bn_bitop(tern_digit *r, int *rneg, int op,
                     int nega, const tern_digit *a, size_t na,
                     int negb, const tern_digit *b, size_t nb) {
    size_t n = (na > nb ? na : nb) + 1, i;
    tern_digit ba = 1, bb = 1;
    int neg;
    for (i = 0; i < n; i++) {
        tern_digit x = tc_digit(nega, a, na, i, &ba);
        tern_digit y = tc_digit(negb, b, nb, i, &bb);
        r[i] = op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
    }
    neg = op == '&' ? (nega & negb) : op == '|' ? (nega | negb) : (nega ^ negb);
    if (neg) {
        /* magnitude = ~r + 1 */
        tern_ddigit carry = 1;
        for (i = 0; i < n; i++) {
            carry += (tern_digit)~r[i];
            r[i] = (tern_digit)carry;
            carry >>= 32;
        }
    }
    *rneg = neg;
    return tern_bn_norm(r, n);
}

size_t tern_bn_bitlen(const tern_digit *a, size_t na) {
    if (na == 0)
        return 0;
    return (na - 1) * 32 + (size_t)(32 - clz32(a[na - 1]));
}
