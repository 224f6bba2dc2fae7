/* SPDX-License-Identifier: MIT */
/*
 * mod_math.c — the math module: the C library's functions on floats with
 * CPython's argument conversion and errors ("math domain error" as
 * ValueError, "math range error" as OverflowError), and the integer
 * functions (factorial, gcd, lcm, isqrt, comb, perm) on arbitrary ints.
 */
#include <math.h>
#include <stdlib.h>
#include "runtime.h"
#include "obj_class.h"
#include "obj_num.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.7182818284590452354
#endif

TERN_NORETURN static void domain_error(tern_vm *vm) {
    tern_raise_value_error(vm, "math domain error");
}

/* A float argument, as CPython's math functions convert it. */
static double arg_float(tern_vm *vm, tern_val v) {
    if (TERN_IS_FLOAT(v))
        return TERN_FLOAT_VAL(v);
    if (TERN_IS_INT(v) || TERN_IS_BOOL(v))
        return tern_float_value(vm, v);
    {
        tern_val f = tern_getattr_opt(vm, v, TERN_N(__float__));
        if (f) {
            f = tern_call0(vm, f);
            if (TERN_IS_FLOAT(f))
                return TERN_FLOAT_VAL(f);
        }
    }
    tern_raise_type_error(vm, "must be real number, not %T", v);
}

/* Check a C library result: NaN from non-NaN input is a domain error,
 * infinity from finite input a range error. */
static tern_val result(tern_vm *vm, double r, double x, int can_overflow) {
    if (isnan(r) && !isnan(x))
        domain_error(vm);
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            tern_raise_fmt(vm, &tern_type_OverflowError, "math range error");
        domain_error(vm);
    }
    return tern_float_new(vm, r);
}

/* One-argument functions, from a table. */
typedef double (*fn1)(double);

typedef struct math1 {
    const char *name;
    fn1 fn;
    signed char lo_ok;      /* domain: 0 any; 1 x >= 0; 2 x > 0; 3 -1 <= x <= 1 */
    char can_overflow;
} math1;

static tern_val apply1(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, const math1 *m) {
    double x;
    tern_check_args(vm, m->name, nargs, kwnames, 1, 1);
    x = arg_float(vm, args[0]);
    if ((m->lo_ok == 1 && x < 0) || (m->lo_ok == 2 && x <= 0) || (m->lo_ok == 3 && (x < -1 || x > 1)))
        domain_error(vm);
    return result(vm, m->fn(x), x, m->can_overflow);
}

static double gamma_fn(double x) {
    return tgamma(x);
}

#define MATH1(cname, lo, ovf) \
    static tern_val m_##cname(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        static const math1 d = { #cname, cname, lo, ovf }; \
        return apply1(vm, nargs, args, kwnames, &d); \
    }

MATH1(sqrt, 1, 0)
MATH1(cbrt, 0, 0)
MATH1(exp2, 0, 1)
MATH1(exp, 0, 1)
MATH1(expm1, 0, 1)
MATH1(log2, 2, 0)
MATH1(log10, 2, 0)
MATH1(log1p, 0, 0)
MATH1(sin, 0, 0)
MATH1(cos, 0, 0)
MATH1(tan, 0, 0)
MATH1(asin, 3, 0)
MATH1(acos, 3, 0)
MATH1(atan, 0, 0)
MATH1(sinh, 0, 1)
MATH1(cosh, 0, 1)
MATH1(tanh, 0, 0)
MATH1(asinh, 0, 0)
MATH1(atanh, 0, 0)
MATH1(acosh, 0, 0)
MATH1(fabs, 0, 0)
MATH1(erf, 0, 0)
MATH1(erfc, 0, 0)
MATH1(gamma_fn, 0, 1)
MATH1(lgamma, 0, 1)

/* The natural log of any int or float; a big int beyond float range is
 * taken from its leading decimal digits and its length. */
