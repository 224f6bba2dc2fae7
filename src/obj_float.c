/* SPDX-License-Identifier: MIT */
/*
 * obj_float.c — the float type (a boxed C double).
 *
 * repr is CPython's: the shortest decimal string that reads back to the
 * same double, found by trying 1..17 significant digits with the C
 * library's correctly rounded printf/strtod. Floats mixed with ints are
 * handled here on either side (int's binop declines floats), comparisons
 * against ints are exact, and hash(x) == hash(int(x)) for integral x.
 */
#include <math.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include "runtime.h"
#include "obj_num.h"
#include "obj_class.h"
#include "buffer.h"

tern_val tern_float_new(tern_vm *vm, double d) {
    tern_float *f = (tern_float *)tern_alloc(vm, TERN_K_FLOAT, sizeof(tern_float));
    f->value = d;
    return TERN_VAL(f);
}

double tern_float_value(tern_vm *vm, tern_val v) {
    v = TERN_PROXY_VALUE(v);
    if (TERN_IS_FLOAT(v))
        return TERN_FLOAT_VAL(v);
    if (TERN_IS_INTLIKE(v))
        return tern_int_to_double(vm, v);
    tern_raise_type_error(vm, "must be real number, not %s", tern_type_name(v));
}

/* ---- repr ---- */

