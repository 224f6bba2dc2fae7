/* SPDX-License-Identifier: MIT */
/*
 * obj_int.c — the int type: unboxed small ints, and heap bigints for the
 * rest (bigint.c does the digit arithmetic).
 *
 * Canonical form: a value in the small-int range is ALWAYS a small int, so
 * equality and hashing may compare representations. Every bigint result
 * goes through bn_finish, which demotes.
 *
 * Rooting: a bigint operation allocates its result (and scratch) first,
 * with the operands rooted, and only then derives digit pointers (iview)
 * and computes without allocating.
 */
#include <math.h>
#include <stdio.h>
#include "runtime.h"
#include "bigint.h"
#include "obj_num.h"
#include "obj_class.h"
#include "buffer.h"

/* ---- views: an int as sign + magnitude digits, without allocating ---- */

typedef struct iview {
    int neg;
    size_t n;
    const tern_digit *d;
    tern_digit buf[2];
} iview;

static void view_u64(iview *w, uint64_t m, int neg) {
    w->buf[0] = (tern_digit)m;
    w->buf[1] = (tern_digit)(m >> 32);
    w->d = w->buf;
    w->n = tern_bn_norm(w->buf, 2);
    w->neg = w->n ? neg : 0;
}

/* Valid until the next allocation. */
static void iview_of(tern_val v, iview *w) {
    if (TERN_IS_SMALL(v)) {
        tern_int i = TERN_SMALL_VALUE(v);
        view_u64(w, i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i, i < 0);
    } else if (TERN_IS_BOOL(v)) {
        view_u64(w, v == TERN_TRUE, 0);
    } else {
        tern_bigint *b = TERN_AS(tern_bigint, v);
        w->neg = b->sign < 0;
        w->n = b->ndigits;
        w->d = TERN_BIGINT_DIGITS(b);
    }
}

static tern_int small_of(tern_val v) {
    return TERN_IS_SMALL(v) ? TERN_SMALL_VALUE(v) : (tern_int)(v == TERN_TRUE);
}
#define IS_SMALLISH(v) (TERN_IS_SMALL(v) || TERN_IS_BOOL(v))

/* Is |x| < 2^53 (exactly representable as a double)? */
static int fits53(int64_t x) {
    return x > -((int64_t)1 << 53) && x < ((int64_t)1 << 53);
}

static int int_is_odd(tern_val v) {
    if (IS_SMALLISH(v))
        return (int)(small_of(v) & 1);
    return (int)(TERN_BIGINT_DIGITS(TERN_PTR(v))[0] & 1);
}

static tern_bigint *bn_alloc(tern_vm *vm, size_t ndigits) {
    if (ndigits > 0x7FFFFFF0u)
        tern_raise_memory_error(vm);
    if (ndigits == 0)
        ndigits = 1;
    return (tern_bigint *)tern_alloc(vm, TERN_K_BIGINT, sizeof(tern_bigint) + ndigits * sizeof(tern_digit));
}

/* Give bigint r (whose digits hold a magnitude of n digits) its sign, and
 * demote it to a small int when it fits. */
static tern_val bn_finish(tern_vm *vm, tern_bigint *r, size_t n, int neg) {
    tern_digit *d = TERN_BIGINT_DIGITS(r);
    n = tern_bn_norm(d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32 | d[0]);
        if (m <= (uint64_t)TERN_SMALL_MAX)
            return TERN_SMALL(neg ? -(tern_int)m : (tern_int)m);
        if (neg && m == (uint64_t)TERN_SMALL_MAX + 1)
            return TERN_SMALL(TERN_SMALL_MIN);
    }
    r->sign = neg ? -1 : 1;
    r->ndigits = (uint32_t)n;
    tern_alloc_shrink(vm, r, sizeof(tern_bigint) + (n ? n : 1) * sizeof(tern_digit));
    return TERN_VAL(r);
}

static tern_val from_u64(tern_vm *vm, uint64_t m, int neg) {
    tern_bigint *r;
    if (m <= (uint64_t)TERN_SMALL_MAX)
        return TERN_SMALL(neg ? -(tern_int)m : (tern_int)m);
    r = bn_alloc(vm, 2);
    TERN_BIGINT_DIGITS(r)[0] = (tern_digit)m;
    TERN_BIGINT_DIGITS(r)[1] = (tern_digit)(m >> 32);
    return bn_finish(vm, r, 2, neg);
}

/* For 64-bit items (buffer.h): the full unsigned range on any host. */
tern_val tern_int_from_u64(tern_vm *vm, uint64_t m, int neg) {
    return from_u64(vm, m, neg);
}

tern_val tern_int_from(tern_vm *vm, tern_int i) {
    if (TERN_SMALL_FITS(i))
        return TERN_SMALL(i);
    return from_u64(vm, i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i, i < 0);
}

tern_val tern_int_from_ll(tern_vm *vm, long long i) {
    if (i >= TERN_SMALL_MIN && i <= TERN_SMALL_MAX)
        return TERN_SMALL((tern_int)i);
    return from_u64(vm, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, i < 0);
}

int tern_int_sign(tern_val v) {
    if (IS_SMALLISH(v)) {
        tern_int i = small_of(v);
        return i < 0 ? -1 : i > 0;
    }
    return TERN_AS(tern_bigint, v)->sign < 0 ? -1 : 1;
}

int tern_int_cmp(tern_val a, tern_val b) {
    iview wa, wb;
    int c;
    if (IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), y = small_of(b);
        return x < y ? -1 : x > y;
    }
    iview_of(a, &wa);
    iview_of(b, &wb);
    if (wa.neg != wb.neg)
        return wa.neg ? -1 : 1;
    c = tern_bn_cmp(wa.d, wa.n, wb.d, wb.n);
    return wa.neg ? -c : c;
}

size_t tern_int_bit_length(tern_val v) {
    iview w;
    iview_of(v, &w);
    return tern_bn_bitlen(w.d, w.n);
}

tern_int tern_int_value(tern_vm *vm, tern_val v) {
    if (IS_SMALLISH(v))
        return small_of(v);
    if (TERN_IS_KIND(v, TERN_K_BIGINT)) {
        iview w;
        iview_of(v, &w);
        if (w.n <= 2 && sizeof(tern_int) == 8) {
            uint64_t m = (uint64_t)w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0);
            if (m <= (uint64_t)INT64_MAX)
                return w.neg ? -(tern_int)m : (tern_int)m;
            if (w.neg && m == (uint64_t)INT64_MAX + 1)
                return (tern_int)INT64_MIN;
        } else if (w.n == 1 && sizeof(tern_int) == 4) {
            if (w.d[0] <= 0x7FFFFFFFu)
                return w.neg ? -(tern_int)w.d[0] : (tern_int)w.d[0];
            if (w.neg && w.d[0] == 0x80000000u)
                return (tern_int)(-0x7FFFFFFF - 1);
        }
        tern_raise_fmt(vm, &tern_type_OverflowError, "Python int too large to convert to C ssize_t");
    }
    tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(v));
}

