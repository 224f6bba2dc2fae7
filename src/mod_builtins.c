/* SPDX-License-Identifier: MIT */
/*
 * mod_builtins.c — the builtins module: the built-in functions, and
 * tern_builtins_init, which fills vm->builtins with them, the built-in
 * types and the exception types.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "containers.h"
#include "obj_bytes.h"
#include "obj_class.h"
#include "vm_int.h"

tern_val tern_callable_iter(tern_vm *vm, tern_val *f_and_sentinel);

/* Keyword argument parsing: find each of `names` (interned) among the
 * keyword arguments, storing the values in out[] (TERN_NULL if absent);
 * an unknown keyword raises "'x' is an invalid keyword argument for f()". */
static void kwargs(tern_vm *vm, const char *fname, int nargs, tern_val *args, tern_val kwnames,
                   int n, const tern_val *names, tern_val *out) {
    int nkw = TERN_NKW(kwnames), i, j;
    for (j = 0; j < n; j++)
        out[j] = TERN_NULL;
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        for (j = 0; j < n; j++)
            if (k == names[j])
                break;
        if (j == n)
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for %s()", k, fname);
        out[j] = args[nargs - nkw + i];
    }
}

/* ===================================================================
 * Output and input
 * =================================================================== */

/* Where print() writes: NULL for the VM's stdout, or a file-like object
 * replacing sys.stdout (any object other than sys.__stdout__). */
static tern_val stdout_object(tern_vm *vm) {
    tern_val sys, d, out, orig;
    if (!vm->modules)
        return TERN_NULL;
    sys = tern_dict_get_name(vm->modules, TERN_N(sys));
    if (!sys || !TERN_IS_KIND(sys, TERN_K_MODULE))
        return TERN_NULL;
    d = TERN_AS(tern_module, sys)->dict;
    out = tern_dict_get_name(d, TERN_N(stdout));
    orig = tern_dict_get_name(d, TERN_N(__stdout__));
    if (!out || out == orig || (!orig && !TERN_IS_CLASSED(out)))
        return TERN_NULL;
    return out;
}

static void write_str(tern_vm *vm, tern_val file, tern_val s) {
    if (file == TERN_NULL)
        tern_write(vm, 1, TERN_STR_CHARS(s), TERN_STR_LEN(s));
    else
        tern_call_method1(vm, file, TERN_N(write), s);
}

static void write_c(tern_vm *vm, tern_val *file, const char *s, size_t len) {
    if (*file == TERN_NULL)
        tern_write(vm, 1, s, len);
    else
        write_str(vm, *file, tern_str_new(vm, s, len));
}

static tern_val bi_print(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[4], names[4], *st;
    int npos = nargs - TERN_NKW(kwnames), i, flush;
    names[0] = TERN_N(sep);
    names[1] = TERN_N(end);
    names[2] = TERN_N(file);
    names[3] = TERN_N(flush);
    kwargs(vm, "print", nargs, args, kwnames, 4, names, kw);
    flush = kw[3] != TERN_NULL && tern_truthy(vm, kw[3]);
    kwargs(vm, "print", nargs, args, kwnames, 4, names, kw);
    for (i = 0; i < 2; i++)
        if (kw[i] != TERN_NULL && kw[i] != TERN_NONE && !TERN_IS_STR(kw[i]))
            tern_raise_type_error(vm, "%s must be None or a string, not %s", i ? "end" : "sep",
                                  tern_type_name(kw[i]));
    /* st: [file, sep, end, piece] on the value stack */
    st = tern_push(vm, kw[2] == TERN_NULL || kw[2] == TERN_NONE ? stdout_object(vm) : kw[2]);
    tern_push(vm, kw[0] == TERN_NONE ? TERN_NULL : kw[0]);
    tern_push(vm, kw[1] == TERN_NONE ? TERN_NULL : kw[1]);
    tern_push(vm, TERN_NULL);
    for (i = 0; i < npos; i++) {
        if (i) {
            if (st[1])
                write_str(vm, st[0], st[1]);
            else
                write_c(vm, &st[0], " ", 1);
        }
        st[3] = tern_to_str(vm, args[i]);
        write_str(vm, st[0], st[3]);
    }
    if (st[2])
        write_str(vm, st[0], st[2]);
    else
        write_c(vm, &st[0], "\n", 1);
    if (flush && st[0] != TERN_NULL) {
        tern_val f = tern_getattr_opt(vm, st[0], TERN_N(flush));
        if (f != TERN_NULL)
            tern_call0(vm, f);
    }
    tern_popn(vm, 4);
    return TERN_NONE;
}

/* input([prompt]): reads one line byte by byte through vm->read. */
static tern_val bi_input(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_strbuf b;
    char c;
    size_t got = 0;
    tern_val s;
    TERN_ROOTS(vm);
    tern_cargs(vm, "input", nargs, kwnames, 0, 1);
    if (nargs == 1) {
        tern_val *st = tern_push(vm, stdout_object(vm));
        tern_push(vm, tern_to_str(vm, args[0]));
        write_str(vm, st[0], st[1]);
        if (st[0] != TERN_NULL) {
            tern_val f = tern_getattr_opt(vm, st[0], TERN_N(flush));
            if (f != TERN_NULL)
                tern_call0(vm, f);
        }
        tern_popn(vm, 2);
    }
    tern_strbuf_init(vm, &b, 64);
    for (;;) {
        if (!vm->read || vm->read(vm->user_data, &c, 1) != 1)
            break;
        got++;
        if (c == '\n')
            break;
        tern_strbuf_add_char(vm, &b, c);
    }
    if (got == 0)
        tern_raise_fmt(vm, &tern_type_EOFError, "EOF when reading a line");
    s = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return s;
}

/* ===================================================================
 * Simple functions of one argument
 * =================================================================== */

static tern_val bi_len(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int n;
    tern_cargs(vm, "len", nargs, kwnames, 1, 1);
    n = tern_len(vm, args[0]);
    return tern_int_from(vm, n);
}

static tern_val bi_repr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "repr", nargs, kwnames, 1, 1);
    return tern_repr(vm, args[0]);
}