static double log_of(tern_vm *vm, tern_val v) {
    if (TERN_IS_KIND(v, TERN_K_BIGINT)) {
        tern_val s = tern_int_to_str(vm, v, 10);
        const char *p = TERN_STR_CHARS(s);
        size_t n = TERN_STR_LEN(s), k;
        char buf[24];
        if (*p == '-')
            domain_error(vm);
        for (k = 0; k < 17 && k < n; k++)
            buf[k] = p[k];
        buf[k] = 0;
        return log(strtod(buf, NULL)) + (double)(n - k) * log(10.0);
    }
    {
        double x = arg_float(vm, v);
        if (x <= 0)
            domain_error(vm);
        return log(x);
    }
}

static tern_val m_log(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double r;
    tern_check_args(vm, "log", nargs, kwnames, 1, 2);
    r = log_of(vm, args[0]);
    if (nargs == 2) {
        double lb = log_of(vm, args[1]);
        if (lb == 0)
            tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "float division by zero");
        r /= lb;
    }
    return tern_float_new(vm, r);
}

static tern_val m_pow(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double x, y, r;
    tern_check_args(vm, "pow", nargs, kwnames, 2, 2);
    x = arg_float(vm, args[0]);
    y = arg_float(vm, args[1]);
    if (x == 0 && y < 0)
        domain_error(vm);
    if (x < 0 && isfinite(y) && y != floor(y))
        domain_error(vm);
    r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        tern_raise_fmt(vm, &tern_type_OverflowError, "math range error");
    return tern_float_new(vm, r);
}

static tern_val two_floats(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames,
                           double (*f)(double, double), int mod) {
    double x, y;
    tern_check_args(vm, name, nargs, kwnames, 2, 2);
    x = arg_float(vm, args[0]);
    y = arg_float(vm, args[1]);
    if (mod && (y == 0 || isinf(x)))
        domain_error(vm);
    return tern_float_new(vm, f(x, y));
}

static tern_val m_atan2(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return two_floats(vm, "atan2", nargs, args, kwnames, atan2, 0);
}
static tern_val m_fmod(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return two_floats(vm, "fmod", nargs, args, kwnames, fmod, 1);
}
static tern_val m_copysign(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return two_floats(vm, "copysign", nargs, args, kwnames, copysign, 0);
}
static tern_val m_nextafter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return two_floats(vm, "nextafter", nargs, args, kwnames, nextafter, 0);
}
/* ulp(x): the gap between |x| and the next float away from zero (or,
 * for the largest float, the one before it). */
static tern_val m_ulp(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double x, up;
    tern_check_args(vm, "ulp", nargs, kwnames, 1, 1);
    x = fabs(arg_float(vm, args[0]));
    if (isnan(x) || isinf(x))
        return tern_float_new(vm, x);
    up = nextafter(x, HUGE_VAL);
    if (isinf(up))
        return tern_float_new(vm, x - nextafter(x, -HUGE_VAL));
    return tern_float_new(vm, up - x);
}
static tern_val m_remainder(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return two_floats(vm, "remainder", nargs, args, kwnames, remainder, 1);
}

static tern_val m_hypot(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double acc = 0;
    int i;
    tern_check_args(vm, "hypot", nargs, kwnames, 0, 255);
    for (i = 0; i < nargs; i++) {
        double x = arg_float(vm, args[i]);
        acc = hypot(acc, x);
    }
    return tern_float_new(vm, acc);
}

/* floor, ceil, trunc: ints stay ints (big ones too); floats become ints. */
static tern_val rounding(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, const char *name,
                         double (*f)(double), tern_val dunder) {
    tern_val m;
    tern_check_args(vm, name, nargs, kwnames, 1, 1);
    if (TERN_IS_INT(args[0]))
        return args[0];
    if (TERN_IS_BOOL(args[0]))
        return TERN_SMALL(args[0] == TERN_TRUE);
    if (TERN_IS_FLOAT(args[0]))
        return tern_int_from_double(vm, f(TERN_FLOAT_VAL(args[0])));
    m = tern_getattr_opt(vm, args[0], dunder);
    if (m)
        return tern_call0(vm, m);
    return tern_int_from_double(vm, f(arg_float(vm, args[0])));
}

