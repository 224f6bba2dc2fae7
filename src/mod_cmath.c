/* SPDX-License-Identifier: MIT */
/*
 * mod_cmath.c — the cmath module: complex elementary functions with
 * CPython's results, errors and special values.
 *
 * Only C99's real <math.h> functions are used (no <complex.h>, which small
 * toolchains and C++ lack). The formulas are the numerically careful ones
 * (Kahan, "Branch cuts for complex elementary functions"): square roots
 * through hypot with scaling, inverse functions from two square roots so
 * that both sides of each branch cut keep the sign of a zero imaginary
 * part, and separate paths where an intermediate would overflow although
 * the result does not. Infinite and NaN inputs follow C99 Annex G, as
 * CPython does; where CPython reports an error (errno EDOM/ERANGE) we
 * raise ValueError("math domain error") / OverflowError("math range
 * error").
 */
#include <float.h>
#include <math.h>
#include "runtime.h"
#include "obj_class.h"
#include "obj_num.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.7182818284590452354
#endif
#ifndef M_LN2
#define M_LN2 0.69314718055994530942
#endif
#ifndef M_LN10
#define M_LN10 2.30258509299404568402
#endif

typedef struct cx {
    double re, im;
} cx;

/* error codes of the functions below */
enum { C_OK = 0, C_DOMAIN, C_RANGE };

/* Past LARGE the usual formulas overflow in an intermediate (so the
 * asymptotic form is used); past SQRT_LARGE a square does; past LOG_LARGE
 * exp(x) may although exp(x) * cos(y) does not. Below SQRT_MIN a square
 * underflows. */
#define LARGE       (DBL_MAX / 4.0)
#define SQRT_LARGE  (sqrt(DBL_MAX / 4.0))
#define LOG_LARGE   (log(DBL_MAX / 4.0))
#define SQRT_MIN    (sqrt(DBL_MIN))

static cx mk(double re, double im) {
    cx r;
    r.re = re;
    r.im = im;
    return r;
}

/* i*z and -i*z: the inverse and circular functions are the hyperbolic
 * ones turned by a quarter. */
static cx times_i(cx z) {
    return mk(-z.im, z.re);
}

static cx times_minus_i(cx z) {
    return mk(z.im, -z.re);
}

static int finite2(cx z) {
    return isfinite(z.re) && isfinite(z.im);
}

/* ---- square root, exponential, logarithm ---- */

static cx c_sqrt(cx z) {
    double ax, ay, s, d;
    if (!finite2(z)) {
        if (isinf(z.im))
            return mk(HUGE_VAL, z.im);
        if (isinf(z.re)) {
            if (isnan(z.im))
                return z.re > 0 ? mk(z.re, z.im) : mk(NAN, HUGE_VAL);
            return z.re > 0 ? mk(z.re, copysign(0.0, z.im)) : mk(0.0, copysign(HUGE_VAL, z.im));
        }
        return mk(NAN, NAN);
    }
    if (z.re == 0.0 && z.im == 0.0)
        return mk(0.0, z.im);
    ax = fabs(z.re);
    ay = fabs(z.im);
    /* s = sqrt((|x| + |z|) / 2), computed so that neither overflows nor
     * loses bits to subnormals */
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, 53);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    d = ay / (2.0 * s);
    if (z.re >= 0.0)
        return mk(s, copysign(d, z.im));
    return mk(d, copysign(s, z.im));
}

