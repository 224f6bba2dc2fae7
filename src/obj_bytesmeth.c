/* SPDX-License-Identifier: MIT */
/*
 * obj_bytesmeth.c — the methods bytes and bytearray share (find, split,
 * strip, case mapping, padding, translate, hex...). Each one works on
 * self of either type through the view helpers of obj_bytes.h and
 * returns results of self's type, so both types list the same method
 * objects (tern_bm_<name>, TERN_BYTES_METHODS). Case and character
 * classes are ASCII only, as in CPython.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"

#define SELF        args[0]
#define BD(v)       tern_bv_data(v)
#define BL(v)       tern_bv_len(v)
#define BC(v)       ((const char *)tern_bv_data(v))
#define IS_BA(v)    TERN_IS_BYTEARRAY(v)
#define TNAME(v)    (IS_BA(v) ? "bytearray" : "bytes")

static int is_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static int is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static int is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
static uint8_t to_lower(uint8_t c) { return is_upper(c) ? (uint8_t)(c + 32) : c; }
static uint8_t to_upper(uint8_t c) { return is_lower(c) ? (uint8_t)(c - 32) : c; }

/* ===================================================================
 * Results and arguments
 * =================================================================== */

/* Writable bytes of a value made by bnew (valid until the next allocation). */
static uint8_t *bw(tern_val v) {
    return (uint8_t *)tern_bv_data(v);
}

/* A new value of like's type (bytes or bytearray) holding n zero bytes. */
static tern_val bnew(tern_vm *vm, tern_val like, size_t n) {
    return IS_BA(like) ? tern_bytearray_new(vm, n) : tern_bytes_new(vm, NULL, n);
}

/* Bytes [off, off + n) of self as a new value of self's type; a bytes self
 * asked for all of itself is returned as is (bytearray results are always
 * new objects). */
static tern_val bsub(tern_vm *vm, tern_val self, size_t off, size_t n) {
    tern_val r;
    if (!IS_BA(self) && off == 0 && n == BL(self))
        return self;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, self);
    r = bnew(vm, self, n);
    TERN_UNROOT(vm);
    if (n)
        memcpy(bw(r), BD(self) + off, n);
    return r;
}

/* args[i] as a bytes-like value (a bytes subclass instance is replaced by
 * its bytes in the slot), or CPython's TypeError. */
static tern_val need_blike(tern_vm *vm, tern_val *args, int i) {
    tern_val v = TERN_PROXY_VALUE(args[i]);
    if (!TERN_IS_BYTESLIKE(v))
        tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(args[i]));
    args[i] = v;
    return v;
}

/* An integer argument through __index__, huge ints clamped to the C range
 * (as CPython's PyNumber_AsSsize_t(v, NULL)): callers range-check it. */
static tern_int clamp_index(tern_vm *vm, tern_val v) {
    tern_val u = TERN_PROXY_VALUE(v);
    if (TERN_IS_KIND(u, TERN_K_BIGINT))
        return tern_int_sign(u) < 0 ? -TERN_SMALL_MAX : TERN_SMALL_MAX;
    return tern_index_value(vm, v);
}

static int has_index(tern_vm *vm, tern_val v) {
    return TERN_IS_INTLIKE(TERN_PROXY_VALUE(v)) ||
           tern_type_lookup(vm, tern_typeof(v), TERN_N(__index__)) != TERN_NULL;
}

/* The (start, end) arguments args[first], args[first + 1] of the find
 * family, adjusted as CPython's ADJUST_INDICES: end is clamped to [0, len],
 * start only below (a start past the end matches nothing). */
static void span_args(tern_vm *vm, int nargs, tern_val *args, int first, tern_int len,
                      tern_int *start, tern_int *end) {
    int k;
    tern_int v[2];
    v[0] = 0;
    v[1] = len;
    for (k = 0; k < 2; k++) {
        tern_val a = nargs > first + k ? args[first + k] : TERN_NONE;
        if (a == TERN_NONE)
            continue;
        if (!has_index(vm, a))
            tern_raise_type_error(vm, "slice indices must be integers or None or have an __index__ method");
        v[k] = clamp_index(vm, a);
    }
    if (v[1] > len)
        v[1] = len;
    else if (v[1] < 0 && (v[1] += len) < 0)
        v[1] = 0;
    if (v[0] < 0 && (v[0] += len) < 0)
        v[0] = 0;
    *start = v[0];
    *end = v[1];
}

/* Bind the arguments of a method that takes keywords (args[0] is self):
 * out[k] receives parameter names[k] or TERN_NULL. The first `posonly`
 * parameters are positional only, `min` of them required. */