static tern_val m_floor(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return rounding(vm, nargs, args, kwnames, "floor", floor, TERN_N(__floor__));
}
static tern_val m_ceil(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return rounding(vm, nargs, args, kwnames, "ceil", ceil, TERN_N(__ceil__));
}
static tern_val m_trunc(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return rounding(vm, nargs, args, kwnames, "trunc", trunc, TERN_N(__trunc__));
}

static tern_val m_isnan(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "isnan", nargs, kwnames, 1, 1);
    return TERN_BOOL(isnan(arg_float(vm, args[0])));
}
static tern_val m_isinf(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "isinf", nargs, kwnames, 1, 1);
    return TERN_BOOL(isinf(arg_float(vm, args[0])));
}
static tern_val m_isfinite(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "isfinite", nargs, kwnames, 1, 1);
    return TERN_BOOL(isfinite(arg_float(vm, args[0])));
}

static tern_val m_degrees(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "degrees", nargs, kwnames, 1, 1);
    return tern_float_new(vm, arg_float(vm, args[0]) * (180.0 / M_PI));
}
static tern_val m_radians(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "radians", nargs, kwnames, 1, 1);
    return tern_float_new(vm, arg_float(vm, args[0]) * (M_PI / 180.0));
}

static tern_val m_modf(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double ip, fp, x;
    tern_val *s;
    tern_check_args(vm, "modf", nargs, kwnames, 1, 1);
    x = arg_float(vm, args[0]);
    fp = modf(x, &ip);
    s = tern_push(vm, tern_float_new(vm, fp));
    tern_push(vm, tern_float_new(vm, ip));
    {
        tern_val t = tern_tuple_from(vm, 2, s);
        tern_popn(vm, 2);
        return t;
    }
}

static tern_val m_frexp(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int e;
    double m;
    tern_val *s, t;
    tern_check_args(vm, "frexp", nargs, kwnames, 1, 1);
    m = frexp(arg_float(vm, args[0]), &e);
    s = tern_push(vm, tern_float_new(vm, m));
    tern_push(vm, TERN_SMALL(e));
    t = tern_tuple_from(vm, 2, s);
    tern_popn(vm, 2);
    return t;
}

static tern_val m_ldexp(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double r, x;
    tern_check_args(vm, "ldexp", nargs, kwnames, 2, 2);
    x = arg_float(vm, args[0]);
    r = ldexp(x, (int)tern_int_value(vm, args[1]));
    if (isinf(r) && isfinite(x))
        tern_raise_fmt(vm, &tern_type_OverflowError, "math range error");
    return tern_float_new(vm, r);
}

static tern_val m_isclose(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double a, b, rel = 1e-9, abs_tol = 0.0, diff;
    int npos = nargs - TERN_NKW(kwnames);
    tern_val v;
    if (npos != 2)
        tern_raise_type_error(vm, "isclose() takes exactly 2 positional arguments (%d given)", npos);
    a = arg_float(vm, args[0]);
    b = arg_float(vm, args[1]);
    if ((v = tern_kwarg(kwnames, nargs, args, TERN_N(rel_tol))) != TERN_NULL)
        rel = arg_float(vm, v);
    if ((v = tern_kwarg(kwnames, nargs, args, TERN_N(abs_tol))) != TERN_NULL)
        abs_tol = arg_float(vm, v);
    if (rel < 0 || abs_tol < 0)
        tern_raise_value_error(vm, "tolerances must be non-negative");
    if (a == b)
        return TERN_TRUE;
    if (isinf(a) || isinf(b))
        return TERN_FALSE;
    diff = fabs(b - a);
    return TERN_BOOL(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* fsum: Shewchuk's exact partial sums, as CPython does, so the result is
 * correctly rounded. */
static tern_val m_fsum(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double p[64];
    int n = 0, i, j;
    tern_val it, x;
    tern_check_args(vm, "fsum", nargs, kwnames, 1, 1);
    it = tern_iter(vm, args[0]);
    tern_push(vm, it);
    while ((x = tern_next(vm, vm->sp[-1])) != TERN_NULL) {
        double v = arg_float(vm, x);
        for (i = j = 0; j < n; j++) {
            double y = p[j], hi, lo;
            if (fabs(v) < fabs(y)) {
                double t = v;
                v = y;
                y = t;
            }
            hi = v + y;
            lo = y - (hi - v);
            if (lo != 0.0)
                p[i++] = lo;
            v = hi;
        }
        n = i;
        if (n < 63)
            p[n++] = v;
        else
            p[n - 1] += v;
    }
    tern_popn(vm, 1);
    {
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double v = hi, y = p[--n], lo;
                hi = v + y;
                lo = y - (hi - v);
                if (lo != 0.0) {
                    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
                        y = lo * 2;
                        v = hi + y;
                        if (y == v - hi)
                            hi = v;
                    }
                    break;
                }
            }
        }
        return tern_float_new(vm, hi);
    }
}

