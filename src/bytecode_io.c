/* SPDX-License-Identifier: MIT */
/*
 * bytecode_io.c — writing a module's code object to bytes and reading it
 * back (the .tbc format of docs/bytecode.md).
 *
 * The format is fixed little-endian and independent of the word size: ints
 * are LEB128 varints (signed ones zigzag-coded), floats their IEEE bits as
 * 8 bytes, so a file written by a 64-bit build loads on a 32-bit one (an
 * int that is small on one host may be a bigint on the other; the loader
 * makes whichever this host needs).
 *
 *   header  magic "\x7fTBC", u16 version, u16 flags (0), u32 body length,
 *           u32 CRC-32 of the body
 *   body    string table: count, then per string a flags byte (1: interned)
 *           and a length-prefixed UTF-8 text; every str of the module
 *           (names, constants, the file name) is stored once and referred
 *           to by its index. Then the file name's index and the module's
 *           code object (see write_code for its fields).
 *
 * Loading never trusts the input: every count is checked against the bytes
 * that remain before anything is allocated, every string index against the
 * table, nesting is bounded, and each code object's bytecode passes the
 * checks of bytecode_verify.c (indices, jump targets, stack depths, cells)
 * before it exists; anything wrong raises ValueError("bad bytecode: ...").
 * The CRC catches accidental damage. A file crafted to pass every check can
 * still confuse the VM about the type of a value (docs/bytecode.md), as
 * with CPython's marshal.
 *
 * Rooting: both directions allocate as they go (the writer grows its
 * buffer, the reader builds objects), so everything in progress lives in
 * VM stack slots and is re-read from them after each allocation. The
 * reader's input must not be in the movable heap.
 */
#include "bytecode_io.h"
#include "obj_num.h"

/* Constant tags. */
enum {
    T_NONE, T_FALSE, T_TRUE, T_ELLIPSIS,
    T_INT,      /* zigzag varint, a value that fits int64 */
    T_BIGINT,   /* sign byte (0/1 negative), digit count, u32 digits little end first */
    T_FLOAT,    /* 8 bytes */
    T_COMPLEX,  /* 16 bytes: real, imaginary */
    T_STR,      /* string-table index */
    T_BYTES,    /* length, bytes */
    T_TUPLE,    /* count, items */
    T_CODE,     /* a nested code object */
    T_BUILTIN,  /* index into builtin_consts */
    T__COUNT
};

/* ROM objects the compiler puts into constants (except* helpers). */
static const tern_cfunc *const builtin_consts[] = {
    &tern__excstar_start_obj, &tern__excstar_match_obj,
    &tern__excstar_record_obj, &tern__excstar_finish_obj
};
#define N_BUILTIN_CONSTS (sizeof builtin_consts / sizeof builtin_consts[0])

/* Nesting of tuples and code objects the loader accepts: more than any
 * program has, few enough for the C stack. */
#define MAX_DEPTH 100

/* ===================================================================
 * CRC-32 (IEEE, reflected), four bits at a time
 * =================================================================== */

static const uint32_t crc_nibble[16] = {
    0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu, 0x76DC4190u, 0x6B6B51F4u,
    0x4DB26158u, 0x5005713Cu, 0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu,
    0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu
};

static uint32_t crc32_of(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    while (n--) {
        c ^= *p++;
        c = (c >> 4) ^ crc_nibble[c & 15];
        c = (c >> 4) ^ crc_nibble[c & 15];
    }
    return c ^ 0xFFFFFFFFu;
}

static uint32_t get_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

int tern_bytecode_io_is(const void *data, size_t len) {
    const uint8_t *p = (const uint8_t *)data;
    return data && len >= 4 && p[0] == TERN_BC_MAGIC0 && p[1] == TERN_BC_MAGIC1 &&
           p[2] == TERN_BC_MAGIC2 && p[3] == TERN_BC_MAGIC3;
}

/* ===================================================================
 * Writing
 * =================================================================== */

/* The writer's state. Slots on the VM stack: s[0] the string table (a dict
 * str -> small int index*2 + interned), s[1] the list of its strs. */