static void parse_kw(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames,
                     const char *const *names, int nparams, int posonly, int min, tern_val *out) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw - 1, i, k;
    if (npos + nkw > nparams)
        tern_raise_type_error(vm, "%s() takes at most %d %sargument%s (%d given)", name, nparams,
                              npos ? "" : "keyword ", nparams == 1 ? "" : "s", npos + nkw);
    if (npos < min)
        tern_raise_type_error(vm, "%s() takes at least %d positional argument%s (%d given)", name, min,
                              min == 1 ? "" : "s", npos);
    for (k = 0; k < nparams; k++)
        out[k] = k < npos ? args[1 + k] : TERN_NULL;
    for (i = 0; i < nkw; i++) {
        tern_val kn = TERN_TUPLE_ITEMS(kwnames)[i];
        for (k = posonly; k < nparams; k++)
            if (TERN_STR_LEN(kn) == strlen(names[k]) && !memcmp(TERN_STR_CHARS(kn), names[k], TERN_STR_LEN(kn)))
                break;
        if (k == nparams)
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for %s()", kn, name);
        if (k < npos)
            tern_raise_type_error(vm, "argument for %s() given by name ('%V') and position (%d)", name, kn, k + 1);
        out[k] = args[nargs - nkw + i];
    }
}

/* ===================================================================
 * Searching: find, rfind, index, rindex, count, startswith, endswith
 * =================================================================== */

/* Last occurrence of needle in hay[start, end), or -1. */
static long rfind_in(const uint8_t *hay, size_t start, size_t end, const uint8_t *needle, size_t nl) {
    size_t j;
    if (end - start < nl)
        return -1;
    j = end - nl + 1;
    while (j-- > start)
        if (memcmp(hay + j, needle, nl) == 0)
            return (long)j;
    return -1;
}

/* The subsection argument of the find family: a byte (ints, *byte set)
 * or a bytes-like value (left in args[1]). */
static void sub_arg(tern_vm *vm, tern_val *args, int *byte) {
    tern_val v = TERN_PROXY_VALUE(args[1]);
    *byte = -1;
    if (TERN_IS_BYTESLIKE(v)) {
        args[1] = v;
        return;
    }
    if (!has_index(vm, args[1]))
        tern_raise_type_error(vm, "argument should be integer or bytes-like object, not '%s'",
                              tern_type_name(args[1]));
    {
        tern_int c = clamp_index(vm, args[1]);
        if (c < 0 || c > 255)
            tern_raise_value_error(vm, "byte must be in range(0, 256)");
        *byte = (int)c;
    }
}

static tern_val do_find(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames,
                        int right, int raise) {
    tern_int start, end;
    long f = -1;
    int byte;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 2, 4);
    span_args(vm, nargs, args, 2, (tern_int)BL(SELF), &start, &end);
    sub_arg(vm, args, &byte);
    if (start <= end) {
        if (byte >= 0) {
            const uint8_t *d = BD(SELF);
            tern_int i;
            if (right) {
                for (i = end - 1; i >= start && d[i] != (uint8_t)byte; i--)
                    ;
                f = (long)(i >= start ? i : -1);
            } else {
                for (i = start; i < end && d[i] != (uint8_t)byte; i++)
                    ;
                f = (long)(i < end ? i : -1);
            }
        } else if (right) {
            f = rfind_in(BD(SELF), (size_t)start, (size_t)end, BD(args[1]), BL(args[1]));
        } else {
            f = tern_bytes_find(BC(SELF), (size_t)start, (size_t)end, BC(args[1]), BL(args[1]));
        }
    }
    if (f < 0 && raise)
        tern_raise_value_error(vm, "subsection not found");
    return TERN_SMALL((tern_int)f);
}

static tern_val b_find(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "find", nargs, args, kwnames, 0, 0);
}
static tern_val b_rfind(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "rfind", nargs, args, kwnames, 1, 0);
}
static tern_val b_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "index", nargs, args, kwnames, 0, 1);
}
static tern_val b_rindex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "rindex", nargs, args, kwnames, 1, 1);
}

static tern_val b_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start, end, n = 0, i;
    int byte;
    tern_method_args(vm, TNAME(SELF), "count", nargs, kwnames, 2, 4);
    span_args(vm, nargs, args, 2, (tern_int)BL(SELF), &start, &end);
    sub_arg(vm, args, &byte);
    if (start > end)
        return TERN_SMALL(0);
    if (byte >= 0) {
        for (i = start; i < end; i++)
            n += BD(SELF)[i] == (uint8_t)byte;
    } else if (BL(args[1]) == 0) {
        n = end - start + 1;
    } else {
        long f;
        size_t p = (size_t)start, sl = BL(args[1]);
        while ((f = tern_bytes_find(BC(SELF), p, (size_t)end, BC(args[1]), sl)) >= 0) {
            n++;
            p = (size_t)f + sl;
        }
    }
    return TERN_SMALL(n);
}

/* Does prefix (or suffix, end_) p match self within [start, end)? As
 * CPython's tailmatch. */