/* ---- integer functions ---- */

static tern_val int_arg(tern_vm *vm, tern_val v, const char *fname) {
    if (TERN_IS_INT(v))
        return v;
    if (TERN_IS_BOOL(v))
        return TERN_SMALL(v == TERN_TRUE);
    if (TERN_IS_FLOAT(v))
        tern_raise_type_error(vm, "'float' object cannot be interpreted as an integer");
    (void)fname;
    return tern_int_from(vm, tern_index_value(vm, v));
}

static int is_negative(tern_vm *vm, tern_val v) {
    return tern_compare(vm, TERN_CMP_LT, v, TERN_SMALL(0)) == TERN_TRUE;
}

static tern_val m_factorial(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s;
    tern_int n, i;
    tern_check_args(vm, "factorial", nargs, kwnames, 1, 1);
    if (TERN_IS_FLOAT(args[0]))
        tern_raise_type_error(vm, "'float' object cannot be interpreted as an integer");
    n = tern_int_value(vm, int_arg(vm, args[0], "factorial"));
    if (n < 0)
        tern_raise_value_error(vm, "factorial() not defined for negative values");
    s = tern_push(vm, TERN_SMALL(1));
    for (i = 2; i <= n; i++)
        s[0] = tern_int_binop(vm, TERN_OP_MUL, s[0], TERN_SMALL(i));
    tern_popn(vm, 1);
    return s[0];
}

static tern_val gcd2(tern_vm *vm, tern_val *s) {
    /* s[0], s[1] rooted on the stack; Euclid on absolute values */
    if (is_negative(vm, s[0]))
        s[0] = tern_unary_op(vm, TERN_UOP_NEG, s[0]);
    if (is_negative(vm, s[1]))
        s[1] = tern_unary_op(vm, TERN_UOP_NEG, s[1]);
    while (s[1] != TERN_SMALL(0)) {
        tern_val r = tern_int_binop(vm, TERN_OP_MOD, s[0], s[1]);
        s[0] = s[1];
        s[1] = r;
    }
    return s[0];
}

static tern_val m_gcd(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    int i;
    tern_check_args(vm, "gcd", nargs, kwnames, 0, 255);
    s = tern_push(vm, TERN_SMALL(0));
    tern_push(vm, TERN_SMALL(0));
    for (i = 0; i < nargs; i++) {
        s[1] = int_arg(vm, args[i], "gcd");
        s[0] = gcd2(vm, s);
    }
    r = s[0];
    tern_popn(vm, 2);
    return r;
}