tern_int tern_index_value(tern_vm *vm, tern_val v) {
    tern_val m;
    if (TERN_IS_PROXY(v) && TERN_IS_INTLIKE(TERN_PROXY_VALUE(v)))
        return tern_int_value(vm, TERN_PROXY_VALUE(v));
    if (TERN_IS_INTLIKE(v))
        return tern_int_value(vm, v);
    m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__));
    if (m != TERN_NULL) {
        tern_val r = tern_call1(vm, m, v);
        if (!TERN_IS_INTLIKE(r))
            tern_raise_type_error(vm, "__index__ returned non-int (type %s)", tern_type_name(r));
        return tern_int_value(vm, r);
    }
    tern_raise_type_error(vm, "'%s' object cannot be interpreted as an integer", tern_type_name(v));
}

/* ---- arithmetic ---- */

static tern_val int_neg(tern_vm *vm, tern_val a);

/* a + b, or a - b when negb (b's sign flipped). */
static tern_val int_addsub(tern_vm *vm, tern_val a, tern_val b, int negb) {
    iview wa, wb;
    tern_bigint *r;
    size_t n;
    int neg;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    iview_of(a, &wa);
    iview_of(b, &wb);
    r = bn_alloc(vm, (wa.n > wb.n ? wa.n : wb.n) + 1);
    TERN_UNROOT(vm);
    iview_of(a, &wa);
    iview_of(b, &wb);
    if (negb && wb.n)
        wb.neg = !wb.neg;
    if (wa.neg == wb.neg) {
        n = tern_bn_add(TERN_BIGINT_DIGITS(r), wa.d, wa.n, wb.d, wb.n);
        neg = wa.neg;
    } else if (tern_bn_cmp(wa.d, wa.n, wb.d, wb.n) >= 0) {
        n = tern_bn_sub(TERN_BIGINT_DIGITS(r), wa.d, wa.n, wb.d, wb.n);
        neg = wa.neg;
    } else {
        n = tern_bn_sub(TERN_BIGINT_DIGITS(r), wb.d, wb.n, wa.d, wa.n);
        neg = wb.neg;
    }
    return bn_finish(vm, r, n, neg);
}

static tern_val int_mul(tern_vm *vm, tern_val a, tern_val b) {
    iview wa, wb;
    tern_bigint *r;
    size_t n;
    if (IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), y = small_of(b), p;
#if defined(__GNUC__) || defined(__clang__)
        if (!__builtin_mul_overflow(x, y, &p))
            return tern_int_from(vm, p);
#else
        /* both operands are below 2^62 in magnitude (2^30 on 32-bit hosts):
         * split on half the word to test. */
        {
            tern_int lim = (tern_int)1 << (sizeof(tern_int) * 4 - 1);
            if (x > -lim && x < lim && y > -lim && y < lim) {
                p = x * y;
                return tern_int_from(vm, p);
            }
        }
#endif
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        iview_of(a, &wa);
        iview_of(b, &wb);
        r = bn_alloc(vm, wa.n + wb.n);
        TERN_UNROOT(vm);
    }
    iview_of(a, &wa);
    iview_of(b, &wb);
    n = tern_bn_mul(TERN_BIGINT_DIGITS(r), wa.d, wa.n, wb.d, wb.n);
    return bn_finish(vm, r, n, wa.neg != wb.neg);
}

/* Floor division and modulo with Python's signs. Either output pointer may
 * be NULL. b must be nonzero. */
static void int_divmod(tern_vm *vm, tern_val a, tern_val b, tern_val *qout, tern_val *rout) {
    iview wa, wb;
    tern_val q = TERN_NULL, r = TERN_NULL, scratch = TERN_NULL;
    tern_bigint *qb, *rb;
    tern_digit *qd, *rd;
    size_t nq, nr;
    int qneg, adjust;
    if (IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), y = small_of(b);
        tern_int qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq -= 1;
            rr += y;
        }
        if (qout)
            *qout = tern_int_from(vm, qq);
        if (rout)
            *rout = TERN_SMALL(rr);
        return;
    }
    iview_of(a, &wa);
    iview_of(b, &wb);
    if (tern_bn_cmp(wa.d, wa.n, wb.d, wb.n) < 0) {
        /* |a| < |b|: q is 0 or -1 */
        if (wa.n == 0 || wa.neg == wb.neg) {
            if (qout)
                *qout = TERN_SMALL(0);
            if (rout)
                *rout = a == TERN_TRUE ? TERN_SMALL(1) : a == TERN_FALSE ? TERN_SMALL(0) : a;
            return;
        }
        if (rout)
            *rout = int_addsub(vm, a, b, 0);
        if (qout)
            *qout = TERN_SMALL(-1);
        return;
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        TERN_ROOT(vm, q);
        TERN_ROOT(vm, r);
        TERN_ROOT(vm, scratch);
        q = TERN_VAL(bn_alloc(vm, wa.n - wb.n + 2));
        iview_of(b, &wb);
        r = TERN_VAL(bn_alloc(vm, wb.n + 1));
        iview_of(a, &wa);
        iview_of(b, &wb);
        if (wb.n >= 2)
            scratch = TERN_VAL(tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + (wa.n + wb.n + 1) * sizeof(tern_digit)));
        TERN_UNROOT(vm);
        iview_of(a, &wa);
        iview_of(b, &wb);
        qb = TERN_AS(tern_bigint, q);
        rb = TERN_AS(tern_bigint, r);
        qd = TERN_BIGINT_DIGITS(qb);
        rd = TERN_BIGINT_DIGITS(rb);
        if (wb.n == 1) {
            rd[0] = tern_bn_divmod1(qd, &nq, wa.d, wa.n, wb.d[0]);
            nr = rd[0] != 0;
        } else {
            tern_bn_divmod(qd, &nq, rd, &nr, wa.d, wa.n, wb.d, wb.n,
                           (tern_digit *)TERN_BLOB_DATA(TERN_PTR(scratch)));
        }
        qneg = wa.neg != wb.neg;
        adjust = qneg && nr != 0;
        if (adjust) {
            /* floor: q = -(|q| + 1), r = |b| - r with b's sign */
            tern_digit one = 1;
            size_t i;
            for (i = nq; i < wa.n - wb.n + 2; i++)
                qd[i] = 0;
            nq = tern_bn_add(qd, qd, nq, &one, 1);
            nr = tern_bn_sub(rd, wb.d, wb.n, rd, nr);
        }
        /* q was allocated first: finishing r cannot shrink q (no-op), fine */
        if (qout)
            *qout = bn_finish(vm, qb, nq, qneg);
        if (rout)
            *rout = bn_finish(vm, rb, nr, wb.neg);
    }
}

