/* SPDX-License-Identifier: MIT */
/*
 * obj_complex.c — complex numbers: a generic native object (TERN_K_OBJECT,
 * whose class is the ROM complex type) holding two doubles. Arithmetic
 * follows CPython's algorithms (scaled division, binary powers for small
 * integer exponents) so results match it to the last bit.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "runtime.h"
#include "obj_num.h"
#include "obj_class.h"

typedef struct tern_complex {
    tern_hdr hdr;
    tern_val cls;
    double re, im;
} tern_complex;

typedef struct cval {
    double re, im;
} cval;

#define CX(v) TERN_AS(tern_complex, v)
/* self of a method: the complex value of a subclass instance too */
#define SELF(args) CX(TERN_PROXY_VALUE((args)[0]))

int tern_is_complex(tern_val v) {
    return TERN_IS_KIND(v, TERN_K_OBJECT) && TERN_AS(tern_object, v)->cls == TERN_VAL(&tern_type_complex);
}

tern_val tern_complex_new(tern_vm *vm, double re, double im) {
    tern_complex *c = (tern_complex *)tern_alloc(vm, TERN_K_OBJECT, sizeof(tern_complex));
    c->cls = TERN_VAL(&tern_type_complex);
    c->re = re;
    c->im = im;
    return TERN_VAL(c);
}

/* The parts of a complex value or of an instance of a complex subclass;
 * 0 if v is neither. no alloc. */
int tern_complex_parts(tern_val v, double *re, double *im) {
    v = TERN_PROXY_VALUE(v);
    if (!tern_is_complex(v))
        return 0;
    *re = CX(v)->re;
    *im = CX(v)->im;
    return 1;
}

/* A number as a complex value; 0 if v is not an int, float or complex. */
static int to_cval(tern_vm *vm, tern_val v, cval *out) {
    if (tern_complex_parts(v, &out->re, &out->im))
        return 1;
    if (TERN_IS_FLOAT(v) || TERN_IS_INT(v) || TERN_IS_BOOL(v)) {
        out->re = tern_float_value(vm, v);
        out->im = 0.0;
        return 1;
    }
    return 0;
}

/* Can float(v) convert v without parsing text: a float, an int, or an
 * object whose type has __float__ or __index__? */
static int has_real(tern_vm *vm, tern_val v) {
    tern_val pv = TERN_PROXY_VALUE(v);
    if (TERN_IS_FLOAT(pv) || TERN_IS_INTLIKE(pv))
        return 1;
    return tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__)) != TERN_NULL ||
           tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)) != TERN_NULL;
}

/* v as a double the way float(v) converts a number (float, int and their
 * subclasses, __float__, then __index__); 0 if v has none of them. */
static int real_value(tern_vm *vm, tern_val v, double *out) {
    tern_val m, r;
    if (TERN_IS_PROXY(v) && !tern_class_user_lookup(tern_typeof(v), TERN_N(__float__)))
        v = TERN_PROXY_VALUE(v);
    if (TERN_IS_FLOAT(v)) {
        *out = TERN_FLOAT_VAL(v);
        return 1;
    }
    if (TERN_IS_INTLIKE(v)) {
        *out = tern_int_to_double(vm, v);
        return 1;
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, v);
    m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__));
    if (m != TERN_NULL) {
        r = TERN_PROXY_VALUE(tern_call1(vm, m, v));
        if (!TERN_IS_FLOAT(r))
            tern_raise_type_error(vm, "%T.__float__ returned non-float (type %T)", v, r);
        *out = TERN_FLOAT_VAL(r);
        TERN_UNROOT(vm);
        return 1;
    }
    m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__));
    if (m != TERN_NULL) {
        r = TERN_PROXY_VALUE(tern_call1(vm, m, v));
        if (!TERN_IS_INTLIKE(r))
            tern_raise_type_error(vm, "__index__ returned non-int (type %T)", r);
        *out = tern_int_to_double(vm, r);
        TERN_UNROOT(vm);
        return 1;
    }
    TERN_UNROOT(vm);
    return 0;
}

/* The result of v's __complex__ if its type has one (a complex or an
 * instance of a subclass, else TypeError); 0 if it has none. */