/* ascii(v): repr(v) with its non-ASCII characters escaped (also %a). */
tern_val tern_ascii(tern_vm *vm, tern_val v) {
    tern_val r;
    tern_strbuf b;
    const unsigned char *p;
    size_t i, n;
    r = tern_repr(vm, v);
    if (TERN_AS(tern_str, r)->nchars == TERN_STR_LEN(r))
        return r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    tern_strbuf_init(vm, &b, TERN_STR_LEN(r) + 16);
    n = TERN_STR_LEN(r);
    for (i = 0; i < n;) {
        unsigned long cp;
        char esc[16];
        int m;
        p = (const unsigned char *)TERN_STR_CHARS(r);
        cp = p[i];
        if (cp < 0x80) {
            tern_strbuf_add_char(vm, &b, (char)cp);
            i++;
            continue;
        }
        if (cp >= 0xF0 && i + 3 < n + 1) {
            cp = ((cp & 7ul) << 18) | ((p[i + 1] & 0x3Ful) << 12) | ((p[i + 2] & 0x3Ful) << 6) | (p[i + 3] & 0x3Ful);
            i += 4;
        } else if (cp >= 0xE0) {
            cp = ((cp & 15ul) << 12) | ((p[i + 1] & 0x3Ful) << 6) | (p[i + 2] & 0x3Ful);
            i += 3;
        } else {
            cp = ((cp & 31ul) << 6) | (p[i + 1] & 0x3Ful);
            i += 2;
        }
        if (cp < 0x100)
            m = snprintf(esc, sizeof esc, "\\x%02lx", cp);
        else if (cp < 0x10000)
            m = snprintf(esc, sizeof esc, "\\u%04lx", cp);
        else
            m = snprintf(esc, sizeof esc, "\\U%08lx", cp);
        tern_strbuf_add(vm, &b, esc, (size_t)m);
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

static tern_val bi_ascii(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "ascii", nargs, kwnames, 1, 1);
    return tern_ascii(vm, args[0]);
}

static tern_val bi_abs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "abs", nargs, kwnames, 1, 1);
    v = args[0];
    if (TERN_IS_SMALL(v))
        return TERN_SMALL_VALUE(v) < 0 ? tern_int_from(vm, -TERN_SMALL_VALUE(v)) : v;
    if (TERN_IS_BOOL(v))
        return TERN_SMALL(v == TERN_TRUE);
    if (TERN_IS_FLOAT(v))
        return tern_float_new(vm, fabs(TERN_AS(tern_float, v)->value));
    if (TERN_IS_KIND(v, TERN_K_BIGINT))
        return TERN_AS(tern_bigint, v)->sign < 0 ? tern_unary_op(vm, TERN_UOP_NEG, v) : v;
    v = tern_call_special(vm, v, TERN_N(__abs__), 0, TERN_NULL, TERN_NULL);
    if (v == TERN_NULL)
        tern_raise_type_error(vm, "bad operand type for abs(): '%s'", tern_type_name(args[0]));
    return v;
}

static tern_val any_all(tern_vm *vm, tern_val iterable, int want) {
    tern_val it, v;
    tern_val *st = tern_push(vm, TERN_NULL);
    it = tern_iter(vm, iterable);
    st[0] = it;
    while ((v = tern_next(vm, st[0])) != TERN_NULL) {
        if (tern_truthy(vm, v) == want) {
            tern_popn(vm, 1);
            return TERN_BOOL(want);
        }
    }
    tern_popn(vm, 1);
    return TERN_BOOL(!want);
}

static tern_val bi_all(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "all", nargs, kwnames, 1, 1);
    return any_all(vm, args[0], 0);
}

static tern_val bi_any(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "any", nargs, kwnames, 1, 1);
    return any_all(vm, args[0], 1);
}

static tern_val bi_hash(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "hash", nargs, kwnames, 1, 1);
    return tern_hash(vm, args[0]);
}

static tern_val bi_id(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "id", nargs, kwnames, 1, 1);
    return tern_object_id(vm, args[0]);
}

static int is_callable(tern_vm *vm, tern_val v) {
    const tern_type *t = tern_typeof(v);
    if (t->flags & TERN_TF_HEAP)
        return tern_type_lookup(vm, t, TERN_N(__call__)) != TERN_NULL;
    return t->call != NULL || TERN_IS_TYPE(v);
}

static tern_val bi_callable(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "callable", nargs, kwnames, 1, 1);
    return TERN_BOOL(is_callable(vm, args[0]));
}

static tern_val bi_chr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int c;
    char buf[4];
    size_t n;
    tern_cargs(vm, "chr", nargs, kwnames, 1, 1);
    if (TERN_IS_KIND(args[0], TERN_K_BIGINT))
        tern_raise_fmt(vm, &tern_type_OverflowError, "Python int too large to convert to C int");
    c = tern_index_value(vm, args[0]);
    if (c < 0 || c > 0x10FFFF)
        tern_raise_value_error(vm, "chr() arg not in range(0x110000)");
    if (c < 0x80) {
        buf[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return tern_str_new(vm, buf, n);
}

static tern_val bi_ord(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    const unsigned char *p;
    unsigned long c;
    tern_cargs(vm, "ord", nargs, kwnames, 1, 1);
    v = args[0];
    v = TERN_PROXY_VALUE(v);    /* an instance of a subclass of str, bytes or bytearray */
    if (TERN_IS_KIND(v, TERN_K_BYTES) || TERN_IS_BYTEARRAY(v)) {
        if (tern_bv_len(v) != 1)
            tern_raise_type_error(vm, "ord() expected a character, but string of length %zu found",
                                  tern_bv_len(v));
        return TERN_SMALL(tern_bv_data(v)[0]);
    }
    if (!TERN_IS_STR(v))
        tern_raise_type_error(vm, "ord() expected string of length 1, but %s found", tern_type_name(args[0]));
    if (TERN_AS(tern_str, v)->nchars != 1)
        tern_raise_type_error(vm, "ord() expected a character, but string of length %zu found",
                              (size_t)TERN_AS(tern_str, v)->nchars);
    p = (const unsigned char *)TERN_STR_CHARS(v);
    c = p[0];
    if (c >= 0xF0)
        c = ((c & 7ul) << 18) | ((p[1] & 0x3Ful) << 12) | ((p[2] & 0x3Ful) << 6) | (p[3] & 0x3Ful);
    else if (c >= 0xE0)
        c = ((c & 15ul) << 12) | ((p[1] & 0x3Ful) << 6) | (p[2] & 0x3Ful);
    else if (c >= 0xC0)
        c = ((c & 31ul) << 6) | (p[1] & 0x3Ful);
    return TERN_SMALL((tern_int)c);
}

static tern_val int_in_base(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int base) {
    tern_val v;
    tern_cargs(vm, name, nargs, kwnames, 1, 1);
    v = args[0];
    if (TERN_IS_BOOL(v))
        v = TERN_SMALL(v == TERN_TRUE);
    else if (!TERN_IS_INT(v))
        v = tern_int_from(vm, tern_index_value(vm, v));
    return tern_int_to_str(vm, v, base);
}

static tern_val bi_hex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return int_in_base(vm, "hex", nargs, args, kwnames, 16);
}
static tern_val bi_oct(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return int_in_base(vm, "oct", nargs, args, kwnames, 8);
}
static tern_val bi_bin(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return int_in_base(vm, "bin", nargs, args, kwnames, 2);
}

static tern_val bi_format(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val spec;
    tern_cargs(vm, "format", nargs, kwnames, 1, 2);
    spec = nargs > 1 ? args[1] : tern_str_new(vm, "", 0);
    if (!TERN_IS_STR(spec))
        tern_raise_type_error(vm, "format() argument 2 must be str, not %s", tern_type_name(spec));
    return tern_format(vm, args[0], spec);
}

/* ===================================================================
 * Numbers: divmod, pow, round
 * =================================================================== */

