/* SPDX-License-Identifier: MIT */
/*
 * compile.c — code generation (AST to bytecode) and the compiler's entry
 * points: tern_compile, tern_compile_str, tern_compile_incomplete.
 *
 * A module is compiled one top-level statement at a time: parse it into
 * the arena, analyze its scopes (scope.c), generate its code into the
 * module's code unit, reset the arena. Functions, lambdas, classes and
 * comprehensions nested in the statement get their own code units
 * (emit.c), generated recursively and stored as constants.
 *
 * Exception handling has no setup opcodes: a try/with body is covered by
 * an exception-table range pointing at its handler (tern_set_handler).
 * `return`, `break` and `continue` unwind the enclosing blocks explicitly
 * (cg_unwind): finally bodies are inlined, handlers pop their saved
 * exception, with-blocks call __exit__(None, None, None), for-loops pop
 * their iterator. See opcodes.h for the stack effects.
 *
 * Nodes are arena offsets: a node pointer (NODE) is only valid until the
 * next allocation, so values are read into locals before any call that
 * can allocate (emitting code, making constants, recursing).
 */
#include "ast.h"
#include <stdlib.h>

#define EMIT(c, op) tern_emit((c), TERN_BC_##op, 0)
#define EMIT1(c, op, arg) tern_emit((c), TERN_BC_##op, (arg))
#define UH(c, i) (TERN_TUPLE_ITEMS((c)->unit->h)[i])

/* Code flag: consts[0] is the function's docstring (obj_func.c reads it).
 * Should move to the TERN_CO_* enum in object.h. */
#ifndef TERN_CO_HASDOC
#define TERN_CO_HASDOC 0x40
#endif

void tern_cg_expr(tern_comp *c, int32_t e);
void tern_cg_stmts(tern_comp *c, int32_t s);
void tern_cg_store(tern_comp *c, int32_t t);
void tern_cg_jump_if(tern_comp *c, int32_t e, int cond, int label);

/* ===================================================================
 * Errors, arena, recursion bound
 * =================================================================== */

/* A tiny printf for messages: %s %d %c %x, and %U (4+ uppercase hex digits). */
static size_t fmt_msg(char *buf, size_t cap, const char *fmt, va_list ap) {
    size_t n = 0;
    const char *f;
#define PUT(ch) do { if (n + 1 < cap) buf[n++] = (char)(ch); } while (0)
    for (f = fmt; *f; f++) {
        if (*f != '%') { PUT(*f); continue; }
        f++;
        if (*f == 's') {
            const char *s = va_arg(ap, const char *);
            while (*s) { PUT(*s); s++; }
        } else if (*f == 'd' || *f == 'x' || *f == 'U') {
            int v = va_arg(ap, int);
            char tmp[16];
            int k = 0, base = *f == 'd' ? 10 : 16, minw = *f == 'U' ? 4 : 1;
            unsigned u;
            if (*f == 'd' && v < 0) { PUT('-'); u = (unsigned)(-(long)v); }
            else u = (unsigned)v;
            do {
                unsigned dgt = u % (unsigned)base;
                tmp[k++] = (char)(dgt < 10 ? '0' + dgt : (*f == 'U' ? 'A' : 'a') + dgt - 10);
                u /= (unsigned)base;
            } while (u);
            while (k < minw) tmp[k++] = '0';
            while (k > 0) PUT(tmp[--k]);
        } else if (*f == 'c') {
            PUT(va_arg(ap, int));
        } else if (*f == '%') {
            PUT('%');
        } else if (!*f) {
            break;
        }
    }
#undef PUT
    buf[n] = 0;
    return n;
}

void tern_comp_error(tern_comp *c, const tern_type *type, uint32_t pos, int line, const char *fmt, ...) {
    tern_vm *vm = c->vm;
    char msg[320];
    size_t n = 0, ls, le, k;
    int col = 1, cur = 1;
    tern_val args = TERN_NULL, detail = TERN_NULL, tmp;
    const char *s;
    va_list ap;
    if (c->fstring_depth > 0 && (type == &tern_type_SyntaxError) && strncmp(fmt, "f-string", 8) != 0) {
        memcpy(msg, "f-string: ", 10);
        n = 10;
    }
    va_start(ap, fmt);
    n += fmt_msg(msg + n, sizeof msg - n, fmt, ap);
    va_end(ap);
    /* the source line: by line number, then the column of pos in it */
    s = CSRC(c);
    ls = 0;
    if (line < 1) line = 1;
    for (k = 0; k < c->src_len && cur < line; k++)
        if (s[k] == '\n') { cur++; ls = k + 1; }
    if (cur < line) ls = c->src_len;
    le = ls;
    while (le < c->src_len && s[le] != '\n') le++;
    if (le < c->src_len) le++;
    if (pos >= ls && pos <= le && pos < SYN_BASE)
        for (k = ls; k < pos; k++)
            if (((unsigned char)s[k] & 0xC0) != 0x80) col++;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, args);
    TERN_ROOT(vm, detail);
    args = tern_tuple_new(vm, 2);
    detail = tern_tuple_new(vm, 6);
    tmp = tern_str_new(vm, msg, n);
    TERN_TUPLE_ITEMS(args)[0] = tmp;
    TERN_TUPLE_ITEMS(detail)[0] = c->filename ? c->filename : TERN_NONE;
    TERN_TUPLE_ITEMS(detail)[1] = TERN_SMALL(line);
    TERN_TUPLE_ITEMS(detail)[2] = TERN_SMALL(col);
    {
        /* the line, with a newline added if it has none (as CPython) */
        size_t tl = le - ls, add = (tl == 0 || CSRC(c)[le - 1] != '\n') ? 1 : 0;
        tmp = tern_str_alloc(vm, tl + add);
        memcpy(TERN_STR_DATA(TERN_PTR(tmp)), CSRC(c) + ls, tl);
        if (add) TERN_STR_DATA(TERN_PTR(tmp))[tl] = '\n';
    }
    tern_str_finish(tmp);
    TERN_TUPLE_ITEMS(detail)[3] = tmp;
    TERN_TUPLE_ITEMS(detail)[4] = TERN_SMALL(line);
    TERN_TUPLE_ITEMS(detail)[5] = TERN_SMALL(col + 1);
    TERN_TUPLE_ITEMS(args)[1] = detail;
    tmp = tern_exc_new(vm, type, args);
    tern_raise(vm, tmp);
}



int32_t tern_arena_alloc(tern_comp *c, uint32_t size) {
    tern_vm *vm = c->vm;
    uint32_t off = c->arena_top, cap = (uint32_t)TERN_AS(tern_blob, c->arena)->len;
    size = (size + 7u) & ~7u;
    if (off + size > cap) {
        uint32_t ncap = cap * 2;
        tern_blob *b;
        if (ncap < off + size) ncap = off + size;
        if (ncap > 0x7FFFFFF0u)
            tern_raise_memory_error(vm);
        b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap);
        b->len = ncap;
        memcpy(TERN_BLOB_DATA(b), ARENA(c), off);
        c->arena = TERN_VAL(b);
    }
    memset(ARENA(c) + off, 0, size);
    c->arena_top = off + size;
    return (int32_t)off;
}

int32_t tern_node_new(tern_comp *c, int kind, int line, uint32_t pos, uint32_t len) {
    int32_t n = tern_arena_alloc(c, sizeof(ast_node));
    ast_node *p = NODE(c, n);
    p->kind = (uint8_t)kind;
    p->line = line;
    p->pos = pos;
    p->len = len;
    return n;
}