typedef struct wr {
    tern_vm *vm;
    tern_strbuf b;
    tern_val *s;
} wr;

static void w_bytes(wr *w, const void *p, size_t n) {
    tern_strbuf_add(w->vm, &w->b, (const char *)p, n);
}

static void w_byte(wr *w, unsigned v) {
    char c = (char)(uint8_t)v;
    tern_strbuf_add(w->vm, &w->b, &c, 1);
}

static void w_uv(wr *w, uint64_t v) {
    uint8_t buf[10];
    size_t n = 0;
    do {
        buf[n] = (uint8_t)(v & 0x7F);
        v >>= 7;
        if (v)
            buf[n] |= 0x80;
        n++;
    } while (v);
    w_bytes(w, buf, n);
}

static void w_double(wr *w, double d) {
    uint64_t u;
    uint8_t buf[8];
    int i;
    memcpy(&u, &d, sizeof u);
    for (i = 0; i < 8; i++)
        buf[i] = (uint8_t)(u >> (8 * i));
    w_bytes(w, buf, 8);
}

/* Enter str `s` into the string table (first pass). */
static void collect_str(wr *w, tern_val s) {
    tern_vm *vm = w->vm;
    int interned = (*(tern_hdr *)TERN_PTR(s) & TERN_HF_INTERNED) != 0;
    tern_val *k = tern_push(vm, s), old;
    old = tern_dict_get(vm, w->s[0], k[0]);
    if (!old) {
        tern_val idx = TERN_SMALL((tern_int)TERN_LIST_LEN(w->s[1]) * 2 + interned);
        tern_list_append(vm, w->s[1], k[0]);
        tern_dict_set(vm, w->s[0], k[0], idx);
    } else if (interned && !(TERN_SMALL_VALUE(old) & 1)) {
        tern_dict_set(vm, w->s[0], k[0], TERN_SMALL(TERN_SMALL_VALUE(old) | 1));
    }
    tern_popn(vm, 1);
}

/* The strs of a tuple of constants or names, and of its nested code
 * objects and tuples (first pass). `t` is rooted by the caller. */
static void collect_code(wr *w, tern_val *code);

static void collect_tuple(wr *w, tern_val *t) {
    size_t i;
    for (i = 0; i < TERN_TUPLE_LEN(*t); i++) {
        tern_val v = TERN_TUPLE_ITEMS(*t)[i];
        if (TERN_IS_STR(v)) {
            collect_str(w, v);
        } else if (TERN_IS_TUPLE(v) || TERN_IS_KIND(v, TERN_K_CODE)) {
            tern_val *k = tern_push(w->vm, v);
            if (TERN_IS_TUPLE(v))
                collect_tuple(w, k);
            else
                collect_code(w, k);
            tern_popn(w->vm, 1);
        }
    }
}

static void collect_code(wr *w, tern_val *code) {
    tern_vm *vm = w->vm;
    tern_val *k;
    tern_enter_c(vm);
    collect_str(w, TERN_AS(tern_code, *code)->name);
    collect_str(w, TERN_AS(tern_code, *code)->qualname);
    collect_str(w, TERN_AS(tern_code, *code)->filename);
    k = tern_push(vm, TERN_AS(tern_code, *code)->names);
    collect_tuple(w, k);
    k[0] = TERN_AS(tern_code, *code)->varnames;
    collect_tuple(w, k);
    k[0] = TERN_AS(tern_code, *code)->consts;
    collect_tuple(w, k);
    tern_popn(vm, 1);
    vm->c_depth--;
}

static void w_stridx(wr *w, tern_val s) {
    tern_val idx = tern_dict_get(w->vm, w->s[0], s);
    w_uv(w, (uint64_t)(TERN_SMALL_VALUE(idx) >> 1));
}

static void write_code(wr *w, tern_val *code);