static tern_val bi_divmod(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r, *st;
    tern_cargs(vm, "divmod", nargs, kwnames, 2, 2);
    if (TERN_IS_SMALL(args[0]) && TERN_IS_SMALL(args[1])) {
        tern_int a = TERN_SMALL_VALUE(args[0]), b = TERN_SMALL_VALUE(args[1]), q, m;
        if (b == 0)
            tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "integer division or modulo by zero");
        if (!(a == TERN_SMALL_MIN && b == -1)) {
            q = a / b;
            m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                m += b;
                q--;
            }
            {
                /* the quotient first: allocating it could move the tuple */
                tern_val *qs = tern_push(vm, tern_int_from(vm, q));
                r = tern_tuple_new(vm, 2);
                TERN_TUPLE_ITEMS(r)[0] = qs[0];
                TERN_TUPLE_ITEMS(r)[1] = TERN_SMALL(m);
                tern_popn(vm, 1);
            }
            return r;
        }
    }
    if ((TERN_IS_FLOAT(args[0]) || TERN_IS_FLOAT(args[1])) && !TERN_IS_CLASSED(args[0]) &&
        !TERN_IS_CLASSED(args[1]) && tern_float_value(vm, args[1]) == 0.0)
        tern_raise_fmt(vm, &tern_type_ZeroDivisionError, "float divmod()");
    if (TERN_IS_CLASSED(args[0])) {
        r = tern_call_special(vm, args[0], TERN_N(__divmod__), 1, args[1], TERN_NULL);
        if (r != TERN_NULL && r != TERN_NOTIMPLEMENTED)
            return r;
    }
    if (TERN_IS_CLASSED(args[1])) {
        r = tern_call_special(vm, args[1], TERN_N(__rdivmod__), 1, args[0], TERN_NULL);
        if (r != TERN_NULL && r != TERN_NOTIMPLEMENTED)
            return r;
    }
    if (!((TERN_IS_INT(args[0]) || TERN_IS_FLOAT(args[0]) || TERN_IS_BOOL(args[0])) &&
          (TERN_IS_INT(args[1]) || TERN_IS_FLOAT(args[1]) || TERN_IS_BOOL(args[1]))) &&
        !TERN_IS_CLASSED(args[0]) && !TERN_IS_CLASSED(args[1]))
        tern_raise_type_error(vm, "unsupported operand type(s) for divmod(): '%T' and '%T'", args[0], args[1]);
    st = tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    st[0] = tern_binary_op(vm, TERN_OP_FLOORDIV, args[0], args[1]);
    st[1] = tern_binary_op(vm, TERN_OP_MOD, args[0], args[1]);
    r = tern_tuple_from(vm, 2, st);
    tern_popn(vm, 2);
    return r;
}

static tern_val imod(tern_vm *vm, tern_val a, tern_val m) {
    return tern_int_binop(vm, TERN_OP_MOD, a, m);
}

/* Inverse of *ap modulo *mp (m > 0; both rooted) by the extended
 * Euclidean algorithm. */
static tern_val int_inverse(tern_vm *vm, tern_val *ap, tern_val *mp) {
    /* st: r0 r1 s0 s1 q t, with r_i = s_i * a (mod m) */
    tern_val *st = tern_push(vm, *mp), r;
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_SMALL(0));
    tern_push(vm, TERN_SMALL(1));
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    st[1] = imod(vm, *ap, *mp);
    while (st[1] != TERN_SMALL(0)) {
        st[4] = tern_int_binop(vm, TERN_OP_FLOORDIV, st[0], st[1]);
        st[5] = tern_int_binop(vm, TERN_OP_MUL, st[4], st[1]);
        st[5] = tern_int_binop(vm, TERN_OP_SUB, st[0], st[5]);
        st[0] = st[1];
        st[1] = st[5];
        st[5] = tern_int_binop(vm, TERN_OP_MUL, st[4], st[3]);
        st[5] = tern_int_binop(vm, TERN_OP_SUB, st[2], st[5]);
        st[2] = st[3];
        st[3] = st[5];
    }
    if (st[0] != TERN_SMALL(1))
        tern_raise_value_error(vm, "base is not invertible for the given modulus");
    r = imod(vm, st[2], *mp);
    tern_popn(vm, 6);
    return r;
}

static tern_val bi_pow(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[3], names[3], *st, base, exp, mod, r;
    int npos = nargs - TERN_NKW(kwnames);
    names[0] = TERN_N(base);
    names[1] = TERN_N(exp);
    names[2] = TERN_N(mod);
    if (npos > 3)
        tern_raise_type_error(vm, "pow expected at most 3 arguments, got %d", npos);
    kwargs(vm, "pow", nargs, args, kwnames, 3, names, kw);
    base = npos > 0 ? args[0] : kw[0];
    exp = npos > 1 ? args[1] : kw[1];
    mod = npos > 2 ? args[2] : kw[2];
    if (base == TERN_NULL)
        tern_raise_type_error(vm, "pow() missing required argument 'base' (pos 1)");
    if (exp == TERN_NULL)
        tern_raise_type_error(vm, "pow() missing required argument 'exp' (pos 2)");
    if (mod == TERN_NULL || mod == TERN_NONE)
        return tern_binary_op(vm, TERN_OP_POW, base, exp);
    if (tern_is_complex(base) || tern_is_complex(exp) || tern_is_complex(mod)) {
        /* the first operand type (in order) that is not int decides:
         * float refuses a modulus, complex says "complex modulo" */
        tern_val ops[3];
        int k;
        ops[0] = base, ops[1] = exp, ops[2] = mod;
        for (k = 0; k < 3 && !tern_is_complex(ops[k]) && !TERN_IS_FLOAT(ops[k]); k++)
            ;
        if (tern_is_complex(ops[k]))
            tern_raise_value_error(vm, "complex modulo");
    }
    if (!(TERN_IS_INT(base) || TERN_IS_BOOL(base)) || !(TERN_IS_INT(exp) || TERN_IS_BOOL(exp)) ||
        !(TERN_IS_INT(mod) || TERN_IS_BOOL(mod)))
        tern_raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
    if (TERN_IS_BOOL(base)) base = TERN_SMALL(base == TERN_TRUE);
    if (TERN_IS_BOOL(exp)) exp = TERN_SMALL(exp == TERN_TRUE);
    if (TERN_IS_BOOL(mod)) mod = TERN_SMALL(mod == TERN_TRUE);
    if (mod == TERN_SMALL(0))
        tern_raise_value_error(vm, "pow() 3rd argument cannot be 0");
    /* st: mod base exp result */
    st = tern_push(vm, mod);
    tern_push(vm, base);
    tern_push(vm, exp);
    tern_push(vm, TERN_SMALL(1));
    {
        /* work modulo |mod|, fix the sign at the end */
        int negmod = tern_truthy(vm, tern_compare(vm, TERN_CMP_LT, st[0], TERN_SMALL(0)));
        tern_val am = negmod ? tern_unary_op(vm, TERN_UOP_NEG, st[0]) : st[0];
        tern_push(vm, am);  /* st[4] = |mod| */
        if (tern_truthy(vm, tern_compare(vm, TERN_CMP_LT, st[2], TERN_SMALL(0)))) {
            st[1] = int_inverse(vm, &st[1], &st[4]);
            st[2] = tern_unary_op(vm, TERN_UOP_NEG, st[2]);
        }
        st[1] = imod(vm, st[1], st[4]);
        while (st[2] != TERN_SMALL(0)) {
            if (tern_int_binop(vm, TERN_OP_AND, st[2], TERN_SMALL(1)) != TERN_SMALL(0)) {
                st[3] = tern_int_binop(vm, TERN_OP_MUL, st[3], st[1]);
                st[3] = imod(vm, st[3], st[4]);
            }
            st[2] = tern_int_binop(vm, TERN_OP_RSHIFT, st[2], TERN_SMALL(1));
            if (st[2] != TERN_SMALL(0)) {
                st[1] = tern_int_binop(vm, TERN_OP_MUL, st[1], st[1]);
                st[1] = imod(vm, st[1], st[4]);
            }
        }
        st[3] = imod(vm, st[3], st[4]);
        if (negmod && st[3] != TERN_SMALL(0))
            st[3] = tern_int_binop(vm, TERN_OP_ADD, st[3], st[0]);
        r = st[3];
        tern_popn(vm, 5);
    }
    return r;
}