static TERN_NORETURN void zero_div(tern_vm *vm, const char *msg) {
    tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "%s", msg);
}

static tern_val int_lshift(tern_vm *vm, tern_val a, tern_val b) {
    iview wa;
    tern_bigint *r;
    size_t s, n;
    if (tern_int_sign(b) < 0)
        tern_raise_value_error(vm, "negative shift count");
    if (tern_int_sign(a) == 0)
        return TERN_SMALL(0);
    if (!IS_SMALLISH(b))
        tern_raise_fmt(vm, &tern_type_OverflowError, "too many digits in integer");
    s = (size_t)small_of(b);
    if (IS_SMALLISH(a) && s < (size_t)TERN_SMALL_BITS - 1) {
        tern_int x = small_of(a);
        tern_int lim = (tern_int)1 << (TERN_SMALL_BITS - 1 - (int)s);
        if (x < lim && x > -lim)
            return TERN_SMALL(x * ((tern_int)1 << s));
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        iview_of(a, &wa);
        r = bn_alloc(vm, wa.n + s / 32 + 1);
        TERN_UNROOT(vm);
    }
    iview_of(a, &wa);
    n = tern_bn_shl(TERN_BIGINT_DIGITS(r), wa.d, wa.n, s);
    return bn_finish(vm, r, n, wa.neg);
}

static tern_val int_rshift(tern_vm *vm, tern_val a, tern_val b) {
    iview wa;
    tern_bigint *r;
    size_t s, n;
    int lost;
    if (tern_int_sign(b) < 0)
        tern_raise_value_error(vm, "negative shift count");
    if (!IS_SMALLISH(b))
        return TERN_SMALL(tern_int_sign(a) < 0 ? -1 : 0);
    s = (size_t)small_of(b);
    if (IS_SMALLISH(a)) {
        tern_int x = small_of(a);
        if (s >= (size_t)TERN_SMALL_BITS)
            return TERN_SMALL(x < 0 ? -1 : 0);
        /* floor division by 2^s without relying on >> of negatives */
        if (x >= 0)
            return TERN_SMALL(x >> s);
        return TERN_SMALL(-(((-x) - 1) >> s) - 1);
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        iview_of(a, &wa);
        r = bn_alloc(vm, wa.n + 1);
        TERN_UNROOT(vm);
    }
    iview_of(a, &wa);
    n = tern_bn_shr(TERN_BIGINT_DIGITS(r), wa.d, wa.n, s, &lost);
    if (wa.neg && lost) {
        /* floor for negatives: |r| + 1 */
        tern_digit one = 1;
        TERN_BIGINT_DIGITS(r)[n] = 0;
        n = tern_bn_add(TERN_BIGINT_DIGITS(r), TERN_BIGINT_DIGITS(r), n, &one, 1);
    }
    return bn_finish(vm, r, n, wa.neg);
}

static tern_val int_bitop(tern_vm *vm, int op, tern_val a, tern_val b) {
    iview wa, wb;
    tern_bigint *r;
    size_t n;
    int neg;
    if (IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), y = small_of(b);
        return TERN_SMALL(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        iview_of(a, &wa);
        iview_of(b, &wb);
        r = bn_alloc(vm, (wa.n > wb.n ? wa.n : wb.n) + 1);
        TERN_UNROOT(vm);
    }
    iview_of(a, &wa);
    iview_of(b, &wb);
    n = tern_bn_bitop(TERN_BIGINT_DIGITS(r), &neg, op, wa.neg, wa.d, wa.n, wb.neg, wb.d, wb.n);
    return bn_finish(vm, r, n, neg);
}

static tern_val int_neg(tern_vm *vm, tern_val a) {
    if (IS_SMALLISH(a))
        return tern_int_from(vm, -small_of(a));
    return int_addsub(vm, TERN_SMALL(0), a, 1);
}

static tern_val int_pow(tern_vm *vm, tern_val a, tern_val b, tern_val m) {
    tern_val result = TERN_SMALL(1), base = a;
    size_t nbits, i;
    TERN_ROOTS(vm);
    if (tern_int_sign(b) < 0) {
        if (m != TERN_NULL)
            tern_raise_value_error(vm, "base is not invertible for the given modulus");
        /* negative exponent: a float result */
        {
            double x = tern_int_to_double(vm, a), y = tern_int_to_double(vm, b);
            if (x == 0.0)
                tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return tern_float_new(vm, pow(x, y));
        }
    }
    if (m != TERN_NULL && tern_int_sign(m) == 0)
        tern_raise_value_error(vm, "pow() 3rd argument cannot be 0");
    /* fast path: small base and exponent, no modulus */
    if (m == TERN_NULL && IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), e = small_of(b), acc = 1;
        int ok = 1;
        if (x == 0 || x == 1)
            return TERN_SMALL(e == 0 ? 1 : x);
        if (x == -1)
            return TERN_SMALL((e & 1) ? -1 : 1);
        while (e > 0 && ok) {
            tern_int t;
            if (e & 1) {
#if defined(__GNUC__) || defined(__clang__)
                ok = !__builtin_mul_overflow(acc, x, &t);
#else
                ok = (acc < 0 ? -acc : acc) < ((tern_int)1 << 30) && (x < 0 ? -x : x) < ((tern_int)1 << 30);
                t = acc * x;
#endif
                acc = t;
            }
            e >>= 1;
            if (e) {
#if defined(__GNUC__) || defined(__clang__)
                ok = ok && !__builtin_mul_overflow(x, x, &t);
#else
                ok = ok && (x < 0 ? -x : x) < ((tern_int)1 << 30);
                t = x * x;
#endif
                x = t;
            }
        }
        if (ok)
            return tern_int_from(vm, acc);
    }
    if (m == TERN_NULL && !IS_SMALLISH(b)) {
        if (IS_SMALLISH(a) && small_of(a) >= -1 && small_of(a) <= 1)
            return TERN_SMALL(small_of(a) == 1 ? 1 : small_of(a) == 0 ? 0 : int_is_odd(b) ? -1 : 1);
        tern_raise_memory_error(vm);
    }
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, m);
    TERN_ROOT(vm, result);
    TERN_ROOT(vm, base);
    if (m != TERN_NULL)
        int_divmod(vm, base, m, NULL, &base);
    nbits = tern_int_bit_length(b);
    for (i = 0; i < nbits; i++) {
        iview wb;
        int bit;
        iview_of(b, &wb);
        bit = (wb.d[i / 32] >> (i % 32)) & 1;
        if (bit) {
            result = int_mul(vm, result, base);
            if (m != TERN_NULL)
                int_divmod(vm, result, m, NULL, &result);
        }
        if (i + 1 < nbits) {
            base = int_mul(vm, base, base);
            if (m != TERN_NULL)
                int_divmod(vm, base, m, NULL, &base);
        }
    }
    if (m != TERN_NULL && nbits == 0)
        int_divmod(vm, result, m, NULL, &result);
    TERN_UNROOT(vm);
    return result;
}