static int tailmatch(tern_val self, tern_val p, tern_int start, tern_int end, int end_) {
    tern_int len = (tern_int)BL(self), pl = (tern_int)BL(p);
    if (!end_) {
        if (start > len - pl)
            return 0;
    } else {
        if (end - start < pl || start > len)
            return 0;
        if (end - pl > start)
            start = end - pl;
    }
    if (end - start < pl)
        return 0;
    return memcmp(BD(self) + start, BD(p), (size_t)pl) == 0;
}

static tern_val do_startsend(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int end_) {
    tern_int start, end;
    tern_val pre;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 2, 4);
    span_args(vm, nargs, args, 2, (tern_int)BL(SELF), &start, &end);
    pre = TERN_PROXY_VALUE(args[1]);
    if (TERN_IS_TUPLE(pre)) {
        size_t i;
        for (i = 0; i < TERN_TUPLE_LEN(pre); i++) {
            tern_val p = TERN_PROXY_VALUE(TERN_TUPLE_ITEMS(pre)[i]);
            if (!TERN_IS_BYTESLIKE(p))
                tern_raise_type_error(vm, "a bytes-like object is required, not '%s'",
                                      tern_type_name(TERN_TUPLE_ITEMS(pre)[i]));
            if (tailmatch(SELF, p, start, end, end_))
                return TERN_TRUE;
        }
        return TERN_FALSE;
    }
    if (!TERN_IS_BYTESLIKE(pre))
        tern_raise_type_error(vm, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              tern_type_name(args[1]));
    return TERN_BOOL(tailmatch(SELF, pre, start, end, end_));
}

static tern_val b_startswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_startsend(vm, "startswith", nargs, args, kwnames, 0);
}
static tern_val b_endswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_startsend(vm, "endswith", nargs, args, kwnames, 1);
}

/* ===================================================================
 * join, split, rsplit, splitlines, partition, rpartition
 * =================================================================== */

static tern_val b_join(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, r;
    size_t n, i, total = 0, sl, o = 0;
    tern_method_args(vm, TNAME(SELF), "join", nargs, kwnames, 2, 2);
    if (!tern_is_iterable(args[1]))
        tern_raise_type_error(vm, "can only join an iterable");
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_of(vm, args[1]);
    n = TERN_LIST_LEN(list);
    sl = BL(SELF);
    for (i = 0; i < n; i++) {
        tern_val it = TERN_PROXY_VALUE(TERN_LIST_ITEMS(list)[i]);
        if (!TERN_IS_BYTESLIKE(it))
            tern_raise_type_error(vm, "sequence item %d: expected a bytes-like object, %s found",
                                  (int)i, tern_type_name(TERN_LIST_ITEMS(list)[i]));
        TERN_LIST_ITEMS(list)[i] = it;
        total += BL(it) + (i ? sl : 0);
    }
    r = bnew(vm, SELF, total);
    for (i = 0; i < n; i++) {
        tern_val it = TERN_LIST_ITEMS(list)[i];
        if (i && sl) {
            memcpy(bw(r) + o, BD(SELF), sl);
            o += sl;
        }
        if (BL(it))
            memcpy(bw(r) + o, BD(it), BL(it));
        o += BL(it);
    }
    TERN_UNROOT(vm);
    return r;
}

/* Append self[off, off + n) to the list in *list (rooted by the caller). */
static void add_piece(tern_vm *vm, tern_val *list, tern_val *args, size_t off, size_t n) {
    tern_val piece = bsub(vm, SELF, off, n);
    tern_list_append(vm, *list, piece);
}

static void list_reverse(tern_val list) {
    size_t i, n = TERN_LIST_LEN(list);
    tern_val *it = TERN_LIST_ITEMS(list);
    for (i = 0; i < n / 2; i++) {
        tern_val t = it[i];
        it[i] = it[n - 1 - i];
        it[n - 1 - i] = t;
    }
}