int tern_float_shortest(double d, char *buf) {
    char tmp[40];
    int p, i, j, e;
    d = fabs(d);
    /* If some k <= 15 digits read back to d, rounding d to 15 digits gives
     * those digits followed by zeros (d is within half an ulp, about 1e-16
     * relative, of them, and 15-digit neighbours are >= 1e-15 apart), so
     * 15 digits with the zeros stripped is the shortest; otherwise the
     * correctly rounded 16 digits if they read back, else 17. Subnormals
     * have fewer bits, so for them every length is tried. */
    for (p = d < DBL_MIN ? 1 : 15; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    /* tmp is "D.DDDDe[+-]XX" (or "De[+-]XX") */
    j = 0;
    for (i = 0; tmp[i] && tmp[i] != 'e'; i++)
        if (tmp[i] != '.')
            buf[j++] = tmp[i];
    while (j > 1 && buf[j - 1] == '0')
        j--;
    buf[j] = 0;
    e = atoi(tmp + i + 1);
    return e;
}

void tern_float_repr_buf(double d, char *buf) {
    char dig[24];
    int e, n, k;
    char *p = buf;
    if (isnan(d)) {
        strcpy(buf, "nan");
        return;
    }
    if (isinf(d)) {
        strcpy(buf, d < 0 ? "-inf" : "inf");
        return;
    }
    if (signbit(d))
        *p++ = '-';
    if (d == 0) {
        strcpy(p, "0.0");
        return;
    }
    e = tern_float_shortest(d, dig);
    n = (int)strlen(dig);
    if (e < -4 || e >= 16) {
        *p++ = dig[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, dig + 1, (size_t)n - 1);
            p += n - 1;
        }
        sprintf(p, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    if (e < 0) {
        *p++ = '0';
        *p++ = '.';
        for (k = 0; k < -e - 1; k++)
            *p++ = '0';
        memcpy(p, dig, (size_t)n);
        p[n] = 0;
        return;
    }
    for (k = 0; k <= e; k++)
        *p++ = k < n ? dig[k] : '0';
    *p++ = '.';
    if (n > e + 1) {
        memcpy(p, dig + e + 1, (size_t)(n - e - 1));
        p += n - e - 1;
    } else {
        *p++ = '0';
    }
    *p = 0;
}

static tern_val float_repr(tern_vm *vm, tern_val self) {
    char buf[40];
    tern_float_repr_buf(TERN_FLOAT_VAL(self), buf);
    return tern_str_from_c(vm, buf);
}

/* ---- parsing ---- */

static int fspace(unsigned char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

static int fdigit(char c) {
    return c >= '0' && c <= '9';
}

static int ci_eq(const char *s, size_t n, const char *word) {
    size_t i;
    if (strlen(word) != n)
        return 0;
    for (i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return 0;
    return 1;
}

/* Validate [sign] digits[.digits][e[sign]digits] with underscores only
 * between digits; copy it without underscores to out (cap bytes) when out
 * is not NULL. Returns the length of the cleaned text, or -1. */
static long clean_number(const char *s, size_t n, char *out, size_t cap) {
    size_t i = 0, o = 0;
    int nd = 0, state = 0;   /* 0 mantissa int part, 1 fraction, 2 exponent */
    int expdigits = 0;
#define PUT(c) do { if (out) { if (o + 1 >= cap) return -1; out[o] = (c); } o++; } while (0)
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        PUT(s[i]);
        i++;
    }
    for (; i < n; i++) {
        char c = s[i];
        if (fdigit(c)) {
            PUT(c);
            if (state == 2)
                expdigits++;
            else
                nd++;
        } else if (c == '_') {
            if (i == 0 || i + 1 >= n || !fdigit(s[i - 1]) || !fdigit(s[i + 1]))
                return -1;
        } else if (c == '.' && state == 0) {
            PUT(c);
            state = 1;
        } else if ((c == 'e' || c == 'E') && state < 2 && nd > 0) {
            PUT('e');
            state = 2;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) {
                i++;
                PUT(s[i]);
            }
        } else {
            return -1;
        }
    }
#undef PUT
    if (nd == 0 || (state == 2 && expdigits == 0))
        return -1;
    if (out)
        out[o] = 0;
    return (long)o;
}

static TERN_NORETURN void bad_float(tern_vm *vm, tern_val s) {
    tern_raise_value_error(vm, "could not convert string to float: %R", s);
}

static double float_parse(tern_vm *vm, tern_val s, tern_val orig);

double tern_float_parse(tern_vm *vm, tern_val s) {
    double d;
    tern_val t;
    if (!TERN_IS_STR(s) || TERN_AS(tern_str, s)->nchars == TERN_STR_LEN(s))
        return float_parse(vm, s, s);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    t = tern_str_numeric_ascii(vm, s);
    d = float_parse(vm, t, s);
    TERN_UNROOT(vm);
    return d;
}

/* Parse the ASCII text of s; orig is the object shown in the error (the
 * error is raised before anything is allocated). */
static double float_parse(tern_vm *vm, tern_val s, tern_val orig) {
    const char *p = TERN_STR_CHARS(s), *end = p + TERN_STR_LEN(s);
    const char *q;
    long n;
    int neg = 0;
    char buf[128];
    while (p < end && fspace((unsigned char)*p))
        p++;
    while (end > p && fspace((unsigned char)end[-1]))
        end--;
    q = p;
    if (q < end && (*q == '+' || *q == '-')) {
        neg = *q == '-';
        q++;
    }
    if (ci_eq(q, (size_t)(end - q), "inf") || ci_eq(q, (size_t)(end - q), "infinity"))
        return neg ? -HUGE_VAL : HUGE_VAL;
    if (ci_eq(q, (size_t)(end - q), "nan"))
        return neg ? -NAN : NAN;
    n = clean_number(p, (size_t)(end - p), NULL, 0);
    if (n < 0)
        bad_float(vm, orig);
    if ((size_t)n < sizeof buf) {
        clean_number(p, (size_t)(end - p), buf, sizeof buf);
        return strtod(buf, NULL);
    }
    {
        /* long text: clean it into a blob (root s, re-derive after) */
        tern_val blob;
        size_t off = (size_t)(p - TERN_STR_CHARS(s)), len = (size_t)(end - p);
        char *b;
        double d;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, s);
        blob = TERN_VAL(tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + (size_t)n + 2));
        TERN_UNROOT(vm);
        b = (char *)TERN_BLOB_DATA(TERN_PTR(blob));
        clean_number(TERN_STR_CHARS(s) + off, len, b, (size_t)n + 2);
        d = strtod(b, NULL);
        return d;
    }
}

/* ---- arithmetic ---- */

static int to_double(tern_vm *vm, tern_val v, double *d) {
    if (TERN_IS_FLOAT(v)) {
        *d = TERN_FLOAT_VAL(v);
        return 1;
    }
    if (TERN_IS_INTLIKE(v)) {
        *d = tern_int_to_double(vm, v);
        return 1;
    }
    return 0;
}

static TERN_NORETURN void fzero(tern_vm *vm, const char *msg) {
    tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "%s", msg);
}

