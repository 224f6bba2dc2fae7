/* SPDX-License-Identifier: MIT */
/*
 * obj_num.h — helpers shared by the number and string files (obj_int.c,
 * obj_float.c, obj_bool.c, obj_str.c, obj_bytes.c, format.c) beyond what
 * runtime.h declares. Other files may use them too.
 */
#ifndef TERN_OBJ_NUM_H
#define TERN_OBJ_NUM_H

#include "runtime.h"

/* ---- ints (obj_int.c) ---- */

/* Is v an int or a bool (bools count as 0/1)? */
#define TERN_IS_INTLIKE(v)  (TERN_IS_INT(v) || TERN_IS_BOOL(v))
/* -1, 0, 1: sign of an int/bool. no alloc. */
int tern_int_sign(tern_val v);
/* Compare two ints/bools: -1, 0, 1. no alloc, no raise. */
int tern_int_cmp(tern_val a, tern_val b);
/* Compare an int with a double exactly: -1, 0, 1, or 2 if d is NaN. */
int tern_int_cmp_double(tern_vm *vm, tern_val i, double d);
/* int -> double, correctly rounded; OverflowError "int too large to convert to float". */
double tern_int_to_double(tern_vm *vm, tern_val v);
/* Truncate a double to an int; OverflowError/ValueError for inf/nan. */
tern_val tern_int_from_double(tern_vm *vm, double d);
/* hash(int) as CPython (mod 2^61-1 on 64-bit hosts) -> small int. */
tern_val tern_int_hash(tern_val v);
/* Digits of |v| in base 2, 8, 10 or 16 (lowercase unless upper), without
 * sign or prefix -> str. */
tern_val tern_int_digits(tern_vm *vm, tern_val v, int base, int upper);
/* Number of bits of |v|. no alloc. */
size_t tern_int_bit_length(tern_val v);
/* pow(a, b, m) for ints. */
tern_val tern_int_powmod(tern_vm *vm, tern_val a, tern_val b, tern_val m);
/* a/b for ints (true division -> float), correctly rounded. */
double tern_int_truediv(tern_vm *vm, tern_val a, tern_val b);
/* getattr slot of int and bool: real, imag, numerator, denominator. */
tern_val tern_int_getattr_(tern_vm *vm, tern_val self, tern_val name);
/* int(x) as the constructor does it for any x (str, float, __int__...). */
tern_val tern_int_of(tern_vm *vm, tern_val x);

/* ---- floats (obj_float.c) ---- */

#define TERN_FLOAT_VAL(v)   (TERN_AS(tern_float, v)->value)
/* round(x, ndigits): ndigits TERN_NULL/None -> int, else float. */
tern_val tern_float_round(tern_vm *vm, double x, tern_val ndigits);
/* float(s) parsing with CPython's rules; `s` is a str or bytes value.
 * Raises ValueError "could not convert string to float: ..." */
double tern_float_parse(tern_vm *vm, tern_val s);
/* Decimal digits and exponent of the shortest repr of a finite nonzero
 * |d|: digits into buf (NUL-terminated, no dot), returns the decimal
 * exponent of the first digit (d = 0.DIGITS * 10^(exp+1)). no alloc. */
int tern_float_shortest(double d, char *buf);

/* ---- complex (obj_complex.c) ---- */

/* The parts of a complex or of an instance of a complex subclass; 0 if v
 * is neither. no alloc. */
int tern_complex_parts(tern_val v, double *re, double *im);
/* A complex argument as CPython's cmath functions take it: a complex, an
 * object with __complex__, or a real number (float, int, __float__,
 * __index__); else TypeError "must be real number, not X". */
void tern_complex_arg(tern_vm *vm, tern_val v, double *re, double *im);
/* a ** b for complex a and b, as the ** operator (ZeroDivisionError,
 * OverflowError "complex exponentiation"). */
tern_val tern_complex_pow(tern_vm *vm, double ar, double ai, double br, double bi);
/* A real argument as CPython's "d" converter takes it (float, int,
 * __float__, __index__); else TypeError "must be real number, not X". */
double tern_real_arg(tern_vm *vm, tern_val v);

/* ---- strings (obj_str.c) ---- */

/* The heap object containing address p, or TERN_NULL if p is not inside a
 * heap object. Slow (walks the heap); used only as a fallback so that
 * functions taking a raw `const char *` stay correct when it points into
 * a heap object that an allocation may move. no alloc, no raise. */