static tern_val m_lcm(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    int i;
    tern_check_args(vm, "lcm", nargs, kwnames, 0, 255);
    s = tern_push(vm, TERN_SMALL(1));
    tern_push(vm, TERN_SMALL(0));
    tern_push(vm, TERN_SMALL(0));
    tern_push(vm, TERN_SMALL(0));
    for (i = 0; i < nargs; i++) {
        s[3] = int_arg(vm, args[i], "lcm");
        if (s[3] == TERN_SMALL(0) || s[0] == TERN_SMALL(0)) {
            s[0] = TERN_SMALL(0);
            continue;
        }
        s[1] = s[0];
        s[2] = s[3];
        r = gcd2(vm, s + 1);
        s[1] = r;
        s[2] = tern_int_binop(vm, TERN_OP_MUL, s[0], s[3]);
        if (is_negative(vm, s[2]))
            s[2] = tern_unary_op(vm, TERN_UOP_NEG, s[2]);
        s[0] = tern_int_binop(vm, TERN_OP_FLOORDIV, s[2], s[1]);
    }
    r = s[0];
    tern_popn(vm, 4);
    return r;
}

static tern_val m_isqrt(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, r;
    tern_check_args(vm, "isqrt", nargs, kwnames, 1, 1);
    s = tern_push(vm, int_arg(vm, args[0], "isqrt"));
    if (is_negative(vm, s[0]))
        tern_raise_value_error(vm, "isqrt() argument must be nonnegative");
    if (TERN_IS_SMALL(s[0]) && (double)TERN_SMALL_VALUE(s[0]) < 4503599627370496.0) {   /* 2**52 */
        tern_int n = TERN_SMALL_VALUE(s[0]), x = (tern_int)sqrt((double)n);
        while (x * x > n)
            x--;
        while ((x + 1) * (x + 1) <= n)
            x++;
        tern_popn(vm, 1);
        return TERN_SMALL(x);
    }
    /* Newton from above: x = (x + n // x) // 2 until it stops shrinking */
    tern_push(vm, s[0]);
    tern_push(vm, TERN_NULL);
    for (;;) {
        s[2] = tern_int_binop(vm, TERN_OP_FLOORDIV, s[0], s[1]);
        s[2] = tern_int_binop(vm, TERN_OP_ADD, s[2], s[1]);
        s[2] = tern_int_binop(vm, TERN_OP_RSHIFT, s[2], TERN_SMALL(1));
        if (tern_compare(vm, TERN_CMP_GE, s[2], s[1]) == TERN_TRUE)
            break;
        s[1] = s[2];
    }
    r = s[1];
    tern_popn(vm, 3);
    return r;
}

static tern_val comb_perm(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int comb) {
    tern_int n, k, i;
    tern_val *s, r;
    tern_check_args(vm, comb ? "comb" : "perm", nargs, kwnames, comb ? 2 : 1, 2);
    n = tern_int_value(vm, int_arg(vm, args[0], "comb"));
    k = nargs > 1 && args[1] != TERN_NONE ? tern_int_value(vm, int_arg(vm, args[1], "comb")) : n;
    if (n < 0)
        tern_raise_value_error(vm, "n must be a non-negative integer");
    if (k < 0)
        tern_raise_value_error(vm, "k must be a non-negative integer");
    if (k > n)
        return TERN_SMALL(0);
    if (comb && k > n - k)
        k = n - k;
    s = tern_push(vm, TERN_SMALL(1));
    for (i = 0; i < k; i++) {
        s[0] = tern_int_binop(vm, TERN_OP_MUL, s[0], TERN_SMALL(n - i));
        if (comb)
            s[0] = tern_int_binop(vm, TERN_OP_FLOORDIV, s[0], TERN_SMALL(i + 1));
    }
    r = s[0];
    tern_popn(vm, 1);
    return r;
}

static tern_val m_comb(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return comb_perm(vm, nargs, args, kwnames, 1);
}
static tern_val m_perm(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return comb_perm(vm, nargs, args, kwnames, 0);
}

