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

typedef struct tern_complex {
    tern_hdr hdr;
    tern_val cls;
    double re, im;
} tern_complex;

typedef struct cval {
    double re, im;
} cval;

#define CX(v) TERN_AS(tern_complex, v)

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

/* A number as a complex value; 0 if v is not an int, float or complex. */
static int to_cval(tern_vm *vm, tern_val v, cval *out) {
    if (tern_is_complex(v)) {
        out->re = CX(v)->re;
        out->im = CX(v)->im;
        return 1;
    }
    if (TERN_IS_FLOAT(v) || TERN_IS_INT(v) || TERN_IS_BOOL(v)) {
        out->re = tern_float_value(vm, v);
        out->im = 0.0;
        return 1;
    }
    return 0;
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
    case TERN_OP_POW: r = c_pow(vm, x, y); break;
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

static tern_val complex_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    cval x, y;
    if (op != TERN_CMP_EQ && op != TERN_CMP_NE)
        return TERN_NOTIMPLEMENTED;
    if (!to_cval(vm, a, &x) || !to_cval(vm, b, &y))
        return TERN_NOTIMPLEMENTED;
    {
        int eq = x.re == y.re && x.im == y.im;
        return TERN_BOOL(op == TERN_CMP_EQ ? eq : !eq);
    }
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

/* complex("1+2j") and friends: [ws][(][real][+-imag j][)][ws] */
static int parse_complex(const char *s, cval *out) {
    char *end;
    double a, b;
    int paren = 0;
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    if (*s == '(') {
        paren = 1;
        s++;
        while (*s == ' ')
            s++;
    }
    a = strtod(s, &end);
    if (end == s) {
        /* "j", "+j", "-j" */
        if ((*s == '+' || *s == '-') && (s[1] == 'j' || s[1] == 'J')) {
            out->re = 0;
            out->im = *s == '-' ? -1.0 : 1.0;
            s += 2;
        } else if (*s == 'j' || *s == 'J') {
            out->re = 0;
            out->im = 1.0;
            s++;
        } else {
            return 0;
        }
    } else if (*end == 'j' || *end == 'J') {
        out->re = 0;
        out->im = a;
        s = end + 1;
    } else if (*end == '+' || *end == '-') {
        const char *t = end;
        b = strtod(t, &end);
        if (end == t + 1 || end == t) {
            b = *t == '-' ? -1.0 : 1.0;
            end = (char *)t + 1;
        }
        if (*end != 'j' && *end != 'J')
            return 0;
        out->re = a;
        out->im = b;
        s = end + 1;
    } else {
        out->re = a;
        out->im = 0;
        s = end;
    }
    while (*s == ' ')
        s++;
    if (paren) {
        if (*s != ')')
            return 0;
        s++;
    }
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    return *s == 0;
}

static tern_val complex_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    cval a = {0, 0}, b = {0, 0};
    (void)t;
    tern_check_args(vm, "complex", nargs, kwnames, 0, 2);
    if (nargs >= 1) {
        if (TERN_IS_STR(args[0])) {
            if (nargs == 2)
                tern_raise_type_error(vm, "complex() can't take second arg if first is a string");
            if (!parse_complex(TERN_STR_CHARS(args[0]), &a))
                tern_raise_value_error(vm, "complex() arg is a malformed string");
            return tern_complex_new(vm, a.re, a.im);
        }
        if (!to_cval(vm, args[0], &a)) {
            tern_val m = tern_getattr_opt(vm, args[0], TERN_N(__complex__));
            if (!m || !to_cval(vm, tern_call0(vm, m), &a))
                tern_raise_type_error(vm, "complex() first argument must be a string or a number, not '%T'", args[0]);
        }
    }
    if (nargs == 2) {
        if (TERN_IS_STR(args[1]))
            tern_raise_type_error(vm, "complex() second arg can't be a string");
        if (!to_cval(vm, args[1], &b))
            tern_raise_type_error(vm, "complex() second argument must be a number, not '%T'", args[1]);
    }
    /* (a.re + i a.im) + i (b.re + i b.im) */
    return tern_complex_new(vm, a.re - b.im, a.im + b.re);
}

static tern_val complex_getattr(tern_vm *vm, tern_val self, tern_val name) {
    if (name == TERN_N(real))
        return tern_float_new(vm, CX(self)->re);
    if (name == TERN_N(imag))
        return tern_float_new(vm, CX(self)->im);
    return TERN_NULL;
}

static tern_val complex_conjugate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "conjugate", nargs, kwnames, 1, 1);
    return tern_complex_new(vm, CX(args[0])->re, -CX(args[0])->im);
}

static tern_val complex_abs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    double r;
    tern_check_args(vm, "__abs__", nargs, kwnames, 1, 1);
    r = hypot(CX(args[0])->re, CX(args[0])->im);
    if (isinf(r) && isfinite(CX(args[0])->re) && isfinite(CX(args[0])->im))
        tern_raise_fmt(vm, &tern_type_OverflowError, "absolute value too large");
    return tern_float_new(vm, r);
}

static TERN_CMETHOD_DEF(complex_conjugate_obj, conjugate, complex_conjugate);
static TERN_CMETHOD_DEF(complex_abs_obj, __abs__, complex_abs);

static const tern_attr complex_attrs[] = {
    {TERN_NSTR(conjugate), &complex_conjugate_obj},
    {TERN_NSTR(__abs__), &complex_abs_obj},
};

const tern_type tern_type_complex = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(complex), TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, complex_attrs, sizeof(complex_attrs) / sizeof(complex_attrs[0]),
    TERN_K_OBJECT, 0, 0,
    complex_make,
    complex_repr,
    NULL, complex_hash, complex_compare, complex_binop, complex_unop, complex_truth, NULL,
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, complex_getattr, NULL                 /* call getattr setattr */
};
