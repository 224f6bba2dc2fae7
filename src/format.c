/* SPDX-License-Identifier: MIT */
/*
 * format.c — text formatting: the format-spec mini-language of format()
 * and f-strings for int, float and str; %-formatting (str % args and
 * bytes % args);
 * str.format / format_map; and tern_str_fmt for C-side messages.
 *
 * Numbers are first turned into ASCII text (digits of an int, or the
 * printf/shortest-repr text of a float), then one function, assemble(),
 * adds sign, prefix, grouping, fill and alignment as CPython does.
 *
 * Heap strs move: the format strings are read through their (rooted)
 * values and byte offsets, never through pointers kept across allocation.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"

/* ===================================================================
 * Format specs
 * =================================================================== */

typedef struct fspec {
    uint32_t fill;
    char align;         /* '<', '>', '^', '=' or 0 (default) */
    char sign;          /* '+', '-', ' ' or 0 */
    char z;             /* coerce negative zero */
    char alt;           /* '#' */
    char grouping;      /* ',', '_' or 0 */
    char type;          /* presentation type or 0 */
    tern_int width;     /* -1: none */
    tern_int prec;      /* -1: none */
} fspec;

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* Parse spec text (a str value). Raises ValueError naming v's type. */
static void parse_spec(tern_vm *vm, tern_val spec, tern_val v, fspec *f) {
    const char *s = TERN_STR_CHARS(spec);
    size_t len = TERN_STR_LEN(spec), i = 0, n = 0;
    int fill_given = 0;
    char deftype;
    f->fill = ' ';
    f->align = 0;
    f->sign = 0;
    f->z = 0;
    f->alt = 0;
    f->grouping = 0;
    f->type = 0;
    f->width = -1;
    f->prec = -1;
    if (len == 0)
        return;
    {
        uint32_t c = tern_utf8_decode(s, len, &n);
        if (n < len && (s[n] == '<' || s[n] == '>' || s[n] == '^' || s[n] == '=')) {
            f->fill = c;
            f->align = s[n];
            fill_given = 1;
            i = n + 1;
        } else if (s[0] == '<' || s[0] == '>' || s[0] == '^' || s[0] == '=') {
            f->align = s[0];
            i = 1;
        }
    }
    if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        f->sign = s[i++];
    if (i < len && s[i] == 'z') {
        f->z = 1;
        i++;
    }
    if (i < len && s[i] == '#') {
        f->alt = 1;
        i++;
    }
    if (i < len && s[i] == '0') {
        /* the '0' flag: zero fill unless a fill was given, and sign-aware
         * padding unless an alignment was given (numbers only) */
        if (!fill_given)
            f->fill = '0';
        if (!f->align && !TERN_IS_STR(v))
            f->align = '=';
        i++;
    }
    if (i < len && is_digit(s[i])) {
        f->width = 0;
        while (i < len && is_digit(s[i])) {
            f->width = f->width * 10 + (s[i++] - '0');
            if (f->width > 100000000)
                tern_raise_value_error(vm, "Too many decimal digits in format string");
        }
    }
    if (i < len && (s[i] == ',' || s[i] == '_')) {
        f->grouping = s[i++];
        if (i < len && (s[i] == ',' || s[i] == '_'))
            tern_raise_value_error(vm, "Cannot specify both ',' and '_'.");
    }
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || !is_digit(s[i]))
            tern_raise_value_error(vm, "Format specifier missing precision");
        f->prec = 0;
        while (i < len && is_digit(s[i])) {
            f->prec = f->prec * 10 + (s[i++] - '0');
            if (f->prec > 100000000)
                tern_raise_value_error(vm, "Too many decimal digits in format string");
        }
    }
    if (len - i == 1)
        f->type = s[i++];
    if (i != len)
        tern_raise_value_error(vm, "Invalid format specifier '%V' for object of type '%s'", spec, tern_type_name(v));
    deftype = f->type ? f->type : TERN_IS_STR(v) ? 's' : 0;
    if (f->grouping && deftype && !strchr("deEfFgG%", deftype) &&
        !(f->grouping == '_' && strchr("boxX", deftype)))
        tern_raise_value_error(vm, "Cannot specify '%c' with '%c'.", f->grouping, deftype);
}

/* ===================================================================
 * Assembling a formatted field
 * =================================================================== */

static void add_fill(tern_vm *vm, tern_strbuf *b, uint32_t fill, tern_int n) {
    char buf[4];
    size_t k = tern_utf8_encode(fill, buf);
    while (n-- > 0)
        tern_strbuf_add(vm, b, buf, k);
}

/* A number field: `num` is ASCII text whose first `nint` bytes are the
 * integer digits to group; `neg` selects the sign; `prefix` (0x...) goes
 * between the sign and the digits. */
static tern_val assemble(tern_vm *vm, const fspec *f, int neg, const char *prefix,
                         tern_val num, size_t nint) {
    tern_strbuf b;
    tern_val r;
    char sign[2] = {0, 0};
    size_t nlen = TERN_STR_LEN(num), plen = strlen(prefix), i;
    /* no grouping without digits (inf, nan) */
    int g = (f->grouping && nint) ? ((f->type && strchr("boxX", f->type)) ? 4 : 3) : 0;
    tern_int zeros = 0, total, padn, left = 0, right = 0, mid = 0;
    char align = f->align ? f->align : '>';
    if (neg)
        sign[0] = '-';
    else if (f->sign == '+' || f->sign == ' ')
        sign[0] = f->sign;
#define GROUPED(n) ((tern_int)(n) + (g && (n) > 0 ? ((tern_int)(n) - 1) / g : 0))
    total = (tern_int)(strlen(sign) + plen + (nlen - nint)) + GROUPED(nint);
    if (f->fill == '0' && align == '=' && f->width > total) {
        /* zero padding becomes part of the (grouped) digits */
        while ((tern_int)(strlen(sign) + plen + (nlen - nint)) + GROUPED(nint + (size_t)zeros) < f->width)
            zeros++;
        total = (tern_int)(strlen(sign) + plen + (nlen - nint)) + GROUPED(nint + (size_t)zeros);
    }
    padn = f->width > total ? f->width - total : 0;
    if (align == '<')
        right = padn;
    else if (align == '^') {
        left = padn / 2;
        right = padn - left;
    } else if (align == '=')
        mid = padn;
    else
        left = padn;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, num);
    tern_strbuf_init(vm, &b, (size_t)(total + padn) + 8);
    add_fill(vm, &b, f->fill, left);
    tern_strbuf_add(vm, &b, sign, strlen(sign));
    tern_strbuf_add(vm, &b, prefix, plen);
    add_fill(vm, &b, f->fill, mid);
    {
        size_t nd = nint + (size_t)zeros;
        for (i = 0; i < nd; i++) {
            char c = i < (size_t)zeros ? '0' : TERN_STR_CHARS(num)[i - (size_t)zeros];
            if (g && i > 0 && (nd - i) % (size_t)g == 0)
                tern_strbuf_add_char(vm, &b, f->grouping);
            tern_strbuf_add_char(vm, &b, c);
        }
    }
    if (nlen > nint) {
        char tmp[64];
        size_t k = nint;
        while (k < nlen) {
            size_t m = nlen - k < sizeof tmp ? nlen - k : sizeof tmp;
            memcpy(tmp, TERN_STR_CHARS(num) + k, m);
            tern_strbuf_add(vm, &b, tmp, m);
            k += m;
        }
    }
    add_fill(vm, &b, f->fill, right);
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
#undef GROUPED
}