/* One constant; `v` is rooted by the caller. */
static void write_const(wr *w, tern_val *v) {
    tern_vm *vm = w->vm;
    tern_val x = *v;
    double re, im;
    size_t i;
    if (x == TERN_NONE) {
        w_byte(w, T_NONE);
    } else if (x == TERN_FALSE || x == TERN_TRUE) {
        w_byte(w, x == TERN_TRUE ? T_TRUE : T_FALSE);
    } else if (x == TERN_ELLIPSIS) {
        w_byte(w, T_ELLIPSIS);
    } else if (TERN_IS_SMALL(x)) {
        int64_t i64 = (int64_t)TERN_SMALL_VALUE(x);
        w_byte(w, T_INT);
        w_uv(w, ((uint64_t)i64 << 1) ^ (uint64_t)(i64 < 0 ? -1 : 0));
    } else if (TERN_IS_KIND(x, TERN_K_BIGINT)) {
        tern_bigint *b = TERN_AS(tern_bigint, x);
        uint32_t n = b->ndigits;
        const uint32_t *d = TERN_BIGINT_DIGITS(b);
        uint64_t m = n == 0 ? 0 : n == 1 ? d[0] : ((uint64_t)d[1] << 32 | d[0]);
        if (n <= 2 && (m < ((uint64_t)1 << 63) || (b->sign < 0 && m == ((uint64_t)1 << 63)))) {
            /* fits int64: as an int (a bigint on a 32-bit host) */
            int64_t i64 = b->sign < 0 ? (int64_t)(0 - m) : (int64_t)m;
            w_byte(w, T_INT);
            w_uv(w, ((uint64_t)i64 << 1) ^ (uint64_t)(i64 < 0 ? -1 : 0));
        } else {
            w_byte(w, T_BIGINT);
            w_byte(w, TERN_AS(tern_bigint, *v)->sign < 0);
            w_uv(w, n);
            for (i = 0; i < n; i++) {
                uint8_t buf[4];
                put_u32(buf, TERN_BIGINT_DIGITS(TERN_PTR(*v))[i]);
                w_bytes(w, buf, 4);
            }
        }
    } else if (TERN_IS_FLOAT(x)) {
        w_byte(w, T_FLOAT);
        w_double(w, TERN_AS(tern_float, *v)->value);
    } else if (tern_is_complex(x) && tern_complex_parts(x, &re, &im)) {
        w_byte(w, T_COMPLEX);
        w_double(w, re);
        w_double(w, im);
    } else if (TERN_IS_STR(x)) {
        w_byte(w, T_STR);
        w_stridx(w, *v);
    } else if (TERN_IS_KIND(x, TERN_K_BYTES)) {
        w_byte(w, T_BYTES);
        w_uv(w, TERN_STR_LEN(*v));
        w_bytes(w, TERN_STR_CHARS(*v), TERN_STR_LEN(*v));
    } else if (TERN_IS_TUPLE(x)) {
        tern_val *k;
        w_byte(w, T_TUPLE);
        w_uv(w, TERN_TUPLE_LEN(*v));
        k = tern_push(vm, TERN_NULL);
        for (i = 0; i < TERN_TUPLE_LEN(*v); i++) {
            k[0] = TERN_TUPLE_ITEMS(*v)[i];
            write_const(w, k);
        }
        tern_popn(vm, 1);
    } else if (TERN_IS_KIND(x, TERN_K_CODE)) {
        w_byte(w, T_CODE);
        write_code(w, v);
    } else {
        for (i = 0; i < N_BUILTIN_CONSTS; i++)
            if (x == TERN_VAL(builtin_consts[i]))
                break;
        if (i == N_BUILTIN_CONSTS)
            tern_raise_value_error(vm, "cannot serialize a constant of type '%T'", x);
        w_byte(w, T_BUILTIN);
        w_byte(w, (unsigned)i);
    }
}

/* code->names (varnames 0) or code->varnames (1), re-read after each
 * allocation. */
static tern_val name_tuple(tern_val code, int varnames) {
    return varnames ? TERN_AS(tern_code, code)->varnames : TERN_AS(tern_code, code)->names;
}

/* A tuple of strs as string-table indices. */
static void write_names(wr *w, tern_val *code, int varnames) {
    size_t i, n = TERN_TUPLE_LEN(name_tuple(*code, varnames));
    w_uv(w, n);
    for (i = 0; i < n; i++)
        w_stridx(w, TERN_TUPLE_ITEMS(name_tuple(*code, varnames))[i]);
}