static int complex_special(tern_vm *vm, tern_val v, cval *out) {
    tern_val m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__complex__)), r;
    if (m == TERN_NULL)
        return 0;
    r = tern_call1(vm, m, v);
    if (!tern_complex_parts(r, &out->re, &out->im))
        tern_raise_type_error(vm, "__complex__ returned non-complex (type %T)", r);
    return 1;
}

double tern_real_arg(tern_vm *vm, tern_val v) {
    double d;
    if (!real_value(vm, v, &d))
        tern_raise_type_error(vm, "must be real number, not %T", v);
    return d;
}

void tern_complex_arg(tern_vm *vm, tern_val v, double *re, double *im) {
    cval c;
    if (tern_complex_parts(v, re, im))
        return;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, v);
    if (complex_special(vm, v, &c)) {
        *re = c.re;
        *im = c.im;
    } else {
        *im = 0.0;
        if (!real_value(vm, v, re))
            tern_raise_type_error(vm, "must be real number, not %T", v);
    }
    TERN_UNROOT(vm);
}

/* ---- arithmetic, as CPython's complexobject.c computes it ---- */

static cval c_mul(cval a, cval b) {
    cval r;
    r.re = a.re * b.re - a.im * b.im;
    r.im = a.re * b.im + a.im * b.re;
    return r;
}

static int c_quot(cval a, cval b, cval *r) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        double ratio, denom;
        if (abs_br == 0.0)
            return 0;
        ratio = b.im / b.re;
        denom = b.re + b.im * ratio;
        r->re = (a.re + a.im * ratio) / denom;
        r->im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r->re = (a.re * ratio + a.im) / denom;
        r->im = (a.im * ratio - a.re) / denom;
    } else {
        r->re = r->im = NAN;
    }
    return 1;
}

static cval c_powu(cval x, long n) {
    cval r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_mul(r, p);
        mask <<= 1;
        p = c_mul(p, p);
    }
    return r;
}

static cval c_pow(tern_vm *vm, cval a, cval b) {
    cval r;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n >= 0)
            return c_powu(a, n);
        {
            cval one = {1.0, 0.0};
            if (!c_quot(one, c_powu(a, -n), &r))
                tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "0.0 to a negative or complex power");
            return r;
        }
    }
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "0.0 to a negative or complex power");
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

tern_val tern_complex_pow(tern_vm *vm, double ar, double ai, double br, double bi) {
    cval a, b, r;
    a.re = ar, a.im = ai, b.re = br, b.im = bi;
    r = c_pow(vm, a, b);
    if (isinf(r.re) || isinf(r.im))
        tern_raise_fmt(vm, &tern_type_OverflowError, "complex exponentiation");
    return tern_complex_new(vm, r.re, r.im);
}

static tern_val complex_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    cval x, y, r;
    op &= ~TERN_OP_INPLACE;
    if (!to_cval(vm, a, &x) || !to_cval(vm, b, &y))
        return TERN_NOTIMPLEMENTED;
    switch (op) {
    case TERN_OP_ADD: r.re = x.re + y.re; r.im = x.im + y.im; break;
    case TERN_OP_SUB: r.re = x.re - y.re; r.im = x.im - y.im; break;
    case TERN_OP_MUL: r = c_mul(x, y); break;
    case TERN_OP_TRUEDIV:
        if (!c_quot(x, y, &r))
            tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "complex division by zero");
        break;
    case TERN_OP_POW:
        return tern_complex_pow(vm, x.re, x.im, y.re, y.im);
    default:
        return TERN_NOTIMPLEMENTED;
    }
    return tern_complex_new(vm, r.re, r.im);
}

static tern_val complex_unop(tern_vm *vm, int op, tern_val a) {
    switch (op) {
    case TERN_UOP_NEG: return tern_complex_new(vm, -CX(a)->re, -CX(a)->im);
    case TERN_UOP_POS: return tern_complex_new(vm, CX(a)->re, CX(a)->im);
    default: return TERN_NOTIMPLEMENTED;
    }
}

/* == and != only; an int is compared exactly with the real part (so that
 * complex(2**53) != 2**53 + 1), as CPython does. */