static tern_val do_split(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int right) {
    static const char *const names[] = {"sep", "maxsplit"};
    const char *name = right ? "rsplit" : "split";
    tern_val p[2], list = TERN_NULL;
    tern_int maxsplit = -1;
    size_t len = BL(SELF);
    parse_kw(vm, name, nargs, args, kwnames, names, 2, 0, 0, p);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    TERN_ROOT(vm, p[0]);
    if (p[1] != TERN_NULL)
        maxsplit = tern_index_value(vm, p[1]);
    if (p[0] == TERN_NONE)
        p[0] = TERN_NULL;
    if (p[0] != TERN_NULL) {
        p[0] = TERN_PROXY_VALUE(p[0]);
        if (!TERN_IS_BYTESLIKE(p[0]))
            tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(p[0]));
        if (BL(p[0]) == 0)
            tern_raise_value_error(vm, "empty separator");
    }
    list = tern_list_new(vm, 0);
    if (p[0] == TERN_NULL) {
        /* runs of ASCII whitespace separate, none at the ends */
        if (!right) {
            size_t i = 0, st;
            for (;;) {
                while (i < len && is_space(BD(SELF)[i]))
                    i++;
                if (i >= len)
                    break;
                if (maxsplit == 0) {
                    /* the rest, trailing whitespace included */
                    add_piece(vm, &list, args, i, len - i);
                    break;
                }
                st = i;
                while (i < len && !is_space(BD(SELF)[i]))
                    i++;
                add_piece(vm, &list, args, st, i - st);
                maxsplit--;
            }
        } else {
            size_t i = len, en;
            for (;;) {
                while (i > 0 && is_space(BD(SELF)[i - 1]))
                    i--;
                if (i == 0)
                    break;
                if (maxsplit == 0) {
                    add_piece(vm, &list, args, 0, i);
                    break;
                }
                en = i;
                while (i > 0 && !is_space(BD(SELF)[i - 1]))
                    i--;
                add_piece(vm, &list, args, i, en - i);
                maxsplit--;
            }
            list_reverse(list);
        }
    } else {
        size_t sl = BL(p[0]);
        long f;
        if (!right) {
            size_t i = 0;
            while (maxsplit != 0 && (f = tern_bytes_find(BC(SELF), i, len, BC(p[0]), sl)) >= 0) {
                add_piece(vm, &list, args, i, (size_t)f - i);
                i = (size_t)f + sl;
                maxsplit--;
            }
            add_piece(vm, &list, args, i, len - i);
        } else {
            size_t e = len;
            while (maxsplit != 0 && (f = rfind_in(BD(SELF), 0, e, BD(p[0]), sl)) >= 0) {
                add_piece(vm, &list, args, (size_t)f + sl, e - (size_t)f - sl);
                e = (size_t)f;
                maxsplit--;
            }
            add_piece(vm, &list, args, 0, e);
            list_reverse(list);
        }
    }
    TERN_UNROOT(vm);
    return list;
}

static tern_val b_split(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_split(vm, nargs, args, kwnames, 0);
}
static tern_val b_rsplit(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_split(vm, nargs, args, kwnames, 1);
}

/* Lines end at \n, \r or \r\n (bytes know no other line breaks). */
static tern_val b_splitlines(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char *const names[] = {"keepends"};
    tern_val p[1], list = TERN_NULL;
    tern_int keep = 0;
    size_t i = 0, st = 0, len = BL(SELF);
    parse_kw(vm, "splitlines", nargs, args, kwnames, names, 1, 0, 0, p);
    if (p[0] != TERN_NULL)
        keep = clamp_index(vm, p[0]);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = tern_list_new(vm, 0);
    while (i < len) {
        uint8_t c = BD(SELF)[i];
        if (c == '\n' || c == '\r') {
            size_t lb = (c == '\r' && i + 1 < len && BD(SELF)[i + 1] == '\n') ? 2 : 1;
            add_piece(vm, &list, args, st, i - st + (keep ? lb : 0));
            i += lb;
            st = i;
        } else {
            i++;
        }
    }
    if (st < len)
        add_piece(vm, &list, args, st, len - st);
    TERN_UNROOT(vm);
    return list;
}

/* partition: (before, sep, after). A bytes self puts the separator object
 * itself in the middle, a bytearray a new copy (as CPython). */
static tern_val do_partition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int right) {
    tern_val t = TERN_NULL, x, sepobj;
    size_t len = BL(SELF), sl;
    long f;
    tern_method_args(vm, TNAME(SELF), right ? "rpartition" : "partition", nargs, kwnames, 2, 2);
    sepobj = args[1];
    need_blike(vm, args, 1);
    sl = BL(args[1]);
    if (sl == 0)
        tern_raise_value_error(vm, "empty separator");
    f = right ? rfind_in(BD(SELF), 0, len, BD(args[1]), sl)
              : tern_bytes_find(BC(SELF), 0, len, BC(args[1]), sl);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, t);
    TERN_ROOT(vm, sepobj);
    t = tern_tuple_new(vm, 3);
    if (f < 0) {
        int k;
        for (k = 0; k < 3; k++) {
            x = (k == (right ? 2 : 0)) ? bsub(vm, SELF, 0, len) : bnew(vm, SELF, 0);
            TERN_TUPLE_ITEMS(t)[k] = x;
        }
    } else {
        x = bsub(vm, SELF, 0, (size_t)f);
        TERN_TUPLE_ITEMS(t)[0] = x;
        if (IS_BA(SELF)) {
            x = tern_bytearray_new(vm, sl);
            memcpy(bw(x), BD(args[1]), sl);
        } else {
            x = sepobj;
        }
        TERN_TUPLE_ITEMS(t)[1] = x;
        x = bsub(vm, SELF, (size_t)f + sl, len - (size_t)f - sl);
        TERN_TUPLE_ITEMS(t)[2] = x;
    }
    TERN_UNROOT(vm);
    return t;
}