/* A code object: the counts and flags, name and qualname, names,
 * varnames, consts, line table, bytecode, exception table. */
static void write_code(wr *w, tern_val *code) {
    tern_vm *vm = w->vm;
    tern_code *c = TERN_AS(tern_code, *code);
    uint16_t hdr[8];
    size_t i, n;
    tern_val *k;
    tern_enter_c(vm);
    hdr[0] = c->argcount; hdr[1] = c->posonlycount; hdr[2] = c->kwonlycount; hdr[3] = c->nlocals;
    hdr[4] = c->nfree; hdr[5] = c->stacksize; hdr[6] = c->flags; hdr[7] = c->firstline;
    for (i = 0; i < 8; i++)
        w_uv(w, hdr[i]);
    w_stridx(w, TERN_AS(tern_code, *code)->name);
    w_stridx(w, TERN_AS(tern_code, *code)->qualname);
    write_names(w, code, 0);
    write_names(w, code, 1);
    n = TERN_TUPLE_LEN(TERN_AS(tern_code, *code)->consts);
    w_uv(w, n);
    k = tern_push(vm, TERN_NULL);
    for (i = 0; i < n; i++) {
        k[0] = TERN_TUPLE_ITEMS(TERN_AS(tern_code, *code)->consts)[i];
        write_const(w, k);
    }
    tern_popn(vm, 1);
    {
        tern_val lines = TERN_AS(tern_code, *code)->lines;
        n = lines ? TERN_AS(tern_blob, lines)->len : 0;
        w_uv(w, n);
        if (n) {
            k = tern_push(vm, lines);
            w_bytes(w, TERN_BLOB_DATA(TERN_PTR(k[0])), n);
            tern_popn(vm, 1);
        }
    }
    n = TERN_AS(tern_code, *code)->ncode;
    w_uv(w, n);
    w_bytes(w, TERN_CODE_BYTES(TERN_PTR(*code)), n);
    {
        tern_val ex = TERN_AS(tern_code, *code)->exctable;
        n = ex ? TERN_AS(tern_blob, ex)->len / sizeof(tern_exc_entry) : 0;
        w_uv(w, n);
        for (i = 0; i < n; i++) {
            tern_exc_entry e = ((tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(TERN_AS(tern_code, *code)->exctable)))[i];
            w_uv(w, e.start);
            w_uv(w, e.end);
            w_uv(w, e.target);
            w_uv(w, e.depth);
        }
    }
    vm->c_depth--;
}

tern_val tern_bytecode_io_dump(tern_vm *vm, tern_val code) {
    wr w;
    tern_val *s = tern_push(vm, TERN_NULL), r;
    size_t i, n;
    uint8_t *p;
    tern_push(vm, TERN_NULL);
    tern_push(vm, code);
    if (!TERN_IS_KIND(code, TERN_K_CODE))
        tern_raise_type_error(vm, "expected a code object, not '%T'", code);
    w.vm = vm;
    w.s = s;
    s[0] = tern_dict_new(vm, 16);
    r = tern_list_new(vm, 16);
    s[1] = r;
    collect_code(&w, &s[2]);
    {
        TERN_ROOTS(vm);
        tern_strbuf_init(vm, &w.b, 256);
        {
            uint8_t hdr[TERN_BC_HEADER_SIZE];
            memset(hdr, 0, sizeof hdr);
            w_bytes(&w, hdr, sizeof hdr);
        }
        n = TERN_LIST_LEN(s[1]);
        w_uv(&w, n);
        for (i = 0; i < n; i++) {
            tern_val str = TERN_LIST_ITEMS(s[1])[i];
            tern_val idx = tern_dict_get(vm, s[0], str);
            w_byte(&w, (unsigned)(TERN_SMALL_VALUE(idx) & 1));
            str = TERN_LIST_ITEMS(s[1])[i];
            w_uv(&w, TERN_STR_LEN(str));
            str = TERN_LIST_ITEMS(s[1])[i];
            w_bytes(&w, TERN_STR_CHARS(str), TERN_STR_LEN(str));
        }
        w_stridx(&w, TERN_AS(tern_code, s[2])->filename);
        w_byte(&w, T_CODE);
        write_code(&w, &s[2]);
        if (w.b.len - TERN_BC_HEADER_SIZE > 0xFFFFFFFFu)
            tern_raise_value_error(vm, "module too big to serialize");
        p = TERN_BLOB_DATA(TERN_PTR(w.b.blob));
        p[0] = TERN_BC_MAGIC0; p[1] = TERN_BC_MAGIC1; p[2] = TERN_BC_MAGIC2; p[3] = TERN_BC_MAGIC3;
        p[4] = (uint8_t)TERN_BC_FORMAT_VERSION; p[5] = (uint8_t)(TERN_BC_FORMAT_VERSION >> 8);
        p[6] = 0; p[7] = 0;
        put_u32(p + 8, (uint32_t)(w.b.len - TERN_BC_HEADER_SIZE));
        put_u32(p + 12, crc32_of(p + TERN_BC_HEADER_SIZE, w.b.len - TERN_BC_HEADER_SIZE));
        r = tern_bytes_new(vm, p, w.b.len);
        TERN_UNROOT(vm);
    }
    tern_popn(vm, 3);
    return r;
}