/* x rounded to a multiple of 10**k (k >= 1), half to even on the exact
 * value: the exact integer digits come from printf, the tail after them
 * decides, and strtod reads the rounded decimal back correctly rounded. */
static double round_to_tens(double x, int k) {
    char buf[400];
    double ax = fabs(x), ip = floor(ax), fr = ax - ip, r;
    int n = snprintf(buf, sizeof buf, "%.0f", ip), p, i, cmp, carry;
    if (n < k + 1) {
        memmove(buf + (k + 1 - n), buf, (size_t)n + 1);
        memset(buf, '0', (size_t)(k + 1 - n));
        n = k + 1;
    }
    p = n - k;      /* digits kept */
    cmp = buf[p] - '5';
    for (i = p + 1; cmp == 0 && i < n; i++)
        if (buf[i] != '0')
            cmp = 1;
    if (cmp == 0 && fr > 0.0)
        cmp = 1;
    carry = cmp > 0 || (cmp == 0 && ((buf[p - 1] - '0') & 1));
    for (i = p - 1; carry && i >= 0; i--) {
        if (buf[i] == '9') {
            buf[i] = '0';
        } else {
            buf[i]++;
            carry = 0;
        }
    }
    memset(buf + p, '0', (size_t)k);
    buf[n] = 0;
    r = strtod(buf, NULL);
    if (carry)
        r += pow(10.0, (double)n);   /* 99..9 rounded up to 10**n */
    return x < 0 ? -r : r;
}

/* Round a double to ndigits decimal places, half to even on the exact
 * binary value, as CPython's correctly rounded double_round: printf's
 * %.*f is correctly rounded, and strtod reads it back. */
static double round_double(double x, long nd) {
    char buf[720];
    if (!isfinite(x) || x == 0.0)
        return x;
    if (nd > 323)
        return x;
    if (nd < -308)
        return 0.0 * x;
    if (nd >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        return strtod(buf, NULL);
    }
    return round_to_tens(x, (int)-nd);
}

static tern_val bi_round(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[2], names[2], x, nd, r;
    int npos = nargs - TERN_NKW(kwnames);
    names[0] = TERN_N(number);
    names[1] = TERN_N(ndigits);
    if (npos > 2)
        tern_raise_type_error(vm, "round() takes at most 2 arguments (%d given)", nargs);
    kwargs(vm, "round", nargs, args, kwnames, 2, names, kw);
    x = npos > 0 ? args[0] : kw[0];
    nd = npos > 1 ? args[1] : kw[1];
    if (x == TERN_NULL)
        tern_raise_type_error(vm, "round() missing required argument 'number' (pos 1)");
    if (nd == TERN_NONE)
        nd = TERN_NULL;
    if (TERN_IS_FLOAT(x)) {
        double d = TERN_AS(tern_float, x)->value;
        if (nd == TERN_NULL) {
            double z = nearbyint(d);
            if (isnan(z))
                tern_raise_value_error(vm, "cannot convert float NaN to integer");
            if (isinf(z))
                tern_raise_fmt(vm, &tern_type_OverflowError, "cannot convert float infinity to integer");
            if (fabs(z) < 4e18)
                return tern_int_from_ll(vm, (long long)z);
            return tern_call1(vm, TERN_VAL(&tern_type_int), tern_float_new(vm, z));
        }
        return tern_float_new(vm, round_double(d, (long)tern_index_value(vm, nd)));
    }
    if (TERN_IS_INT(x) || TERN_IS_BOOL(x)) {
        tern_int k;
        tern_val *st;
        if (TERN_IS_BOOL(x))
            x = TERN_SMALL(x == TERN_TRUE);
        if (nd == TERN_NULL)
            return x;
        /* round half to even at 10**-k: st = x p q r */
        st = tern_push(vm, x);
        k = tern_index_value(vm, nd);
        if (k >= 0) {
            x = st[0];
            tern_popn(vm, 1);
            return x;
        }
        tern_push(vm, TERN_NULL);
        tern_push(vm, TERN_NULL);
        tern_push(vm, TERN_NULL);
        st[1] = tern_binary_op(vm, TERN_OP_POW, TERN_SMALL(10), tern_int_from(vm, -k));
        st[2] = tern_binary_op(vm, TERN_OP_FLOORDIV, st[0], st[1]);
        st[3] = tern_binary_op(vm, TERN_OP_MOD, st[0], st[1]);
        st[3] = tern_binary_op(vm, TERN_OP_MUL, st[3], TERN_SMALL(2));
        r = tern_compare(vm, TERN_CMP_GT, st[3], st[1]);
        if (tern_truthy(vm, r) ||
            (tern_equal(vm, st[3], st[1]) && tern_int_binop(vm, TERN_OP_AND, st[2], TERN_SMALL(1)) != TERN_SMALL(0)))
            st[2] = tern_binary_op(vm, TERN_OP_ADD, st[2], TERN_SMALL(1));
        r = tern_binary_op(vm, TERN_OP_MUL, st[2], st[1]);
        tern_popn(vm, 4);
        return r;
    }
    r = tern_call_special(vm, x, TERN_N(__round__), nd == TERN_NULL ? 0 : 1, nd, TERN_NULL);
    if (r == TERN_NULL)
        tern_raise_type_error(vm, "type %s doesn't define __round__ method", tern_type_name(x));
    return r;
}

/* ===================================================================
 * Iteration: min, max, sum, sorted, iter, next
 * =================================================================== */

static tern_val minmax(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int op, const char *name) {
    tern_val kw[2], names[2], *st, v, r;
    int npos = nargs - TERN_NKW(kwnames), i = 0;
    names[0] = TERN_N(key);
    names[1] = TERN_N(default);
    kwargs(vm, name, nargs, args, kwnames, 2, names, kw);
    if (npos == 0)
        tern_raise_type_error(vm, "%s expected at least 1 argument, got 0", name);
    if (npos > 1 && kw[1] != TERN_NULL)
        tern_raise_type_error(vm, "Cannot specify a default for %s() with multiple positional arguments", name);
    if (kw[0] == TERN_NONE)
        kw[0] = TERN_NULL;
    /* st: iterator, best, best key, item, item key, key function, default */
    st = tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    tern_push(vm, kw[0]);
    tern_push(vm, kw[1]);
    if (npos == 1)
        st[0] = tern_iter(vm, args[0]);
    for (;;) {
        if (npos == 1) {
            v = tern_next(vm, st[0]);
            if (v == TERN_NULL)
                break;
        } else {
            if (i >= npos)
                break;
            v = args[i++];
        }
        st[3] = v;
        st[4] = st[5] ? tern_call1(vm, st[5], st[3]) : st[3];
        if (st[1] == TERN_NULL) {
            st[1] = st[3];
            st[2] = st[4];
        } else {
            int better;
            if (TERN_IS_SMALL(st[4]) && TERN_IS_SMALL(st[2]))
                better = op == TERN_CMP_LT ? (tern_int)st[4] < (tern_int)st[2] : (tern_int)st[4] > (tern_int)st[2];
            else
                better = tern_truthy(vm, tern_compare(vm, op, st[4], st[2]));
            if (better) {
                st[1] = st[3];
                st[2] = st[4];
            }
        }
    }
    r = st[1];
    kw[1] = st[6];
    tern_popn(vm, 7);
    if (r == TERN_NULL) {
        if (kw[1] != TERN_NULL)
            return kw[1];
        tern_raise_value_error(vm, "%s() arg is an empty sequence", name);
    }
    return r;
}