static tern_val format_str_spec(tern_vm *vm, tern_val s, const fspec *f) {
    tern_strbuf b;
    tern_val r;
    tern_int nch = (tern_int)TERN_AS(tern_str, s)->nchars, padn, left = 0;
    size_t bytes = TERN_STR_LEN(s);
    if (f->type && f->type != 's')
        tern_raise_value_error(vm, "Unknown format code '%c' for object of type 'str'", f->type);
    if (f->sign == ' ')
        tern_raise_value_error(vm, "Space not allowed in string format specifier");
    if (f->sign)
        tern_raise_value_error(vm, "Sign not allowed in string format specifier");
    if (f->z)
        tern_raise_value_error(vm, "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alt)
        tern_raise_value_error(vm, "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        tern_raise_value_error(vm, "'=' alignment not allowed in string format specifier");
    if (f->grouping)
        tern_raise_value_error(vm, "Cannot specify '%c' with 's'.", f->grouping);
    if (f->prec >= 0 && f->prec < nch) {
        nch = f->prec;
        bytes = tern_str_byte_offset(s, (size_t)nch);
    }
    if (f->width <= nch && bytes == TERN_STR_LEN(s))
        return s;
    padn = f->width > nch ? f->width - nch : 0;
    if (f->align == '>')
        left = padn;
    else if (f->align == '^')
        left = padn / 2;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    tern_strbuf_init(vm, &b, bytes + (size_t)padn + 4);
    add_fill(vm, &b, f->fill, left);
    {
        tern_val sub = tern_str_sub(vm, s, 0, bytes);
        tern_strbuf_add_str(vm, &b, sub);
    }
    add_fill(vm, &b, f->fill, padn - left);
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * Floats
 * =================================================================== */

/* Text of |d| for presentation type `type` and precision prec (no sign),
 * written into out (cap bytes, cap >= 64). Returns the length, or the
 * needed size + 1 when out is too small. `add_dot0` is CPython's flag for
 * the no-type format (at least one digit after the point). */
static size_t float_text(double d, char type, tern_int prec, int alt, int add_dot0, char *out, size_t cap) {
    int upper = type == 'E' || type == 'F' || type == 'G';
    size_t n;
    d = fabs(d);
    if (isinf(d) || isnan(d)) {
        const char *t = isinf(d) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        strcpy(out, t);
        return 3;
    }
    if (type == 'r') {
        /* repr: shortest round-trip digits */
        char *e;
        size_t k;
        tern_float_repr_buf(d, out);
        k = strlen(out);
        if (!add_dot0 && k > 2 && out[k - 2] == '.' && out[k - 1] == '0')
            out[k - 2] = 0;     /* complex parts: "1", not "1.0" */
        if (alt && !strchr(out, '.')) {
            /* '#': always a decimal point, before the exponent */
            e = strchr(out, 'e');
            if (e) {
                memmove(e + 1, e, strlen(e) + 1);
                *e = '.';
            } else {
                strcat(out, ".");
            }
        }
        return strlen(out);
    }
    if (type == 'e' || type == 'E') {
        int k = snprintf(out, cap, alt ? "%#.*e" : "%.*e", (int)prec, d);
        if ((size_t)k >= cap)
            return (size_t)k + 1;
        if (upper) {
            char *p = strchr(out, 'e');
            if (p) *p = 'E';
        }
        return (size_t)k;
    }
    if (type == 'f' || type == 'F' || type == '%') {
        int k = snprintf(out, cap, alt ? "%#.*f" : "%.*f", (int)prec, d);
        return (size_t)k >= cap ? (size_t)k + 1 : (size_t)k;
    }
    /* 'g' / 'G' / 'n', and the no-type form with a precision */
    {
        char tmp[40];
        int e, p = prec == 0 ? 1 : (int)prec, digits_len, k;
        char dig[24];
        char *q = out;
        if (p > 17) {
            /* more digits than a double has: printf's %g is exact */
            k = snprintf(out, cap, alt ? "%#.*g" : "%.*g", p, d);
            if ((size_t)k >= cap)
                return (size_t)k + 1;
            if (upper) {
                char *pe = strchr(out, 'e');
                if (pe) *pe = 'E';
            }
            if (add_dot0 && !strchr(out, '.') && !strchr(out, 'e') && !strchr(out, 'E'))
                strcat(out, ".0");
            return strlen(out);
        }
        if (d == 0.0) {
            strcpy(dig, "0");
            e = 0;
        } else {
            snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
            digits_len = 0;
            for (k = 0; tmp[k] && tmp[k] != 'e'; k++)
                if (tmp[k] != '.')
                    dig[digits_len++] = tmp[k];
            dig[digits_len] = 0;
            e = atoi(tmp + k + 1);
        }
        if (!alt) {
            /* strip trailing zeros */
            size_t L = strlen(dig);
            while (L > 1 && dig[L - 1] == '0')
                dig[--L] = 0;
        } else {
            size_t L = strlen(dig);
            while ((int)L < p)
                dig[L++] = '0';
            dig[L] = 0;
        }
        n = strlen(dig);
        if (e < -4 || e >= (add_dot0 ? p - 1 : p)) {
            *q++ = dig[0];
            if (n > 1 || alt) {
                *q++ = '.';
                memcpy(q, dig + 1, n - 1);
                q += n - 1;
            }
            q += sprintf(q, "%c%c%02d", upper ? 'E' : 'e', e < 0 ? '-' : '+', e < 0 ? -e : e);
        } else if (e < 0) {
            *q++ = '0';
            *q++ = '.';
            for (k = 0; k < -e - 1; k++)
                *q++ = '0';
            memcpy(q, dig, n);
            q += n;
        } else {
            for (k = 0; k <= e; k++)
                *q++ = (size_t)k < n ? dig[k] : '0';
            if ((size_t)(e + 1) < n) {
                *q++ = '.';
                memcpy(q, dig + e + 1, n - (size_t)e - 1);
                q += n - (size_t)e - 1;
            } else if (alt) {
                *q++ = '.';
            } else if (add_dot0) {
                *q++ = '.';
                *q++ = '0';
            }
        }
        *q = 0;
        return (size_t)(q - out);
    }
}

/* The text of |d| (a str) for presentation type `type` ('r' for repr),
 * precision prec >= 0, the '#' and 'z' flags and add_dot0 (see
 * float_text); *neg tells whether a minus sign belongs in front. */
static tern_val float_num(tern_vm *vm, double d, char type, tern_int prec, int alt, int z, int add_dot0,
                          int *neg) {
    char buf[400];
    size_t n;
    tern_val num, blob = TERN_NULL;
    char *text = buf;
    if (type == '%')
        d *= 100.0;
    *neg = signbit(d) && !isnan(d);
    n = float_text(d, type, prec, alt, add_dot0, buf, sizeof buf - 2);
    if (n >= sizeof buf - 2) {
        /* long fixed-point text: into a blob */
        TERN_ROOTS(vm);
        TERN_ROOT(vm, blob);
        blob = TERN_VAL(tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + n + 8));
        text = (char *)TERN_BLOB_DATA(TERN_PTR(blob));
        n = float_text(d, type, prec, alt, add_dot0, text, n + 4);
        num = tern_str_new(vm, text, n);
        TERN_UNROOT(vm);
    } else {
        if (type == '%') {
            buf[n++] = '%';
            buf[n] = 0;
        }
        num = tern_str_new(vm, buf, n);
    }
    if (type == '%' && text != buf) {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, num);
        num = tern_str_concat(vm, num, tern_str_new(vm, "%", 1));
        TERN_UNROOT(vm);
    }
    if (*neg && z && isfinite(d)) {
        /* negative zero after rounding: drop the sign if every digit is 0 */
        const char *p = TERN_STR_CHARS(num);
        int allzero = 1;
        for (; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9')
                allzero = 0;
        if (allzero)
            *neg = 0;
    }
    return num;
}

/* The number of integer digits (to group) at the start of num. no alloc. */
static size_t int_digits(tern_val num) {
    const char *p = TERN_STR_CHARS(num);
    size_t nint = 0;
    while (nint < TERN_STR_LEN(num) && is_digit(p[nint]))
        nint++;
    return nint;
}

static tern_val format_float_spec(tern_vm *vm, double d, const fspec *f) {
    char type = f->type;
    tern_int prec = f->prec;
    int add_dot0 = 0, neg;
    tern_val num;
    if (!type) {
        add_dot0 = 1;
        if (prec < 0)
            type = 'r';
        else
            type = 'g';
    } else if (!strchr("eEfFgGn%", type)) {
        tern_raise_value_error(vm, "Unknown format code '%c' for object of type 'float'", type);
    }
    if (type == 'n')
        type = 'g';
    if (prec < 0)
        prec = 6;
    num = float_num(vm, d, type, prec, f->alt, f->z, add_dot0, &neg);
    return assemble(vm, f, neg, "", num, int_digits(num));
}

/* ===================================================================
 * Complex numbers
 * =================================================================== */

/* Each part is formatted like a float without padding, the imaginary one
 * with an explicit sign unless the real part is left out; the no-type
 * form is str()'s (parentheses, a real +0 left out); then fill and
 * alignment (default right) apply to the whole. */
static tern_val format_complex_spec(tern_vm *vm, double re, double im, const fspec *f) {
    char type = f->type, align = f->align ? f->align : '>';
    tern_int prec = f->prec, nch, pad, left;
    int skip_re = 0, parens = 0, neg;
    fspec pf = *f;
    tern_val *s, r;
    tern_strbuf b;
    if (type && !strchr("eEfFgGn", type))
        tern_raise_value_error(vm, "Unknown format code '%c' for object of type 'complex'", type);
    if (f->fill == '0')
        tern_raise_value_error(vm, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        tern_raise_value_error(vm, "'=' alignment flag is not allowed in complex format specifier");
    if (!type) {
        type = 'r';
        if (re == 0.0 && !signbit(re))
            skip_re = 1;
        else
            parens = 1;
    }
    if (type == 'n')
        type = 'g';
    if (prec < 0)
        prec = type == 'r' ? 0 : 6;
    else if (type == 'r')
        type = 'g';
    pf.fill = ' ';
    pf.align = '<';
    pf.width = -1;
    pf.type = type;
    s = tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    if (!skip_re) {
        s[0] = float_num(vm, re, type, prec, f->alt, f->z, 0, &neg);
        s[0] = assemble(vm, &pf, neg, "", s[0], int_digits(s[0]));
        pf.sign = '+';
    }
    s[1] = float_num(vm, im, type, prec, f->alt, f->z, 0, &neg);
    s[1] = assemble(vm, &pf, neg, "", s[1], int_digits(s[1]));
    nch = (tern_int)(skip_re ? 0 : TERN_STR_LEN(s[0])) + (tern_int)TERN_STR_LEN(s[1]) + 1 + 2 * parens;
    pad = f->width > nch ? f->width - nch : 0;
    left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    TERN_ROOTS(vm);
    tern_strbuf_init(vm, &b, (size_t)(nch + pad) + 8);
    add_fill(vm, &b, f->fill, left);
    if (parens)
        tern_strbuf_add_char(vm, &b, '(');
    if (!skip_re)
        tern_strbuf_add_str(vm, &b, s[0]);
    tern_strbuf_add_str(vm, &b, s[1]);
    tern_strbuf_add_char(vm, &b, 'j');
    if (parens)
        tern_strbuf_add_char(vm, &b, ')');
    add_fill(vm, &b, f->fill, pad - left);
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    tern_popn(vm, 2);
    return r;
}

/* ===================================================================
 * Ints
 * =================================================================== */

static tern_val format_int_spec(tern_vm *vm, tern_val v, const fspec *f) {
    char type = f->type;
    const char *prefix = "";
    int base = 10, upper = 0, neg;
    tern_val digits;
    if (type && strchr("eEfFgG%", type))
        return format_float_spec(vm, tern_int_to_double(vm, v), f);
    /* CPython rejects an unknown presentation type before anything else */
    if (type && !strchr("dnboxXc", type))
        tern_raise_value_error(vm, "Unknown format code '%c' for object of type '%s'", type, tern_type_name(v));
    if (f->prec >= 0)
        tern_raise_value_error(vm, "Precision not allowed in integer format specifier");
    if (f->z)
        tern_raise_value_error(vm, "Negative zero coercion (z) not allowed in integer format specifier");
    switch (type) {
    case 0: case 'd': case 'n': break;
    case 'b': base = 2; prefix = f->alt ? "0b" : ""; break;
    case 'o': base = 8; prefix = f->alt ? "0o" : ""; break;
    case 'x': base = 16; prefix = f->alt ? "0x" : ""; break;
    case 'X': base = 16; upper = 1; prefix = f->alt ? "0X" : ""; break;
    case 'c': {
        tern_int c;
        fspec g = *f;
        if (f->sign)
            tern_raise_value_error(vm, "Sign not allowed with integer format specifier 'c'");
        if (f->alt)
            tern_raise_value_error(vm, "Alternate form (#) not allowed with integer format specifier 'c'");
        c = TERN_IS_KIND(v, TERN_K_BIGINT) ? -1 : tern_int_value(vm, v);
        if (c < 0 || c > 0x10FFFF)
            tern_raise_fmt(vm, &tern_type_OverflowError, "%%c arg not in range(0x110000)");
        g.type = 0;
        /* a char is formatted as a number without sign: right-aligned by
         * default, and '=' pads on the left */
        if (g.align == '=' || !g.align)
            g.align = '>';
        return format_str_spec(vm, tern_str_from_codepoint(vm, (uint32_t)c), &g);
    }
    default:
        tern_raise_value_error(vm, "Unknown format code '%c' for object of type '%s'", type, tern_type_name(v));
    }
    neg = tern_int_sign(v) < 0;
    digits = tern_int_digits(vm, v, base, upper);
    return assemble(vm, f, neg, prefix, digits, TERN_STR_LEN(digits));
}

/* ===================================================================
 * format()
 * =================================================================== */

tern_val tern_format_spec(tern_vm *vm, tern_val v, tern_val spec) {
    fspec f;
    if (TERN_IS_BOOL(v) && TERN_STR_LEN(spec) == 0)
        return v == TERN_TRUE ? TERN_N(True) : TERN_N(False);
    if (TERN_STR_LEN(spec) == 0 && TERN_IS_STR(v))
        return v;
    if (TERN_STR_LEN(spec) == 0 && tern_is_complex(v))
        return tern_to_str(vm, v);
    parse_spec(vm, spec, v, &f);
    if (TERN_IS_STR(v))
        return format_str_spec(vm, v, &f);
    if (TERN_IS_INTLIKE(v)) {
        if (TERN_STR_LEN(spec) == 0)
            return tern_int_to_str(vm, v, 10);
        return format_int_spec(vm, v, &f);
    }
    if (TERN_IS_FLOAT(v))
        return format_float_spec(vm, TERN_FLOAT_VAL(v), &f);
    {
        double re, im;
        if (tern_complex_parts(v, &re, &im))
            return format_complex_spec(vm, re, im, &f);
    }
    tern_raise_type_error(vm, "unsupported format string passed to %s.__format__", tern_type_name(v));
}

tern_val tern_format(tern_vm *vm, tern_val v, tern_val spec) {
    tern_val m;
    if (TERN_IS_STR(v) || TERN_IS_INTLIKE(v) || TERN_IS_FLOAT(v) || tern_is_complex(v))
        return tern_format_spec(vm, v, spec);
    m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__format__));
    if (TERN_IS_PROXY(v) && (m == TERN_NULL || TERN_IS_KIND(m, TERN_K_CFUNC))) {
        /* a subclass of a built-in type without its own __format__ */
        tern_val pv = TERN_PROXY_VALUE(v);
        if (TERN_IS_STR(pv) || TERN_IS_INTLIKE(pv) || TERN_IS_FLOAT(pv) || tern_is_complex(pv)) {
            if (TERN_STR_LEN(spec) == 0)
                return tern_to_str(vm, v);      /* an empty spec is str(v): its own __str__ */
            return tern_format_spec(vm, pv, spec);
        }
    }
    if (m != TERN_NULL && !TERN_IS_KIND(m, TERN_K_CFUNC)) {
        tern_val r = tern_call2(vm, m, v, spec);
        if (!TERN_IS_STR(r))
            tern_raise_type_error(vm, "__format__ must return a str, not %s", tern_type_name(r));
        return r;
    }
    if (TERN_STR_LEN(spec) != 0)
        tern_raise_type_error(vm, "unsupported format string passed to %s.__format__", tern_type_name(v));
    return tern_to_str(vm, v);
}

/* ===================================================================
 * %-formatting
 * =================================================================== */

/* Formats one %-conversion of value v. */
static tern_val percent_one(tern_vm *vm, char conv, tern_val v, int flags_minus, int flags_plus,
                            int flags_space, int flags_zero, int flags_alt, tern_int width, tern_int prec) {
    fspec f;
    if (conv != 's' && conv != 'r' && conv != 'a')
        v = TERN_PROXY_VALUE(v);
    f.fill = ' ';
    f.align = flags_minus ? '<' : '>';
    f.sign = flags_plus ? '+' : flags_space ? ' ' : 0;
    f.z = 0;
    f.alt = (char)flags_alt;
    f.grouping = 0;
    f.type = 0;
    f.width = width;
    f.prec = -1;
    if (flags_zero && !flags_minus && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c') {
        f.fill = '0';
        f.align = '=';
    }
    switch (conv) {
    case 's': case 'r': case 'a': {
        tern_val s = conv == 's' ? tern_to_str(vm, v)
                   : conv == 'a' ? tern_ascii(vm, v) : tern_repr(vm, v);
        f.prec = prec;
        f.align = flags_minus ? '<' : '>';
        f.sign = 0;
        f.alt = 0;
        return format_str_spec(vm, s, &f);
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        tern_val iv = v, digits;
        const char *prefix = "";
        int base = 10, neg;
        if (TERN_IS_FLOAT(v) && (conv == 'd' || conv == 'i' || conv == 'u')) {
            iv = tern_int_from_double(vm, TERN_FLOAT_VAL(v));
        } else if (!TERN_IS_INTLIKE(v)) {
            tern_val m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__));
            if (m == TERN_NULL && (conv == 'd' || conv == 'i' || conv == 'u'))
                m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__int__));
            if (m == TERN_NULL) {
                if (conv == 'd' || conv == 'i' || conv == 'u')
                    tern_raise_type_error(vm, "%%%c format: a real number is required, not %s", conv, tern_type_name(v));
                tern_raise_type_error(vm, "%%%c format: an integer is required, not %s", conv, tern_type_name(v));
            }
            iv = tern_call1(vm, m, v);
        }
        if (conv == 'x' || conv == 'X') {
            base = 16;
            if (flags_alt)
                prefix = conv == 'x' ? "0x" : "0X";
        } else if (conv == 'o') {
            base = 8;
            if (flags_alt)
                prefix = "0o";
        }
        neg = tern_int_sign(iv) < 0;
        digits = tern_int_digits(vm, iv, base, conv == 'X');
        if (prec > (tern_int)TERN_STR_LEN(digits)) {
            /* precision: minimum number of digits */
            TERN_ROOTS(vm);
            tern_val z = TERN_NULL;
            TERN_ROOT(vm, digits);
            TERN_ROOT(vm, z);
            z = tern_str_repeat(vm, tern_str_new(vm, "0", 1), prec - (tern_int)TERN_STR_LEN(digits));
            digits = tern_str_concat(vm, z, digits);
            TERN_UNROOT(vm);
        }
        f.type = 'd';
        return assemble(vm, &f, neg, prefix, digits, TERN_STR_LEN(digits));
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!TERN_IS_FLOAT(v) && !TERN_IS_INTLIKE(v)) {
            tern_val m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__));
            if (m == TERN_NULL)
                tern_raise_type_error(vm, "must be real number, not %s", tern_type_name(v));
            v = tern_call1(vm, m, v);
        }
        d = tern_float_value(vm, v);
        f.type = conv;
        f.prec = prec < 0 ? 6 : prec;
        return format_float_spec(vm, d, &f);
    }
    case 'c': {
        tern_val s;
        if (TERN_IS_STR(v)) {
            if (TERN_AS(tern_str, v)->nchars != 1)
                tern_raise_type_error(vm, "%%c requires int or char");
            s = v;
        } else if (TERN_IS_INTLIKE(v)) {
            tern_int c = TERN_IS_KIND(v, TERN_K_BIGINT) ? -1 : tern_int_value(vm, v);
            if (c < 0 || c > 0x10FFFF)
                tern_raise_fmt(vm, &tern_type_OverflowError, "%%c arg not in range(0x110000)");
            s = tern_str_from_codepoint(vm, (uint32_t)c);
        } else {
            tern_raise_type_error(vm, "%%c requires int or char");
        }
        f.sign = 0;
        f.alt = 0;
        return format_str_spec(vm, s, &f);
    }
    default:
        return TERN_NULL;
    }
}