/* ===================================================================
 * Reading
 * =================================================================== */

/* The reader's state: the input (outside the movable heap) and the string
 * table, a tuple in a VM stack slot. */
typedef struct rd {
    tern_vm *vm;
    const uint8_t *p, *end;
    tern_val *strtab;
    tern_val *filename;     /* a VM stack slot: the str every code object gets */
    int depth;
} rd;

TERN_NORETURN static void bad(rd *r, const char *what) {
    tern_raise_value_error(r->vm, "bad bytecode: %s", what);
}

static size_t left(const rd *r) {
    return (size_t)(r->end - r->p);
}

static unsigned r_byte(rd *r) {
    if (r->p >= r->end)
        bad(r, "truncated");
    return *r->p++;
}

static uint64_t r_uv64(rd *r) {
    uint64_t v = 0;
    int shift = 0;
    for (;;) {
        unsigned b = r_byte(r);
        if (shift == 63 && (b & 0x7E))
            bad(r, "varint too long");
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
        shift += 7;
        if (shift > 63)
            bad(r, "varint too long");
    }
}

/* A varint that must be <= max; `what` names it in the message. */
static size_t r_uv(rd *r, uint64_t max, const char *what) {
    uint64_t v = r_uv64(r);
    if (v > max) {
        tern_raise_value_error(r->vm, "bad bytecode: %s out of range", what);
    }
    return (size_t)v;
}

/* A count of items each at least `unit` bytes long: bounded by the input
 * left, so an absurd count fails before anything is allocated. */
static size_t r_count(rd *r, size_t unit, uint64_t max, const char *what) {
    size_t n = r_uv(r, max, what);
    if (n > left(r) / unit)
        bad(r, "truncated");
    return n;
}

static const uint8_t *r_take(rd *r, size_t n) {
    const uint8_t *p = r->p;
    if (n > left(r))
        bad(r, "truncated");
    r->p += n;
    return p;
}

static double r_double(rd *r) {
    const uint8_t *p = r_take(r, 8);
    uint64_t u = 0;
    double d;
    int i;
    for (i = 7; i >= 0; i--)
        u = u << 8 | p[i];
    memcpy(&d, &u, sizeof d);
    return d;
}

/* Is s[0..len) well-formed text for a str: UTF-8, except that lone
 * surrogates (U+D800..U+DFFF, which a Tern str may hold: '\ud800') are
 * allowed. no alloc. */
static int text_ok(const uint8_t *s, size_t len) {
    size_t i = 0, n, k;
    while (i < len) {
        uint8_t c = s[i];
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c < 0xE0) n = 2;
        else if (c >= 0xE0 && c < 0xF0) n = 3;
        else if (c >= 0xF0 && c < 0xF5) n = 4;
        else return 0;
        if (n > len - i)
            return 0;
        for (k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        cp = tern_utf8_decode((const char *)s + i, n, &k);
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += n;
    }
    return 1;
}