/* CPython's float_divmod: the remainder has the sign of the divisor. */
static void float_divmod(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod(vx, wx), div = (vx - mod) / wx, fd;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

static int is_odd_integer(double w) {
    return fmod(fabs(w), 2.0) == 1.0;
}

static double float_pow(tern_vm *vm, double iv, double iw) {
    int negate = 0;
    double r;
    if (iw == 0.0)
        return 1.0;
    if (isnan(iv))
        return iv;
    if (isnan(iw))
        return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return 1.0;
        if ((iw > 0) == (iv > 1.0))
            return fabs(iw);
        return 0.0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0)
            return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0)
            fzero(vm, "0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    if (iv < 0.0) {
        if (iw != floor(iw))
            tern_raise_value_error(vm, "math domain error");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return negate ? -1.0 : 1.0;
    r = pow(iv, iw);
    if (isinf(r))
        tern_raise_fmt(vm, &tern_type_OverflowError, "(34, 'Numerical result out of range')");
    return negate ? -r : r;
}

static tern_val float_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    double x, y, r, m;
    if (!to_double(vm, a, &x) || !to_double(vm, b, &y))
        return TERN_NOTIMPLEMENTED;
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD: r = x + y; break;
    case TERN_OP_SUB: r = x - y; break;
    case TERN_OP_MUL: r = x * y; break;
    case TERN_OP_TRUEDIV:
        if (y == 0.0)
            fzero(vm, "float division by zero");
        r = x / y;
        break;
    case TERN_OP_FLOORDIV:
        if (y == 0.0)
            fzero(vm, "float floor division by zero");
        float_divmod(x, y, &r, &m);
        break;
    case TERN_OP_MOD:
        if (y == 0.0)
            fzero(vm, "float modulo");
        float_divmod(x, y, &m, &r);
        break;
    case TERN_OP_POW:
        if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y))
            return tern_complex_pow(vm, x, 0.0, y, 0.0);   /* (-1) ** 0.5 is 1j */
        r = float_pow(vm, x, y);
        break;
    default:
        return TERN_NOTIMPLEMENTED;
    }
    return tern_float_new(vm, r);
}

static tern_val float_unop(tern_vm *vm, int op, tern_val a) {
    if (op == TERN_UOP_NEG)
        return tern_float_new(vm, -TERN_FLOAT_VAL(a));
    if (op == TERN_UOP_POS)
        return a;
    return TERN_NOTIMPLEMENTED;
}

static tern_val cmp_result(int op, int c) {
    /* c: -1, 0, 1, or 2 for unordered (NaN) */
    if (c == 2)
        return TERN_BOOL(op == TERN_CMP_NE);
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

static tern_val float_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    int c;
    if (TERN_IS_FLOAT(a) && TERN_IS_FLOAT(b)) {
        double x = TERN_FLOAT_VAL(a), y = TERN_FLOAT_VAL(b);
        c = (isnan(x) || isnan(y)) ? 2 : x < y ? -1 : x > y;
    } else if (TERN_IS_FLOAT(a) && TERN_IS_INTLIKE(b)) {
        c = tern_int_cmp_double(vm, b, TERN_FLOAT_VAL(a));
        if (c != 2)
            c = -c;
    } else if (TERN_IS_INTLIKE(a) && TERN_IS_FLOAT(b)) {
        c = tern_int_cmp_double(vm, a, TERN_FLOAT_VAL(b));
    } else {
        return TERN_NOTIMPLEMENTED;
    }
    return cmp_result(op, c);
}

/* CPython's _Py_HashDouble: the value of x modulo the Mersenne prime P,
 * built 28 bits at a time, so an integral float hashes like the int. */
static tern_val float_hash(tern_vm *vm, tern_val self) {
    double v = TERN_FLOAT_VAL(self), m;
    int e, sign = 1;
#if UINTPTR_MAX > 0xFFFFFFFFu
    const int bits = 61;
#else
    const int bits = 31;
#endif
    const uint64_t P = ((uint64_t)1 << bits) - 1;
    uint64_t x = 0, y;
    int64_t h;
    (void)vm;
    if (isinf(v))
        return TERN_SMALL(v > 0 ? 314159 : -314159);
    if (isnan(v))
        return TERN_SMALL(0);
    m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    while (m) {
        x = ((x << 28) & P) | x >> (bits - 28);
        m *= 268435456.0;
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P)
            x -= P;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & P) | x >> (bits - e);
    h = (int64_t)x * sign;
    if (h == -1)
        h = -2;
    return TERN_SMALL((tern_int)h);
}