static tern_val b_partition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_partition(vm, nargs, args, kwnames, 0);
}
static tern_val b_rpartition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_partition(vm, nargs, args, kwnames, 1);
}

/* ===================================================================
 * strip, removeprefix/suffix, replace
 * =================================================================== */

static tern_val do_strip(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames,
                         int left, int right) {
    size_t s = 0, e;
    const uint8_t *chars = NULL;
    size_t nch = 0;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 1, 2);
    if (nargs > 1 && args[1] != TERN_NONE) {
        need_blike(vm, args, 1);
        chars = BD(args[1]);
        nch = BL(args[1]);
    }
    e = BL(SELF);
#define STRIPPED(c) (chars ? (nch && memchr(chars, (c), nch) != NULL) : is_space(c))
    if (left)
        while (s < e && STRIPPED(BD(SELF)[s]))
            s++;
    if (right)
        while (e > s && STRIPPED(BD(SELF)[e - 1]))
            e--;
#undef STRIPPED
    return bsub(vm, SELF, s, e - s);
}

static tern_val b_strip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "strip", nargs, args, kwnames, 1, 1);
}
static tern_val b_lstrip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "lstrip", nargs, args, kwnames, 1, 0);
}
static tern_val b_rstrip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "rstrip", nargs, args, kwnames, 0, 1);
}

static tern_val do_remove(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int suffix) {
    size_t len, pl;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 2, 2);
    need_blike(vm, args, 1);
    len = BL(SELF);
    pl = BL(args[1]);
    if (pl > 0 && pl <= len && memcmp(BD(SELF) + (suffix ? len - pl : 0), BD(args[1]), pl) == 0)
        return bsub(vm, SELF, suffix ? 0 : pl, len - pl);
    return bsub(vm, SELF, 0, len);
}

static tern_val b_removeprefix(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_remove(vm, "removeprefix", nargs, args, kwnames, 0);
}
static tern_val b_removesuffix(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_remove(vm, "removesuffix", nargs, args, kwnames, 1);
}

/* replace(old, new[, count]): an empty old inserts new before every byte
 * and at the end (count times at most). */
static tern_val b_replace(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int count = -1, k = 0, j;
    size_t len, ol, nl, i, o;
    long f;
    tern_val r;
    tern_method_args(vm, TNAME(SELF), "replace", nargs, kwnames, 3, 4);
    need_blike(vm, args, 1);
    need_blike(vm, args, 2);
    if (nargs > 3)
        count = clamp_index(vm, args[3]);
    len = BL(SELF);
    ol = BL(args[1]);
    nl = BL(args[2]);
    if (count < 0)
        count = TERN_SMALL_MAX;
    if (ol == 0) {
        k = (tern_int)len + 1 < count ? (tern_int)len + 1 : count;
    } else {
        i = 0;
        while (k < count && (f = tern_bytes_find(BC(SELF), i, len, BC(args[1]), ol)) >= 0) {
            k++;
            i = (size_t)f + ol;
        }
    }
    if (k == 0)
        return bsub(vm, SELF, 0, len);
    r = bnew(vm, SELF, len - (size_t)k * ol + (size_t)k * nl);
    i = o = 0;
    for (j = 0; j < k; j++) {
        size_t at = ol == 0 ? i : (size_t)tern_bytes_find(BC(SELF), i, len, BC(args[1]), ol);
        memcpy(bw(r) + o, BD(SELF) + i, at - i);
        o += at - i;
        memcpy(bw(r) + o, BD(args[2]), nl);
        o += nl;
        i = at + ol;
        if (ol == 0 && i < len)
            bw(r)[o++] = BD(SELF)[i++];
    }
    memcpy(bw(r) + o, BD(SELF) + i, len - i);
    return r;
}

/* ===================================================================
 * Case mapping and character classes (ASCII)
 * =================================================================== */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAP, CASE_TITLE };

static tern_val do_case(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int mode) {
    tern_val r;
    size_t i, n;
    int prev_cased = 0;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 1, 1);
    n = BL(SELF);
    r = bnew(vm, SELF, n);
    for (i = 0; i < n; i++) {
        uint8_t c = BD(SELF)[i];
        switch (mode) {
        case CASE_LOWER: c = to_lower(c); break;
        case CASE_UPPER: c = to_upper(c); break;
        case CASE_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case CASE_CAP: c = i == 0 ? to_upper(c) : to_lower(c); break;
        default:
            /* title: upper after an uncased byte, lower after a cased one */
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
            break;
        }
        bw(r)[i] = c;
    }
    return r;
}