tern_val tern_int_powmod(tern_vm *vm, tern_val a, tern_val b, tern_val m) {
    return int_pow(vm, a, b, m);
}

/* Top 64 bits of a magnitude whose bit length is `bits` (> 64), with the
 * lowest bit set if any bit below them is set (a sticky bit, so that a
 * conversion to double rounds correctly). */
static uint64_t top64_sticky(const tern_digit *d, size_t n, size_t bits) {
    size_t lo = bits - 64, i;
    uint64_t r = 0;
    int sticky = 0;
    for (i = 0; i < 64; i++) {
        size_t bit = lo + i;
        if ((d[bit / 32] >> (bit % 32)) & 1)
            r |= (uint64_t)1 << i;
    }
    for (i = 0; i < lo / 32 && !sticky; i++)
        sticky = d[i] != 0;
    if (!sticky && (lo % 32))
        sticky = (d[lo / 32] & ((1u << (lo % 32)) - 1)) != 0;
    (void)n;
    return r | (uint64_t)sticky;
}

double tern_int_to_double(tern_vm *vm, tern_val v) {
    iview w;
    size_t bits;
    double r;
    if (IS_SMALLISH(v))
        return (double)small_of(v);
    iview_of(v, &w);
    bits = tern_bn_bitlen(w.d, w.n);
    if (bits <= 64) {
        uint64_t m = (uint64_t)w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0);
        r = (double)m;
    } else {
        if (bits > 1100)
            r = HUGE_VAL;
        else
            r = ldexp((double)top64_sticky(w.d, w.n, bits), (int)(bits - 64));
    }
    if (isinf(r))
        tern_raise_fmt(vm, &tern_type_OverflowError, "int too large to convert to float");
    return w.neg ? -r : r;
}

tern_val tern_int_from_double(tern_vm *vm, double d) {
    double m;
    int e;
    uint64_t mant;
    tern_val r;
    if (isinf(d))
        tern_raise_fmt(vm, &tern_type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        tern_raise_value_error(vm, "cannot convert float NaN to integer");
    d = trunc(d);
    if (d > -4.0e18 && d < 4.0e18)
        return tern_int_from_ll(vm, (long long)d);
    m = frexp(fabs(d), &e);     /* |d| = m * 2^e, 0.5 <= m < 1 */
    mant = (uint64_t)ldexp(m, 53);
    r = from_u64(vm, mant, d < 0);
    return int_lshift(vm, r, TERN_SMALL(e - 53));
}

int tern_int_cmp_double(tern_vm *vm, tern_val i, double d) {
    double fl;
    tern_val fi;
    int c;
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (IS_SMALLISH(i)) {
        tern_int x = small_of(i);
        if (fits53(x)) {
            double xd = (double)x;
            return xd < d ? -1 : xd > d;
        }
    }
    fl = floor(d);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, i);
    fi = tern_int_from_double(vm, fl);
    TERN_UNROOT(vm);
    c = tern_int_cmp(i, fi);
    if (c != 0)
        return c;
    return d > fl ? -1 : 0;
}

double tern_int_truediv(tern_vm *vm, tern_val a, tern_val b) {
    size_t na, nb;
    long k;
    tern_val num = a, den = b, q = TERN_NULL, r = TERN_NULL;
    int neg;
    uint64_t qv;
    iview w;
    double res;
    if (tern_int_sign(b) == 0)
        zero_div(vm, "division by zero");
    if (IS_SMALLISH(a) && IS_SMALLISH(b)) {
        tern_int x = small_of(a), y = small_of(b);
        if (fits53(x) && fits53(y))
            return (double)x / (double)y;
    }
    neg = (tern_int_sign(a) < 0) != (tern_int_sign(b) < 0);
    if (tern_int_sign(a) == 0)
        return neg ? -0.0 : 0.0;
    na = tern_int_bit_length(a);
    nb = tern_int_bit_length(b);
    if ((long)na - (long)nb > 1025)
        tern_raise_fmt(vm, &tern_type_OverflowError, "integer division result too large for a float");
    if ((long)nb - (long)na > 1100)
        return neg ? -0.0 : 0.0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, num);
    TERN_ROOT(vm, den);
    TERN_ROOT(vm, q);
    TERN_ROOT(vm, r);
    if (tern_int_sign(num) < 0)
        num = int_neg(vm, num);
    if (tern_int_sign(den) < 0)
        den = int_neg(vm, den);
    /* scale so that the quotient has 55..56 bits */
    k = 55 - ((long)na - (long)nb);
    if (k > 0)
        num = int_lshift(vm, num, TERN_SMALL(k));
    else if (k < 0)
        den = int_lshift(vm, den, TERN_SMALL(-k));
    int_divmod(vm, num, den, &q, &r);
    TERN_UNROOT(vm);
    iview_of(q, &w);
    qv = (uint64_t)w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0);
    if (tern_int_sign(r) != 0)
        qv |= 1;
    res = ldexp((double)qv, (int)-k);
    if (isinf(res))
        tern_raise_fmt(vm, &tern_type_OverflowError, "integer division result too large for a float");
    return neg ? -res : res;
}