static int float_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return TERN_FLOAT_VAL(self) != 0.0;
}

/* ---- round ---- */

static tern_val round_to_int(tern_vm *vm, double x) {
    double r = floor(x), diff = x - r;
    if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0.0))
        r += 1.0;
    return tern_int_from_double(vm, r);
}

tern_val tern_float_round(tern_vm *vm, double x, tern_val ndigits) {
    tern_int n;
    char buf[700];
    if (ndigits == TERN_NULL || ndigits == TERN_NONE)
        return round_to_int(vm, x);
    n = tern_index_value(vm, ndigits);
    if (isnan(x) || isinf(x) || x == 0.0 || n > 323)
        return tern_float_new(vm, x);
    if (n < -308)
        return tern_float_new(vm, 0.0 * x);
    if (n >= 0) {
        /* printf rounds the exact binary value half-to-even: as CPython */
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return tern_float_new(vm, strtod(buf, NULL));
    }
    {
        /* round the exact integer part at digit -n, the fraction breaking ties */
        double ip = trunc(x), frac = x - ip;
        int len, k = (int)-n, i, cut, up;
        char *d;
        len = snprintf(buf + 1, sizeof buf - 1, "%.0f", fabs(ip));
        buf[0] = '0';
        d = buf;
        len += 1;
        cut = len - k;
        if (cut <= 0)
            return tern_float_new(vm, copysign(0.0, x));
        /* compare the tail with 5000... */
        up = 0;
        if (d[cut] > '5')
            up = 1;
        else if (d[cut] == '5') {
            int rest = 0;
            for (i = cut + 1; i < len; i++)
                rest |= d[i] != '0';
            if (rest || frac != 0.0)
                up = 1;
            else
                up = (d[cut - 1] - '0') & 1;
        }
        for (i = cut; i < len; i++)
            d[i] = '0';
        if (up) {
            i = cut - 1;
            while (d[i] == '9') {
                d[i] = '0';
                i--;
            }
            d[i]++;
        }
        d[len] = 0;
        return tern_float_new(vm, copysign(strtod(d, NULL), x));
    }
}

/* ---- constructor ---- */

static tern_val float_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_val x, m;
    (void)t;
    tern_check_args(vm, "float", nargs, kwnames, 0, 1);
    if (nargs == 0)
        return tern_float_new(vm, 0.0);
    x = args[0];
    if (TERN_IS_PROXY(x) && !tern_class_user_lookup(tern_typeof(x), TERN_N(__float__)))
        x = TERN_PROXY_VALUE(x);
    if (TERN_IS_FLOAT(x))
        return x;
    if (TERN_IS_INTLIKE(x))
        return tern_float_new(vm, tern_int_to_double(vm, x));
    if (TERN_IS_KIND(x, TERN_K_BYTEARRAY) || TERN_IS_MEMVIEW(x)) {
        /* parsed as bytes; an error shows the argument itself */
        x = tern_buffer_tobytes(vm, x);
        return tern_float_new(vm, float_parse(vm, x, args[0]));
    }
    if (TERN_IS_STR(x) || TERN_IS_KIND(x, TERN_K_BYTES))
        return tern_float_new(vm, tern_float_parse(vm, x));
    m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__float__));
    if (m != TERN_NULL) {
        tern_val r = tern_call1(vm, m, x);
        if (!TERN_IS_FLOAT(r))
            tern_raise_type_error(vm, "%s.__float__ returned non-float (type %s)",
                                  tern_type_name(args[0]), tern_type_name(r));
        return r;
    }
    m = tern_type_lookup(vm, tern_typeof(x), TERN_N(__index__));
    if (m != TERN_NULL)
        return tern_float_new(vm, tern_int_to_double(vm, tern_call1(vm, m, x)));
    tern_raise_type_error(vm, "float() argument must be a string or a real number, not '%s'",
                          tern_type_name(x));
}