void tern_comp_enter(tern_comp *c, uint32_t pos, int line) {
    if (++c->depth > (c->depth_limit ? c->depth_limit : TERN_COMP_MAX_DEPTH)) {
        if (c->lx && c->lx->nparen > 0)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line, "too many nested parentheses");
        tern_raise_fmt(c->vm, &tern_type_RecursionError, "maximum recursion depth exceeded during compilation");
    }
}

/* ===================================================================
 * Making constants and names from the source text
 * =================================================================== */

/* A str with the text of a name (source or synthetic), interned. */
tern_val tern_mk_name(tern_comp *c, uint32_t pos, uint32_t len) {
    tern_val s;
    if (c->src_c || pos >= SYN_BASE)
        return tern_intern(c->vm, tern_comp_name(c, pos), len);
    s = tern_str_alloc(c->vm, len);
    memcpy(TERN_STR_DATA(TERN_PTR(s)), tern_comp_name(c, pos), len);
    tern_str_finish(s);
    return tern_intern_val(c->vm, s);
}

/* A dotted module name from source text, without blanks/continuations. */
tern_val tern_mk_dotted(tern_comp *c, uint32_t pos, uint32_t len) {
    uint32_t k, n = 0;
    tern_val s;
    char *d;
    const char *src = CSRC(c) + pos;
    for (k = 0; k < len; k++)
        if (src[k] == '.' || src[k] == '_' || (unsigned char)src[k] >= 0x80 ||
            (src[k] >= '0' && src[k] <= '9') || ((src[k] | 0x20) >= 'a' && (src[k] | 0x20) <= 'z'))
            n++;
    s = tern_str_alloc(c->vm, n);
    d = TERN_STR_DATA(TERN_PTR(s));
    src = CSRC(c) + pos;
    for (k = 0; k < len; k++)
        if (src[k] == '.' || src[k] == '_' || (unsigned char)src[k] >= 0x80 ||
            (src[k] >= '0' && src[k] <= '9') || ((src[k] | 0x20) >= 'a' && (src[k] | 0x20) <= 'z'))
            *d++ = src[k];
    tern_str_finish(s);
    return tern_intern_val(c->vm, s);
}

void tern_emit_const(tern_comp *c) {
    int i = tern_const_index(c);
    EMIT1(c, LOAD_CONST, i);
}

void tern_load_const_val(tern_comp *c, tern_val v) {
    UH(c, UH_T1) = v;
    tern_emit_const(c);
}

int tern_name_idx(tern_comp *c, uint32_t pos, uint32_t len) {
    tern_val s = tern_mk_name(c, pos, len);
    UH(c, UH_T1) = s;
    return tern_name_index(c);
}

int tern_name_idx_val(tern_comp *c, tern_val s) {
    UH(c, UH_T1) = s;
    return tern_name_index(c);
}

/* ---- numbers ---- */

static void cg_number(tern_comp *c, int32_t e) {
    tern_vm *vm = c->vm;
    uint32_t pos = NODE(c, e)->pos, len = NODE(c, e)->len, k, n = 0;
    const char *s = CSRC(c) + pos;
    char buf[512];
    int base = 10, isfloat = 0;
    tern_val v;
    if (s[len - 1] == 'j' || s[len - 1] == 'J') {
        /* an imaginary literal: 2j, 1.5e3j, 1_0j */
        for (k = 0; k + 1 < len && n < sizeof buf - 1; k++)
            if (s[k] != '_') buf[n++] = s[k];
        buf[n] = 0;
        v = tern_complex_new(vm, 0.0, strtod(buf, NULL));
        tern_load_const_val(c, v);
        return;
    }
    if (len > 1 && s[0] == '0' && ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b')) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        s += 2;
        len -= 2;
    } else {
        for (k = 0; k < len; k++)
            if (s[k] == '.' || s[k] == 'e' || s[k] == 'E') isfloat = 1;
    }
    if (isfloat) {
        double d;
        for (k = 0; k < len && n < sizeof buf - 1; k++)
            if (s[k] != '_') buf[n++] = s[k];
        buf[n] = 0;
        d = strtod(buf, NULL);
        v = tern_float_new(vm, d);
        tern_load_const_val(c, v);
        return;
    }
    /* int: small values directly */
    {
        uint64_t acc = 0;
        int overflow = 0;
        for (k = 0; k < len; k++) {
            int dg;
            char ch = s[k];
            if (ch == '_') continue;
            dg = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
            if (acc > (UINT64_MAX - (uint64_t)dg) / (uint64_t)base) { overflow = 1; break; }
            acc = acc * (uint64_t)base + (uint64_t)dg;
        }
        if (!overflow && acc <= 32767) {
            EMIT1(c, LOAD_SMALL_INT, (int)acc);
            return;
        }
        if (!overflow && acc <= (uint64_t)TERN_SMALL_MAX) {
            tern_load_const_val(c, TERN_SMALL((tern_int)acc));
            return;
        }
        if (!overflow && acc <= (uint64_t)0x7FFFFFFFFFFFFFFFull) {
            v = tern_int_from_ll(vm, (long long)acc);
            tern_load_const_val(c, v);
            return;
        }
    }
    /* big: parse the digits (without underscores) from a C buffer, in
     * chunks for very long literals: value = value * base**k + chunk */
    {
        uint32_t i = 0;
        UH(c, UH_T2) = TERN_NULL;
        while (i < len) {
            tern_val chunk;
            uint32_t taken = 0;
            n = 0;
            s = CSRC(c) + pos + (base == 10 ? 0 : 2);
            while (i < len && n < 400) {
                if (s[i] != '_') buf[n++] = s[i];
                i++;
            }
            taken = n;
            chunk = tern_int_parse(vm, buf, n, base);
            if (!UH(c, UH_T2)) {
                UH(c, UH_T2) = chunk;
            } else {
                tern_val m;
                UH(c, UH_T3) = chunk;
                m = tern_int_binop(vm, TERN_OP_POW, TERN_SMALL(base), TERN_SMALL((tern_int)taken));
                m = tern_int_binop(vm, TERN_OP_MUL, UH(c, UH_T2), m);
                m = tern_int_binop(vm, TERN_OP_ADD, m, UH(c, UH_T3));
                UH(c, UH_T2) = m;
            }
        }
        tern_load_const_val(c, UH(c, UH_T2));
    }
}

/* Is e an int literal whose value fits a long (then in *v)? */
static int small_int_literal(tern_comp *c, int32_t e, long *v) {
    ast_node *n = NODE(c, e);
    const char *s;
    uint32_t len, k;
    long acc = 0;
    int base = 10;
    if (n->kind != N_NUM) return 0;
    s = CSRC(c) + n->pos;
    len = n->len;
    if (len > 1 && s[0] == '0' && ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b')) {
        base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        s += 2;
        len -= 2;
    }
    for (k = 0; k < len; k++) {
        char ch = s[k];
        int dg;
        if (ch == '_') continue;
        if (ch >= '0' && ch <= '9') dg = ch - '0';
        else if (base == 16 && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') dg = (ch | 0x20) - 'a' + 10;
        else return 0;      /* float, imaginary */
        acc = acc * base + dg;
        if (acc > 0xFFFFFF) return 0;
    }
    *v = acc;
    return 1;
}

/* ---- string literals ---- */

static int hexval(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    ch = (char)(ch | 0x20);
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    return -1;
}

static size_t put_utf8(char *out, uint32_t cp) {
    if (cp < 0x80) { if (out) out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        if (out) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); }
        return 2;
    }
    if (cp < 0x10000) {
        if (out) {
            out[0] = (char)(0xE0 | (cp >> 12));
            out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[2] = (char)(0x80 | (cp & 0x3F));
        }
        return 3;
    }
    if (out) {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
    }
    return 4;
}