static tern_val b_lower(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "lower", nargs, args, kwnames, CASE_LOWER);
}
static tern_val b_upper(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "upper", nargs, args, kwnames, CASE_UPPER);
}
static tern_val b_swapcase(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "swapcase", nargs, args, kwnames, CASE_SWAP);
}
static tern_val b_capitalize(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "capitalize", nargs, args, kwnames, CASE_CAP);
}
static tern_val b_title(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "title", nargs, args, kwnames, CASE_TITLE);
}

enum { PRED_ALNUM, PRED_ALPHA, PRED_ASCII, PRED_DIGIT, PRED_SPACE, PRED_LOWER, PRED_UPPER, PRED_TITLE };

static tern_val do_pred(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int pred) {
    size_t i, n;
    int cased = 0, prev_cased = 0;
    const uint8_t *p;
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 1, 1);
    n = BL(SELF);
    p = BD(SELF);
    if (pred == PRED_ASCII) {
        for (i = 0; i < n; i++)
            if (p[i] >= 0x80)
                return TERN_FALSE;
        return TERN_TRUE;
    }
    if (n == 0)
        return TERN_FALSE;
    for (i = 0; i < n; i++) {
        uint8_t c = p[i];
        switch (pred) {
        case PRED_ALNUM: if (!is_alpha(c) && !is_digit(c)) return TERN_FALSE; break;
        case PRED_ALPHA: if (!is_alpha(c)) return TERN_FALSE; break;
        case PRED_DIGIT: if (!is_digit(c)) return TERN_FALSE; break;
        case PRED_SPACE: if (!is_space(c)) return TERN_FALSE; break;
        case PRED_LOWER:
            if (is_upper(c)) return TERN_FALSE;
            cased |= is_lower(c);
            break;
        case PRED_UPPER:
            if (is_lower(c)) return TERN_FALSE;
            cased |= is_upper(c);
            break;
        default:
            /* title: an uppercase only after an uncased byte, a lowercase only after a cased one */
            if (is_upper(c)) {
                if (prev_cased)
                    return TERN_FALSE;
                prev_cased = cased = 1;
            } else if (is_lower(c)) {
                if (!prev_cased)
                    return TERN_FALSE;
                prev_cased = cased = 1;
            } else {
                prev_cased = 0;
            }
            break;
        }
    }
    if (pred == PRED_LOWER || pred == PRED_UPPER || pred == PRED_TITLE)
        return TERN_BOOL(cased);
    return TERN_TRUE;
}

#define PRED_FN(fname, id, pred) \
    static tern_val fname(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return do_pred(vm, #id, nargs, args, kwnames, pred); \
    }
PRED_FN(b_isalnum, isalnum, PRED_ALNUM)
PRED_FN(b_isalpha, isalpha, PRED_ALPHA)
PRED_FN(b_isascii, isascii, PRED_ASCII)
PRED_FN(b_isdigit, isdigit, PRED_DIGIT)
PRED_FN(b_isspace, isspace, PRED_SPACE)
PRED_FN(b_islower, islower, PRED_LOWER)
PRED_FN(b_isupper, isupper, PRED_UPPER)
PRED_FN(b_istitle, istitle, PRED_TITLE)

/* ===================================================================
 * Padding: ljust, rjust, center, zfill, expandtabs
 * =================================================================== */

/* self with `left` fill bytes before and `right` after. */
static tern_val pad(tern_vm *vm, tern_val *args, tern_int left, tern_int right, uint8_t fill) {
    size_t len = BL(SELF);
    tern_val r = bnew(vm, SELF, len + (size_t)left + (size_t)right);
    memset(bw(r), fill, (size_t)left);
    memcpy(bw(r) + left, BD(SELF), len);
    memset(bw(r) + left + len, fill, (size_t)right);
    return r;
}

static tern_val do_just(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int mode) {
    tern_int width, n, padn, left;
    uint8_t fill = ' ';
    tern_method_args(vm, TNAME(SELF), name, nargs, kwnames, 2, 3);
    width = clamp_index(vm, args[1]);
    if (nargs > 2) {
        tern_val f = TERN_PROXY_VALUE(args[2]);
        if (!TERN_IS_BYTESLIKE(f) || BL(f) != 1)
            tern_raise_type_error(vm, "%s() argument 2 must be a byte string of length 1, not %s", name,
                                  tern_type_name(args[2]));
        fill = BD(f)[0];
    }
    n = (tern_int)BL(SELF);
    if (width <= n)
        return bsub(vm, SELF, 0, (size_t)n);
    padn = width - n;
    if (mode == 0)
        left = 0;
    else if (mode == 1)
        left = padn;
    else
        left = padn / 2 + (padn & width & 1);
    return pad(vm, args, left, padn - left, fill);
}

static tern_val b_ljust(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "ljust", nargs, args, kwnames, 0);
}
static tern_val b_rjust(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "rjust", nargs, args, kwnames, 1);
}
static tern_val b_center(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "center", nargs, args, kwnames, 2);
}