/* A string-table entry; `interned`: it must be an interned one. */
static tern_val r_str(rd *r, int interned) {
    uint64_t i = r_uv64(r);
    tern_val s;
    if (i >= TERN_TUPLE_LEN(*r->strtab))
        bad(r, "string index out of range");
    s = TERN_TUPLE_ITEMS(*r->strtab)[i];
    if (interned && !(*(tern_hdr *)TERN_PTR(s) & TERN_HF_INTERNED))
        bad(r, "a name is not an interned string");
    return s;
}

/* A tuple of `n` string-table entries (names, varnames). */
static tern_val r_names(rd *r, size_t n) {
    tern_val *k = tern_push(r->vm, tern_tuple_new(r->vm, n)), t;
    size_t i;
    for (i = 0; i < n; i++) {
        tern_val s = r_str(r, 1);
        TERN_TUPLE_ITEMS(k[0])[i] = s;
    }
    t = k[0];
    tern_popn(r->vm, 1);
    return t;
}

static tern_val read_code(rd *r);

static tern_val read_const(rd *r) {
    tern_vm *vm = r->vm;
    unsigned tag = r_byte(r);
    switch (tag) {
    case T_NONE: return TERN_NONE;
    case T_FALSE: return TERN_FALSE;
    case T_TRUE: return TERN_TRUE;
    case T_ELLIPSIS: return TERN_ELLIPSIS;
    case T_INT: {
        uint64_t z = r_uv64(r);
        int64_t i = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
        return tern_int_from_ll(vm, (long long)i);
    }
    case T_BIGINT: {
        unsigned neg = r_byte(r);
        size_t n = r_count(r, 4, 0x7FFFFFF0u, "bigint length"), i;
        const uint8_t *d;
        tern_bigint *b;
        if (neg > 1)
            bad(r, "bad bigint sign");
        d = r_take(r, n * 4);
        /* canonical: no leading zero digit, and too big for T_INT */
        if (n < 2 || get_u32(d + (n - 1) * 4) == 0 || (n == 2 && get_u32(d + 4) < 0x80000000u))
            bad(r, "non-canonical bigint");
        b = (tern_bigint *)tern_alloc(vm, TERN_K_BIGINT, sizeof(tern_bigint) + n * sizeof(uint32_t));
        b->sign = neg ? -1 : 1;
        b->ndigits = (uint32_t)n;
        for (i = 0; i < n; i++)
            TERN_BIGINT_DIGITS(b)[i] = get_u32(d + i * 4);
        return TERN_VAL(b);
    }
    case T_FLOAT:
        return tern_float_new(vm, r_double(r));
    case T_COMPLEX: {
        double re = r_double(r), im = r_double(r);
        return tern_complex_new(vm, re, im);
    }
    case T_STR:
        return r_str(r, 0);
    case T_BYTES: {
        size_t n = r_count(r, 1, 0x7FFFFFF0u, "bytes length");
        const uint8_t *p = r_take(r, n);
        return tern_bytes_new(vm, p, n);
    }
    case T_TUPLE: {
        size_t n = r_count(r, 1, 0x7FFFFFF0u, "tuple length"), i;
        tern_val *k, t;
        if (++r->depth > MAX_DEPTH)
            bad(r, "nested too deep");
        k = tern_push(vm, tern_tuple_new(vm, n));
        for (i = 0; i < n; i++) {
            tern_val v = read_const(r);
            TERN_TUPLE_ITEMS(k[0])[i] = v;
        }
        r->depth--;
        t = k[0];
        tern_popn(vm, 1);
        return t;
    }
    case T_CODE:
        return read_code(r);
    case T_BUILTIN: {
        unsigned i = r_byte(r);
        if (i >= N_BUILTIN_CONSTS)
            bad(r, "unknown built-in constant");
        return TERN_VAL(builtin_consts[i]);
    }
    default:
        bad(r, "unknown constant tag");
    }
}