/* The bytes of %s / %b (bytes formatting): a bytes-like value or what
 * its __bytes__ returns. */
static tern_val percent_bytes_of(tern_vm *vm, tern_val v) {
    tern_val u = TERN_PROXY_VALUE(v), m;
    if (TERN_IS_BYTESLIKE(u))
        return u;
    m = tern_type_lookup(vm, tern_typeof(v), TERN_N(__bytes__));
    if (m == TERN_NULL || TERN_IS_STR(u))
        tern_raise_type_error(vm, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              tern_type_name(v));
    u = tern_call_found(vm, m, v, 0, TERN_NULL, TERN_NULL);
    if (!TERN_IS_KIND(TERN_PROXY_VALUE(u), TERN_K_BYTES))
        tern_raise_type_error(vm, "__bytes__ returned non-bytes (type %s)", tern_type_name(u));
    return TERN_PROXY_VALUE(u);
}

/* Add bytes-like or str v's bytes [0, n) to b, padded with spaces to
 * `width` (on the right with the '-' flag). */
static void add_padded(tern_vm *vm, tern_strbuf *b, tern_val v, size_t n, tern_int width, int left) {
    tern_int padn = width > (tern_int)n ? width - (tern_int)n : 0;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, v);
    if (!left)
        while (padn > 0 && padn--)
            tern_strbuf_add_char(vm, b, ' ');
    tern_strbuf_add(vm, b, (const char *)tern_bv_data(v), n);
    while (padn-- > 0)
        tern_strbuf_add_char(vm, b, ' ');
    TERN_UNROOT(vm);
}