/* ---- methods ---- */

static double self_double(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "float", name, nargs, kwnames, 1, 1);
    return TERN_FLOAT_VAL(args[0]);
}

static tern_val float_m_is_integer(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double d = self_double(vm, "is_integer", nargs, args, kwnames);
    return TERN_BOOL(isfinite(d) && floor(d) == d);
}

static tern_val float_m_conjugate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    self_double(vm, "conjugate", nargs, args, kwnames);
    return args[0];
}

static tern_val float_m_trunc(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return tern_int_from_double(vm, self_double(vm, "__trunc__", nargs, args, kwnames));
}

static tern_val float_m_floor(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return tern_int_from_double(vm, floor(self_double(vm, "__floor__", nargs, args, kwnames)));
}

static tern_val float_m_ceil(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return tern_int_from_double(vm, ceil(self_double(vm, "__ceil__", nargs, args, kwnames)));
}

static tern_val float_m_float(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    self_double(vm, "__float__", nargs, args, kwnames);
    return args[0];
}

static tern_val float_m_round(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "float", "__round__", nargs, kwnames, 1, 2);
    return tern_float_round(vm, TERN_FLOAT_VAL(args[0]), nargs > 1 ? args[1] : TERN_NULL);
}

static tern_val float_m_as_integer_ratio(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double d = self_double(vm, "as_integer_ratio", nargs, args, kwnames), m;
    int e;
    tern_val num = TERN_NULL, den = TERN_NULL, t;
    if (isinf(d))
        tern_raise_fmt(vm, &tern_type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        tern_raise_value_error(vm, "cannot convert NaN to integer ratio");
    m = frexp(d, &e);
    /* scale the mantissa to an integer */
    while (m != floor(m)) {
        m *= 2.0;
        e--;
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, num);
    TERN_ROOT(vm, den);
    num = tern_int_from_double(vm, m);
    den = TERN_SMALL(1);
    if (e > 0)
        num = tern_int_binop(vm, TERN_OP_LSHIFT, num, tern_int_from(vm, e));
    else if (e < 0)
        den = tern_int_binop(vm, TERN_OP_LSHIFT, den, tern_int_from(vm, -e));
    t = tern_tuple_new(vm, 2);
    TERN_TUPLE_ITEMS(t)[0] = num;
    TERN_TUPLE_ITEMS(t)[1] = den;
    TERN_UNROOT(vm);
    return t;
}

static tern_val float_m_hex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double d = self_double(vm, "hex", nargs, args, kwnames), a;
    char buf[64];
    const char *sign = signbit(d) ? "-" : "";
    a = fabs(d);
    if (isnan(d))
        return tern_str_from_c(vm, "nan");
    if (isinf(d))
        return tern_str_from_c(vm, signbit(d) ? "-inf" : "inf");
    if (a == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
    } else if (a < DBL_MIN) {
        unsigned long long mant = (unsigned long long)ldexp(a, 1074);
        snprintf(buf, sizeof buf, "%s0x0.%013llxp-1022", sign, mant);
    } else {
        int e;
        double m = frexp(a, &e);    /* a = m * 2^e, 0.5 <= m < 1 */
        unsigned long long mant = (unsigned long long)ldexp(m, 53) & 0xFFFFFFFFFFFFFull;
        snprintf(buf, sizeof buf, "%s0x1.%013llxp%+d", sign, mant, e - 1);
    }
    return tern_str_from_c(vm, buf);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* float.fromhex(s): a static function (no cls needed for float itself). */
static tern_val float_fromhex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val s;
    const char *p, *end;
    int neg = 0, any = 0, seen_dot = 0;
    double m = 0.0;
    long e = 0, ex = 0;
    tern_method_args(vm, "float", "fromhex", nargs, kwnames, 1, 1);
    s = args[nargs - 1];
    if (!TERN_IS_STR(s))
        tern_raise_type_error(vm, "must be str, not %s", tern_type_name(s));
    p = TERN_STR_CHARS(s);
    end = p + TERN_STR_LEN(s);
    while (p < end && fspace((unsigned char)*p)) p++;
    while (end > p && fspace((unsigned char)end[-1])) end--;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    if (ci_eq(p, (size_t)(end - p), "inf") || ci_eq(p, (size_t)(end - p), "infinity"))
        return tern_float_new(vm, neg ? -HUGE_VAL : HUGE_VAL);
    if (ci_eq(p, (size_t)(end - p), "nan"))
        return tern_float_new(vm, NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    for (; p < end; p++) {
        int h = hexval(*p);
        if (h >= 0) {
            m = m * 16.0 + h;
            if (seen_dot)
                e -= 4;
            any = 1;
        } else if (*p == '.' && !seen_dot) {
            seen_dot = 1;
        } else {
            break;
        }
    }
    if (!any)
        tern_raise_value_error(vm, "invalid hexadecimal floating-point string");
    if (p < end && (*p | 0x20) == 'p') {
        int eneg = 0, dig = 0;
        p++;
        if (p < end && (*p == '-' || *p == '+'))
            eneg = *p++ == '-';
        for (; p < end && fdigit(*p); p++, dig++)
            if (ex < 100000)
                ex = ex * 10 + (*p - '0');
        if (!dig)
            tern_raise_value_error(vm, "invalid hexadecimal floating-point string");
        e += eneg ? -ex : ex;
    }
    if (p != end)
        tern_raise_value_error(vm, "invalid hexadecimal floating-point string");
    m = ldexp(m, (int)e);
    if (isinf(m))
        tern_raise_fmt(vm, &tern_type_OverflowError, "hexadecimal value too large to represent as a float");
    return tern_float_new(vm, neg ? -m : m);
}

static tern_val float_m_format(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "float", "__format__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__format__() argument must be str, not %s", tern_type_name(args[1]));
    return tern_format_spec(vm, args[0], args[1]);
}