static tern_val b_zfill(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int width, n;
    tern_val r;
    tern_method_args(vm, TNAME(SELF), "zfill", nargs, kwnames, 2, 2);
    width = clamp_index(vm, args[1]);
    n = (tern_int)BL(SELF);
    if (width <= n)
        return bsub(vm, SELF, 0, (size_t)n);
    r = pad(vm, args, width - n, 0, '0');
    if (n && (BD(SELF)[0] == '+' || BD(SELF)[0] == '-')) {
        bw(r)[0] = BD(SELF)[0];
        bw(r)[width - n] = '0';
    }
    return r;
}

static tern_val b_expandtabs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char *const names[] = {"tabsize"};
    tern_val p[1], r;
    tern_int tab = 8, col = 0;
    size_t i, len = BL(SELF), total = 0, o = 0;
    int pass;
    parse_kw(vm, "expandtabs", nargs, args, kwnames, names, 1, 0, 0, p);
    if (p[0] != TERN_NULL)
        tab = clamp_index(vm, p[0]);
    /* pass 0 measures, pass 1 writes */
    r = TERN_NULL;
    for (pass = 0; pass < 2; pass++) {
        col = 0;
        for (i = 0; i < len; i++) {
            uint8_t c = BD(SELF)[i];
            if (c == '\t') {
                if (tab > 0) {
                    tern_int k = tab - col % tab;
                    col += k;
                    if (pass)
                        memset(bw(r) + o, ' ', (size_t)k);
                    o += (size_t)k;
                }
            } else {
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
                if (pass)
                    bw(r)[o] = c;
                o++;
            }
        }
        if (!pass) {
            total = o;
            if ((size_t)total > ((size_t)1 << 30))
                tern_raise_fmt(vm, &tern_type_OverflowError, "result too long");
            r = bnew(vm, SELF, total);
            o = 0;
        }
    }
    return r;
}

/* ===================================================================
 * translate, maketrans
 * =================================================================== */

static tern_val b_translate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char *const names[] = {"table", "delete"};
    tern_val p[2], r;
    uint8_t del[256];
    size_t i, n, o = 0;
    /* (nothing below allocates before the table and delete are read) */
    parse_kw(vm, "translate", nargs, args, kwnames, names, 2, 1, 1, p);
    if (p[0] != TERN_NONE) {
        args[1] = p[0];
        need_blike(vm, args, 1);
        if (BL(args[1]) != 256)
            tern_raise_value_error(vm, "translation table must be 256 characters long");
    } else {
        args[1] = TERN_NONE;
    }
    memset(del, 0, sizeof del);
    if (p[1] != TERN_NULL) {
        tern_val d = TERN_PROXY_VALUE(p[1]);
        if (!TERN_IS_BYTESLIKE(d))
            tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(p[1]));
        for (i = 0; i < BL(d); i++)
            del[BD(d)[i]] = 1;
    }
    n = BL(SELF);
    for (i = 0; i < n; i++)
        o += !del[BD(SELF)[i]];
    if (o == n && args[1] == TERN_NONE)
        return bsub(vm, SELF, 0, n);
    r = bnew(vm, SELF, o);
    o = 0;
    for (i = 0; i < n; i++) {
        uint8_t c = BD(SELF)[i];
        if (!del[c])
            bw(r)[o++] = args[1] == TERN_NONE ? c : BD(args[1])[c];
    }
    return r;
}

/* bytes.maketrans(frm, to): a static function; the table is bytes for
 * bytearray.maketrans too. */
static tern_val b_maketrans(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val r;
    size_t i, n;
    tern_check_args(vm, "maketrans", nargs, kwnames, 2, 2);
    for (i = 0; i < 2; i++) {
        tern_val v = TERN_PROXY_VALUE(args[i]);
        if (!TERN_IS_BYTESLIKE(v))
            tern_raise_type_error(vm, "a bytes-like object is required, not '%s'", tern_type_name(args[i]));
        args[i] = v;
    }
    n = BL(args[0]);
    if (n != BL(args[1]))
        tern_raise_value_error(vm, "maketrans arguments must have same length");
    r = tern_bytes_new(vm, NULL, 256);
    for (i = 0; i < 256; i++)
        bw(r)[i] = (uint8_t)i;
    for (i = 0; i < n; i++)
        bw(r)[BD(args[0])[i]] = BD(args[1])[i];
    return r;
}

/* ===================================================================
 * hex, fromhex, decode
 * =================================================================== */

/* hex([sep[, bytes_per_sep]]): sep goes between groups of bytes_per_sep
 * bytes counted from the right (from the left when negative). */