/* One conversion of bytes formatting added to b: %s %b %r %a %c are
 * bytes-specific, numbers are formatted as for str (ASCII text). */
static void percent_one_bytes(tern_vm *vm, tern_strbuf *b, char conv, tern_val v, int fm, int fp, int fs,
                              int fz, int fa, tern_int width, tern_int prec) {
    tern_val s;
    size_t n;
    switch (conv) {
    case 's': case 'b':
        s = percent_bytes_of(vm, v);
        n = tern_bv_len(s);
        if (prec >= 0 && (size_t)prec < n)
            n = (size_t)prec;
        break;
    case 'r': case 'a':
        s = tern_ascii(vm, v);
        n = TERN_STR_LEN(s);
        if (prec >= 0 && (size_t)prec < n)
            n = (size_t)prec;
        break;
    case 'c': {
        tern_val u = TERN_PROXY_VALUE(v);
        if (TERN_IS_BYTESLIKE(u) && tern_bv_len(u) == 1) {
            s = u;
        } else if (TERN_IS_INTLIKE(u)) {
            tern_int c = TERN_IS_KIND(u, TERN_K_BIGINT) ? -1 : tern_int_value(vm, u);
            if (c < 0 || c > 255)
                tern_raise_fmt(vm, &tern_type_OverflowError, "%%c arg not in range(256)");
            s = tern_bytes_new(vm, NULL, 1);
            TERN_STR_DATA(TERN_PTR(s))[0] = (char)c;
        } else {
            tern_raise_type_error(vm, "%%c requires an integer in range(256) or a single byte");
        }
        n = 1;
        break;
    }
    default:
        if (conv == 'i')
            conv = 'd';     /* (bytes formatting calls %i %d in errors) */
        if (strchr("eEfFgG", conv) && !TERN_IS_FLOAT(v) && !TERN_IS_INTLIKE(TERN_PROXY_VALUE(v))
            && tern_type_lookup(vm, tern_typeof(v), TERN_N(__float__)) == TERN_NULL)
            tern_raise_type_error(vm, "float argument required, not %s", tern_type_name(v));
        s = percent_one(vm, conv, v, fm, fp, fs, fz, fa, width, prec);
        n = TERN_STR_LEN(s);
        width = 0;
        break;
    }
    add_padded(vm, b, s, n, width, fm);
}