/* Decode the text of a literal part (escapes, newlines, f-string braces)
 * into out, or only measure it when out is NULL. Errors are raised in the
 * measuring pass (no allocation has happened yet then). The source
 * pointer is re-derived by the caller between passes. */
size_t tern_decode_part(tern_comp *c, uint32_t pos, uint32_t len, int flags, int line, char *out) {
    const char *s = CSRC(c) + pos;
    size_t n = 0;
    uint32_t i = 0;
    int raw = flags & SP_RAW, bytes = flags & SP_BYTES, fstr = flags & SP_FSTR;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\r') {
            if (out) out[n] = '\n';
            n++;
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (fstr && (ch == '{' || ch == '}') && i + 1 < len && s[i + 1] == (char)ch) {
            if (out) out[n] = (char)ch;
            n++;
            i += 2;
            continue;
        }
        if (ch != '\\' || raw) {
            if (bytes && ch >= 0x80)
                tern_comp_error(c, &tern_type_SyntaxError, pos + i, line,
                                "bytes can only contain ASCII literal characters");
            if (raw && ch == '\\' && i + 1 < len) {
                /* a raw string keeps the backslash and the next char */
                if (out) { out[n] = '\\'; out[n + 1] = s[i + 1]; }
                n += 2;
                i += 2;
                continue;
            }
            if (out) out[n] = (char)ch;
            n++;
            i++;
            continue;
        }
        /* escape */
        i++;
        if (i >= len) {
            if (out) out[n] = '\\';
            n++;
            break;
        }
        ch = (unsigned char)s[i];
        switch (ch) {
        case '\n': i++; break;
        case '\r': i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1; break;
        case '\\': case '\'': case '"':
            if (out) out[n] = (char)ch;
            n++; i++; break;
        case 'a': if (out) out[n] = '\a'; n++; i++; break;
        case 'b': if (out) out[n] = '\b'; n++; i++; break;
        case 'f': if (out) out[n] = '\f'; n++; i++; break;
        case 'n': if (out) out[n] = '\n'; n++; i++; break;
        case 'r': if (out) out[n] = '\r'; n++; i++; break;
        case 't': if (out) out[n] = '\t'; n++; i++; break;
        case 'v': if (out) out[n] = '\v'; n++; i++; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = 0;
            int k;
            for (k = 0; k < 3 && i < len && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + (uint32_t)(s[i] - '0');
            if (bytes) {
                if (out) out[n] = (char)(v & 0xFF);
                n++;
            } else {
                n += put_utf8(out ? out + n : NULL, v);
            }
            break;
        }
        case 'x': case 'u': case 'U': {
            int want = ch == 'x' ? 2 : ch == 'u' ? 4 : 8, k;
            uint32_t v = 0;
            if (bytes && ch != 'x') {
                if (out) { out[n] = '\\'; out[n + 1] = (char)ch; }
                n += 2;
                i++;
                break;
            }
            i++;
            for (k = 0; k < want; k++) {
                int h = i + (uint32_t)k < len ? hexval(s[i + k]) : -1;
                if (h < 0) {
                    if (bytes)
                        tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                                        "(value error) invalid \\x escape at position %d", (int)(n));
                    tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                                    (int)n, (int)(n + (size_t)k + 1),
                                    ch == 'x' ? "xXX" : ch == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                v = v * 16 + (uint32_t)h;
            }
            i += (uint32_t)want;
            if (bytes) {
                if (out) out[n] = (char)v;
                n++;
            } else {
                if (v > 0x10FFFF)
                    tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                                    (int)n, (int)(n + 9));
                n += put_utf8(out ? out + n : NULL, v);
            }
            break;
        }
        case 'N':
            if (!bytes)
                tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                                "(unicode error) \\N{...} escapes are not supported");
            if (out) { out[n] = '\\'; }
            n++;
            break;
        default:
            if (out) { out[n] = '\\'; }
            n++;
            break;
        }
    }
    return n;
}

/* Is s[0..n) an identifier (then CPython interns the constant)? */
static int looks_like_name(const char *s, size_t n) {
    size_t k;
    if (n == 0 || n > 40) return 0;
    for (k = 0; k < n; k++) {
        char ch = s[k];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
            return 0;
    }
    return 1;
}

/* Make one str/bytes from a run of N_STRPART nodes [first, stop). */
static tern_val mk_string(tern_comp *c, int32_t first, int32_t stop, int bytes) {
    tern_vm *vm = c->vm;
    size_t total = 0, at = 0;
    int32_t p;
    tern_val s;
    char *out;
    for (p = first; p != stop; p = NODE(c, p)->next) {
        ast_node *n = NODE(c, p);
        total += tern_decode_part(c, n->pos, n->len, n->op, n->line, NULL);
    }
    if (bytes) {
        tern_str *b = (tern_str *)tern_alloc(vm, TERN_K_BYTES, sizeof(tern_str) + total + 1);
        b->len = (uint32_t)total;
        b->nchars = (uint32_t)total;
        s = TERN_VAL(b);
    } else {
        s = tern_str_alloc(vm, total);
    }
    out = TERN_STR_DATA(TERN_PTR(s));
    for (p = first; p != stop; p = NODE(c, p)->next) {
        ast_node *n = NODE(c, p);
        at += tern_decode_part(c, n->pos, n->len, n->op, n->line, out + at);
    }
    if (bytes) return s;
    tern_str_finish(s);
    if (looks_like_name(TERN_STR_CHARS(s), total))
        s = tern_intern_val(vm, s);
    return s;
}

static void cg_joined(tern_comp *c, int32_t e) {
    int32_t p = NODE(c, e)->a;
    int count = 0;
    while (p) {
        if (NODE(c, p)->kind == N_STRPART) {
            int32_t q = p;
            tern_val s;
            while (q && NODE(c, q)->kind == N_STRPART) q = NODE(c, q)->next;
            s = mk_string(c, p, q, 0);
            if (TERN_STR_LEN(s) > 0 || !q) {
                tern_load_const_val(c, s);
                count++;
            }
            p = q;
        } else {
            int conv = NODE(c, p)->op;
            int32_t spec = NODE(c, p)->b, nx = NODE(c, p)->next;
            tern_cg_expr(c, NODE(c, p)->a);
            if (spec) {
                cg_joined(c, spec);
                conv |= 4;
            }
            EMIT1(c, FORMAT_VALUE, conv);
            count++;
            p = nx;
        }
    }
    if (count == 0) tern_load_const_val(c, tern_str_new(c->vm, "", 0));
    else if (count > 1) EMIT1(c, BUILD_STRING, count);
}

/* ===================================================================
 * Names
 * =================================================================== */


void tern_cg_name(tern_comp *c, uint32_t pos, uint32_t len, int ctx) {
    tern_unit *u = c->unit;
    int32_t y = u->scope ? tern_scope_lookup(c, u->scope, pos, len) : 0;
    int kind, cell = 0, slot = 0, aug = 0;
    if (y) {
        ast_sym *s = SYM(c, y);
        kind = s->kind;
        cell = (s->flags & SYM_CELL) != 0;
        aug = (s->flags & DEF_AUGADD) != 0;
        slot = s->slot;
    } else {
        kind = u->kind == SC_FUNCTION || u->kind == SC_COMP ? K_GLOBAL_IMPLICIT : K_NAME;
    }
    switch (kind) {
    case K_LOCAL:
        if (slot >= 0) {
            if (cell)
                tern_emit(c, ctx == CTX_LOAD ? TERN_BC_LOAD_DEREF : ctx == CTX_STORE ? TERN_BC_STORE_DEREF
                                                                                     : TERN_BC_DELETE_DEREF, slot);
            else
                tern_emit(c, ctx == CTX_LOAD ? (aug ? TERN_BC_LOAD_FAST_AUG : TERN_BC_LOAD_FAST)
                                             : ctx == CTX_STORE ? TERN_BC_STORE_FAST : TERN_BC_DELETE_FAST, slot);
            return;
        }
        kind = K_NAME;
        break;
    case K_FREE:
        tern_emit(c, ctx == CTX_LOAD ? TERN_BC_LOAD_DEREF : ctx == CTX_STORE ? TERN_BC_STORE_DEREF
                                                                             : TERN_BC_DELETE_DEREF, slot);
        return;
    default:
        break;
    }
    {
        int idx = tern_name_idx(c, pos, len);
        if (kind == K_GLOBAL_EXPLICIT || kind == K_GLOBAL_IMPLICIT)
            tern_emit(c, ctx == CTX_LOAD ? TERN_BC_LOAD_GLOBAL : ctx == CTX_STORE ? TERN_BC_STORE_GLOBAL
                                                                                  : TERN_BC_DELETE_GLOBAL, idx);
        else
            tern_emit(c, ctx == CTX_LOAD ? TERN_BC_LOAD_NAME : ctx == CTX_STORE ? TERN_BC_STORE_NAME
                                                                                : TERN_BC_DELETE_NAME, idx);
    }
}