static cx c_exp(cx z, int *err) {
    cx r;
    double l;
    if (!finite2(z)) {
        if (isnan(z.re))
            r = mk(NAN, z.im == 0.0 ? z.im : NAN);
        else if (isinf(z.re) && isfinite(z.im)) {
            if (z.im == 0.0)
                r = mk(z.re > 0 ? z.re : 0.0, z.im);
            else if (z.re > 0)
                r = mk(copysign(HUGE_VAL, cos(z.im)), copysign(HUGE_VAL, sin(z.im)));
            else
                r = mk(copysign(0.0, cos(z.im)), copysign(0.0, sin(z.im)));
        } else if (isinf(z.re))
            r = z.re > 0 ? mk(HUGE_VAL, NAN) : mk(0.0, 0.0);
        else
            r = mk(NAN, NAN);
        if (isinf(z.im) && (isfinite(z.re) || z.re > 0))
            *err = C_DOMAIN;
        return r;
    }
    if (z.re > LOG_LARGE) {
        /* exp(x) alone would overflow where exp(x) * cos(y) may not */
        l = exp(z.re - 1.0);
        r = mk(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
    } else {
        l = exp(z.re);
        r = mk(l * cos(z.im), l * sin(z.im));
    }
    if (isinf(r.re) || isinf(r.im))
        *err = C_RANGE;
    return r;
}

static cx c_log(cx z, int *err) {
    double ax, ay, h, re;
    if (!finite2(z)) {
        if (isinf(z.re) || isinf(z.im))
            return mk(HUGE_VAL, isnan(z.re) || isnan(z.im) ? NAN : atan2(z.im, z.re));
        return mk(NAN, NAN);
    }
    ax = fabs(z.re);
    ay = fabs(z.im);
    if (ax > LARGE || ay > LARGE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            /* |z| is subnormal: scale by 2^53 so hypot keeps its bits */
            re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * M_LN2;
        } else {
            re = -HUGE_VAL;
            *err = C_DOMAIN;
        }
    } else {
        h = hypot(ax, ay);
        if (h >= 0.71 && h <= 1.73) {
            /* near |z| = 1, log(h) loses the digits of h - 1: use
             * log1p(|z|^2 - 1) / 2 with |z|^2 - 1 = (a-1)(a+1) + b^2 */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return mk(re, atan2(z.im, z.re));
}

/* Complex division as the complex type does it (Smith's scaling), so that
 * log(x, base) equals log(x) / log(base); 0 if the divisor is 0. */
static int c_quot(cx a, cx b, cx *r) {
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        double ratio, denom;
        if (abr == 0.0)
            return 0;
        ratio = b.im / b.re;
        denom = b.re + b.im * ratio;
        *r = mk((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        *r = mk((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    } else {
        *r = mk(NAN, NAN);      /* a NaN in the divisor */
    }
    return 1;
}

/* ---- inverse hyperbolic and circular functions ---- */

static cx c_acos(cx z) {
    cx s1, s2;
    double big;
    if (!finite2(z)) {
        if (isinf(z.im))
            return mk(isnan(z.re) ? NAN : atan2(fabs(z.im), z.re), -z.im);
        if (isinf(z.re)) {
            if (isnan(z.im))
                return mk(NAN, HUGE_VAL);
            return mk(z.re < 0 ? M_PI : 0.0, -copysign(HUGE_VAL, z.im));
        }
        if (isnan(z.im) && z.re == 0.0)
            return mk(M_PI / 2, NAN);
        return mk(NAN, NAN);
    }
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE) {
        /* acos(z) ~ -i log(2z) far out; halve before hypot to stay finite */
        big = log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * M_LN2;
        return mk(atan2(fabs(z.im), z.re), z.re < 0 ? -copysign(big, z.im) : copysign(big, -z.im));
    }
    s1 = c_sqrt(mk(1.0 - z.re, -z.im));
    s2 = c_sqrt(mk(1.0 + z.re, z.im));
    return mk(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static cx c_acosh(cx z) {
    cx s1, s2;
    if (!finite2(z)) {
        if (isinf(z.im))
            return mk(HUGE_VAL, isnan(z.re) ? NAN : atan2(z.im, z.re));
        if (isinf(z.re)) {
            if (isnan(z.im))
                return mk(HUGE_VAL, NAN);
            return mk(HUGE_VAL, z.re < 0 ? copysign(M_PI, z.im) : copysign(0.0, z.im));
        }
        return mk(NAN, NAN);
    }
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE)
        return mk(log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * M_LN2, atan2(z.im, z.re));
    s1 = c_sqrt(mk(z.re - 1.0, z.im));
    s2 = c_sqrt(mk(z.re + 1.0, z.im));
    return mk(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
}

static cx c_asinh(cx z) {
    cx s1, s2;
    if (!finite2(z)) {
        if (isinf(z.im)) {
            if (isnan(z.re))
                return mk(HUGE_VAL, NAN);
            if (isinf(z.re))
                return mk(z.re, copysign(M_PI / 4, z.im));
            return mk(copysign(HUGE_VAL, z.re), copysign(M_PI / 2, z.im));
        }
        if (isinf(z.re))
            return mk(z.re, isnan(z.im) ? NAN : copysign(0.0, z.im));
        if (isnan(z.re) && z.im == 0.0)
            return mk(NAN, z.im);
        return mk(NAN, NAN);
    }
    if (fabs(z.re) > LARGE || fabs(z.im) > LARGE) {
        double big = log(hypot(z.re / 2.0, z.im / 2.0)) + 2.0 * M_LN2;
        return mk(z.im >= 0 ? copysign(big, z.re) : -copysign(big, -z.re), atan2(z.im, fabs(z.re)));
    }
    s1 = c_sqrt(mk(1.0 + z.im, -z.re));
    s2 = c_sqrt(mk(1.0 - z.im, z.re));
    return mk(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static cx c_atanh(cx z, int *err) {
    double ay, h;
    if (!finite2(z)) {
        if (isinf(z.re) || isinf(z.im))
            return mk(isnan(z.re) ? 0.0 : copysign(0.0, z.re), isnan(z.im) ? NAN : copysign(M_PI / 2, z.im));
        if (isnan(z.im) && z.re == 0.0)
            return mk(z.re, NAN);
        return mk(NAN, NAN);
    }
    if (z.re < 0.0) {
        /* odd function: work with re >= 0 (a -0.0 stays on this side) */
        cx r = c_atanh(mk(-z.re, -z.im), err);
        return mk(-r.re, -r.im);
    }
    ay = fabs(z.im);
    if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
        /* atanh(z) ~ 1/z +- i pi/2 far out */
        h = hypot(z.re / 2.0, z.im / 2.0);
        return mk(z.re / 4.0 / h / h, -copysign(M_PI / 2, -z.im));
    }
    if (z.re == 1.0 && ay < SQRT_MIN) {
        if (ay == 0.0) {
            *err = C_DOMAIN;
            return mk(HUGE_VAL, z.im);
        }
        return mk(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.im));
    }
    return mk(log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0,
              -atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0);
}

/* ---- hyperbolic functions ---- */

static cx c_cosh(cx z, int *err) {
    cx r;
    double xm1;
    if (!finite2(z)) {
        if (isinf(z.re) && isfinite(z.im)) {
            if (z.im == 0.0)
                r = mk(HUGE_VAL, z.re > 0 ? z.im : -z.im);
            else
                r = mk(copysign(HUGE_VAL, cos(z.im)), copysign(HUGE_VAL, sin(z.im)) * copysign(1.0, z.re));
        } else if (isinf(z.re)) {
            r = mk(HUGE_VAL, NAN);
        } else {
            r = mk(NAN, z.im == 0.0 || (z.re == 0.0 && isnan(z.im)) ? 0.0 : NAN);
        }
        if (isinf(z.im) && !isnan(z.re))
            *err = C_DOMAIN;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE) {
        /* cosh(x) may overflow where cosh(x) * cos(y) does not */
        xm1 = z.re - copysign(1.0, z.re);
        r = mk(cos(z.im) * cosh(xm1) * M_E, sin(z.im) * sinh(xm1) * M_E);
    } else {
        r = mk(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
    }
    if (isinf(r.re) || isinf(r.im))
        *err = C_RANGE;
    return r;
}

static cx c_sinh(cx z, int *err) {
    cx r;
    double xm1;
    if (!finite2(z)) {
        if (isinf(z.re) && isfinite(z.im)) {
            if (z.im == 0.0)
                r = z;
            else
                r = mk(copysign(HUGE_VAL, cos(z.im)) * copysign(1.0, z.re), copysign(HUGE_VAL, sin(z.im)));
        } else if (isinf(z.re)) {
            r = mk(HUGE_VAL, NAN);
        } else if (isnan(z.re)) {
            r = mk(NAN, z.im == 0.0 ? z.im : NAN);
        } else {
            r = mk(z.re == 0.0 && isnan(z.im) ? 0.0 : NAN, NAN);
        }
        if (isinf(z.im) && !isnan(z.re))
            *err = C_DOMAIN;
        return r;
    }
    if (fabs(z.re) > LOG_LARGE) {
        xm1 = z.re - copysign(1.0, z.re);
        r = mk(cos(z.im) * sinh(xm1) * M_E, sin(z.im) * cosh(xm1) * M_E);
    } else {
        r = mk(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
    }
    if (isinf(r.re) || isinf(r.im))
        *err = C_RANGE;
    return r;
}

static cx c_tanh(cx z, int *err) {
    double tx, ty, cx_, txty, denom;
    if (!finite2(z)) {
        if (isinf(z.re)) {
            if (isfinite(z.im) && z.im != 0.0)
                return mk(copysign(1.0, z.re), copysign(0.0, 2.0 * sin(z.im) * cos(z.im)));
            return mk(copysign(1.0, z.re), z.im == 0.0 ? z.im : 0.0);
        }
        if (isinf(z.im) && isfinite(z.re))
            *err = C_DOMAIN;
        if (isnan(z.re) && z.im == 0.0)
            return mk(NAN, z.im);
        return mk(NAN, NAN);
    }
    if (fabs(z.re) > LOG_LARGE) {
        /* tanh(x) is +-1 to the last bit; the imaginary part decays like
         * exp(-2|x|) */
        return mk(copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)));
    }
    /* tanh(x+iy) = (tanh x (1 + tan^2 y) + i tan y sech^2 x) / (1 + tanh^2 x tan^2 y) */
    tx = tanh(z.re);
    ty = tan(z.im);
    cx_ = 1.0 / cosh(z.re);
    txty = tx * ty;
    denom = 1.0 + txty * txty;
    return mk(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx_) * cx_);
}

/* ---- the Python functions ---- */

TERN_NORETURN static void math_error(tern_vm *vm, int err) {
    if (err == C_RANGE)
        tern_raise_fmt(vm, &tern_type_OverflowError, "math range error");
    tern_raise_value_error(vm, "math domain error");
}

/* The argument of a one-argument function (CPython's message names the
 * function as "cmath.NAME()"). */
static cx arg1(tern_vm *vm, const char *qualname, int nargs, tern_val *args, tern_val kwnames) {
    cx z;
    tern_check_args(vm, qualname, nargs, kwnames, 1, 1);
    tern_complex_arg(vm, args[0], &z.re, &z.im);
    return z;
}

static tern_val result(tern_vm *vm, cx r, int err) {
    if (err)
        math_error(vm, err);
    return tern_complex_new(vm, r.re, r.im);
}

/* The functions of one complex argument, and their table. */
enum {
    F_SQRT, F_EXP, F_LOG10, F_ACOS, F_ASIN, F_ATAN, F_ACOSH, F_ASINH, F_ATANH,
    F_COS, F_SIN, F_TAN, F_COSH, F_SINH, F_TANH
};

static cx apply(int f, cx z, int *err) {
    switch (f) {
    case F_SQRT: return c_sqrt(z);
    case F_EXP: return c_exp(z, err);
    case F_LOG10: {
        cx r = c_log(z, err);
        return mk(r.re / M_LN10, r.im / M_LN10);
    }
    case F_ACOS: return c_acos(z);
    case F_ASIN: return times_minus_i(c_asinh(times_i(z)));
    case F_ATAN: return times_minus_i(c_atanh(times_i(z), err));
    case F_ACOSH: return c_acosh(z);
    case F_ASINH: return c_asinh(z);
    case F_ATANH: return c_atanh(z, err);
    case F_COS: return c_cosh(times_i(z), err);
    case F_SIN: return times_minus_i(c_sinh(times_i(z), err));
    case F_TAN: return times_minus_i(c_tanh(times_i(z), err));
    case F_COSH: return c_cosh(z, err);
    case F_SINH: return c_sinh(z, err);
    default: return c_tanh(z, err);
    }
}

#define CMATH1(name, code) \
    static tern_val cm_##name(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        int err = C_OK; \
        cx r = apply(code, arg1(vm, "cmath." #name, nargs, args, kwnames), &err); \
        return result(vm, r, err); \
    }

CMATH1(sqrt, F_SQRT)
CMATH1(exp, F_EXP)
CMATH1(log10, F_LOG10)
CMATH1(acos, F_ACOS)
CMATH1(asin, F_ASIN)
CMATH1(atan, F_ATAN)
CMATH1(acosh, F_ACOSH)
CMATH1(asinh, F_ASINH)
CMATH1(atanh, F_ATANH)
CMATH1(cos, F_COS)
CMATH1(sin, F_SIN)
CMATH1(tan, F_TAN)
CMATH1(cosh, F_COSH)
CMATH1(sinh, F_SINH)
CMATH1(tanh, F_TANH)

/* log(x[, base]): as CPython, each log resets the error state, and a
 * zero divisor (base 1) is a domain error; so log(0, 2) is (-inf+nanj). */
static tern_val cm_log(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx x, b, r;
    int err = C_OK;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "cmath.log() takes no keyword arguments");
    tern_check_args(vm, "log", nargs, kwnames, 1, 2);
    tern_complex_arg(vm, args[0], &x.re, &x.im);
    if (nargs == 2)
        tern_complex_arg(vm, args[1], &b.re, &b.im);
    r = c_log(x, &err);
    if (nargs == 2) {
        err = C_OK;
        b = c_log(b, &err);
        if (!c_quot(r, b, &r))
            err = C_DOMAIN;
    }
    return result(vm, r, err);
}

static tern_val cm_phase(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx z = arg1(vm, "cmath.phase", nargs, args, kwnames);
    double phi = atan2(z.im, z.re);
    /* CPython reports the C library's underflow flag here (glibc sets
     * ERANGE when a nonzero y/x vanishes): phase(2+5e-324j) is an error */
    if (phi == 0.0 && z.im != 0.0 && finite2(z))
        math_error(vm, C_RANGE);
    return tern_float_new(vm, phi);
}

static tern_val cm_polar(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx z = arg1(vm, "cmath.polar", nargs, args, kwnames);
    double r = hypot(z.re, z.im);
    tern_val *s, t;
    if (isinf(r) && finite2(z))
        math_error(vm, C_RANGE);
    s = tern_push(vm, tern_float_new(vm, r));
    tern_push(vm, tern_float_new(vm, atan2(z.im, z.re)));
    t = tern_tuple_from(vm, 2, s);
    tern_popn(vm, 2);
    return t;
}

static tern_val cm_rect(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double r, phi;
    cx z;
    int err = C_OK;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "cmath.rect() takes no keyword arguments");
    tern_check_args(vm, "rect", nargs, kwnames, 2, 2);
    r = tern_real_arg(vm, args[0]);
    phi = tern_real_arg(vm, args[1]);
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            double sg = r > 0 ? 1.0 : -1.0;
            z = mk(sg * copysign(HUGE_VAL, cos(phi)), sg * copysign(HUGE_VAL, sin(phi)));
        } else if (isinf(r) && phi == 0.0) {
            z = mk(r, r > 0 ? phi : -phi);
        } else if (isinf(r)) {
            z = mk(HUGE_VAL, NAN);
        } else if (r == 0.0) {
            z = mk(0.0, 0.0);
        } else if (isnan(r) && phi == 0.0) {
            z = mk(NAN, 0.0);
        } else {
            z = mk(NAN, NAN);
        }
        if (r != 0.0 && !isnan(r) && isinf(phi))
            err = C_DOMAIN;
    } else if (phi == 0.0) {
        z = mk(r, r * phi);
    } else {
        z = mk(r * cos(phi), r * sin(phi));
    }
    return result(vm, z, err);
}

static tern_val cm_isfinite(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx z = arg1(vm, "cmath.isfinite", nargs, args, kwnames);
    return TERN_BOOL(finite2(z));
}

static tern_val cm_isinf(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx z = arg1(vm, "cmath.isinf", nargs, args, kwnames);
    return TERN_BOOL(isinf(z.re) || isinf(z.im));
}

static tern_val cm_isnan(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    cx z = arg1(vm, "cmath.isnan", nargs, args, kwnames);
    return TERN_BOOL(isnan(z.re) || isnan(z.im));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static tern_val cm_isclose(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i, dup = -1, bad = -1;
    tern_val a = TERN_NULL, b = TERN_NULL, rt = TERN_NULL, at = TERN_NULL;
    cx x, y;
    double rel = 1e-9, abs_tol = 0.0, diff;
    if (npos > 2)
        tern_raise_type_error(vm, "isclose() takes exactly 2 positional arguments (%d given)", npos);
    if (npos >= 1)
        a = args[0];
    if (npos >= 2)
        b = args[1];
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i], v = args[npos + i];
        int pos = tern_str_eq(k, TERN_N(a)) ? 1 : tern_str_eq(k, TERN_N(b)) ? 2 : 0;
        if (pos == 1 && npos < 1)
            a = v;
        else if (pos == 2 && npos < 2)
            b = v;
        else if (pos)
            dup = i;
        else if (tern_str_eq(k, TERN_N(rel_tol)))
            rt = v;
        else if (tern_str_eq(k, TERN_N(abs_tol)))
            at = v;
        else if (bad < 0)
            bad = i;
    }
    /* CPython reports a missing argument first, then one given twice */
    if (a == TERN_NULL)
        tern_raise_type_error(vm, "isclose() missing required argument 'a' (pos 1)");
    if (b == TERN_NULL)
        tern_raise_type_error(vm, "isclose() missing required argument 'b' (pos 2)");
    if (dup >= 0)
        tern_raise_type_error(vm, "argument for isclose() given by name ('%V') and position (%d)",
                              TERN_TUPLE_ITEMS(kwnames)[dup],
                              tern_str_eq(TERN_TUPLE_ITEMS(kwnames)[dup], TERN_N(a)) ? 1 : 2);
    if (bad >= 0)
        tern_raise_type_error(vm, "'%V' is an invalid keyword argument for isclose()",
                              TERN_TUPLE_ITEMS(kwnames)[bad]);
    /* the conversions may run Python code: keep the arguments rooted */
    TERN_ROOTS(vm);
    TERN_ROOT(vm, a);
    TERN_ROOT(vm, b);
    TERN_ROOT(vm, rt);
    TERN_ROOT(vm, at);
    tern_complex_arg(vm, a, &x.re, &x.im);
    tern_complex_arg(vm, b, &y.re, &y.im);
    if (rt != TERN_NULL)
        rel = tern_real_arg(vm, rt);
    if (at != TERN_NULL)
        abs_tol = tern_real_arg(vm, at);
    TERN_UNROOT(vm);
    if (rel < 0.0 || abs_tol < 0.0)
        tern_raise_value_error(vm, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im)
        return TERN_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im))
        return TERN_FALSE;
    diff = hypot(x.re - y.re, x.im - y.im);
    return TERN_BOOL(diff <= rel * hypot(y.re, y.im) || diff <= rel * hypot(x.re, x.im) || diff <= abs_tol);
}