/* A code object (see write_code for the order of its fields). */
static tern_val read_code(rd *r) {
    tern_vm *vm = r->vm;
    /* k: consts, names, varnames, name, qualname, lines, exctable, hints, starts */
    tern_val *k, code;
    size_t h[8], i, n, nconsts, nex;
    const uint8_t *bc;
    size_t ncode;
    tern_code *c;
    if (++r->depth > MAX_DEPTH)
        bad(r, "nested too deep");
    for (i = 0; i < 8; i++)
        h[i] = r_uv(r, 0xFFFF, "code field");
    /* argcount posonly kwonly nlocals nfree stacksize flags firstline */
    if (h[1] > h[0] || h[0] + h[2] + !!(h[6] & TERN_CO_VARARGS) + !!(h[6] & TERN_CO_VARKW) > h[3] ||
        h[4] > h[3] || h[5] == 0)
        bad(r, "inconsistent code counts");
    /* the module itself runs as a body: no parameters, closure or suspension */
    if (r->depth == 1 && (h[0] || h[2] || h[4] ||
                          (h[6] & (TERN_CO_NEWLOCALS | TERN_CO_GENERATOR | TERN_CO_COROUTINE |
                                   TERN_CO_ASYNCGEN | TERN_CO_VARARGS | TERN_CO_VARKW))))
        bad(r, "the module's code is not a module body");
    k = tern_push(vm, TERN_NULL);
    for (i = 1; i < 9; i++)
        tern_push(vm, TERN_NULL);
    k[3] = r_str(r, 0);
    k[4] = r_str(r, 0);
    n = r_count(r, 1, 0xFFFF, "name count");
    k[1] = r_names(r, n);
    n = r_count(r, 1, 0xFFFF, "local count");
    if (n != h[3])
        bad(r, "local names do not match the local count");
    k[2] = r_names(r, n);
    nconsts = r_count(r, 1, 0xFFFF, "constant count");
    if ((h[6] & TERN_CO_HASDOC) && nconsts == 0)
        bad(r, "docstring flag without constants");
    k[0] = tern_tuple_new(vm, nconsts);
    for (i = 0; i < nconsts; i++) {
        tern_val v = read_const(r);
        TERN_TUPLE_ITEMS(k[0])[i] = v;
    }
    n = r_count(r, 1, 0x7FFFFFF0u, "line table length");
    if (n < 4 || (n - 4) % 2)
        bad(r, "bad line table");
    {
        const uint8_t *lp = r_take(r, n);
        tern_blob *b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + n);
        b->len = n;
        memcpy(TERN_BLOB_DATA(b), lp, n);
        k[5] = TERN_VAL(b);
    }
    ncode = r_count(r, 1, 0xFFFF, "bytecode length");
    bc = r_take(r, ncode);
    nex = r_count(r, 4, 0xFFFF, "exception table length");
    if (nex) {
        tern_blob *b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + nex * sizeof(tern_exc_entry));
        b->len = nex * sizeof(tern_exc_entry);
        k[6] = TERN_VAL(b);
        for (i = 0; i < nex; i++) {
            tern_exc_entry *e = (tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(k[6])) + i;
            e->start = (uint16_t)r_uv(r, 0xFFFF, "exception entry");
            e->end = (uint16_t)r_uv(r, 0xFFFF, "exception entry");
            e->target = (uint16_t)r_uv(r, 0xFFFF, "exception entry");
            e->depth = (uint16_t)r_uv(r, 0xFFFF, "exception entry");
        }
    }
    {
        /* the checks of bytecode_verify.c, with a scratch blob */
        size_t sn = tern_bytecode_verify_scratch(ncode, h[3]);
        tern_bc_limits lim;
        const char *why;
        tern_blob *b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + sn);
        b->len = sn;
        k[8] = TERN_VAL(b);
        lim.nconsts = nconsts;
        lim.nnames = TERN_TUPLE_LEN(k[1]);
        lim.nlocals = h[3];
        lim.nfree = h[4];
        lim.stacksize = h[5];
        lim.flags = (unsigned)h[6];
        lim.consts = k[0];
        why = tern_bytecode_verify(bc, ncode, nex ? (const tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(k[6])) : NULL,
                                   nex, &lim, TERN_BLOB_DATA(TERN_PTR(k[8])));
        if (why)
            bad(r, why);
        k[8] = TERN_NULL;
    }