tern_val tern_int_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    tern_val r;
    if (!TERN_IS_INTLIKE(a) || !TERN_IS_INTLIKE(b))
        return TERN_NOTIMPLEMENTED;
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD:
        if (IS_SMALLISH(a) && IS_SMALLISH(b))
            return tern_int_from(vm, small_of(a) + small_of(b));
        return int_addsub(vm, a, b, 0);
    case TERN_OP_SUB:
        if (IS_SMALLISH(a) && IS_SMALLISH(b))
            return tern_int_from(vm, small_of(a) - small_of(b));
        return int_addsub(vm, a, b, 1);
    case TERN_OP_MUL:
        return int_mul(vm, a, b);
    case TERN_OP_TRUEDIV:
        return tern_float_new(vm, tern_int_truediv(vm, a, b));
    case TERN_OP_FLOORDIV:
        if (tern_int_sign(b) == 0)
            zero_div(vm, "integer division or modulo by zero");
        int_divmod(vm, a, b, &r, NULL);
        return r;
    case TERN_OP_MOD:
        if (tern_int_sign(b) == 0)
            zero_div(vm, "integer modulo by zero");
        int_divmod(vm, a, b, NULL, &r);
        return r;
    case TERN_OP_POW:
        return int_pow(vm, a, b, TERN_NULL);
    case TERN_OP_LSHIFT:
        return int_lshift(vm, a, b);
    case TERN_OP_RSHIFT:
        return int_rshift(vm, a, b);
    case TERN_OP_AND:
        return int_bitop(vm, '&', a, b);
    case TERN_OP_OR:
        return int_bitop(vm, '|', a, b);
    case TERN_OP_XOR:
        return int_bitop(vm, '^', a, b);
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static tern_val int_unop(tern_vm *vm, int op, tern_val a) {
    switch (op) {
    case TERN_UOP_NEG:
        return int_neg(vm, a);
    case TERN_UOP_POS:
        return IS_SMALLISH(a) ? TERN_SMALL(small_of(a)) : a;
    case TERN_UOP_INVERT:
        if (IS_SMALLISH(a))
            return TERN_SMALL(~small_of(a));
        return int_addsub(vm, int_neg(vm, a), TERN_SMALL(1), 1);
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static tern_val int_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    int c;
    (void)vm;
    if (!TERN_IS_INTLIKE(a) || !TERN_IS_INTLIKE(b))
        return TERN_NOTIMPLEMENTED;
    c = tern_int_cmp(a, b);
    switch (op) {
    case TERN_CMP_LT: return TERN_BOOL(c < 0);
    case TERN_CMP_LE: return TERN_BOOL(c <= 0);
    case TERN_CMP_EQ: return TERN_BOOL(c == 0);
    case TERN_CMP_NE: return TERN_BOOL(c != 0);
    case TERN_CMP_GT: return TERN_BOOL(c > 0);
    case TERN_CMP_GE: return TERN_BOOL(c >= 0);
    default: return TERN_NOTIMPLEMENTED;
    }
}

/* ---- hashing: CPython's, reduction modulo the Mersenne prime P ---- */

#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_P (((uint64_t)1 << HASH_BITS) - 1)

tern_val tern_int_hash(tern_val v) {
    iview w;
    uint64_t x = 0;
    size_t i;
    int64_t h;
    iview_of(v, &w);
    i = w.n;
    while (i-- > 0) {
        /* x = x * 2^32 + d (mod P): multiplying by 2^k is a rotation */
        x = ((x << (32 % HASH_BITS)) & HASH_P) | (x >> (HASH_BITS - (32 % HASH_BITS)));
        x += w.d[i] % HASH_P;
        if (x >= HASH_P)
            x -= HASH_P;
    }
    h = w.neg ? -(int64_t)x : (int64_t)x;
    if (h == -1)
        h = -2;
    return TERN_SMALL((tern_int)h);
}

static tern_val int_hash_slot(tern_vm *vm, tern_val v) {
    (void)vm;
    return tern_int_hash(v);
}

/* ---- conversion to text ---- */

static TERN_NORETURN void too_many_digits(tern_vm *vm) {
    tern_raise_value_error(vm, "Exceeds the limit (%d digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit", (int)vm->int_max_str_digits);
}

/* Digits of |v| in base 2, 8, 10, 16 -> str (no sign, no prefix). For
 * base 10, repeated division of a scratch copy by 10^9 (linear per chunk,
 * so quadratic overall but with a small constant). */
tern_val tern_int_digits(tern_vm *vm, tern_val v, int base, int upper) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    iview w;
    size_t bits, nch, i, pos;
    tern_val scratch, s;
    char small[72];
    iview_of(v, &w);
    bits = tern_bn_bitlen(w.d, w.n);
    if (bits == 0)
        return tern_str_new(vm, "0", 1);
    if (base != 10) {
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        char *p;
        nch = (bits + (size_t)shift - 1) / (size_t)shift;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, v);
        s = tern_str_alloc(vm, nch);
        TERN_UNROOT(vm);
        iview_of(v, &w);
        p = TERN_STR_DATA(TERN_PTR(s));
        for (i = 0; i < nch; i++) {
            size_t bit = i * (size_t)shift, j;
            unsigned d = 0;
            for (j = 0; j < (size_t)shift; j++) {
                size_t b = bit + j;
                if (b < bits && ((w.d[b / 32] >> (b % 32)) & 1))
                    d |= 1u << j;
            }
            p[nch - 1 - i] = dig[d];
        }
        tern_str_finish(s);
        return s;
    }
    if (w.n <= 2) {
        uint64_t m = (uint64_t)w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0);
        pos = sizeof(small);
        do {
            small[--pos] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        return tern_str_new(vm, small + pos, sizeof(small) - pos);
    }
    /* CPython 3.11's limit on decimal conversions (sys.int_max_str_digits):
     * a lower bound on the digit count first, the exact count below */
    {
        size_t bits = w.n * 32;
        uint32_t top = w.d[w.n - 1];
        while (bits > 1 && !(top & 0x80000000u)) {
            top <<= 1;
            bits--;
        }
        if (vm->int_max_str_digits && (uint64_t)(bits - 1) * 30103u / 100000u + 1 > vm->int_max_str_digits)
            too_many_digits(vm);
    }
    /* scratch blob: digits copy, then the decimal text */
    nch = w.n * 10 + 10;
    {
        tern_digit *q;
        char *out;
        size_t n = w.n;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, v);
        scratch = TERN_VAL(tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + w.n * sizeof(tern_digit) + nch));
        TERN_ROOT(vm, scratch);
        iview_of(v, &w);
        q = (tern_digit *)TERN_BLOB_DATA(TERN_PTR(scratch));
        out = (char *)(q + w.n);
        memcpy(q, w.d, w.n * sizeof(tern_digit));
        pos = nch;
        while (n > 0) {
            tern_digit rem = tern_bn_divmod1(q, &n, q, n, 1000000000u);
            int k;
            for (k = 0; k < 9; k++) {
                out[--pos] = (char)('0' + rem % 10);
                rem /= 10;
            }
        }
        while (pos < nch - 1 && out[pos] == '0')
            pos++;
        if (vm->int_max_str_digits && nch - pos > vm->int_max_str_digits)
            too_many_digits(vm);
        s = tern_str_alloc(vm, nch - pos);
        q = (tern_digit *)TERN_BLOB_DATA(TERN_PTR(scratch));
        out = (char *)(q + TERN_AS(tern_bigint, v)->ndigits);
        memcpy(TERN_STR_DATA(TERN_PTR(s)), out + pos, nch - pos);
        TERN_UNROOT(vm);
        tern_str_finish(s);
        return s;
    }
}

/* Python's text for bases 2/8/16 includes the prefix (as bin/oct/hex
 * print): tern_int_to_str(vm, -255, 16) is "-0xff". Base 10 is repr. */