#define F(n) static TERN_CFUNC_DEF(n##_obj, n, cm_##n);
F(sqrt) F(exp) F(log) F(log10) F(acos) F(asin) F(atan) F(acosh) F(asinh) F(atanh)
F(cos) F(sin) F(tan) F(cosh) F(sinh) F(tanh) F(phase) F(polar) F(rect)
F(isfinite) F(isinf) F(isnan) F(isclose)
#undef F

static const tern_attr cmath_funcs[] = {
#define E(n) { TERN_NSTR(n), &n##_obj },
    E(sqrt) E(exp) E(log) E(log10) E(acos) E(asin) E(atan) E(acosh) E(asinh) E(atanh)
    E(cos) E(sin) E(tan) E(cosh) E(sinh) E(tanh) E(phase) E(polar) E(rect)
    E(isfinite) E(isinf) E(isnan) E(isclose)
#undef E
};

tern_val tern_mod_cmath_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(cmath))), r;
    size_t i;
    static const struct { const tern_str *name; double v; } consts[] = {
        { TERN_NSTR(pi), M_PI }, { TERN_NSTR(e), M_E }, { TERN_NSTR(tau), 2 * M_PI },
    };
    for (i = 0; i < sizeof(cmath_funcs) / sizeof(cmath_funcs[0]); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(cmath_funcs[i].name),
                      TERN_VAL(cmath_funcs[i].value));
    for (i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        r = tern_float_new(vm, consts[i].v);
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(consts[i].name), r);
    }
    /* HUGE_VAL and NAN need not be constant expressions: set at run time */
    r = tern_float_new(vm, HUGE_VAL);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(inf), r);
    r = tern_complex_new(vm, 0.0, HUGE_VAL);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(infj), r);
    r = tern_float_new(vm, NAN);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(nan), r);
    r = tern_complex_new(vm, 0.0, NAN);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_N(nanj), r);
    r = *m;
    tern_popn(vm, 1);
    return r;
}