static tern_val complex_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    cval x, y;
    int eq;
    if (op != TERN_CMP_EQ && op != TERN_CMP_NE)
        return TERN_NOTIMPLEMENTED;
    if (TERN_IS_INTLIKE(b) || TERN_IS_INTLIKE(a)) {
        tern_val i = TERN_IS_INTLIKE(b) ? b : a;
        if (!tern_complex_parts(TERN_IS_INTLIKE(b) ? a : b, &x.re, &x.im))
            return TERN_NOTIMPLEMENTED;
        eq = x.im == 0.0 && tern_int_cmp_double(vm, i, x.re) == 0;
    } else {
        if (!to_cval(vm, a, &x) || !to_cval(vm, b, &y))
            return TERN_NOTIMPLEMENTED;
        eq = x.re == y.re && x.im == y.im;
    }
    return TERN_BOOL(op == TERN_CMP_EQ ? eq : !eq);
}

static int complex_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return CX(self)->re != 0.0 || CX(self)->im != 0.0;
}

/* hash(re) + 1000003 * hash(im), as CPython (so complex(x, 0) hashes like x) */
static tern_val complex_hash(tern_vm *vm, tern_val self) {
    tern_val hr, hi;
    double im = CX(self)->im;
    hr = tern_hash(vm, tern_float_new(vm, CX(self)->re));
    hi = tern_hash(vm, tern_float_new(vm, im));
    {
        uintptr_t h = (uintptr_t)TERN_SMALL_VALUE(hr) + (uintptr_t)1000003u * (uintptr_t)TERN_SMALL_VALUE(hi);
        tern_int r = (tern_int)h;
        r = TERN_SMALL_VALUE(TERN_SMALL(r));    /* keep it a small int */
        if (r == -1)
            r = -2;
        return TERN_SMALL(r);
    }
}

/* One part as CPython's complex repr writes it: repr of the float with a
 * trailing ".0" dropped. */
static void part(double d, char *buf) {
    size_t n;
    tern_float_repr_buf(d, buf);
    n = strlen(buf);
    if (n > 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        buf[n - 2] = 0;
}

static tern_val complex_repr(tern_vm *vm, tern_val self) {
    char re[40], im[40], out[96];
    double r = CX(self)->re, i = CX(self)->im;
    part(i, im);
    if (r == 0.0 && copysign(1.0, r) > 0) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        part(r, re);
        snprintf(out, sizeof out, "(%s%s%sj)", re, (i >= 0 || isnan(i)) && im[0] != '-' ? "+" : "", im);
    }
    return tern_str_from_c(vm, out);
}

/* ---- complex(str) ---- */

static int cspace(char c) {
    return c == ' ' || (c >= 9 && c <= 13);
}

static int cdigit(char c) {
    return c >= '0' && c <= '9';
}

/* Does [p, end) start with `word` (lowercase), ignoring case? */
static int starts_ci(const char *p, const char *end, const char *word) {
    for (; *word; p++, word++)
        if (p >= end || (*p | 0x20) != *word)
            return 0;
    return 1;
}

/* A float as float() spells it (digits with an optional point and
 * exponent, or inf, infinity, nan; optional sign) at the start of
 * [p, end): its value in *out and the end of its text, or p if there is
 * none. The syntax is checked here and not left to strtod, which also
 * takes hex and leading spaces. The text is NUL-terminated after end. */
static const char *scan_float(const char *p, const char *end, double *out) {
    const char *q = p;
    int neg = 0, nd = 0;
    if (q < end && (*q == '+' || *q == '-')) {
        neg = *q == '-';
        q++;
    }
    if (starts_ci(q, end, "infinity") || starts_ci(q, end, "inf")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return q + (starts_ci(q, end, "infinity") ? 8 : 3);
    }
    if (starts_ci(q, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return q + 3;
    }
    for (; q < end && cdigit(*q); q++)
        nd++;
    if (q < end && *q == '.')
        for (q++; q < end && cdigit(*q); q++)
            nd++;
    if (nd == 0)
        return p;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-'))
            e++;
        if (e < end && cdigit(*e)) {
            while (e < end && cdigit(*e))
                e++;
            q = e;
        }
    }
    /* strtod reads exactly this text: what could follow it and extend a
     * C float ('x' after a 0) makes the whole string malformed anyway */
    *out = strtod(p, NULL);
    return q;
}

/* [ws] [(] [ws] (<float> | <float>j | <float><signed float>j | <float><sign>j
 * | <sign>j | j) [ws] [)] [ws], as CPython accepts it. */