/* The text of a str or bytes-like format (valid until the next allocation;
 * an empty bytearray may have no buffer, and then nothing is read). */
static const char *fmt_text(tern_val fmt) {
    if (TERN_IS_BYTEARRAY(fmt)) {
        tern_val d = TERN_AS(tern_bytearray, fmt)->data;
        return d ? (const char *)TERN_BLOB_DATA(TERN_PTR(d)) : (const char *)TERN_PTR(fmt);
    }
    return TERN_STR_CHARS(fmt);
}

/* fmt % args for str and bytes-like fmt (bytes set): the two share the
 * parsing; conversions differ (percent_one, percent_one_bytes). */
static tern_val do_mod(tern_vm *vm, tern_val fmt, tern_val args, int bytes) {
    tern_strbuf b;
    tern_val r = TERN_NULL, item = TERN_NULL, mapping = TERN_NULL;
    size_t i = 0, len = bytes ? tern_bv_len(fmt) : TERN_STR_LEN(fmt), nargs, argi = 0;
    int is_tuple;
    if (TERN_IS_PROXY(args) && TERN_IS_TUPLE(TERN_PROXY_VALUE(args)))
        args = TERN_PROXY_VALUE(args);     /* a tuple subclass is the argument tuple */
    is_tuple = TERN_IS_TUPLE(args);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, fmt);
    TERN_ROOT(vm, args);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, item);
    TERN_ROOT(vm, mapping);
    nargs = is_tuple ? TERN_TUPLE_LEN(args) : 1;
    /* a mapping argument (anything subscriptable but a tuple or a string)
     * serves %(key)s and is never "not all converted" */
    if (!is_tuple && !TERN_IS_STR(TERN_PROXY_VALUE(args)) && !TERN_IS_BYTESLIKE(TERN_PROXY_VALUE(args))
        && tern_typeof(args)->getitem != NULL)
        mapping = args;
    tern_strbuf_init(vm, &b, len + 16);