static tern_val b_hex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const char digits[] = "0123456789abcdef";
    tern_val p[2], r;
    tern_int per = 1, group;
    size_t i, n = BL(SELF), nsep = 0;
    char sep = 0, *out;
    parse_kw(vm, "hex", nargs, args, kwnames, names, 2, 0, 0, p);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, p[0]);
    if (p[1] != TERN_NULL)
        per = clamp_index(vm, p[1]);
    if (p[0] != TERN_NULL) {
        tern_val s;
        size_t sl = (size_t)tern_len(vm, p[0]);
        uint8_t c;
        s = TERN_PROXY_VALUE(p[0]);
        if (sl != 1)
            tern_raise_value_error(vm, "sep must be length 1.");
        if (TERN_IS_STR(s))
            c = (uint8_t)TERN_STR_CHARS(s)[0];
        else if (TERN_IS_KIND(s, TERN_K_BYTES))
            c = sl ? BD(s)[0] : 0;
        else
            tern_raise_type_error(vm, "sep must be str or bytes.");
        if (c >= 0x80)
            tern_raise_value_error(vm, "sep must be ASCII.");
        sep = (char)c;
    }
    TERN_UNROOT(vm);
    group = per < 0 ? -per : per;
    if (p[0] == TERN_NULL || group == 0 || n == 0)
        sep = 0;
    else
        nsep = (n - 1) / (size_t)group;
    r = tern_str_alloc(vm, n * 2 + nsep);
    out = TERN_STR_DATA(TERN_PTR(r));
    for (i = 0; i < n; i++) {
        uint8_t c = BD(SELF)[i];
        if (sep && i > 0 && (per > 0 ? (n - i) % (size_t)group : i % (size_t)group) == 0)
            *out++ = sep;
        *out++ = digits[c >> 4];
        *out++ = digits[c & 15];
    }
    tern_str_finish(r);
    return r;
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(s) / bytearray.fromhex(s): class methods (args[0] is the
 * class); a subclass gets cls(the bytes or bytearray). */
static tern_val fromhex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int ba) {
    tern_val s, r;
    size_t i, len, n = 0;
    int pass;
    tern_check_args(vm, ba ? "bytearray.fromhex" : "bytes.fromhex", nargs - 1, kwnames, 1, 1);
    s = TERN_PROXY_VALUE(args[1]);
    if (!TERN_IS_STR(s))
        tern_raise_type_error(vm, "fromhex() argument must be str, not %s", tern_type_name(args[1]));
    args[1] = s;
    len = TERN_STR_LEN(s);
    /* pass 0 checks and counts, pass 1 stores; positions count characters,
     * and every character before an error is ASCII, so they are byte offsets */
    r = TERN_NULL;
    for (pass = 0; pass < 2; pass++) {
        size_t o = 0;
        i = 0;
        while (i < len) {
            const uint8_t *d = (const uint8_t *)TERN_STR_CHARS(args[1]);
            int hi, lo;
            if (is_space(d[i])) {
                i++;
                continue;
            }
            hi = hexval(d[i]);
            if (hi < 0)
                tern_raise_value_error(vm, "non-hexadecimal number found in fromhex() arg at position %d", (int)i);
            lo = i + 1 < len ? hexval(d[i + 1]) : -1;
            if (lo < 0)
                tern_raise_value_error(vm, "non-hexadecimal number found in fromhex() arg at position %d",
                                       (int)(i + 1));
            if (pass)
                bw(r)[o] = (uint8_t)(hi * 16 + lo);
            o++;
            i += 2;
        }
        n = o;
        if (!pass)
            r = ba ? tern_bytearray_new(vm, n) : tern_bytes_new(vm, NULL, n);
    }
    if (TERN_IS_TYPE(args[0]) && (TERN_AS(tern_type, args[0])->flags & TERN_TF_HEAP))
        r = tern_call1(vm, args[0], r);
    return r;
}

static tern_val bytes_fromhex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return fromhex(vm, nargs, args, kwnames, 0);
}
static tern_val bytearray_fromhex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return fromhex(vm, nargs, args, kwnames, 1);
}

static tern_val b_decode(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    tern_val p[2];
    parse_kw(vm, "decode", nargs, args, kwnames, names, 2, 0, 0, p);
    return tern_str_decode(vm, SELF, p[0], p[1]);
}

/* ===================================================================
 * The method objects (listed by obj_bytes.c and obj_bytearray.c)
 * =================================================================== */

#define TERN_X_(n) TERN_CMETHOD_DEF(tern_bm_##n, n, b_##n);
TERN_BYTES_METHODS(TERN_X_)
#undef TERN_X_
TERN_CFUNC_DEF(tern_bm_maketrans, maketrans, b_maketrans);
const tern_cfunc tern_bytes_fromhex_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(fromhex), bytes_fromhex, TERN_CF_CLASS
};
const tern_cfunc tern_bytearray_fromhex_obj = {
    TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(fromhex), bytearray_fromhex, TERN_CF_CLASS
};