static int parse_complex(const char *p, const char *end, cval *out) {
    const char *q;
    double x = 0.0, y = 0.0, z;
    int paren = 0;
    while (p < end && cspace(*p))
        p++;
    if (p < end && *p == '(') {
        paren = 1;
        for (p++; p < end && cspace(*p); p++)
            ;
    }
    q = scan_float(p, end, &z);
    if (q != p) {
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            q = scan_float(p, end, &y);
            if (q == p)
                y = *q++ == '+' ? 1.0 : -1.0;
            p = q;
            if (p >= end || (*p != 'j' && *p != 'J'))
                return 0;
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            y = z;
            p++;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            y = *p++ == '+' ? 1.0 : -1.0;
        if (p >= end || (*p != 'j' && *p != 'J'))
            return 0;
        p++;
    }
    while (p < end && cspace(*p))
        p++;
    if (paren) {
        if (p >= end || *p != ')')
            return 0;
        for (p++; p < end && cspace(*p); p++)
            ;
    }
    out->re = x;
    out->im = y;
    return p == end;
}

/* complex(s): Unicode digits and spaces become ASCII first; underscores
 * are allowed only between digits and are dropped before parsing. */
static tern_val complex_from_str(tern_vm *vm, tern_val s) {
    tern_val t = TERN_NULL;
    cval c;
    int ok;
    size_t n, i, o = 0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    TERN_ROOT(vm, t);
    t = tern_str_numeric_ascii(vm, s);
    n = TERN_STR_LEN(t);
    if (memchr(TERN_STR_CHARS(t), '_', n)) {
        tern_val u = tern_str_alloc(vm, n);
        const char *src = TERN_STR_CHARS(t);
        char *dst = TERN_STR_DATA(TERN_PTR(u)), prev = 0;
        for (i = 0; i < n; i++) {
            char ch = src[i];
            if (ch == '_' ? !cdigit(prev) : (!cdigit(ch) && prev == '_'))
                tern_raise_value_error(vm, "could not convert string to complex: %R", s);
            if (ch != '_')
                dst[o++] = ch;
            prev = ch;
        }
        if (prev == '_')
            tern_raise_value_error(vm, "could not convert string to complex: %R", s);
        TERN_AS(tern_str, u)->len = (uint32_t)o;
        tern_str_finish(u);
        t = u;
    }
    ok = parse_complex(TERN_STR_CHARS(t), TERN_STR_CHARS(t) + TERN_STR_LEN(t), &c);
    TERN_UNROOT(vm);
    if (!ok)
        tern_raise_value_error(vm, "complex() arg is a malformed string");
    return tern_complex_new(vm, c.re, c.im);
}

/* complex(real=0, imag=0), as CPython: a str is parsed; __complex__ is
 * used if present; a real or imag that is itself complex contributes
 * both parts; and a plain real part is taken as is, so that signed zeros
 * survive (complex(1, -0.0) is (1-0j)). */
static tern_val complex_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i, cr_cx = 0, ci_cx = 0;
    tern_val r = TERN_NULL, im = TERN_NULL;
    cval cr = {0.0, 0.0}, ci = {0.0, 0.0};
    (void)t;
    if (nargs > 2)
        tern_raise_type_error(vm, "complex() takes at most 2 arguments (%d given)", nargs);
    if (npos >= 1)
        r = args[0];
    if (npos >= 2)
        im = args[1];
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        if (tern_str_eq(k, TERN_N(real))) {
            if (npos >= 1)
                tern_raise_type_error(vm, "argument for complex() given by name ('real') and position (1)");
            r = args[npos + i];
        } else if (tern_str_eq(k, TERN_N(imag))) {
            if (npos >= 2)
                tern_raise_type_error(vm, "argument for complex() given by name ('imag') and position (2)");
            im = args[npos + i];
        } else {
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for complex()", k);
        }
    }
    if (r == TERN_NULL)
        r = TERN_SMALL(0);
    if (tern_is_complex(r) && im == TERN_NULL)
        return r;
    /* __complex__, __float__ and __index__ may run Python code */
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, im);
    if (TERN_IS_STR(TERN_PROXY_VALUE(r))) {
        if (im != TERN_NULL)
            tern_raise_type_error(vm, "complex() can't take second arg if first is a string");
        r = complex_from_str(vm, TERN_PROXY_VALUE(r));
        TERN_UNROOT(vm);
        return r;
    }
    if (im != TERN_NULL && TERN_IS_STR(TERN_PROXY_VALUE(im)))
        tern_raise_type_error(vm, "complex() second arg can't be a string");
    if (complex_special(vm, r, &cr))
        cr_cx = 1;
    else if (tern_complex_parts(r, &cr.re, &cr.im))
        cr_cx = 1;
    else if (!has_real(vm, r))
        tern_raise_type_error(vm, "complex() first argument must be a string or a number, not '%T'", r);
    if (im != TERN_NULL && !has_real(vm, im) && !tern_complex_parts(im, &ci.re, &ci.im))
        tern_raise_type_error(vm, "complex() second argument must be a number, not '%T'", im);
    if (!cr_cx)
        real_value(vm, r, &cr.re);
    if (im == TERN_NULL)
        ci.re = cr.im;
    else if (tern_complex_parts(im, &ci.re, &ci.im))
        ci_cx = 1;
    else
        real_value(vm, im, &ci.re);
    if (ci_cx)
        cr.re -= ci.im;
    if (cr_cx && im != TERN_NULL)
        ci.re += cr.im;
    TERN_UNROOT(vm);
    return tern_complex_new(vm, cr.re, ci.re);
}