/* ===================================================================
 * Expressions
 * =================================================================== */

static int count_list(tern_comp *c, int32_t l) {
    int n = 0;
    for (; l; l = NODE(c, l)->next) n++;
    return n;
}

static int has_starred(tern_comp *c, int32_t l) {
    for (; l; l = NODE(c, l)->next)
        if (NODE(c, l)->kind == N_STARRED) return 1;
    return 0;
}

/* A list/tuple/set display with *unpacking: build a list incrementally. */
static void cg_display(tern_comp *c, int32_t items, int kind) {
    int n = count_list(c, items);
    int32_t it;
    if (!has_starred(c, items)) {
        for (it = items; it; it = NODE(c, it)->next) tern_cg_expr(c, it);
        if (kind == N_TUPLE) EMIT1(c, BUILD_TUPLE, n);
        else if (kind == N_LIST) EMIT1(c, BUILD_LIST, n);
        else EMIT1(c, BUILD_SET, n);
        return;
    }
    {
        int lead = 0;
        for (it = items; it && NODE(c, it)->kind != N_STARRED; it = NODE(c, it)->next) {
            tern_cg_expr(c, it);
            lead++;
        }
        if (kind == N_SET) EMIT1(c, BUILD_SET, lead);
        else EMIT1(c, BUILD_LIST, lead);
        for (; it; it = NODE(c, it)->next) {
            if (NODE(c, it)->kind == N_STARRED) {
                tern_cg_expr(c, NODE(c, it)->a);
                if (kind == N_SET) EMIT1(c, SET_UPDATE, 1);
                else EMIT1(c, LIST_EXTEND, 1);
            } else {
                tern_cg_expr(c, it);
                if (kind == N_SET) EMIT1(c, SET_ADD, 1);
                else EMIT1(c, LIST_APPEND, 1);
            }
        }
        if (kind == N_TUPLE) EMIT(c, LIST_TO_TUPLE);
    }
}

static void cg_dict(tern_comp *c, int32_t items) {
    int32_t it;
    int run = 0, built = 0;
    for (it = items; it; it = NODE(c, it)->next) {
        if (NODE(c, it)->kind == N_DSTAR) {
            if (!built || run) {
                EMIT1(c, BUILD_MAP, run);
                if (built) EMIT1(c, DICT_UPDATE, 1);
                built = 1;
                run = 0;
            }
            tern_cg_expr(c, NODE(c, it)->a);
            EMIT1(c, DICT_UPDATE, 1);
        } else {
            tern_cg_expr(c, NODE(c, it)->a);
            tern_cg_expr(c, NODE(c, it)->b);
            run++;
            if (run >= 0x7FFF) {
                EMIT1(c, BUILD_MAP, run);
                if (built) EMIT1(c, DICT_UPDATE, 1);
                built = 1;
                run = 0;
            }
        }
    }
    if (!built || run) {
        EMIT1(c, BUILD_MAP, run);
        if (built) EMIT1(c, DICT_UPDATE, 1);
    }
}

/* A tuple of interned keyword names (the kwnames constant of a call):
 * the N_KEYWORD nodes of the list `args`, nkw of them. */
void tern_load_kwnames(tern_comp *c, int32_t args, int nkw) {
    int32_t a;
    int i = 0;
    {
        /* allocate first: UH() is a slot of a heap tuple the allocation may move */
        tern_val t = tern_tuple_new(c->vm, (size_t)nkw);
        UH(c, UH_T2) = t;
    }
    for (a = args; a; a = NODE(c, a)->next) {
        if (NODE(c, a)->kind == N_KEYWORD) {
            tern_val s = tern_mk_name(c, NODE(c, a)->pos, NODE(c, a)->len);
            TERN_TUPLE_ITEMS(UH(c, UH_T2))[i++] = s;
        }
    }
    UH(c, UH_T1) = UH(c, UH_T2);
    tern_emit_const(c);
}

/* Arguments of a call whose callable (and `npre` extra positional
 * arguments) are already pushed; emits the call instruction. `method`:
 * the callable was pushed with LOAD_METHOD. */
static void cg_call_args(tern_comp *c, int32_t args, int npre, int method) {
    int32_t a, b;
    int npos = 0, nkw = 0, star = 0;
    for (a = args; a; a = NODE(c, a)->next) {
        int k = NODE(c, a)->kind;
        if (k == N_STARRED || k == N_DSTAR) star = 1;
        else if (k == N_KEYWORD) {
            nkw++;
            for (b = NODE(c, a)->next; b; b = NODE(c, b)->next)
                if (NODE(c, b)->kind == N_KEYWORD &&
                    tern_comp_name_eq(c, NODE(c, a)->pos, NODE(c, a)->len, NODE(c, b)->pos, NODE(c, b)->len)) {
                    char buf[64];
                    uint32_t l = NODE(c, b)->len < 63 ? NODE(c, b)->len : 63;
                    memcpy(buf, CSRC(c) + NODE(c, b)->pos, l);
                    buf[l] = 0;
                    tern_comp_error(c, &tern_type_SyntaxError, NODE(c, b)->pos, NODE(c, b)->line,
                                    "keyword argument repeated: %s", buf);
                }
        } else npos++;
    }
    if (!star) {
        for (a = args; a; a = NODE(c, a)->next)
            if (NODE(c, a)->kind != N_KEYWORD) tern_cg_expr(c, a);
        for (a = args; a; a = NODE(c, a)->next)
            if (NODE(c, a)->kind == N_KEYWORD) tern_cg_expr(c, NODE(c, a)->a);
        if (nkw) {
            tern_load_kwnames(c, args, nkw);
            if (method) EMIT1(c, CALL_METHOD_KW, npre + npos + nkw);
            else EMIT1(c, CALL_FUNCTION_KW, npre + npos + nkw);
        } else {
            if (method) EMIT1(c, CALL_METHOD, npre + npos);
            else EMIT1(c, CALL_FUNCTION, npre + npos);
        }
        return;
    }
    /* general case: positional tuple and keyword dict */
    {
        int lead = npre, any_kw = 0, run = 0, built = 0, npositional = 0, ext = 1;
        for (a = args; a; a = NODE(c, a)->next)
            if (NODE(c, a)->kind != N_KEYWORD && NODE(c, a)->kind != N_DSTAR) npositional++;
        /* f(*v) alone: a bad v's error names the callee, as in CPython */
        if (npositional == 1) ext |= 0x8000;
        for (a = args; a && NODE(c, a)->kind != N_STARRED && NODE(c, a)->kind != N_KEYWORD &&
                       NODE(c, a)->kind != N_DSTAR; a = NODE(c, a)->next) {
            tern_cg_expr(c, a);
            lead++;
        }
        EMIT1(c, BUILD_LIST, lead);
        for (; a; a = NODE(c, a)->next) {
            int k = NODE(c, a)->kind;
            if (k == N_STARRED) {
                tern_cg_expr(c, NODE(c, a)->a);
                EMIT1(c, LIST_EXTEND, ext);
            } else if (k != N_KEYWORD && k != N_DSTAR) {
                tern_cg_expr(c, a);
                EMIT1(c, LIST_APPEND, 1);
            }
        }
        EMIT(c, LIST_TO_TUPLE);
        for (a = args; a; a = NODE(c, a)->next) {
            int k = NODE(c, a)->kind;
            if (k == N_KEYWORD) {
                if (!any_kw) { EMIT1(c, BUILD_MAP, 0); any_kw = 1; built = 1; }
                tern_load_const_val(c, tern_mk_name(c, NODE(c, a)->pos, NODE(c, a)->len));
                tern_cg_expr(c, NODE(c, a)->a);
                run++;
            } else if (k == N_DSTAR) {
                if (!any_kw) { EMIT1(c, BUILD_MAP, 0); any_kw = 1; built = 1; }
                if (run) { EMIT1(c, BUILD_MAP, run); EMIT1(c, DICT_MERGE, 1); run = 0; }
                tern_cg_expr(c, NODE(c, a)->a);
                EMIT1(c, DICT_MERGE, 1);
            }
        }
        (void)built;
        if (run) { EMIT1(c, BUILD_MAP, run); EMIT1(c, DICT_MERGE, 1); }
        EMIT1(c, CALL_FUNCTION_EX, any_kw ? 1 : 0);
    }
}