tern_val tern_heap_owner(tern_vm *vm, const void *p);
/* A new str with the bytes [off, off + len) of str/bytes `src`. */
tern_val tern_str_sub(tern_vm *vm, tern_val src, size_t off, size_t len);
/* repr of a str. */
tern_val tern_str_repr(tern_vm *vm, tern_val s);
/* ascii(): repr with non-ASCII escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
tern_val tern_str_ascii(tern_vm *vm, tern_val s);
/* ascii(v): repr(v) with non-ASCII characters escaped (mod_builtins.c). */
tern_val tern_ascii(tern_vm *vm, tern_val v);
/* A one-character str for code point c (ValueError if out of range). */
tern_val tern_str_from_codepoint(tern_vm *vm, uint32_t c);
/* Count code points of UTF-8 text. no alloc. */
size_t tern_utf8_count(const char *s, size_t len);
/* Decode one code point at s (len bytes available), store its length. */
uint32_t tern_utf8_decode(const char *s, size_t len, size_t *n);
/* Encode code point c into buf (4 bytes), return the length. */
size_t tern_utf8_encode(uint32_t c, char *buf);
/* Is the byte sequence valid UTF-8? no alloc. */
int tern_utf8_valid(const uint8_t *s, size_t len);
/* Byte offset of character index i (0 <= i <= nchars) of str s. no alloc. */
size_t tern_str_byte_offset(tern_val s, size_t i);
/* bytes-like.decode(encoding, errors) and str.encode(encoding, errors)
 * (codec.c): utf-8, ascii, latin-1, utf-16*, utf-32*; either argument may
 * be TERN_NULL (utf-8, strict); their types are checked there. */
tern_val tern_str_decode(tern_vm *vm, tern_val bytes, tern_val encoding, tern_val errors);
tern_val tern_str_encode(tern_vm *vm, tern_val s, tern_val encoding, tern_val errors);
/* The codec of an encoding name (a str) as codec.c numbers them (0
 * utf-8, 1 ascii, 2 latin-1, more), -1 if unknown. no alloc. */
int tern_codec_of(tern_val enc);
/* Does s (a str) look like a Python identifier? no alloc. */
int tern_str_is_identifier(tern_val s);

/* Byte offset of needle in hay[start, end), or -1. no alloc. */
long tern_bytes_find(const char *hay, size_t start, size_t end, const char *needle, size_t nlen);
/* Compare two strs (or two bytes) bytewise: -1, 0, 1. no alloc. */
int tern_str_cmp(tern_val a, tern_val b);
/* s * n for a str or bytes. */
tern_val tern_str_repeat(tern_vm *vm, tern_val s, tern_int n);
/* Append code point c (UTF-8) to a builder. */
void tern_strbuf_add_cp(tern_vm *vm, tern_strbuf *b, uint32_t c);
/* Is code point c printable (str.isprintable, repr)? no alloc. */
int tern_unicode_printable(uint32_t c);
/* CPython 3.11's default sys.int_max_str_digits: int<->decimal str
 * conversions of more digits raise ValueError. */
#define TERN_INT_MAX_STR_DIGITS 4300
/* Decimal value of a Unicode digit (category Nd), or -1. no alloc. */
int tern_unicode_decimal(uint32_t c);
/* str s with Unicode digits and spaces made ASCII for int()/float() (other
 * non-ASCII characters become '?'); s itself when ASCII. */
tern_val tern_str_numeric_ascii(tern_vm *vm, tern_val s);
/* Can v be iterated? no alloc. */
int tern_is_iterable(tern_val v);
/* Arity check of a built-in method of type tname with CPython's messages
 * (obj_strmeth.c); min and max count self. */
void tern_method_args(tern_vm *vm, const char *tname, const char *name, int nargs, tern_val kwnames,
                      int min, int max);
/* Next character of a str iterator (a TERN_ITK_SEQ seqiter whose seq is a
 * str; pos counts characters, aux holds the byte offset), or TERN_NULL. */
tern_val tern_str_iter_next(tern_vm *vm, tern_val it);

/* The str methods (obj_strmeth.c), one ROM tern_cfunc tern_strm_<name>
 * each, listed in str's attribute table (obj_str.c). */
#define TERN_STR_METHODS(X) \
    X(join) X(split) X(rsplit) X(splitlines) X(strip) X(lstrip) X(rstrip) \
    X(upper) X(lower) X(capitalize) X(title) X(swapcase) X(casefold) \
    X(replace) X(startswith) X(endswith) X(find) X(rfind) X(index) X(rindex) \
    X(count) X(isdigit) X(isalpha) X(isalnum) X(isspace) X(isupper) \
    X(islower) X(isidentifier) X(isnumeric) X(isdecimal) X(isprintable) \
    X(istitle) X(isascii) X(center) X(ljust) X(rjust) X(zfill) X(partition) \
    X(rpartition) X(expandtabs) X(encode) X(format) X(format_map) \
    X(__format__) X(removeprefix) X(removesuffix) X(maketrans) X(translate)
#define TERN_X_(n) extern const tern_cfunc tern_strm_##n;
TERN_STR_METHODS(TERN_X_)
#undef TERN_X_

/* ---- bytes (obj_bytes.c) ---- */

/* repr of a bytes value: b'...' */
tern_val tern_bytes_repr(tern_vm *vm, tern_val b);

/* ---- formatting (format.c) ---- */

/* format a str/int/float per a spec given as raw text (copied first). */
tern_val tern_format_spec(tern_vm *vm, tern_val v, tern_val spec);
/* str.format(*args, **kwargs) with self = args[0]. */
tern_val tern_str_format_method(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames);

#endif /* TERN_OBJ_NUM_H */