static tern_val bi_min(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return minmax(vm, nargs, args, kwnames, TERN_CMP_LT, "min");
}

static tern_val bi_max(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return minmax(vm, nargs, args, kwnames, TERN_CMP_GT, "max");
}

/* sum(iterable, /, start=0), with C fast paths for small ints and floats
 * (a float total is kept as a C double while the items are numbers). */
static tern_val bi_sum(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[1], names[1], *st, v, r;
    int npos = nargs - TERN_NKW(kwnames);
    names[0] = TERN_N(start);
    kwargs(vm, "sum", nargs, args, kwnames, 1, names, kw);
    if (npos < 1)
        tern_raise_type_error(vm, "sum() takes at least 1 positional argument (0 given)");
    if (npos > 2)
        tern_raise_type_error(vm, "sum() takes at most 2 arguments (%d given)", nargs);
    if (npos == 2)
        kw[0] = args[1];
    if (kw[0] == TERN_NULL)
        kw[0] = TERN_SMALL(0);
    if (TERN_IS_STR(kw[0]))
        tern_raise_type_error(vm, "sum() can't sum strings [use ''.join(seq) instead]");
    if (TERN_IS_KIND(kw[0], TERN_K_BYTES))
        tern_raise_type_error(vm, "sum() can't sum bytes [use b''.join(seq) instead]");
    /* st: iterator, total */
    st = tern_push(vm, TERN_NULL);
    tern_push(vm, kw[0]);
    st[0] = tern_iter(vm, args[0]);
    while ((v = tern_next(vm, st[0])) != TERN_NULL) {
        tern_val t = st[1];
        if (TERN_IS_SMALL(t) && TERN_IS_SMALL(v)) {
            tern_int s = TERN_SMALL_VALUE(t) + TERN_SMALL_VALUE(v);
            if (TERN_SMALL_FITS(s)) {
                st[1] = TERN_SMALL(s);
                continue;
            }
        }
        if (TERN_IS_FLOAT(t) && (TERN_IS_FLOAT(v) || TERN_IS_SMALL(v))) {
            double d = TERN_AS(tern_float, t)->value;
            for (;;) {
                if (TERN_IS_FLOAT(v))
                    d += TERN_AS(tern_float, v)->value;
                else if (TERN_IS_SMALL(v))
                    d += (double)TERN_SMALL_VALUE(v);
                else
                    break;
                v = tern_next(vm, st[0]);
                if (v == TERN_NULL)
                    break;
            }
            tern_push(vm, v);
            st[1] = tern_float_new(vm, d);
            v = st[2];
            tern_popn(vm, 1);
            if (v == TERN_NULL)
                break;
            t = st[1];
        }
        st[1] = tern_binary_op(vm, TERN_OP_ADD, t, v);
    }
    r = st[1];
    tern_popn(vm, 2);
    return r;
}

static tern_val bi_sorted(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[2], names[2], *st, r;
    int npos = nargs - TERN_NKW(kwnames);
    names[0] = TERN_N(key);
    names[1] = TERN_N(reverse);
    if (npos != 1)
        tern_raise_type_error(vm, "sorted expected 1 argument, got %d", npos);
    kwargs(vm, "sort", nargs, args, kwnames, 2, names, kw);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, kw[0]);   /* copies of the arguments: the list's allocation moves them */
    TERN_ROOT(vm, kw[1]);
    st = tern_push(vm, tern_list_of(vm, args[0]));
    tern_list_sort(vm, st[0], kw[0], kw[1] != TERN_NULL && tern_truthy(vm, kw[1]));
    r = st[0];
    tern_popn(vm, 1);
    TERN_UNROOT(vm);
    return r;
}

static tern_val bi_iter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "iter", nargs, kwnames, 1, 2);
    if (nargs == 1)
        return tern_iter(vm, args[0]);
    if (!is_callable(vm, args[0]))
        tern_raise_type_error(vm, "iter(v, w): v must be callable");
    return tern_callable_iter(vm, args);
}

static tern_val bi_next(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val v;
    tern_cargs(vm, "next", nargs, kwnames, 1, 2);
    if (nargs == 1) {
        /* without a default, the StopIteration the iterator ends with is
         * the one next() raises: a generator's carries its return value,
         * a class's __next__ raises its own */
        if (TERN_IS_KIND(args[0], TERN_K_GEN)) {
            int done;
            tern_val r = tern_gen_resume(vm, args[0], TERN_NONE, TERN_NULL, &done);
            if (!done)
                return r;
            if (r != TERN_NONE) {
                tern_val *s = tern_push(vm, r);
                tern_val t = tern_tuple_new(vm, 1);
                TERN_TUPLE_ITEMS(t)[0] = s[0];
                tern_raise(vm, tern_exc_new(vm, &tern_type_StopIteration, t));
            }
            tern_raise(vm, TERN_VAL(&tern_type_StopIteration));
        }
        if (TERN_IS_KIND(args[0], TERN_K_INSTANCE) &&
            tern_class_user_lookup(tern_typeof(args[0]), TERN_N(__next__)))
            return tern_call_special(vm, args[0], TERN_N(__next__), 0, TERN_NULL, TERN_NULL);
    }
    v = tern_next(vm, args[0]);
    if (v != TERN_NULL)
        return v;
    if (nargs > 1)
        return args[1];
    tern_raise(vm, TERN_VAL(&tern_type_StopIteration));
}

/* aiter(x) and anext(it[, default]): iter and next for async iterators.
 * anext with a default hands the awaitable to a coroutine of lib/_anext.py
 * that turns StopAsyncIteration into the default. */
static tern_val bi_aiter(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    tern_cargs(vm, "aiter", nargs, kwnames, 1, 1);
    r = tern_call_special(vm, args[0], TERN_N(__aiter__), 0, TERN_NULL, TERN_NULL);
    if (!r)
        tern_raise_type_error(vm, "'%T' object is not an async iterable", args[0]);
    if (!tern_type_lookup(vm, tern_typeof(r), TERN_N(__anext__)))
        tern_raise_type_error(vm, "aiter() returned not an async iterator of type '%T'", r);
    return r;
}

static tern_val bi_anext(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r, *s;
    tern_cargs(vm, "anext", nargs, kwnames, 1, 2);
    r = tern_call_special(vm, args[0], TERN_N(__anext__), 0, TERN_NULL, TERN_NULL);
    if (!r)
        tern_raise_type_error(vm, "'%T' object is not an async iterator", args[0]);
    if (nargs == 1)
        return r;
    s = tern_push(vm, TERN_NONE);       /* [wrap, awaitable, default] */
    tern_push(vm, r);
    tern_push(vm, args[1]);
    r = tern_import(vm, TERN_N(_anext), TERN_NULL, 0, TERN_NULL);
    r = tern_getattr(vm, r, TERN_N(wrap));
    s[0] = r;
    r = tern_call(vm, s[0], 2, s + 1, TERN_NULL);
    tern_popn(vm, 3);
    return r;
}

/* ===================================================================
 * Types and attributes
 * =================================================================== */

/* The metaclass's own __instancecheck__/__subclasscheck__ (abc-style),
 * when a Python metaclass defines one, or TERN_NULL. no alloc. */
static tern_val meta_hook(tern_val spec, tern_val name) {
    const tern_type *m = tern_typeof(spec);
    if (!(m->flags & TERN_TF_HEAP))
        return TERN_NULL;
    return tern_class_user_lookup(m, name);
}