static void cg_call(tern_comp *c, int32_t e) {
    int32_t f = NODE(c, e)->a, args = NODE(c, e)->b, a;
    int star = 0;
    for (a = args; a; a = NODE(c, a)->next)
        if (NODE(c, a)->kind == N_STARRED || NODE(c, a)->kind == N_DSTAR) star = 1;
    if (NODE(c, f)->kind == N_ATTR && !star) {
        int idx;
        tern_cg_expr(c, NODE(c, f)->a);
        idx = tern_name_idx(c, NODE(c, f)->pos, NODE(c, f)->len);
        c->unit->line = NODE(c, f)->line;
        EMIT1(c, LOAD_METHOD, idx);
        cg_call_args(c, args, 0, 1);
        return;
    }
    tern_cg_expr(c, f);
    cg_call_args(c, args, 0, 0);
}

static void cg_compare(tern_comp *c, int32_t e) {
    int32_t first = NODE(c, e)->a, x;
    int cleanup, end;
    tern_cg_expr(c, first);
    x = NODE(c, first)->next;
    if (!NODE(c, x)->next) {
        int op = (NODE(c, x)->flags >> 8) & 0xF;
        tern_cg_expr(c, x);
        EMIT1(c, COMPARE_OP, op - 1);
        return;
    }
    cleanup = tern_label_new(c);
    end = tern_label_new(c);
    for (; NODE(c, x)->next; x = NODE(c, x)->next) {
        int op = (NODE(c, x)->flags >> 8) & 0xF;
        tern_cg_expr(c, x);
        EMIT(c, DUP_TOP);
        EMIT(c, ROT_THREE);
        EMIT1(c, COMPARE_OP, op - 1);
        tern_emit_jump(c, TERN_BC_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    tern_cg_expr(c, x);
    EMIT1(c, COMPARE_OP, ((NODE(c, x)->flags >> 8) & 0xF) - 1);
    tern_emit_jump(c, TERN_BC_JUMP, end);
    tern_label_place(c, cleanup);
    EMIT(c, ROT_TWO);
    EMIT(c, POP_TOP);
    tern_label_place(c, end);
}

/* Is e a constant with a known truth value? -1 if not. */
int tern_const_truth(tern_comp *c, int32_t e) {
    ast_node *n = NODE(c, e);
    if (n->kind == N_CONST) return n->op == CONST_TRUE || n->op == CONST_ELLIPSIS;
    if (n->kind == N_NUM) {
        const char *s = CSRC(c) + n->pos;
        uint32_t k;
        for (k = 0; k < n->len; k++) {
            char ch = s[k];
            if (ch == 'x' || ch == 'X' || ch == 'o' || ch == 'O' || ch == 'b' || ch == 'B' || ch == '.' || ch == '_')
                continue;
            if (ch == 'e' || ch == 'E' || ch == 'j' || ch == 'J') break;
            if (ch != '0') return 1;
        }
        return -1;
    }
    return -1;
}

/* Jump to label if the truth of e equals cond (falls through otherwise). */
void tern_cg_jump_if(tern_comp *c, int32_t e, int cond, int label) {
    ast_node *n = NODE(c, e);
    int t;
    if (n->kind == N_UNARY && n->op == TERN_UOP_NOT) {
        tern_cg_jump_if(c, n->a, !cond, label);
        return;
    }
    if (n->kind == N_BOOLOP) {
        int is_or = n->op;
        int32_t x = n->a;
        tern_comp_enter(c, n->pos, n->line);
        if (is_or == cond) {
            /* or/jump-if-true, and/jump-if-false: any operand decides */
            for (; x; x = NODE(c, x)->next) tern_cg_jump_if(c, x, cond, label);
        } else {
            int skip = tern_label_new(c);
            for (; NODE(c, x)->next; x = NODE(c, x)->next) tern_cg_jump_if(c, x, !cond, skip);
            tern_cg_jump_if(c, x, cond, label);
            tern_label_place(c, skip);
        }
        tern_comp_leave(c);
        return;
    }
    t = tern_const_truth(c, e);
    if (t >= 0) {
        if (t == cond) tern_emit_jump(c, TERN_BC_JUMP, label);
        return;
    }
    tern_cg_expr(c, e);
    tern_emit_jump(c, cond ? TERN_BC_POP_JUMP_IF_TRUE : TERN_BC_POP_JUMP_IF_FALSE, label);
}

static void cg_subscr_index(tern_comp *c, int32_t idx) {
    tern_cg_expr(c, idx);
}

/* ---- nested code: functions, lambdas, classes, comprehensions ---- */

/* Set the current unit's name (from text) and qualname (from the parent's). */
static void set_unit_names(tern_comp *c, tern_val name) {
    tern_unit *u = c->unit, *p = u->parent;
    UH(c, UH_NAME) = name;
    if (!p || p->kind == SC_MODULE) {
        UH(c, UH_QUALNAME) = name;
    } else {
        const char *sep = p->kind == SC_CLASS ? "." : ".<locals>.";
        size_t sl = strlen(sep);
        tern_val pq = TERN_TUPLE_ITEMS(p->h)[UH_QUALNAME];
        size_t pl = TERN_STR_LEN(pq), nl = TERN_STR_LEN(name);
        tern_val q = tern_str_alloc(c->vm, pl + sl + nl);
        char *d = TERN_STR_DATA(TERN_PTR(q));
        pq = TERN_TUPLE_ITEMS(p->h)[UH_QUALNAME];
        memcpy(d, TERN_STR_CHARS(pq), pl);
        memcpy(d + pl, sep, sl);
        memcpy(d + pl + sl, TERN_STR_CHARS(UH(c, UH_NAME)), nl);
        tern_str_finish(q);
        UH(c, UH_QUALNAME) = q;
    }
}

/* MAKE_CELL for the scope's cell locals; returns TERN_CO_HASCELLS or 0. */
static int make_cells(tern_comp *c) {
    int32_t y;
    int any = 0;
    for (y = SCOPE(c, c->unit->scope)->syms; y; y = SYM(c, y)->next) {
        ast_sym *s = SYM(c, y);
        if ((s->flags & SYM_CELL) && !(s->flags & SYM_FREEVAR) && s->slot >= 0) {
            int slot = s->slot;
            EMIT1(c, MAKE_CELL, slot);
            any = 1;
        }
    }
    return any ? TERN_CO_HASCELLS : 0;
}

/* Push the closure tuple for the code of `scope` (its free variables, in
 * slot order, taken from the current unit). Returns MAKE_FUNCTION flag 8
 * or 0. */
static int cg_closure(tern_comp *c, int32_t scope) {
    int32_t y;
    int n = 0;
    for (y = SCOPE(c, scope)->syms; y; y = SYM(c, y)->next) {
        ast_sym *s = SYM(c, y);
        if (s->flags & SYM_FREEVAR) {
            int32_t py = tern_scope_lookup(c, c->unit->scope, s->pos, s->len);
            if (!py || SYM(c, py)->slot < 0)
                tern_comp_error(c, &tern_type_SystemError, 0, c->unit->line, "compiler: no cell for free variable");
            EMIT1(c, LOAD_CLOSURE, SYM(c, py)->slot);
            n++;
        }
    }
    if (!n) return 0;
    EMIT1(c, BUILD_TUPLE, n);
    return 8;
}

/* Is the first statement of a body a string literal (docstring)? */
static int is_docstring(tern_comp *c, int32_t body) {
    return body && NODE(c, body)->kind == N_EXPR && NODE(c, NODE(c, body)->a)->kind == N_STR;
}

/* def / lambda: pushes the function object. */
/* A def's annotations as a dict {name: value, ..., 'return': value}
 * (CPython's order), evaluated now; 0 if there are none. */
static int cg_annotations(tern_comp *c, int32_t f, int32_t args) {
    int32_t a;
    int i, n = 0;
    for (i = 0; i < 4; i++) {
        int32_t l = i == 0 ? NODE(c, args)->a : i == 1 ? NODE(c, args)->b :
                    i == 2 ? NODE(c, args)->c : NODE(c, args)->d;
        for (a = l; a; a = (i == 0 || i == 2) ? NODE(c, a)->next : 0) {
            if (!NODE(c, a)->a)
                continue;
            tern_load_const_val(c, tern_mk_name(c, NODE(c, a)->pos, NODE(c, a)->len));
            tern_cg_expr(c, NODE(c, a)->a);
            n++;
        }
    }
    if (NODE(c, f)->d) {
        tern_load_const_val(c, TERN_N(return));
        tern_cg_expr(c, NODE(c, f)->d);
        n++;
    }
    if (n)
        EMIT1(c, BUILD_MAP, n);
    return n > 0;
}

static void cg_function(tern_comp *c, int32_t f) {
    int kind = NODE(c, f)->kind;
    int32_t args = NODE(c, f)->a, scope = NODE(c, f)->e, a;
    int flags = 0, ndef = 0, nkwdef = 0, npos = 0, nkwonly = 0, coflags;
    int line = NODE(c, f)->line;
    tern_unit u;
    tern_val code;
    /* defaults */
    for (a = NODE(c, args)->a; a; a = NODE(c, a)->next) {
        npos++;
        if (NODE(c, a)->b) { tern_cg_expr(c, NODE(c, a)->b); ndef++; }
    }
    if (ndef) { EMIT1(c, BUILD_TUPLE, ndef); flags |= 1; }
    for (a = NODE(c, args)->c; a; a = NODE(c, a)->next) {
        nkwonly++;
        if (NODE(c, a)->b) {
            tern_load_const_val(c, tern_mk_name(c, NODE(c, a)->pos, NODE(c, a)->len));
            tern_cg_expr(c, NODE(c, a)->b);
            nkwdef++;
        }
    }
    if (nkwdef) { EMIT1(c, BUILD_MAP, nkwdef); flags |= 2; }
    if (kind == N_FUNCDEF && cg_annotations(c, f, args)) flags |= 4;
    /* the body */
    tern_unit_begin(c, &u, scope, SC_FUNCTION, line);
    if (kind == N_LAMBDA) set_unit_names(c, TERN_N(ANGLE_lambda));
    else set_unit_names(c, tern_mk_name(c, NODE(c, f)->pos, NODE(c, f)->len));
    coflags = TERN_CO_NEWLOCALS | make_cells(c);
    if (kind == N_LAMBDA) {
        u.line = NODE(c, NODE(c, f)->b)->line;
        tern_cg_expr(c, NODE(c, f)->b);
        if (SCOPE(c, scope)->flags & SF_GENERATOR) {
            EMIT(c, POP_TOP);
            tern_load_const_val(c, TERN_NONE);
        }
        EMIT(c, RETURN_VALUE);
    } else {
        int32_t body = NODE(c, f)->b;
        if (is_docstring(c, body)) {
            /* the docstring is consts[0], flagged for MAKE_FUNCTION */
            int32_t first = NODE(c, NODE(c, body)->a)->a;
            tern_val doc = mk_string(c, first, 0, (NODE(c, first)->op & SP_BYTES) != 0);
            if (TERN_IS_STR(doc)) {
                UH(c, UH_T1) = doc;
                tern_const_index(c);
                coflags |= TERN_CO_HASDOC;
            }
            body = NODE(c, body)->next;
        }
        tern_cg_stmts(c, body);
        if (!u.unreachable) {
            tern_load_const_val(c, TERN_NONE);
            EMIT(c, RETURN_VALUE);
        }
    }
    {
        ast_scope *sc = SCOPE(c, scope);
        if (NODE(c, args)->b) coflags |= TERN_CO_VARARGS;
        if (NODE(c, args)->d) coflags |= TERN_CO_VARKW;
        if ((sc->flags & (SF_GENERATOR | SF_COROUTINE)) == (SF_GENERATOR | SF_COROUTINE))
            coflags |= TERN_CO_GENERATOR | TERN_CO_ASYNCGEN;
        else if (sc->flags & SF_GENERATOR) coflags |= TERN_CO_GENERATOR;
        else if (sc->flags & SF_COROUTINE) coflags |= TERN_CO_COROUTINE;
        /* nested as CPython counts it: some enclosing scope is a function */
        for (a = sc->parent; a; a = SCOPE(c, a)->parent)
            if (SCOPE(c, a)->kind != SC_MODULE && SCOPE(c, a)->kind != SC_CLASS) {
                coflags |= TERN_CO_NESTED;
                break;
            }
    }
    code = tern_unit_end(c, npos, NODE(c, args)->op, nkwonly, coflags);
    UH(c, UH_T1) = code;
    {
        int ci = tern_const_index(c);
        flags |= cg_closure(c, scope);
        EMIT1(c, LOAD_CONST, ci);
    }
    EMIT1(c, MAKE_FUNCTION, flags);
}

void tern_cg_funcdef(tern_comp *c, int32_t f) {
    int32_t d;
    int ndec = 0, i;
    for (d = NODE(c, f)->c; d; d = NODE(c, d)->next) {
        tern_cg_expr(c, d);
        ndec++;
    }
    c->unit->line = NODE(c, f)->line;
    cg_function(c, f);
    for (i = 0; i < ndec; i++) EMIT1(c, CALL_FUNCTION, 1);
    tern_cg_name(c, NODE(c, f)->pos, NODE(c, f)->len, CTX_STORE);
}

void tern_cg_classdef(tern_comp *c, int32_t f) {
    int32_t d, scope = NODE(c, f)->e, body;
    int ndec = 0, i, line = NODE(c, f)->line, flags = 0, coflags = 0;
    tern_unit u;
    tern_val code;
    for (d = NODE(c, f)->d; d; d = NODE(c, d)->next) {
        tern_cg_expr(c, d);
        ndec++;
    }
    c->unit->line = line;
    EMIT(c, LOAD_BUILD_CLASS);
    /* the body function */
    tern_unit_begin(c, &u, scope, SC_CLASS, line);
    set_unit_names(c, tern_mk_name(c, NODE(c, f)->pos, NODE(c, f)->len));
    coflags = make_cells(c);
    EMIT1(c, LOAD_NAME, tern_name_idx_val(c, TERN_N(__name__)));
    EMIT1(c, STORE_NAME, tern_name_idx_val(c, TERN_N(__module__)));
    tern_load_const_val(c, UH(c, UH_QUALNAME));
    EMIT1(c, STORE_NAME, tern_name_idx_val(c, TERN_N(__qualname__)));
    body = NODE(c, f)->c;
    tern_cg_setup_annotations(c, body);
    if (is_docstring(c, body)) {
        u.line = NODE(c, body)->line;
        tern_cg_expr(c, NODE(c, body)->a);
        EMIT1(c, STORE_NAME, tern_name_idx_val(c, TERN_N(__doc__)));
        body = NODE(c, body)->next;
    }
    tern_cg_stmts(c, body);
    if (SCOPE(c, scope)->flags & SF_CLASSCELL) {
        int32_t y = tern_scope_lookup(c, scope, SYN_CLASS, 9);
        EMIT1(c, LOAD_CLOSURE, SYM(c, y)->slot);
        EMIT1(c, STORE_NAME, tern_name_idx_val(c, TERN_N(__classcell__)));
    }
    tern_load_const_val(c, TERN_NONE);
    EMIT(c, RETURN_VALUE);
    code = tern_unit_end(c, 0, 0, 0, coflags);
    UH(c, UH_T1) = code;
    {
        int ci = tern_const_index(c);
        flags |= cg_closure(c, scope);
        EMIT1(c, LOAD_CONST, ci);
    }
    EMIT1(c, MAKE_FUNCTION, flags);
    tern_load_const_val(c, tern_mk_name(c, NODE(c, f)->pos, NODE(c, f)->len));
    /* bases and keywords: an argument list with the keywords after */
    {
        int32_t bases = NODE(c, f)->a, kws = NODE(c, f)->b, last = 0;
        for (d = bases; d; d = NODE(c, d)->next) last = d;
        /* link keywords after bases temporarily (restored below) */
        if (last) NODE(c, last)->next = kws;
        else bases = kws;
        cg_call_args(c, bases, 2, 0);
        if (last) NODE(c, last)->next = 0;
    }
    for (i = 0; i < ndec; i++) EMIT1(c, CALL_FUNCTION, 1);
    tern_cg_name(c, NODE(c, f)->pos, NODE(c, f)->len, CTX_STORE);
}

/* The loops of a comprehension, innermost element last. */
static void cg_comp_gen(tern_comp *c, int32_t e, int32_t g, int level) {
    int start = tern_label_new(c), end = tern_label_new(c), kind = NODE(c, e)->kind;
    int is_async = NODE(c, g)->op;
    int32_t cond;
    if (level == 0) EMIT1(c, LOAD_FAST, 0);
    else {
        tern_cg_expr(c, NODE(c, g)->b);
        tern_emit(c, is_async ? TERN_BC_GET_AITER : TERN_BC_GET_ITER, 0);
    }
    tern_label_place(c, start);
    if (!is_async) {
        tern_emit_jump(c, TERN_BC_FOR_ITER, end);
    } else {
        /* as in `async for`: await __anext__(), StopAsyncIteration ends the loop */
        tern_unit *u = c->unit;
        int hl = u->h_label, hd = u->h_depth;
        tern_set_handler(c, end, u->depth);
        EMIT(c, GET_ANEXT);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
        tern_set_handler(c, hl, hd);
    }
    tern_cg_store(c, NODE(c, g)->a);
    for (cond = NODE(c, g)->c; cond; cond = NODE(c, cond)->next)
        tern_cg_jump_if(c, cond, 0, start);
    if (NODE(c, g)->next) {
        tern_comp_enter(c, NODE(c, g)->pos, NODE(c, g)->line);
        cg_comp_gen(c, e, NODE(c, g)->next, level + 1);
        tern_comp_leave(c);
    } else {
        tern_cg_expr(c, NODE(c, e)->a);
        switch (kind) {
        case N_LISTCOMP: EMIT1(c, LIST_APPEND, level + 2); break;
        case N_SETCOMP: EMIT1(c, SET_ADD, level + 2); break;
        case N_DICTCOMP:
            tern_cg_expr(c, NODE(c, e)->b);
            EMIT1(c, MAP_ADD, level + 2);
            break;
        default:
            EMIT(c, YIELD_VALUE);
            EMIT(c, POP_TOP);
            break;
        }
    }
    tern_emit_jump(c, TERN_BC_JUMP, start);
    tern_label_place(c, end);
    if (is_async)
        EMIT(c, END_ASYNC_FOR);
}

static void cg_comp(tern_comp *c, int32_t e) {
    int kind = NODE(c, e)->kind, flags = 0, coflags;
    int32_t scope = NODE(c, e)->e, gen = NODE(c, e)->c;
    int line = NODE(c, e)->line;
    tern_unit u;
    tern_val code, name;
    tern_unit_begin(c, &u, scope, SC_COMP, line);
    name = kind == N_LISTCOMP ? TERN_N(ANGLE_listcomp) : kind == N_SETCOMP ? TERN_N(ANGLE_setcomp) :
           kind == N_DICTCOMP ? TERN_N(ANGLE_dictcomp) : TERN_N(ANGLE_genexpr);
    set_unit_names(c, name);
    coflags = TERN_CO_NEWLOCALS | make_cells(c);
    if (kind == N_LISTCOMP) EMIT1(c, BUILD_LIST, 0);
    else if (kind == N_SETCOMP) EMIT1(c, BUILD_SET, 0);
    else if (kind == N_DICTCOMP) EMIT1(c, BUILD_MAP, 0);
    cg_comp_gen(c, e, gen, 0);
    if (kind == N_GENEXP) {
        tern_load_const_val(c, TERN_NONE);
        coflags |= TERN_CO_GENERATOR;
    }
    if (SCOPE(c, scope)->flags & SF_COROUTINE)
        coflags |= kind == N_GENEXP ? TERN_CO_ASYNCGEN : TERN_CO_COROUTINE;
    EMIT(c, RETURN_VALUE);
    code = tern_unit_end(c, 1, 0, 0, coflags);
    UH(c, UH_T1) = code;
    {
        int ci = tern_const_index(c);
        flags |= cg_closure(c, scope);
        EMIT1(c, LOAD_CONST, ci);
    }
    EMIT1(c, MAKE_FUNCTION, flags);
    tern_cg_expr(c, NODE(c, gen)->b);
    tern_emit(c, NODE(c, gen)->op ? TERN_BC_GET_AITER : TERN_BC_GET_ITER, 0);
    EMIT1(c, CALL_FUNCTION, 1);
    if (kind != N_GENEXP && (coflags & TERN_CO_COROUTINE)) {
        EMIT(c, GET_AWAITABLE);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
    }
}

void tern_cg_expr(tern_comp *c, int32_t e) {
    ast_node *n = NODE(c, e);
    int kind = n->kind, saved_line = c->unit->line;
    tern_comp_enter(c, n->pos, n->line);
    if (n->line > 0) c->unit->line = n->line;
    switch (kind) {
    case N_NAME:
        tern_cg_name(c, n->pos, n->len, CTX_LOAD);
        break;
    case N_CONST:
        tern_load_const_val(c, n->op == CONST_NONE ? TERN_NONE : n->op == CONST_TRUE ? TERN_TRUE :
                          n->op == CONST_FALSE ? TERN_FALSE : TERN_ELLIPSIS);
        break;
    case N_NUM:
        cg_number(c, e);
        break;
    case N_STR: {
        int32_t first = n->a;
        tern_val s = mk_string(c, first, 0, (NODE(c, first)->op & SP_BYTES) != 0);
        tern_load_const_val(c, s);
        break;
    }
    case N_JOINED:
        cg_joined(c, e);
        break;
    case N_BINOP: {
        int op = n->op;
        tern_cg_expr(c, n->a);
        tern_cg_expr(c, NODE(c, e)->b);
        EMIT1(c, BINARY_OP, op);
        break;
    }
    case N_UNARY: {
        int op = n->op;
        long v;
        if (op == TERN_UOP_NEG && small_int_literal(c, n->a, &v) && v <= 32768) {
            EMIT1(c, LOAD_SMALL_INT, (int)(-v) & 0xFFFF);     /* -5: one instruction */
            break;
        }
        tern_cg_expr(c, NODE(c, e)->a);
        EMIT1(c, UNARY_OP, op);
        break;
    }
    case N_BOOLOP: {
        int end = tern_label_new(c), is_or = NODE(c, e)->op;
        int32_t x;
        for (x = NODE(c, e)->a; NODE(c, x)->next; x = NODE(c, x)->next) {
            tern_cg_expr(c, x);
            tern_emit_jump(c, is_or ? TERN_BC_JUMP_IF_TRUE_OR_POP : TERN_BC_JUMP_IF_FALSE_OR_POP, end);
        }
        tern_cg_expr(c, x);
        tern_label_place(c, end);
        break;
    }
    case N_COMPARE:
        cg_compare(c, e);
        break;
    case N_IFEXP: {
        int orelse = tern_label_new(c), end = tern_label_new(c), depth = c->unit->depth;
        tern_cg_jump_if(c, NODE(c, e)->a, 0, orelse);
        tern_cg_expr(c, NODE(c, e)->b);
        tern_emit_jump(c, TERN_BC_JUMP, end);
        /* the else branch starts at the depth before the test, even when a
         * constant test left no jump to it (the label knows no depth then) */
        c->unit->depth = depth;
        tern_label_place(c, orelse);
        tern_cg_expr(c, NODE(c, e)->c);
        tern_label_place(c, end);
        break;
    }
    case N_LAMBDA:
        cg_function(c, e);
        break;
    case N_CALL:
        cg_call(c, e);
        break;
    case N_ATTR: {
        int idx;
        tern_cg_expr(c, n->a);
        idx = tern_name_idx(c, NODE(c, e)->pos, NODE(c, e)->len);
        c->unit->line = NODE(c, e)->line;
        EMIT1(c, LOAD_ATTR, idx);
        break;
    }
    case N_SUBSCR:
        tern_cg_expr(c, n->a);
        cg_subscr_index(c, NODE(c, e)->b);
        EMIT(c, BINARY_SUBSCR);
        break;
    case N_SLICE: {
        int32_t lo = n->a, hi = n->b, st = n->c;
        if (lo) tern_cg_expr(c, lo); else tern_load_const_val(c, TERN_NONE);
        if (hi) tern_cg_expr(c, hi); else tern_load_const_val(c, TERN_NONE);
        if (st) tern_cg_expr(c, st);
        EMIT1(c, BUILD_SLICE, st ? 3 : 2);
        break;
    }
    case N_STARRED:
        tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "can't use starred expression here");
    case N_TUPLE: case N_LIST: case N_SET:
        cg_display(c, n->a, kind);
        break;
    case N_DICT:
        cg_dict(c, n->a);
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        cg_comp(c, e);
        break;
    case N_AWAIT:
        tern_cg_expr(c, n->a);
        EMIT(c, GET_AWAITABLE);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
        break;
    case N_YIELD:
        if (n->a) tern_cg_expr(c, n->a);
        else tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_VALUE);
        break;
    case N_YIELDFROM:
        tern_cg_expr(c, n->a);
        EMIT(c, GET_YIELD_FROM_ITER);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
        break;
    case N_NAMEDEXPR: {
        int32_t t = n->a;
        tern_cg_expr(c, n->b);
        EMIT(c, DUP_TOP);
        tern_cg_name(c, NODE(c, t)->pos, NODE(c, t)->len, CTX_STORE);
        break;
    }
    case N_KEYWORD: case N_DSTAR:
        tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "invalid syntax");
    default:
        tern_comp_error(c, &tern_type_SystemError, n->pos, n->line, "compiler: unexpected node %d", kind);
    }
    c->unit->line = saved_line;
    tern_comp_leave(c);
}