static tern_val m_prod(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, x, start = tern_kwarg(kwnames, nargs, args, TERN_N(start)), r;
    if (nargs - TERN_NKW(kwnames) != 1)
        tern_raise_type_error(vm, "prod() takes exactly 1 positional argument (%d given)",
                              nargs - TERN_NKW(kwnames));
    s = tern_push(vm, start ? start : TERN_SMALL(1));
    tern_push(vm, tern_iter(vm, args[0]));
    while ((x = tern_next(vm, s[1])) != TERN_NULL)
        s[0] = tern_binary_op(vm, TERN_OP_MUL, s[0], x);
    r = s[0];
    tern_popn(vm, 2);
    return r;
}

static tern_val m_dist(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s;
    size_t i, n;
    double acc = 0;
    tern_check_args(vm, "dist", nargs, kwnames, 2, 2);
    s = tern_push(vm, tern_tuple_of(vm, args[0]));
    tern_push(vm, tern_tuple_of(vm, args[1]));
    n = TERN_TUPLE_LEN(s[0]);
    if (n != TERN_TUPLE_LEN(s[1]))
        tern_raise_value_error(vm, "both points must have the same number of dimensions");
    for (i = 0; i < n; i++) {
        double d = arg_float(vm, TERN_TUPLE_ITEMS(s[0])[i]) - arg_float(vm, TERN_TUPLE_ITEMS(s[1])[i]);
        acc = hypot(acc, d);
    }
    tern_popn(vm, 2);
    return tern_float_new(vm, acc);
}

#define F(n) static TERN_CFUNC_DEF(n##_obj, n, m_##n);
F(sqrt) F(cbrt) F(exp2) F(nextafter) F(ulp) F(exp) F(expm1) F(log2) F(log10) F(log1p) F(sin) F(cos) F(tan) F(asin) F(acos) F(atan)
F(sinh) F(cosh) F(tanh) F(asinh) F(atanh) F(acosh) F(fabs) F(erf) F(erfc) F(lgamma)
F(log) F(pow) F(atan2) F(fmod) F(copysign) F(remainder) F(hypot) F(floor) F(ceil) F(trunc)
F(isnan) F(isinf) F(isfinite) F(degrees) F(radians) F(modf) F(frexp) F(ldexp) F(isclose)
F(fsum) F(factorial) F(gcd) F(lcm) F(isqrt) F(comb) F(perm) F(prod) F(dist)
#undef F
static TERN_CFUNC_DEF(gamma_obj, gamma, m_gamma_fn);

static const tern_attr math_funcs[] = {
#define E(n) { TERN_NSTR(n), &n##_obj },
    E(sqrt) E(cbrt) E(exp2) E(nextafter) E(ulp) E(exp) E(expm1) E(log2) E(log10) E(log1p) E(sin) E(cos) E(tan) E(asin) E(acos) E(atan)
    E(sinh) E(cosh) E(tanh) E(asinh) E(atanh) E(acosh) E(fabs) E(erf) E(erfc) E(lgamma) E(gamma)
    E(log) E(pow) E(atan2) E(fmod) E(copysign) E(remainder) E(hypot) E(floor) E(ceil) E(trunc)
    E(isnan) E(isinf) E(isfinite) E(degrees) E(radians) E(modf) E(frexp) E(ldexp) E(isclose)
    E(fsum) E(factorial) E(gcd) E(lcm) E(isqrt) E(comb) E(perm) E(prod) E(dist)
#undef E
};

tern_val tern_mod_math_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(math))), r;
    size_t i;
    for (i = 0; i < sizeof(math_funcs) / sizeof(math_funcs[0]); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(math_funcs[i].name),
                      TERN_VAL(math_funcs[i].value));
    {
        static const struct { const tern_str *name; double v; } consts[] = {
            { TERN_NSTR(pi), M_PI }, { TERN_NSTR(e), M_E }, { TERN_NSTR(tau), 2 * M_PI },
        };
        for (i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
            tern_val f = tern_float_new(vm, consts[i].v);
            tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(consts[i].name), f);
        }
        r = tern_float_new(vm, HUGE_VAL);
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(inf), r);
        r = tern_float_new(vm, NAN);
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(nan), r);
    }
    r = *m;
    tern_popn(vm, 1);
    return r;
}