/* isinstance/issubclass against a type, a union or a (nested) tuple of
 * them; *objp is rooted (hooks run Python code). */
static int class_check(tern_vm *vm, tern_val *objp, tern_val spec, int sub) {
    tern_val obj = *objp;
    if (TERN_IS_TYPE(spec)) {
        tern_val hook;
        if (!sub && tern_typeof(obj) == TERN_AS(const tern_type, spec))
            return 1;
        hook = meta_hook(spec, sub ? TERN_N(__subclasscheck__) : TERN_N(__instancecheck__));
        if (hook) {
            tern_val r = tern_call_found(vm, hook, spec, 1, obj, TERN_NULL);
            return tern_truthy(vm, r);
        }
        if (sub) {
            if (!TERN_IS_TYPE(obj))
                tern_raise_type_error(vm, "issubclass() arg 1 must be a class");
            return tern_issubclass(TERN_AS(const tern_type, obj), TERN_AS(const tern_type, spec));
        }
        return tern_isinstance(obj, TERN_AS(const tern_type, spec));
    }
    if (TERN_IS_TUPLE(spec) || tern_is_union(spec)) {
        size_t i;
        int r = 0;
        tern_val *s = tern_push(vm, TERN_IS_TUPLE(spec) ? spec : tern_union_args(spec));
        tern_c_enter(vm);
        for (i = 0; i < TERN_TUPLE_LEN(s[0]) && !r; i++)
            r = class_check(vm, objp, TERN_TUPLE_ITEMS(s[0])[i], sub);
        tern_c_leave(vm);
        tern_popn(vm, 1);
        return r;
    }
    if (tern_is_alias(spec))
        tern_raise_type_error(vm, "%s() argument 2 cannot be a parameterized generic",
                              sub ? "issubclass" : "isinstance");
    {
        /* any object whose class defines __instancecheck__/__subclasscheck__
         * (typing's aliases, for one) decides for itself, as in CPython */
        tern_val hook = meta_hook(spec, sub ? TERN_N(__subclasscheck__) : TERN_N(__instancecheck__));
        if (hook) {
            tern_val r = tern_call_found(vm, hook, spec, 1, *objp, TERN_NULL);
            return tern_truthy(vm, r);
        }
    }
    if (sub)
        tern_raise_type_error(vm, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    tern_raise_type_error(vm, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static tern_val bi_isinstance(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "isinstance", nargs, kwnames, 2, 2);
    return TERN_BOOL(class_check(vm, &args[0], args[1], 0));
}

static tern_val bi_issubclass(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "issubclass", nargs, kwnames, 2, 2);
    if (!TERN_IS_TYPE(args[0]) && !meta_hook(args[1], TERN_N(__subclasscheck__)))
        tern_raise_type_error(vm, "issubclass() arg 1 must be a class");
    return TERN_BOOL(class_check(vm, &args[0], args[1], 1));
}

static tern_val attr_name(tern_vm *vm, tern_val name) {
    if (!TERN_IS_STR(name))
        tern_raise_type_error(vm, "attribute name must be string, not '%s'", tern_type_name(name));
    return tern_name_interned(vm, name);
}

static tern_val bi_getattr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val name, v;
    tern_cargs(vm, "getattr", nargs, kwnames, 2, 3);
    name = attr_name(vm, args[1]);
    if (nargs == 2)
        return tern_getattr(vm, args[0], name);
    v = tern_getattr_opt(vm, args[0], name);
    return v == TERN_NULL ? args[2] : v;
}

static tern_val bi_hasattr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val name;
    tern_cargs(vm, "hasattr", nargs, kwnames, 2, 2);
    name = attr_name(vm, args[1]);
    return TERN_BOOL(tern_getattr_opt(vm, args[0], name) != TERN_NULL);
}

static tern_val bi_setattr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val name;
    tern_cargs(vm, "setattr", nargs, kwnames, 3, 3);
    name = attr_name(vm, args[1]);
    tern_setattr(vm, args[0], name, args[2]);
    return TERN_NONE;
}

static tern_val bi_delattr(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val name;
    tern_cargs(vm, "delattr", nargs, kwnames, 2, 2);
    name = attr_name(vm, args[1]);
    tern_setattr(vm, args[0], name, TERN_NULL);
    return TERN_NONE;
}

/* ===================================================================
 * Namespaces: globals, locals, vars, dir
 * =================================================================== */

static tern_frame *caller_frame(tern_vm *vm) {
    return vm->frame < vm->frame_top ? vm->frame : NULL;
}

static tern_val bi_globals(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_frame *f = caller_frame(vm);
    tern_val d;
    tern_cargs(vm, "globals", nargs, kwnames, 0, 0);
    vm->fresh_str = TERN_NULL;      /* the namespace is handed out: see tern_str_append */
    d = f ? f->globals : TERN_AS(tern_module, vm->main_module)->dict;
    TERN_EXPOSE_DICT(d);
    return d;
}

/* The caller's locals: its locals dict (module and class bodies), or a
 * new dict built from a function frame's local slots (cells read). */
static tern_val current_locals(tern_vm *vm) {
    tern_frame *f = caller_frame(vm);
    tern_val d, code;
    size_t i, n;
    vm->fresh_str = TERN_NULL;      /* the namespace is handed out: see tern_str_append */
    if (!f) {
        d = TERN_AS(tern_module, vm->main_module)->dict;
        TERN_EXPOSE_DICT(d);
        return d;
    }
    if (tern_frame_locals(f)) {
        TERN_EXPOSE_DICT(f->ctx);
        return f->ctx;
    }
    d = tern_dict_new(vm, 0);
    f = caller_frame(vm);
    code = f->code;
    n = TERN_TUPLE_LEN(TERN_AS(tern_code, code)->varnames);
    if (n > TERN_AS(tern_code, code)->nlocals)
        n = TERN_AS(tern_code, code)->nlocals;
    {
        tern_val *st = tern_push(vm, d);
        for (i = 0; i < n; i++) {
            tern_code *c = TERN_AS(tern_code, f->code);
            tern_val v = f->base[i];
            if (v != TERN_NULL && TERN_IS_KIND(v, TERN_K_CELL) &&
                ((c->flags & TERN_CO_HASCELLS) || c->nfree))
                v = TERN_AS(tern_cell, v)->value;
            if (v != TERN_NULL)
                tern_dict_set(vm, st[0], TERN_TUPLE_ITEMS(TERN_AS(tern_code, f->code)->varnames)[i], v);
        }
        d = st[0];
        tern_popn(vm, 1);
    }
    return d;
}

static tern_val bi_locals(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "locals", nargs, kwnames, 0, 0);
    return current_locals(vm);
}

static tern_val bi_vars(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d;
    tern_cargs(vm, "vars", nargs, kwnames, 0, 1);
    if (nargs == 0)
        return current_locals(vm);
    vm->fresh_str = TERN_NULL;
    d = tern_getattr_opt(vm, args[0], TERN_N(__dict__));
    TERN_EXPOSE_DICT(d);
    if (d == TERN_NULL)
        tern_raise_type_error(vm, "vars() argument must have __dict__ attribute");
    return d;
}

/* Add the attribute names of type t and its MRO to the set *names (a
 * rooted slot), as CPython's dir(): each class's namespace (less
 * __qualname__, which CPython keeps out of it), the __dict__ and
 * __weakref__ of classes whose instances have a dict, the methods and slot
 * wrappers of built-in types. Heap classes move while names are added, so
 * the type is kept on the value stack and re-read. */