#define FC(k) (fmt_text(fmt)[k])
    while (i < len) {
        size_t st = i;
        int fm = 0, fp = 0, fs = 0, fz = 0, fa = 0;
        tern_int width = -1, prec = -1;
        char conv;
        tern_val v;
        while (i < len && FC(i) != '%')
            i++;
        if (i > st)
            tern_strbuf_add(vm, &b, fmt_text(fmt) + st, i - st);
        if (i >= len)
            break;
        i++;
        if (i >= len)
            tern_raise_value_error(vm, "incomplete format");
        if (FC(i) == '%') {
            /* only a bare %% is a literal %: "%5%" wants an argument */
            tern_strbuf_add_char(vm, &b, '%');
            i++;
            continue;
        }
        v = TERN_NULL;
        if (FC(i) == '(') {
            size_t ks, depth = 1;
            tern_val key;
            if (mapping == TERN_NULL)
                tern_raise_type_error(vm, "format requires a mapping");
            ks = ++i;
            while (i < len && depth) {
                if (FC(i) == '(') depth++;
                else if (FC(i) == ')') depth--;
                if (depth) i++;
            }
            if (i >= len)
                tern_raise_value_error(vm, "incomplete format key");
            key = bytes ? tern_bytes_new(vm, (const uint8_t *)fmt_text(fmt) + ks, i - ks) : tern_str_sub(vm, fmt, ks, i - ks);
            i++;
            item = tern_getitem(vm, mapping, key);
            v = item;
        }
        for (; i < len; i++) {
            char c = FC(i);
            if (c == '-') fm = 1;
            else if (c == '+') fp = 1;
            else if (c == ' ') fs = 1;
            else if (c == '0') fz = 1;
            else if (c == '#') fa = 1;
            else break;
        }
        if (i < len && FC(i) == '*') {
            if (argi >= nargs)
                tern_raise_type_error(vm, "not enough arguments for format string");
            width = tern_index_value(vm, is_tuple ? TERN_TUPLE_ITEMS(args)[argi] : args);
            argi++;
            if (width < 0) {
                fm = 1;
                width = -width;
            }
            i++;
        } else {
            while (i < len && is_digit(FC(i))) {
                width = (width < 0 ? 0 : width) * 10 + (FC(i) - '0');
                i++;
            }
        }
        if (i < len && FC(i) == '.') {
            i++;
            prec = 0;
            if (i < len && FC(i) == '*') {
                if (argi >= nargs)
                    tern_raise_type_error(vm, "not enough arguments for format string");
                prec = tern_index_value(vm, is_tuple ? TERN_TUPLE_ITEMS(args)[argi] : args);
                argi++;
                i++;
            } else {
                while (i < len && is_digit(FC(i))) {
                    prec = prec * 10 + (FC(i) - '0');
                    i++;
                }
            }
        }
        while (i < len && (FC(i) == 'h' || FC(i) == 'l' || FC(i) == 'L'))
            i++;
        if (i >= len)
            tern_raise_value_error(vm, "incomplete format");
        conv = FC(i++);
        if (v == TERN_NULL) {
            if (argi >= nargs)
                tern_raise_type_error(vm, "not enough arguments for format string");
            v = is_tuple ? TERN_TUPLE_ITEMS(args)[argi] : args;
            argi++;
        }
        if (!strchr(bytes ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", conv) || conv == 0) {
            unsigned char uc = (unsigned char)conv;
            tern_raise_value_error(vm, "unsupported format character '%c' (0x%x) at index %d",
                                   uc < 0x80 ? conv : '?', (int)uc, (int)(i - 1));
        }
        item = v;
        if (bytes) {
            percent_one_bytes(vm, &b, conv, item, fm, fp, fs, fz, fa, width, prec);
        } else {
            item = percent_one(vm, conv, item, fm, fp, fs, fz, fa, width, prec);
            tern_strbuf_add_str(vm, &b, item);
        }
    }
#undef FC
    if (argi < nargs && mapping == TERN_NULL)
        tern_raise_type_error(vm, bytes ? "not all arguments converted during bytes formatting"
                                        : "not all arguments converted during string formatting");
    if (!bytes) {
        r = tern_strbuf_finish(vm, &b);
    } else {
        r = TERN_IS_BYTEARRAY(fmt) ? tern_bytearray_new(vm, b.len) : tern_bytes_new(vm, NULL, b.len);
        if (b.len)
            memcpy((uint8_t *)tern_bv_data(r), TERN_BLOB_DATA(TERN_PTR(b.blob)), b.len);
    }
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_str_mod(tern_vm *vm, tern_val fmt, tern_val args) {
    return do_mod(vm, fmt, args, 0);
}

tern_val tern_bytes_mod(tern_vm *vm, tern_val fmt, tern_val args) {
    return do_mod(vm, fmt, args, 1);
}

/* ===================================================================
 * str.format
 * =================================================================== */

typedef struct fmtctx {
    int npos;
    tern_val *pos;      /* on the value stack */
    tern_val kwnames;   /* tuple or NULL; values at kwvals */
    tern_val *kwvals;
    tern_val mapping;   /* format_map's mapping, rooted by the caller, or NULL */
    int autoidx;        /* next automatic index, or -1 once manual numbering is used */
    int manual;
} fmtctx;

static tern_val lookup_kw(tern_vm *vm, fmtctx *c, tern_val name) {
    if (c->mapping != TERN_NULL)
        return tern_getitem(vm, c->mapping, name);
    if (c->kwnames != TERN_NULL) {
        size_t i, n = TERN_TUPLE_LEN(c->kwnames);
        for (i = 0; i < n; i++)
            if (tern_str_eq(TERN_TUPLE_ITEMS(c->kwnames)[i], name))
                return c->kwvals[i];
    }
    tern_raise_key_error(vm, name);
}

static tern_val vformat(tern_vm *vm, tern_val fmt, fmtctx *c, int depth);

/* Resolve a field name fmt[s, e) to its object. */
static tern_val field_value(tern_vm *vm, tern_val fmt, size_t s, size_t e, fmtctx *c) {
    tern_val obj = TERN_NULL, key = TERN_NULL;
    size_t i = s;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, fmt);
    TERN_ROOT(vm, obj);
    TERN_ROOT(vm, key);
#define CH(k) (TERN_STR_CHARS(fmt)[k])
    while (i < e && CH(i) != '.' && CH(i) != '[')
        i++;
    if (i == s) {
        if (c->manual)
            tern_raise_value_error(vm, "cannot switch from manual field specification to automatic field numbering");
        c->autoidx++;
        if (c->autoidx - 1 >= c->npos)
            tern_raise_fmt(vm, &tern_type_IndexError, "Replacement index %d out of range for positional args tuple", c->autoidx - 1);
        obj = c->pos[c->autoidx - 1];
    } else {
        size_t k;
        int alldig = 1;
        for (k = s; k < i; k++)
            if (!is_digit(CH(k)))
                alldig = 0;
        if (alldig) {
            long idx = 0;
            if (c->autoidx > 0)
                tern_raise_value_error(vm, "cannot switch from automatic field numbering to manual field specification");
            c->manual = 1;
            for (k = s; k < i; k++)
                idx = idx * 10 + (CH(k) - '0');
            if (idx >= c->npos)
                tern_raise_fmt(vm, &tern_type_IndexError, "Replacement index %d out of range for positional args tuple", (int)idx);
            obj = c->pos[idx];
        } else {
            key = tern_str_sub(vm, fmt, s, i - s);
            obj = lookup_kw(vm, c, key);
        }
    }
    while (i < e) {
        if (CH(i) == '.') {
            size_t st = ++i;
            while (i < e && CH(i) != '.' && CH(i) != '[')
                i++;
            if (i == st)
                tern_raise_value_error(vm, "Empty attribute in format string");
            key = tern_str_sub(vm, fmt, st, i - st);
            key = tern_intern_val(vm, key);
            obj = tern_getattr(vm, obj, key);
        } else if (CH(i) == '[') {
            size_t st = ++i, k;
            int alldig = 1;
            while (i < e && CH(i) != ']')
                i++;
            if (i >= e)
                tern_raise_value_error(vm, "Missing ']' in format string");
            if (i == st)
                tern_raise_value_error(vm, "Empty attribute in format string");
            for (k = st; k < i; k++)
                if (!is_digit(CH(k)))
                    alldig = 0;
            if (alldig) {
                tern_int idx = 0;
                for (k = st; k < i; k++)
                    idx = idx * 10 + (CH(k) - '0');
                key = tern_int_from(vm, idx);
            } else {
                key = tern_str_sub(vm, fmt, st, i - st);
            }
            obj = tern_getitem(vm, obj, key);
            i++;
        } else {
            tern_raise_value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
#undef CH
    TERN_UNROOT(vm);
    return obj;
}

static tern_val vformat(tern_vm *vm, tern_val fmt, fmtctx *c, int depth) {
    tern_strbuf b;
    tern_val r = TERN_NULL, obj = TERN_NULL, spec = TERN_NULL;
    size_t i = 0, len = TERN_STR_LEN(fmt);
    if (depth > 2)
        tern_raise_value_error(vm, "Max string recursion exceeded");
    TERN_ROOTS(vm);
    TERN_ROOT(vm, fmt);
    TERN_ROOT(vm, r);
    TERN_ROOT(vm, obj);
    TERN_ROOT(vm, spec);
    tern_strbuf_init(vm, &b, len + 16);
#define CH(k) (TERN_STR_CHARS(fmt)[k])
    while (i < len) {
        size_t st = i, name_s, name_e, spec_s = 0, spec_e = 0;
        char conv = 0;
        int has_spec = 0, nest = 0;
        while (i < len && CH(i) != '{' && CH(i) != '}')
            i++;
        if (i > st) {
            r = tern_str_sub(vm, fmt, st, i - st);
            tern_strbuf_add_str(vm, &b, r);
        }
        if (i >= len)
            break;
        if (CH(i) == '}') {
            if (i + 1 < len && CH(i + 1) == '}') {
                tern_strbuf_add_char(vm, &b, '}');
                i += 2;
                continue;
            }
            tern_raise_value_error(vm, "Single '}' encountered in format string");
        }
        /* '{' */
        if (i + 1 < len && CH(i + 1) == '{') {
            tern_strbuf_add_char(vm, &b, '{');
            i += 2;
            continue;
        }
        i++;
        name_s = i;
        while (i < len && CH(i) != '}' && CH(i) != '!' && CH(i) != ':') {
            if (CH(i) == '[') {
                while (i < len && CH(i) != ']')
                    i++;
                if (i >= len)
                    break;
            } else if (CH(i) == '{') {
                tern_raise_value_error(vm, "unexpected '{' in field name");
            }
            i++;
        }
        name_e = i;
        if (i >= len)
            tern_raise_value_error(vm, i > name_s || depth ? "expected '}' before end of string"
                                                            : "Single '{' encountered in format string");
        if (CH(i) == '!') {
            i++;
            if (i >= len)
                tern_raise_value_error(vm, "end of string while looking for conversion specifier");
            conv = CH(i++);
            if (i >= len || (CH(i) != ':' && CH(i) != '}'))
                tern_raise_value_error(vm, "expected ':' after conversion specifier");
        }
        if (i < len && CH(i) == ':') {
            i++;
            has_spec = 1;
            spec_s = i;
            nest = 0;
            while (i < len) {
                if (CH(i) == '{')
                    nest++;
                else if (CH(i) == '}') {
                    if (nest == 0)
                        break;
                    nest--;
                }
                i++;
            }
            spec_e = i;
        }
        if (i >= len || CH(i) != '}')
            tern_raise_value_error(vm, "expected '}' before end of string");
        i++;
        obj = field_value(vm, fmt, name_s, name_e, c);
        if (conv == 'r')
            obj = tern_repr(vm, obj);
        else if (conv == 's')
            obj = tern_to_str(vm, obj);
        else if (conv == 'a')
            obj = tern_ascii(vm, obj);
        else if (conv)
            tern_raise_value_error(vm, "Unknown conversion specifier %c", conv);
        if (has_spec) {
            spec = tern_str_sub(vm, fmt, spec_s, spec_e - spec_s);
            if (memchr(TERN_STR_CHARS(spec), '{', TERN_STR_LEN(spec)))
                spec = vformat(vm, spec, c, depth + 1);
        } else {
            spec = TERN_N(empty_str);
        }
        obj = tern_format(vm, obj, spec);
        tern_strbuf_add_str(vm, &b, obj);
    }
#undef CH
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_str_format_method(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    fmtctx c;
    int nkw = TERN_NKW(kwnames);
    if (nargs < 1 || !TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "descriptor 'format' requires a 'str' object");
    c.npos = nargs - nkw - 1;
    c.pos = args + 1;
    c.kwnames = nkw ? kwnames : TERN_NULL;
    c.kwvals = args + (nargs - nkw);
    c.mapping = TERN_NULL;
    c.autoidx = 0;
    c.manual = 0;
    {
        tern_val r;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, c.kwnames);
        r = vformat(vm, args[0], &c, 0);
        TERN_UNROOT(vm);
        return r;
    }
}

static tern_val str_format_map(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    fmtctx c;
    tern_method_args(vm, "str", "format_map", nargs, kwnames, 2, 2);
    c.npos = 0;
    c.pos = args;
    c.kwnames = TERN_NULL;
    c.kwvals = args;
    c.mapping = args[1];
    c.autoidx = 0;
    c.manual = 0;
    return vformat(vm, args[0], &c, 0);
}

static tern_val str_dunder_format(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "__format__", nargs, kwnames, 2, 2);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "__format__() argument must be str, not %s", tern_type_name(args[1]));
    return tern_format_spec(vm, args[0], args[1]);
}