static tern_val complex_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(real))
        return tern_float_new(vm, CX(self)->re);
    if (name == TERN_N(imag))
        return tern_float_new(vm, CX(self)->im);
    return TERN_NULL;
}

/* real and imag are read-only members */
static int complex_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value) {
    (void)self;
    (void)value;
    if (name == TERN_N(real) || name == TERN_N(imag))
        tern_raise_fmt(vm, &tern_type_AttributeError, "readonly attribute");
    return 0;
}

static tern_val complex_conjugate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "complex", "conjugate", nargs, kwnames, 1, 1);
    return tern_complex_new(vm, SELF(args)->re, -SELF(args)->im);
}

static tern_val complex_abs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double r;
    tern_method_args(vm, "complex", "__abs__", nargs, kwnames, 1, 1);
    r = hypot(SELF(args)->re, SELF(args)->im);
    if (isinf(r) && isfinite(SELF(args)->re) && isfinite(SELF(args)->im))
        tern_raise_fmt(vm, &tern_type_OverflowError, "absolute value too large");
    return tern_float_new(vm, r);
}

static tern_val complex_complex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "complex", "__complex__", nargs, kwnames, 1, 1);
    if (tern_is_complex(args[0]))
        return args[0];
    return tern_complex_new(vm, SELF(args)->re, SELF(args)->im);
}

static tern_val complex_getnewargs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *s, t;
    tern_method_args(vm, "complex", "__getnewargs__", nargs, kwnames, 1, 1);
    s = tern_push(vm, tern_float_new(vm, SELF(args)->re));
    tern_push(vm, tern_float_new(vm, SELF(args)->im));
    t = tern_tuple_from(vm, 2, s);
    tern_popn(vm, 2);
    return t;
}

static tern_val complex_format(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "complex", "__format__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__format__() argument must be str, not %T", args[1]);
    return tern_format_spec(vm, args[0], args[1]);
}

static TERN_CMETHOD_DEF(complex_conjugate_obj, conjugate, complex_conjugate);
static TERN_CMETHOD_DEF(complex_abs_obj, __abs__, complex_abs);
static TERN_CMETHOD_DEF(complex_complex_obj, __complex__, complex_complex);
static TERN_CMETHOD_DEF(complex_getnewargs_obj, __getnewargs__, complex_getnewargs);
static TERN_CMETHOD_DEF(complex_format_obj, __format__, complex_format);

static const tern_attr complex_attrs[] = {
    {TERN_NSTR(conjugate), &complex_conjugate_obj},
    {TERN_NSTR(__abs__), &complex_abs_obj},
    {TERN_NSTR(__complex__), &complex_complex_obj},
    {TERN_NSTR(__getnewargs__), &complex_getnewargs_obj},
    {TERN_NSTR(__format__), &complex_format_obj},
};

const tern_type tern_type_complex = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(complex), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, complex_attrs, sizeof(complex_attrs) / sizeof(complex_attrs[0]),
    TERN_K_OBJECT, TERN_TF_BASETYPE, 0,
    complex_make,
    complex_repr,
    NULL, complex_hash, complex_compare, complex_binop, complex_unop, complex_truth, NULL,
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, complex_getattr, complex_setattr      /* call getattr setattr */
};