static void dir_type(tern_vm *vm, tern_val *names, const tern_type *t) {
    tern_val *tv = tern_push(vm, TERN_VAL(t)), k;
    size_t i, n = tern_mro_len(t), pos;
    for (i = 0; i < n; i++) {
        const tern_type *c = tern_mro_item(TERN_AS(const tern_type, *tv), i);
        if (c->flags & TERN_TF_HEAP) {
            pos = 0;
            while (tern_dict_next(c->dict, &pos, &k, NULL)) {
                if (k != TERN_N(__qualname__))
                    tern_set_add(vm, *names, k);
                c = tern_mro_item(TERN_AS(const tern_type, *tv), i);
            }
            if (!(c->pad_ & TERN_CLS_NODICT) && c->inst_kind == TERN_K_INSTANCE) {
                tern_set_add(vm, *names, TERN_N(__dict__));
                tern_set_add(vm, *names, TERN_N(__weakref__));
            }
        } else {
            tern_rom_dir(vm, c, names);
        }
    }
    tern_set_add(vm, *names, TERN_N(__class__));
    tern_set_add(vm, *names, TERN_N(__doc__));
    tern_popn(vm, 1);
}

tern_val tern_dir_list(tern_vm *vm, tern_val obj) {
    tern_val *st, d, r;
    st = tern_push(vm, TERN_NULL);
    tern_push(vm, obj);
    st[0] = tern_set_new(vm, 0);
    obj = st[1];
    if (TERN_IS_KIND(obj, TERN_K_MODULE)) {
        if (TERN_AS(tern_module, obj)->dict == vm->builtins) {
            tern_builtins_complete(vm);
            obj = st[1];
        }
        tern_set_update(vm, st[0], TERN_AS(tern_module, obj)->dict);
    } else if (TERN_IS_TYPE(obj)) {
        dir_type(vm, &st[0], TERN_AS(const tern_type, obj));
    } else {
        d = tern_obj_dict(vm, obj, 0);
        if (d != TERN_NULL && TERN_IS_DICT(d))
            tern_set_update(vm, st[0], d);
        dir_type(vm, &st[0], tern_typeof(st[1]));
    }
    st[0] = tern_list_of(vm, st[0]);
    tern_list_sort(vm, st[0], TERN_NULL, 0);
    r = st[0];
    tern_popn(vm, 2);
    return r;
}

static tern_val bi_dir(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val *st, r;
    tern_cargs(vm, "dir", nargs, kwnames, 0, 1);
    if (nargs == 0) {
        st = tern_push(vm, current_locals(vm));
        st[0] = tern_list_of(vm, st[0]);
    } else if (TERN_IS_CLASSED(args[0]) && tern_class_user_lookup(tern_typeof(args[0]), TERN_N(__dir__))) {
        st = tern_push(vm, tern_call_special(vm, args[0], TERN_N(__dir__), 0, TERN_NULL, TERN_NULL));
        st[0] = tern_list_of(vm, st[0]);
    } else {
        return tern_dir_list(vm, args[0]);
    }
    tern_list_sort(vm, st[0], TERN_NULL, 0);
    r = st[0];
    tern_popn(vm, 1);
    return r;
}

/* ===================================================================
 * Code: exec, eval, compile, __import__
 * =================================================================== */

static tern_val run_source(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int mode) {
    tern_val *st, r;
    tern_cargs(vm, name, nargs, kwnames, 1, 3);
    st = tern_push(vm, args[0]);
    tern_push(vm, nargs > 1 ? args[1] : TERN_NONE);
    tern_push(vm, nargs > 2 ? args[2] : TERN_NONE);
    if (st[1] != TERN_NONE && !TERN_IS_DICT(st[1]))
        tern_raise_type_error(vm, "%s() globals must be a dict, not %s", name, tern_type_name(st[1]));
    if (st[1] == TERN_NONE) {
        tern_frame *f = caller_frame(vm);
        st[1] = f ? f->globals : TERN_AS(tern_module, vm->main_module)->dict;
        if (st[2] == TERN_NONE)
            st[2] = current_locals(vm);
    } else if (st[2] == TERN_NONE) {
        st[2] = st[1];
    }
    TERN_EXPOSE_DICT(st[1]);
    TERN_EXPOSE_DICT(st[2]);
    vm->fresh_str = TERN_NULL;
    if (TERN_IS_KIND(st[0], TERN_K_BYTES))
        st[0] = tern_str_new(vm, TERN_STR_CHARS(st[0]), TERN_STR_LEN(st[0]));
    if (TERN_IS_STR(st[0]))
        st[0] = tern_compile_str(vm, st[0], TERN_N(ANGLE_string), mode);
    else if (!TERN_IS_KIND(st[0], TERN_K_CODE))
        tern_raise_type_error(vm, "%s() arg 1 must be a string, bytes or code object", name);
    r = tern_run_code(vm, st[0], st[1], st[2]);
    tern_popn(vm, 3);
    return r;
}

static tern_val bi_exec(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    run_source(vm, "exec", nargs, args, kwnames, TERN_MODE_FILE);
    return TERN_NONE;
}

static tern_val bi_eval(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return run_source(vm, "eval", nargs, args, kwnames, TERN_MODE_EVAL);
}

static tern_val bi_compile(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int npos = nargs - TERN_NKW(kwnames), mode;
    tern_val src, m;
    const char *ms;
    if (npos < 3)
        tern_raise_type_error(vm, "compile() missing required argument '%s' (pos %d)",
                              npos == 0 ? "source" : npos == 1 ? "filename" : "mode", npos + 1);
    m = args[2];
    if (!TERN_IS_STR(m))
        tern_raise_type_error(vm, "compile() arg 3 must be str, not %s", tern_type_name(m));
    ms = TERN_STR_CHARS(m);
    if (strcmp(ms, "exec") == 0)
        mode = TERN_MODE_FILE;
    else if (strcmp(ms, "eval") == 0)
        mode = TERN_MODE_EVAL;
    else if (strcmp(ms, "single") == 0)
        mode = TERN_MODE_SINGLE;
    else
        tern_raise_value_error(vm, "compile() mode must be 'exec', 'eval' or 'single'");
    src = args[0];
    if (TERN_IS_KIND(src, TERN_K_CODE))
        return src;
    if (TERN_IS_KIND(src, TERN_K_BYTES))
        src = tern_str_new(vm, TERN_STR_CHARS(args[0]), TERN_STR_LEN(args[0]));
    if (!TERN_IS_STR(src))
        tern_raise_type_error(vm, "compile() arg 1 must be a string, bytes or AST object");
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "compile() argument 'filename' must be str, not %s", tern_type_name(args[1]));
    return tern_compile_str(vm, src, args[1], mode);
}