tern_val tern_int_to_str(tern_vm *vm, tern_val v, int base) {
    tern_val d;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    int neg = tern_int_sign(v) < 0;
    char buf[32];
    if (IS_SMALLISH(v) && base == 10) {
        int n = snprintf(buf, sizeof buf, "%lld", (long long)small_of(v));
        return tern_str_new(vm, buf, (size_t)n);
    }
    d = tern_int_digits(vm, v, base, 0);
    if (!neg && !*prefix)
        return d;
    snprintf(buf, sizeof buf, "%s%s", neg ? "-" : "", prefix);
    {
        tern_val p = TERN_NULL;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, d);
        TERN_ROOT(vm, p);
        p = tern_str_from_c(vm, buf);
        p = tern_str_concat(vm, p, d);
        TERN_UNROOT(vm);
        return p;
    }
}

static tern_val int_repr(tern_vm *vm, tern_val self) {
    return tern_int_to_str(vm, self, 10);
}

/* ---- parsing ---- */

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static int is_space(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

/* tern_str_new copes with `s` pointing into a heap object. */
static TERN_NORETURN void bad_literal(tern_vm *vm, const char *s, size_t len, int base, tern_val orig) {
    tern_val str = orig != TERN_NULL ? orig : tern_str_new(vm, s, len);
    tern_raise_value_error(vm, "invalid literal for int() with base %d: %R", base, str);
}

/* Parse with CPython's int() rules. `s` may point into a heap object: it
 * is then re-derived from its owner after the one allocation. */
static tern_val int_parse(tern_vm *vm, const char *s, size_t len, int base, tern_val orig);

tern_val tern_int_parse(tern_vm *vm, const char *s, size_t len, int base) {
    return int_parse(vm, s, len, base, TERN_NULL);
}

/* orig, if not NULL, is the str shown in the error message (the text of
 * a non-ASCII str is parsed after tern_str_numeric_ascii). */
static tern_val int_parse(tern_vm *vm, const char *s, size_t len, int base, tern_val orig) {
    const char *p = s, *end = s + len, *digits;
    int neg = 0, prev_us, dv, bits_per, obase = base;
    size_t ndig = 0, off;
    uint64_t acc = 0;
    int overflow = 0;
    tern_val owner;
    tern_bigint *r;
    size_t n = 0;
    if (base != 0 && (base < 2 || base > 36))
        tern_raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    {
        int b = base;
        if (end - p >= 2 && p[0] == '0') {
            char c = (char)(p[1] | 0x20);
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb && (base == 0 || base == pb)) {
                b = pb;
                p += 2;
                if (p < end && *p == '_')
                    p++;
            }
        }
        if (b == 0) {
            /* base 0 decimal: no leading zeros unless the value is zero */
            const char *q = p;
            b = 10;
            if (q < end && *q == '0') {
                while (q < end && (*q == '0' || *q == '_'))
                    q++;
                if (q != end)
                    bad_literal(vm, s, len, obase, orig);
            }
        }
        base = b;
    }
    digits = p;
    prev_us = 1;    /* a leading underscore is an error */
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_us)
                break;
            prev_us = 1;
            continue;
        }
        dv = digit_value((unsigned char)*p);
        if (dv >= base)
            break;
        prev_us = 0;
        ndig++;
        if (!overflow) {
            if (acc > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base)
                overflow = 1;
            else
                acc = acc * (uint64_t)base + (uint64_t)dv;
        }
    }
    if (p != end || ndig == 0 || prev_us)
        bad_literal(vm, s, len, obase, orig);
    if ((base & (base - 1)) != 0 && vm->int_max_str_digits && ndig > vm->int_max_str_digits)
        tern_raise_value_error(vm, "Exceeds the limit (%d digits) for integer string conversion: "
                               "value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                               (int)vm->int_max_str_digits, (int)ndig);
    if (!overflow)
        return from_u64(vm, acc, neg);
    /* big: one allocation, then multiply-add chunk by chunk */
    bits_per = 1;
    while ((1 << bits_per) < base)
        bits_per++;
    owner = tern_heap_owner(vm, digits);
    off = owner != TERN_NULL ? (size_t)(digits - (const char *)TERN_PTR(owner)) : 0;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, owner);
        r = bn_alloc(vm, ndig * (size_t)bits_per / 32 + 2);
        TERN_UNROOT(vm);
    }
    if (owner != TERN_NULL) {
        const char *nd = (const char *)TERN_PTR(owner) + off;
        end = nd + (end - digits);
        digits = nd;
    }
    {
        tern_digit *d = TERN_BIGINT_DIGITS(r);
        tern_digit chunk = 0, mult = 1;
        for (p = digits; p < end; p++) {
            if (*p == '_')
                continue;
            chunk = chunk * (tern_digit)base + (tern_digit)digit_value((unsigned char)*p);
            mult *= (tern_digit)base;
            if (mult > 0xFFFFFFFFu / (tern_digit)base) {
                n = tern_bn_muladd1(d, d, n, mult, chunk);
                chunk = 0;
                mult = 1;
            }
        }
        if (mult > 1)
            n = tern_bn_muladd1(d, d, n, mult, chunk);
    }
    return bn_finish(vm, r, n, neg);
}

/* ---- the constructor ---- */

static tern_val int_from_text(tern_vm *vm, tern_val s, int base) {
    /* the text of a heap str is found again through the owner fallback */
    tern_val t, r;
    if (TERN_IS_KIND(s, TERN_K_BYTES))
        return int_parse(vm, TERN_STR_CHARS(s), TERN_STR_LEN(s), base, s);    /* errors show b'...' */
    if (TERN_AS(tern_str, s)->nchars == TERN_STR_LEN(s))
        return tern_int_parse(vm, TERN_STR_CHARS(s), TERN_STR_LEN(s), base);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    t = tern_str_numeric_ascii(vm, s);
    r = int_parse(vm, TERN_STR_CHARS(t), TERN_STR_LEN(t), base, s);
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_int_of(tern_vm *vm, tern_val x) {
    tern_val m;
    if (TERN_IS_PROXY(x) && !tern_class_user_lookup(tern_typeof(x), TERN_N(__int__)) &&
        !tern_class_user_lookup(tern_typeof(x), TERN_N(__index__)))
        x = TERN_PROXY_VALUE(x);    /* subclass of int/str/float: its value */
    if (TERN_IS_INT(x))
        return x;
    if (TERN_IS_BOOL(x))
        return TERN_SMALL(x == TERN_TRUE);
    if (TERN_IS_FLOAT(x))
        return tern_int_from_double(vm, TERN_FLOAT_VAL(x));
    if (TERN_IS_STR(x) || TERN_IS_KIND(x, TERN_K_BYTES))
        return int_from_text(vm, x, 10);
    if (TERN_IS_KIND(x, TERN_K_BYTEARRAY) || TERN_IS_MEMVIEW(x))
        return int_from_text(vm, tern_buffer_tobytes(vm, x), 10);
    m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__int__));
    if (m == TERN_NULL)
        m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__index__));
    if (m == TERN_NULL)
        m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__trunc__));
    if (m != TERN_NULL) {
        tern_val r = tern_call1(vm, m, x);
        if (!TERN_IS_INTLIKE(r))
            tern_raise_type_error(vm, "__int__ returned non-int (type %s)", tern_type_name(r));
        return TERN_IS_BOOL(r) ? TERN_SMALL(r == TERN_TRUE) : r;
    }
    tern_raise_type_error(vm, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          tern_type_name(x));
}