static TERN_CMETHOD_DEF(float_is_integer_obj, is_integer, float_m_is_integer);
static TERN_CMETHOD_DEF(float_conjugate_obj, conjugate, float_m_conjugate);
static TERN_CMETHOD_DEF(float_trunc_obj, __trunc__, float_m_trunc);
static TERN_CMETHOD_DEF(float_int_obj, __int__, float_m_trunc);
static TERN_CMETHOD_DEF(float_floor_obj, __floor__, float_m_floor);
static TERN_CMETHOD_DEF(float_ceil_obj, __ceil__, float_m_ceil);
static TERN_CMETHOD_DEF(float_float_obj, __float__, float_m_float);
static TERN_CMETHOD_DEF(float_round_obj, __round__, float_m_round);
static TERN_CMETHOD_DEF(float_ratio_obj, as_integer_ratio, float_m_as_integer_ratio);
static TERN_CMETHOD_DEF(float_hex_obj, hex, float_m_hex);
static TERN_CMETHOD_DEF(float_format_obj, __format__, float_m_format);
static TERN_CFUNC_DEF(float_fromhex_obj, fromhex, float_fromhex);

static const tern_attr float_attrs[] = {
    {TERN_NSTR(is_integer), &float_is_integer_obj},
    {TERN_NSTR(conjugate), &float_conjugate_obj},
    {TERN_NSTR(__trunc__), &float_trunc_obj},
    {TERN_NSTR(__int__), &float_int_obj},
    {TERN_NSTR(__floor__), &float_floor_obj},
    {TERN_NSTR(__ceil__), &float_ceil_obj},
    {TERN_NSTR(__float__), &float_float_obj},
    {TERN_NSTR(__round__), &float_round_obj},
    {TERN_NSTR(as_integer_ratio), &float_ratio_obj},
    {TERN_NSTR(hex), &float_hex_obj},
    {TERN_NSTR(__format__), &float_format_obj},
    {TERN_NSTR(fromhex), &float_fromhex_obj},
};

static tern_val float_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(real))
        return self;
    if (name == TERN_N(imag))
        return tern_float_new(vm, 0.0);
    return TERN_NULL;
}

const tern_type tern_type_float = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(float), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, float_attrs, sizeof(float_attrs) / sizeof(float_attrs[0]),
    TERN_K_FLOAT, TERN_TF_BASETYPE, 0,
    float_make,
    float_repr,
    NULL,
    float_hash,
    float_compare,
    float_binop,
    float_unop,
    float_truth,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    float_getattr,
    NULL
};