/* ===================================================================
 * Targets
 * =================================================================== */

void tern_cg_store(tern_comp *c, int32_t t) {
    ast_node *n = NODE(c, t);
    int kind = n->kind;
    tern_comp_enter(c, n->pos, n->line);
    switch (kind) {
    case N_NAME:
        tern_cg_name(c, n->pos, n->len, CTX_STORE);
        break;
    case N_ATTR: {
        int idx;
        tern_cg_expr(c, n->a);
        idx = tern_name_idx(c, NODE(c, t)->pos, NODE(c, t)->len);
        EMIT1(c, STORE_ATTR, idx);
        break;
    }
    case N_SUBSCR:
        tern_cg_expr(c, n->a);
        cg_subscr_index(c, NODE(c, t)->b);
        EMIT(c, STORE_SUBSCR);
        break;
    case N_TUPLE: case N_LIST: {
        int32_t it;
        int before = 0, after = 0, star = 0;
        for (it = n->a; it; it = NODE(c, it)->next) {
            if (NODE(c, it)->kind == N_STARRED) star = 1;
            else if (star) after++;
            else before++;
        }
        if (star) {
            if (before > 255 || after > 255)
                tern_comp_error(c, &tern_type_SyntaxError, NODE(c, t)->pos, NODE(c, t)->line,
                                "too many expressions in star-unpacking assignment");
            EMIT1(c, UNPACK_EX, before | (after << 8));
        } else {
            EMIT1(c, UNPACK_SEQUENCE, before);
        }
        for (it = NODE(c, t)->a; it; it = NODE(c, it)->next) {
            if (NODE(c, it)->kind == N_STARRED) tern_cg_store(c, NODE(c, it)->a);
            else tern_cg_store(c, it);
        }
        break;
    }
    case N_STARRED:
        tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line,
                        "starred assignment target must be in a list or tuple");
    default:
        tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "cannot assign to expression");
    }
    tern_comp_leave(c);
}

void tern_cg_delete(tern_comp *c, int32_t t) {
    ast_node *n = NODE(c, t);
    int kind = n->kind;
    tern_comp_enter(c, n->pos, n->line);
    switch (kind) {
    case N_NAME:
        tern_cg_name(c, n->pos, n->len, CTX_DEL);
        break;
    case N_ATTR: {
        int idx;
        tern_cg_expr(c, n->a);
        idx = tern_name_idx(c, NODE(c, t)->pos, NODE(c, t)->len);
        EMIT1(c, DELETE_ATTR, idx);
        break;
    }
    case N_SUBSCR:
        tern_cg_expr(c, n->a);
        cg_subscr_index(c, NODE(c, t)->b);
        EMIT(c, DELETE_SUBSCR);
        break;
    case N_TUPLE: case N_LIST: {
        int32_t it;
        for (it = n->a; it; it = NODE(c, it)->next) tern_cg_delete(c, it);
        break;
    }
    default:
        tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "cannot delete expression");
    }
    tern_comp_leave(c);
}