TERN_CMETHOD_DEF(tern_strm_format, format, tern_str_format_method);
TERN_CMETHOD_DEF(tern_strm_format_map, format_map, str_format_map);
TERN_CMETHOD_DEF(tern_strm___format__, __format__, str_dunder_format);

/* ===================================================================
 * tern_str_fmt: messages from C
 * =================================================================== */

/* The tern_val arguments (%R %S %T %V) are all collected and rooted
 * before anything is formatted, since formatting one may allocate and
 * move the others. */
#define FMT_MAXARGS 16

typedef struct fmtarg {
    char kind;          /* conversion letter; 'L' long, 'Z' size_t, 'Q' long long */
    long long i;
    unsigned long long u;
    const char *s;
    const void *p;
} fmtarg;

tern_val tern_str_vfmt(tern_vm *vm, const char *fmt, va_list ap) {
    fmtarg a[FMT_MAXARGS];
    tern_val vals[FMT_MAXARGS];
    int na = 0, k;
    const char *p;
    tern_strbuf b;
    tern_val r, t = TERN_NULL;
    for (k = 0; k < FMT_MAXARGS; k++)
        vals[k] = TERN_NULL;
    /* pass 1: fetch the arguments */
    for (p = fmt; *p && na < FMT_MAXARGS; p++) {
        if (*p != '%')
            continue;
        p++;
        while (*p == '-' || *p == '0' || *p == '.' || is_digit(*p))
            p++;
        if (*p == '%' || !*p) {
            if (!*p) break;
            continue;
        }
        a[na].kind = *p;
        switch (*p) {
        case 'd': case 'i': case 'c': case 'x':
            a[na].i = va_arg(ap, int);
            break;
        case 'u':
            a[na].u = va_arg(ap, unsigned);
            break;
        case 'l':
            if (p[1] == 'l') {
                p += 2;
                a[na].kind = (*p == 'u') ? 'Q' : 'q';
                if (*p == 'u') a[na].u = va_arg(ap, unsigned long long);
                else a[na].i = va_arg(ap, long long);
            } else {
                p++;
                a[na].kind = (*p == 'u') ? 'U' : 'L';
                if (*p == 'u') a[na].u = va_arg(ap, unsigned long);
                else a[na].i = va_arg(ap, long);
            }
            break;
        case 'z':
            p++;
            a[na].kind = (*p == 'd') ? 'q' : 'Z';
            if (*p == 'd') a[na].i = (long long)va_arg(ap, ptrdiff_t);
            else a[na].u = va_arg(ap, size_t);
            break;
        case 's':
            a[na].s = va_arg(ap, const char *);
            break;
        case 'p':
            a[na].p = va_arg(ap, void *);
            break;
        case 'R': case 'S': case 'T': case 'V':
            vals[na] = va_arg(ap, tern_val);
            break;
        default:
            a[na].kind = '?';
            break;
        }
        na++;
    }
    TERN_ROOTS(vm);
    for (k = 0; k < na; k++)
        TERN_ROOT(vm, vals[k]);
    TERN_ROOT(vm, t);
    tern_strbuf_init(vm, &b, strlen(fmt) + 32);
    k = 0;
    for (p = fmt; *p; p++) {
        char buf[48];
        long prec = -1;
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            tern_strbuf_add(vm, &b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        while (*p == '-' || *p == '0' || is_digit(*p))
            p++;
        if (*p == '.') {
            prec = strtol(p + 1, NULL, 10);
            p++;
            while (is_digit(*p))
                p++;
        }
        if (!*p)
            break;
        if (*p == '%') {
            tern_strbuf_add_char(vm, &b, '%');
            continue;
        }
        if (*p == 'l') { p++; if (*p == 'l') p++; }
        if (*p == 'z') p++;
        if (k >= na)
            break;
        switch (a[k].kind) {
        case 'd': case 'i': case 'L': case 'q':
            snprintf(buf, sizeof buf, "%lld", a[k].i);
            tern_strbuf_add(vm, &b, buf, strlen(buf));
            break;
        case 'u': case 'U': case 'Q': case 'Z':
            snprintf(buf, sizeof buf, "%llu", a[k].u);
            tern_strbuf_add(vm, &b, buf, strlen(buf));
            break;
        case 'x':
            snprintf(buf, sizeof buf, "%llx", (unsigned long long)(unsigned)a[k].i);
            tern_strbuf_add(vm, &b, buf, strlen(buf));
            break;
        case 'c':
            tern_strbuf_add_cp(vm, &b, (uint32_t)a[k].i);
            break;
        case 's': {
            const char *s = a[k].s ? a[k].s : "(null)";
            size_t n = strlen(s);
            if (prec >= 0 && (size_t)prec < n)
                n = (size_t)prec;
            tern_strbuf_add(vm, &b, s, n);
            break;
        }
        case 'p':
            snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)a[k].p);
            tern_strbuf_add(vm, &b, buf, strlen(buf));
            break;
        case 'R':
            t = tern_repr(vm, vals[k]);
            tern_strbuf_add_str(vm, &b, t);
            break;
        case 'S':
            t = tern_to_str(vm, vals[k]);
            tern_strbuf_add_str(vm, &b, t);
            break;
        case 'T': {
            const char *s = tern_type_name(vals[k]);
            tern_strbuf_add(vm, &b, s, strlen(s));
            break;
        }
        case 'V':
            if (vals[k] != TERN_NULL && (TERN_IS_STR(vals[k]) || TERN_IS_KIND(vals[k], TERN_K_BYTES))) {
                if (prec >= 0 && (size_t)prec < TERN_STR_LEN(vals[k]))
                    t = tern_str_sub(vm, vals[k], 0, tern_str_byte_offset(vals[k], (size_t)prec));
                else
                    t = vals[k];
                tern_strbuf_add_str(vm, &b, t);
            } else {
                tern_strbuf_add(vm, &b, "(null)", 6);
            }
            break;
        default:
            tern_strbuf_add_char(vm, &b, '?');
            break;
        }
        k++;
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_str_fmt(tern_vm *vm, const char *fmt, ...) {
    va_list ap;
    tern_val r;
    va_start(ap, fmt);
    r = tern_str_vfmt(vm, fmt, ap);
    va_end(ap);
    return r;
}