static tern_val int_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw;
    tern_val x, basev = TERN_NULL;
    tern_int base;
    (void)t;
    if (nkw) {
        basev = tern_kwarg(kwnames, nargs, args, TERN_N(base));
        if (basev == TERN_NULL || nkw > 1)
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for int()",
                                  TERN_TUPLE_ITEMS(kwnames)[basev == TERN_NULL ? 0 : 1]);
    }
    if (npos > 2)
        tern_raise_type_error(vm, "int() takes at most 2 arguments (%d given)", npos);
    if (npos == 2)
        basev = args[1];
    if (npos == 0) {
        if (basev != TERN_NULL)
            tern_raise_type_error(vm, "int() missing string argument");
        return TERN_SMALL(0);
    }
    x = args[0];
    if (basev == TERN_NULL)
        return tern_int_of(vm, x);
    base = tern_index_value(vm, basev);
    if (base != 0 && (base < 2 || base > 36))
        tern_raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
    if (TERN_IS_KIND(x, TERN_K_BYTEARRAY))
        x = tern_buffer_tobytes(vm, x);
    if (!TERN_IS_STR(x) && !TERN_IS_KIND(x, TERN_K_BYTES))
        tern_raise_type_error(vm, "int() can't convert non-string with explicit base");
    return int_from_text(vm, x, (int)base);
}

/* ---- methods ---- */

static tern_val int_m_bit_length(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "int", "bit_length", nargs, kwnames, 1, 1);
    return tern_int_from(vm, (tern_int)tern_int_bit_length(args[0]));
}

static tern_val int_m_bit_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    iview w;
    size_t i;
    tern_int c = 0;
    tern_method_args(vm, "int", "bit_count", nargs, kwnames, 1, 1);
    iview_of(args[0], &w);
    for (i = 0; i < w.n; i++) {
        tern_digit d = w.d[i];
        while (d) {
            d &= d - 1;
            c++;
        }
    }
    return TERN_SMALL(c);
}

static tern_val int_m_conjugate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "int", "conjugate", nargs, kwnames, 1, 1);
    return TERN_IS_BOOL(args[0]) ? TERN_SMALL(args[0] == TERN_TRUE) : args[0];
}

static tern_val int_m_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "int", "__index__", nargs, kwnames, 1, 1);
    return TERN_IS_BOOL(args[0]) ? TERN_SMALL(args[0] == TERN_TRUE) : args[0];
}

static tern_val int_m_float(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "int", "__float__", nargs, kwnames, 1, 1);
    return tern_float_new(vm, tern_int_to_double(vm, args[0]));
}

static tern_val int_m_as_integer_ratio(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val t;
    tern_method_args(vm, "int", "as_integer_ratio", nargs, kwnames, 1, 1);
    t = tern_tuple_new(vm, 2);
    TERN_TUPLE_ITEMS(t)[0] = TERN_IS_BOOL(args[0]) ? TERN_SMALL(args[0] == TERN_TRUE) : args[0];
    TERN_TUPLE_ITEMS(t)[1] = TERN_SMALL(1);
    return t;
}

/* round(int, ndigits): a negative ndigits rounds half to even at 10^-n. */
static tern_val int_m_round(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val p = TERN_NULL, q = TERN_NULL, r = TERN_NULL, twice = TERN_NULL;
    tern_int nd;
    int c;
    tern_method_args(vm, "int", "__round__", nargs, kwnames, 1, 2);
    if (nargs < 2 || args[1] == TERN_NONE)
        return TERN_IS_BOOL(args[0]) ? TERN_SMALL(args[0] == TERN_TRUE) : args[0];
    nd = tern_index_value(vm, args[1]);
    if (nd >= 0)
        return TERN_IS_BOOL(args[0]) ? TERN_SMALL(args[0] == TERN_TRUE) : args[0];
    TERN_ROOTS(vm);
    TERN_ROOT(vm, p);
    TERN_ROOT(vm, q);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, twice);
    p = int_pow(vm, TERN_SMALL(10), tern_int_from(vm, -nd), TERN_NULL);
    int_divmod(vm, args[0], p, &q, &r);
    twice = int_mul(vm, r, TERN_SMALL(2));
    c = tern_int_cmp(twice, p);
    if (c > 0 || (c == 0 && int_is_odd(q)))
        q = int_addsub(vm, q, TERN_SMALL(1), 0);
    r = int_mul(vm, q, p);
    TERN_UNROOT(vm);
    return r;
}

static tern_val int_m_to_bytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, little = 0, sign = 0;
    tern_val lenv, order, signedv, v, b;
    tern_int len, i;
    iview w;
    uint8_t *out;
    if (npos < 1 || npos > 3)
        tern_raise_type_error(vm, "to_bytes() takes at most 2 positional arguments (%d given)", npos - 1);
    lenv = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(length));
    order = npos > 2 ? args[2] : tern_kwarg(kwnames, nargs, args, TERN_N(byteorder));
    signedv = tern_kwarg(kwnames, nargs, args, TERN_N(signed));
    len = lenv == TERN_NULL ? 1 : tern_index_value(vm, lenv);
    if (len < 0)
        tern_raise_value_error(vm, "length argument must be non-negative");
    if (order != TERN_NULL) {
        if (tern_str_eq(order, TERN_N(little)))
            little = 1;
        else if (!tern_str_eq(order, TERN_N(big)))
            tern_raise_value_error(vm, "byteorder must be either 'little' or 'big'");
    }
    if (signedv != TERN_NULL)
        sign = tern_truthy(vm, signedv);
    v = args[0];
    if (!sign && tern_int_sign(v) < 0)
        tern_raise_fmt(vm, &tern_type_OverflowError, "can't convert negative int to unsigned");
    /* check the range: bits needed */
    {
        size_t bits = tern_int_bit_length(v);
        size_t avail = (size_t)len * 8;
        int fits;
        if (!sign)
            fits = bits <= avail;
        else if (tern_int_sign(v) >= 0)
            fits = bits < avail || (bits == 0);
        else {
            /* -2^(avail-1) fits exactly */
            fits = bits < avail;
            if (bits == avail) {
                iview_of(v, &w);
                fits = 1;
                for (i = 0; i < (tern_int)bits - 1; i++)
                    if ((w.d[i / 32] >> (i % 32)) & 1)
                        fits = 0;
            }
        }
        if (!fits)
            tern_raise_fmt(vm, &tern_type_OverflowError, "int too big to convert");
    }
    b = tern_bytes_new(vm, NULL, (size_t)len);
    iview_of(args[0], &w);
    out = (uint8_t *)TERN_STR_DATA(TERN_PTR(b));
    /* the bytes of |v|, least significant first, then negated in two's
     * complement (~x + 1) for a negative v */
    for (i = 0; i < len; i++) {
        size_t di = (size_t)i / 4;
        tern_digit d = di < w.n ? w.d[di] : 0;
        out[little ? i : len - 1 - i] = (uint8_t)(d >> (8 * (i % 4)));
    }
    if (w.neg) {
        unsigned carry = 1;
        for (i = 0; i < len; i++) {
            tern_int k = little ? i : len - 1 - i;
            unsigned x = (unsigned)(uint8_t)~out[k] + carry;
            out[k] = (uint8_t)x;
            carry = x >> 8;
        }
    }
    return b;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a static
 * function in int's attribute table (cls is always int here). */