#if TERN_ATTR_HINTS
    if (TERN_TUPLE_LEN(k[1])) {
        size_t hn = TERN_TUPLE_LEN(k[1]) * sizeof(tern_attr_hint);
        tern_blob *hb = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + hn);
        hb->len = hn;       /* zeroed: no hint is valid (epochs start at 1) */
        k[7] = TERN_VAL(hb);
    }
#endif
    c = (tern_code *)tern_alloc(vm, TERN_K_CODE, sizeof(tern_code) + ncode);
    memcpy(TERN_CODE_BYTES(c), bc, ncode);
    c->consts = k[0];
    c->names = k[1];
    c->varnames = k[2];
    c->cellnames = TERN_NULL;
    c->name = k[3];
    c->qualname = k[4];
    c->filename = *r->filename;
    c->lines = k[5];
    c->exctable = k[6];
    c->hints = k[7];
    c->argcount = (uint16_t)h[0];
    c->posonlycount = (uint16_t)h[1];
    c->kwonlycount = (uint16_t)h[2];
    c->nlocals = (uint16_t)h[3];
    c->nfree = (uint16_t)h[4];
    c->stacksize = (uint16_t)h[5];
    c->flags = (uint16_t)h[6];
    c->firstline = (uint16_t)h[7];
    c->ncode = (uint32_t)ncode;
    code = TERN_VAL(c);
    tern_popn(vm, 9);
    r->depth--;
    return code;
}

tern_val tern_bytecode_io_load(tern_vm *vm, const uint8_t *data, size_t len) {
    rd r;
    tern_val *s, code;
    size_t i, n;
    uint32_t body;
    r.vm = vm;
    r.p = data;
    r.end = data + len;
    r.depth = 0;
    if (len < TERN_BC_HEADER_SIZE)
        bad(&r, "truncated header");
    if (!tern_bytecode_io_is(data, len))
        bad(&r, "not Tern bytecode (wrong magic)");
    if ((unsigned)(data[4] | data[5] << 8) != TERN_BC_FORMAT_VERSION)
        tern_raise_value_error(vm, "bad bytecode: format version %d, this Tern reads version %d",
                               data[4] | data[5] << 8, TERN_BC_FORMAT_VERSION);
    if (data[6] | data[7])
        bad(&r, "unknown flags");
    body = get_u32(data + 8);
    if (body != len - TERN_BC_HEADER_SIZE)
        bad(&r, len - TERN_BC_HEADER_SIZE < body ? "truncated" : "trailing bytes after the module");
    if (crc32_of(data + TERN_BC_HEADER_SIZE, body) != get_u32(data + 12))
        bad(&r, "checksum mismatch (the file is damaged)");
    r.p = data + TERN_BC_HEADER_SIZE;
    s = tern_push(vm, TERN_NULL);
    tern_push(vm, TERN_NULL);
    r.strtab = &s[0];
    r.filename = &s[1];
    n = r_count(&r, 2, 0x7FFFFFF0u, "string count");
    s[0] = tern_tuple_new(vm, n);
    for (i = 0; i < n; i++) {
        unsigned flags = r_byte(&r);
        size_t slen = r_count(&r, 1, 0x7FFFFFF0u, "string length");
        const uint8_t *p = r_take(&r, slen);
        tern_val str;
        if (flags > 1)
            bad(&r, "bad string flags");
        if (!text_ok(p, slen))
            bad(&r, "string is not valid UTF-8");
        str = flags ? tern_intern(vm, (const char *)p, slen) : tern_str_new(vm, (const char *)p, slen);
        TERN_TUPLE_ITEMS(s[0])[i] = str;
    }
    s[1] = r_str(&r, 0);        /* the file name, shared by every code object */
    if (r_byte(&r) != T_CODE)
        bad(&r, "the module is not a code object");
    code = read_code(&r);
    if (r.p != r.end)
        bad(&r, "trailing bytes after the module");
    tern_popn(vm, 2);
    return code;
}