static tern_val bi_import(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val kw[5], names[5], a[5];
    int npos = nargs - TERN_NKW(kwnames), i;
    tern_int level;
    names[0] = TERN_N(name);
    names[1] = TERN_N(globals);
    names[2] = TERN_N(locals);
    names[3] = TERN_N(fromlist);
    names[4] = TERN_N(level);
    kwargs(vm, "__import__", nargs, args, kwnames, 5, names, kw);
    a[4] = npos > 4 ? args[4] : kw[4];
    level = a[4] == TERN_NULL ? 0 : tern_index_value(vm, a[4]);
    kwargs(vm, "__import__", nargs, args, kwnames, 5, names, kw);
    for (i = 0; i < 5; i++)
        a[i] = i < npos ? args[i] : kw[i];
    if (a[0] == TERN_NULL)
        tern_raise_type_error(vm, "__import__() missing required argument 'name' (pos 1)");
    if (!TERN_IS_STR(a[0]))
        tern_raise_type_error(vm, "__import__() argument 1 must be str, not %s", tern_type_name(a[0]));
    if (a[1] == TERN_NULL || a[1] == TERN_NONE) {
        tern_frame *f = caller_frame(vm);
        a[1] = f ? f->globals : TERN_NONE;
    }
    if (a[3] == TERN_NULL)
        a[3] = TERN_NONE;
    if (a[3] != TERN_NONE && !TERN_IS_TUPLE(a[3])) {
        /* tern_import takes the fromlist as a tuple; the name and globals
         * stay reachable through the caller's argument slots */
        tern_val t = tern_tuple_of(vm, a[3]);
        kwargs(vm, "__import__", nargs, args, kwnames, 5, names, kw);
        a[0] = npos > 0 ? args[0] : kw[0];
        a[1] = npos > 1 ? args[1] : kw[1];
        if (a[1] == TERN_NULL || a[1] == TERN_NONE) {
            tern_frame *f = caller_frame(vm);
            a[1] = f ? f->globals : TERN_NONE;
        }
        a[3] = t;
    }
    return tern_import(vm, a[0], a[3], (int)level, a[1]);
}

/* ===================================================================
 * The table and tern_builtins_init
 * =================================================================== */

#define BI(id, fn) static TERN_CFUNC_DEF(bi_##id##_obj, id, fn);
BI(print, bi_print)
BI(input, bi_input)
BI(len, bi_len)
BI(repr, bi_repr)
BI(ascii, bi_ascii)
BI(abs, bi_abs)
BI(all, bi_all)
BI(any, bi_any)
BI(hash, bi_hash)
BI(id, bi_id)
BI(callable, bi_callable)
BI(chr, bi_chr)
BI(ord, bi_ord)
BI(hex, bi_hex)
BI(oct, bi_oct)
BI(bin, bi_bin)
BI(format, bi_format)
BI(divmod, bi_divmod)
BI(pow, bi_pow)
BI(round, bi_round)
BI(min, bi_min)
BI(max, bi_max)
BI(sum, bi_sum)
BI(sorted, bi_sorted)
BI(iter, bi_iter)
BI(next, bi_next)
BI(aiter, bi_aiter)
BI(anext, bi_anext)
BI(isinstance, bi_isinstance)
BI(issubclass, bi_issubclass)
BI(getattr, bi_getattr)
BI(hasattr, bi_hasattr)
BI(setattr, bi_setattr)
BI(delattr, bi_delattr)
BI(globals, bi_globals)
BI(locals, bi_locals)
BI(vars, bi_vars)
BI(dir, bi_dir)
BI(exec, bi_exec)
BI(eval, bi_eval)
BI(compile, bi_compile)
BI(__import__, bi_import)
#undef BI

#define F(id) { TERN_NSTR(id), &bi_##id##_obj }
#define T(id) { TERN_NSTR(id), &tern_type_##id }
static const tern_attr builtins_table[] = {
    F(print), F(input), F(len), F(repr), F(ascii), F(abs), F(all), F(any),
    F(hash), F(id), F(callable), F(chr), F(ord), F(hex), F(oct), F(bin),
    F(format), F(divmod), F(pow), F(round), F(min), F(max), F(sum),
    F(sorted), F(iter), F(next), F(aiter), F(anext), F(isinstance), F(issubclass), F(getattr),
    F(hasattr), F(setattr), F(delattr), F(globals), F(locals), F(vars),
    F(dir), F(exec), F(eval), F(compile), F(__import__),
    { TERN_NSTR(__build_class__), &tern_build_class_obj },
    T(int), T(float), T(complex), T(str), T(bool), T(bytes), T(bytearray), T(memoryview), T(list), T(tuple), T(dict),
    T(set), T(frozenset), T(range), T(slice), T(object), T(type),
    T(enumerate), T(zip), T(map), T(filter), T(reversed), T(super),
    T(property), T(staticmethod), T(classmethod),
    T(BaseException),
    { TERN_NSTR(EnvironmentError), &tern_type_OSError },
    { TERN_NSTR(IOError), &tern_type_OSError },
#define TERN_EXC(name, base) T(name),
#include "exc_list.h"
#undef TERN_EXC
};
#undef F
#undef T

tern_val tern_builtin_rom(tern_vm *vm, tern_val name) {
    size_t i, n = sizeof(builtins_table) / sizeof(builtins_table[0]);
    if (vm->builtins_complete || !TERN_IS_STR(name))
        return TERN_NULL;
    for (i = 0; i < n; i++)
        if (TERN_VAL(builtins_table[i].name) == name)
            return TERN_VAL(builtins_table[i].value);
    if (TERN_IN_HEAP(vm, TERN_PTR(name)))   /* a name that was not interned */
        for (i = 0; i < n; i++)
            if (tern_str_eq(TERN_VAL(builtins_table[i].name), name))
                return TERN_VAL(builtins_table[i].value);
    return TERN_NULL;
}

tern_val tern_builtin_get(tern_vm *vm, tern_val name) {
    tern_val v = tern_dict_get_name(vm->builtins, name);
    return v ? v : tern_builtin_rom(vm, name);
}

tern_val tern_builtin_fetch(tern_vm *vm, tern_val name) {
    tern_val v = tern_dict_get_name(vm->builtins, name);
    if (v)
        return v;
    v = tern_builtin_rom(vm, name);
    /* copy it into the dict only if that needs no allocation: looking up
     * a builtin must not use memory the program counted as available; the
     * rest are found in the table each time */
    if (v && !vm->irq_level && tern_dict_has_room(vm->builtins)) {     /* (not in a hard callback) */
        tern_val *s = tern_push(vm, v);
        tern_push(vm, name);
        tern_dict_set(vm, vm->builtins, s[1], s[0]);
        v = s[0];
        tern_popn(vm, 2);
    }
    return v;
}

void tern_builtins_complete(tern_vm *vm) {
    size_t i, n = sizeof(builtins_table) / sizeof(builtins_table[0]);
    if (vm->builtins_complete)
        return;
    for (i = 0; i < n; i++) {
        tern_val name = TERN_VAL(builtins_table[i].name);
        if (!tern_dict_get_name(vm->builtins, name))
            tern_dict_set(vm, vm->builtins, name, TERN_VAL(builtins_table[i].value));
    }
    vm->builtins_complete = 1;
}

void tern_builtins_init(tern_vm *vm) {
    /* four entries now; the builtins a program uses are cached here as it
     * first looks them up (tern_builtin_fetch), and the dict grows then */
    vm->builtins = tern_dict_new(vm, 4);
    vm->builtins_complete = 0;
    tern_dict_set(vm, vm->builtins, TERN_N(NotImplemented), TERN_NOTIMPLEMENTED);
    tern_dict_set(vm, vm->builtins, TERN_N(Ellipsis), TERN_ELLIPSIS);
    tern_dict_set(vm, vm->builtins, TERN_N(__debug__), TERN_TRUE);
    tern_dict_set(vm, vm->builtins, TERN_N(__name__), TERN_N(builtins));
}