static tern_val int_from_bytes(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, little = 0, sign = 0;
    tern_val src, order, signedv, r = TERN_NULL, list = TERN_NULL;
    size_t n, i;
    tern_bigint *b;
    if (npos < 1 || npos > 2)
        tern_raise_type_error(vm, "from_bytes() takes at most 2 positional arguments (%d given)", npos);
    src = args[0];
    order = npos > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(byteorder));
    signedv = tern_kwarg(kwnames, nargs, args, TERN_N(signed));
    if (order != TERN_NULL) {
        if (!TERN_IS_STR(order))
            tern_raise_type_error(vm, "from_bytes() argument 'byteorder' must be str, not %s", tern_type_name(order));
        if (tern_str_eq(order, TERN_N(little)))
            little = 1;
        else if (!tern_str_eq(order, TERN_N(big)))
            tern_raise_value_error(vm, "byteorder must be either 'little' or 'big'");
    }
    if (signedv != TERN_NULL)
        sign = tern_truthy(vm, signedv);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, list);
    if (!TERN_IS_KIND(src, TERN_K_BYTES)) {
        /* any iterable of ints: through bytes() */
        list = tern_type_bytes.make(vm, &tern_type_bytes, 1, &args[0], TERN_NULL);
    } else {
        list = src;
    }
    n = TERN_STR_LEN(list);
    b = bn_alloc(vm, n / 4 + 1);
    {
        const uint8_t *p = (const uint8_t *)TERN_STR_CHARS(list);
        tern_digit *d = TERN_BIGINT_DIGITS(b);
        for (i = 0; i < n; i++) {
            uint8_t byte = p[little ? i : n - 1 - i];
            d[i / 4] |= (tern_digit)byte << (8 * (i % 4));
        }
        r = bn_finish(vm, b, n / 4 + 1, 0);
        if (sign && n > 0 && (p[little ? n - 1 : 0] & 0x80)) {
            tern_val m = int_lshift(vm, TERN_SMALL(1), tern_int_from(vm, (tern_int)(8 * n)));
            r = int_addsub(vm, r, m, 1);
        }
    }
    TERN_UNROOT(vm);
    return r;
}
static TERN_CFUNC_DEF(int_from_bytes_obj, from_bytes, int_from_bytes);
static TERN_CMETHOD_DEF(int_bit_length_obj, bit_length, int_m_bit_length);
static TERN_CMETHOD_DEF(int_bit_count_obj, bit_count, int_m_bit_count);
static TERN_CMETHOD_DEF(int_conjugate_obj, conjugate, int_m_conjugate);
static TERN_CMETHOD_DEF(int_index_obj, __index__, int_m_index);
static TERN_CMETHOD_DEF(int_int_obj, __int__, int_m_index);
static TERN_CMETHOD_DEF(int_trunc_obj, __trunc__, int_m_index);
static TERN_CMETHOD_DEF(int_floor_obj, __floor__, int_m_index);
static TERN_CMETHOD_DEF(int_ceil_obj, __ceil__, int_m_index);
static TERN_CMETHOD_DEF(int_float_obj, __float__, int_m_float);
static TERN_CMETHOD_DEF(int_round_obj, __round__, int_m_round);
static TERN_CMETHOD_DEF(int_ratio_obj, as_integer_ratio, int_m_as_integer_ratio);
static TERN_CMETHOD_DEF(int_to_bytes_obj, to_bytes, int_m_to_bytes);
static tern_val int_m_format(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "int", "__format__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__format__() argument must be str, not %s", tern_type_name(args[1]));
    return tern_format_spec(vm, args[0], args[1]);
}
static TERN_CMETHOD_DEF(int_format_obj, __format__, int_m_format);

static const tern_attr int_attrs[] = {
    {TERN_NSTR(bit_length), &int_bit_length_obj},
    {TERN_NSTR(bit_count), &int_bit_count_obj},
    {TERN_NSTR(conjugate), &int_conjugate_obj},
    {TERN_NSTR(__index__), &int_index_obj},
    {TERN_NSTR(__int__), &int_int_obj},
    {TERN_NSTR(__trunc__), &int_trunc_obj},
    {TERN_NSTR(__floor__), &int_floor_obj},
    {TERN_NSTR(__ceil__), &int_ceil_obj},
    {TERN_NSTR(__float__), &int_float_obj},
    {TERN_NSTR(__round__), &int_round_obj},
    {TERN_NSTR(__format__), &int_format_obj},
    {TERN_NSTR(as_integer_ratio), &int_ratio_obj},
    {TERN_NSTR(to_bytes), &int_to_bytes_obj},
    {TERN_NSTR(from_bytes), &int_from_bytes_obj},
};

/* real, imag, numerator, denominator */
tern_val tern_int_getattr_(tern_vm *vm, tern_val self, tern_val name) {
    (void)vm;
    if (name == TERN_N(real) || name == TERN_N(numerator))
        return TERN_IS_BOOL(self) ? TERN_SMALL(self == TERN_TRUE) : self;
    if (name == TERN_N(imag))
        return TERN_SMALL(0);
    if (name == TERN_N(denominator))
        return TERN_SMALL(1);
    return TERN_NULL;
}

static int int_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return tern_int_sign(self) != 0;
}

const tern_type tern_type_int = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(int), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, int_attrs, sizeof(int_attrs) / sizeof(int_attrs[0]),
    TERN_K_BIGINT, TERN_TF_BASETYPE, 0,
    int_make,
    int_repr,
    NULL,               /* str */
    int_hash_slot,
    int_compare,
    tern_int_binop,
    int_unop,
    int_truth,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    tern_int_getattr_,
    NULL
};
