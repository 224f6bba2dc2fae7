/* SPDX-License-Identifier: MIT */
/*
 * obj_str.c — the str type: UTF-8 text indexed by code point, creation,
 * interning, hashing, the tern_strbuf builder and the type's slots. The
 * methods are in obj_strmeth.c, the formatting in format.c.
 *
 * A str holds `len` bytes of UTF-8 plus a NUL, and `nchars` code points;
 * nchars == len means ASCII, where indexing is direct.
 *
 * Functions taking a raw `const char *` (tern_str_new, tern_strbuf_add,
 * tern_intern...) cope with a pointer into a heap object: before
 * allocating they find the owner object (tern_heap_owner), root it, and
 * re-derive the pointer afterwards. That fallback walks the heap, so the
 * code here passes (value, offset) pairs instead where it can.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_bytes.h"
#include "obj_class.h"

/* ===================================================================
 * UTF-8
 * =================================================================== */

size_t tern_utf8_count(const char *s, size_t len) {
    size_t i, n = 0;
    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

uint32_t tern_utf8_decode(const char *s, size_t len, size_t *n) {
    const unsigned char *p = (const unsigned char *)s;
    uint32_t c = p[0];
    if (c < 0x80 || len < 2) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0 || len < 4) {
        *n = 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *n = 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

size_t tern_utf8_encode(uint32_t c, char *buf) {
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

int tern_utf8_valid(const uint8_t *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        size_t n, k;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c < 0xE0) n = 2;
        else if (c >= 0xE0 && c < 0xF0) n = 3;
        else if (c >= 0xF0 && c < 0xF5) n = 4;
        else return 0;
        if (i + n > len)
            return 0;
        for (k = 1; k < n; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        cp = tern_utf8_decode((const char *)s + i, n, &k);
        if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += n;
    }
    return 1;
}

size_t tern_str_byte_offset(tern_val s, size_t i) {
    tern_str *o = TERN_AS(tern_str, s);
    const unsigned char *p;
    size_t b = 0;
    if (o->nchars == o->len || TERN_KIND(o) == TERN_K_BYTES)
        return i;
    p = (const unsigned char *)TERN_STR_DATA(o);
    while (i > 0 && b < o->len) {
        b++;
        while (b < o->len && (p[b] & 0xC0) == 0x80)
            b++;
        i--;
    }
    return b;
}

/* ===================================================================
 * Creation
 * =================================================================== */

tern_val tern_heap_owner(tern_vm *vm, const void *p) {
    const uint8_t *q = (const uint8_t *)p, *o = vm->heap_start;
    if (q < vm->heap_start || q >= vm->heap_top)
        return TERN_NULL;
    while (o < vm->heap_top) {
        size_t n = TERN_OBJ_BYTES(o);
        if (n == 0)
            break;
        if (q >= o && q < o + n)
            return TERN_VAL(o);
        o += n;
    }
    return TERN_NULL;
}

tern_val tern_str_alloc(tern_vm *vm, size_t len) {
    tern_str *s;
    if (len >= 0xFFFFFFF0u)
        tern_raise_memory_error(vm);
    s = (tern_str *)tern_alloc(vm, TERN_K_STR, sizeof(tern_str) + len + 1);
    s->len = (uint32_t)len;
    return TERN_VAL(s);
}

void tern_str_finish(tern_val s) {
    tern_str *o = TERN_AS(tern_str, s);
    TERN_STR_DATA(o)[o->len] = 0;
    o->nchars = (uint32_t)tern_utf8_count(TERN_STR_DATA(o), o->len);
    o->hash = 0;
}

/* Allocate an object of `kind` with room for len bytes, copying them from
 * s (NULL: zeros). Copes with s inside a heap object. */
static tern_val new_text(tern_vm *vm, unsigned kind, const char *s, size_t len) {
    tern_val owner = TERN_NULL, r;
    size_t off = 0;
    char tmp[64];
    if (s && len && len <= sizeof tmp && TERN_IN_HEAP(vm, s)) {
        /* short text from the heap: copy it aside, no owner walk */
        memcpy(tmp, s, len);
        s = tmp;
    } else if (s && len && TERN_IN_HEAP(vm, s)) {
        owner = tern_heap_owner(vm, s);
        if (owner != TERN_NULL)
            off = (size_t)(s - (const char *)TERN_PTR(owner));
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, owner);
        if (kind == TERN_K_STR) {
            r = tern_str_alloc(vm, len);
        } else {
            tern_str *b;
            if (len >= 0xFFFFFFF0u)
                tern_raise_memory_error(vm);
            b = (tern_str *)tern_alloc(vm, TERN_K_BYTES, sizeof(tern_str) + len + 1);
            b->len = (uint32_t)len;
            b->nchars = (uint32_t)len;
            r = TERN_VAL(b);
        }
        TERN_UNROOT(vm);
    }
    if (owner != TERN_NULL)
        s = (const char *)TERN_PTR(owner) + off;
    if (s && len)
        memcpy(TERN_STR_DATA(TERN_PTR(r)), s, len);
    return r;
}

tern_val tern_str_new(tern_vm *vm, const char *s, size_t len) {
    tern_val r;
    if (len == 0)
        return TERN_N(empty_str);
    r = new_text(vm, TERN_K_STR, s, len);
    tern_str_finish(r);
    return r;
}

tern_val tern_str_from_c(tern_vm *vm, const char *s) {
    return tern_str_new(vm, s, strlen(s));
}

tern_val tern_bytes_new(tern_vm *vm, const uint8_t *s, size_t len) {
    return new_text(vm, TERN_K_BYTES, (const char *)s, len);
}

tern_val tern_str_sub(tern_vm *vm, tern_val src, size_t off, size_t len) {
    tern_val r;
    int ascii = TERN_AS(tern_str, src)->nchars == TERN_AS(tern_str, src)->len;
    if (TERN_KIND_OF(src) == TERN_K_STR) {
        if (len == 0)
            return TERN_N(empty_str);
        if (off == 0 && len == TERN_STR_LEN(src))
            return src;
    }
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, src);
        if (TERN_KIND_OF(src) == TERN_K_STR)
            r = tern_str_alloc(vm, len);
        else
            r = tern_bytes_new(vm, NULL, len);
        TERN_UNROOT(vm);
    }
    memcpy(TERN_STR_DATA(TERN_PTR(r)), TERN_STR_CHARS(src) + off, len);
    if (TERN_KIND_OF(r) == TERN_K_STR) {
        if (ascii) {
            TERN_STR_DATA(TERN_PTR(r))[len] = 0;
            TERN_AS(tern_str, r)->nchars = (uint32_t)len;
        } else {
            tern_str_finish(r);
        }
    }
    return r;
}

tern_val tern_str_from_codepoint(tern_vm *vm, uint32_t c) {
    char buf[4];
    if (c > 0x10FFFF)
        tern_raise_value_error(vm, "chr() arg not in range(0x110000)");
    return tern_str_new(vm, buf, tern_utf8_encode(c, buf));
}

/* ===================================================================
 * Hashing, equality, interning
 * =================================================================== */

/* FNV-1a, 32 bits, kept within the small-int range on 32-bit hosts so
 * every path that turns it into a tern_val agrees; never 0. ROM strings
 * (header size 0) cannot cache it. */
uint32_t tern_str_hash(tern_val s) {
    tern_str *o = TERN_AS(tern_str, s);
    const unsigned char *p;
    uint32_t h = 2166136261u;
    size_t i;
    if (o->hash)
        return o->hash;
    p = (const unsigned char *)TERN_STR_DATA(o);
    for (i = 0; i < o->len; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
#if UINTPTR_MAX <= 0xFFFFFFFFu
    h &= 0x3FFFFFFFu;
#endif
    if (h == 0)
        h = 1;
    if (TERN_HDR_GRANULES(o->hdr) != 0)
        o->hash = h;
    return h;
}

int tern_str_eq(tern_val a, tern_val b) {
    tern_str *x, *y;
    if (a == b)
        return 1;
    x = TERN_AS(tern_str, a);
    y = TERN_AS(tern_str, b);
    if (x->len != y->len)
        return 0;
    if ((x->hdr & TERN_HF_INTERNED) && (y->hdr & TERN_HF_INTERNED) && TERN_KIND(x) == TERN_KIND(y))
        return 0;
    if (x->hash && y->hash && x->hash != y->hash)
        return 0;
    return memcmp(TERN_STR_DATA(x), TERN_STR_DATA(y), x->len) == 0;
}

/* The ROM name with text s[0..len), or NULL: a binary search, names.h
 * being in byte order (tools/sort-names.py keeps it so). */
static tern_val rom_name(const char *s, size_t len) {
    size_t lo = 0, hi = tern_name_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const tern_str *n = tern_name_list[mid];
        size_t nl = n->len;
        int c = memcmp(TERN_STR_DATA(n), s, nl < len ? nl : len);
        if (c == 0)
            c = nl < len ? -1 : nl > len;
        if (c == 0)
            return TERN_VAL(n);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return TERN_NULL;
}

/* A heap copy of str s. */
static tern_val str_copy(tern_vm *vm, tern_val s) {
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    r = tern_str_alloc(vm, TERN_STR_LEN(s));
    TERN_UNROOT(vm);
    memcpy(TERN_STR_DATA(TERN_PTR(r)), TERN_STR_CHARS(s), TERN_STR_LEN(s));
    tern_str_finish(r);
    return r;
}

/* Intern heap str `s` (rooted by the caller's argument): the existing
 * interned copy, or s itself, flagged and registered. */
static tern_val intern_heap(tern_vm *vm, tern_val s) {
    tern_val found;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    /* the table is shared with hard callbacks: look up and insert with
     * them deferred (docs/interrupts.md) */
    TERN_IRQ_DEFER(vm);
    if (vm->interned == TERN_NULL)
        vm->interned = tern_dict_new(vm, 64);
    found = tern_dict_get(vm, vm->interned, s);
    if (found != TERN_NULL) {
        TERN_IRQ_UNDEFER(vm);
        TERN_UNROOT(vm);
        return found;
    }
    if (TERN_HDR_GRANULES(TERN_AS(tern_str, s)->hdr) == 0)  /* ROM: copy it */
        s = str_copy(vm, s);
    TERN_AS(tern_str, s)->hdr |= TERN_HF_INTERNED;
    tern_dict_set(vm, vm->interned, s, s);
    TERN_IRQ_UNDEFER(vm);
    TERN_UNROOT(vm);
    return s;
}

tern_val tern_intern(tern_vm *vm, const char *s, size_t len) {
    tern_val r = rom_name(s, len);
    if (r != TERN_NULL)
        return r;
    r = tern_str_new(vm, s, len);
    return intern_heap(vm, r);
}

tern_val tern_intern_val(tern_vm *vm, tern_val str) {
    tern_val r;
    if (TERN_AS(tern_str, str)->hdr & TERN_HF_INTERNED)
        return str;
    r = rom_name(TERN_STR_CHARS(str), TERN_STR_LEN(str));
    if (r != TERN_NULL)
        return r;
    return intern_heap(vm, str);
}

/* ===================================================================
 * Concatenation and the builder
 * =================================================================== */

tern_val tern_str_concat(tern_vm *vm, tern_val a, tern_val b) {
    tern_val r;
    size_t la = TERN_STR_LEN(a), lb = TERN_STR_LEN(b);
    if (la == 0)
        return b;
    if (lb == 0)
        return a;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        r = tern_str_alloc(vm, la + lb);
        TERN_UNROOT(vm);
    }
    memcpy(TERN_STR_DATA(TERN_PTR(r)), TERN_STR_CHARS(a), la);
    memcpy(TERN_STR_DATA(TERN_PTR(r)) + la, TERN_STR_CHARS(b), lb);
    TERN_STR_DATA(TERN_PTR(r))[la + lb] = 0;
    TERN_AS(tern_str, r)->nchars = TERN_AS(tern_str, a)->nchars + TERN_AS(tern_str, b)->nchars;
    return r;
}

/*
 * `name += b` with str operands (BINARY_OP with TERN_OP_TO_NAME).
 *
 * CPython makes a loop of `s += t` linear by growing s in place when its
 * reference count says nobody else can see it. Without reference counts,
 * uniqueness is tracked for one string at a time: the result of the last
 * such append is vm->fresh_str, made with room to grow, and each load of
 * it from a variable counts in vm->fresh_loads. It is stored only into the
 * target variable, so it can be seen elsewhere only after such a load: a
 * local that is a `+=` target is read with LOAD_FAST_AUG (which counts),
 * a global or module-level name with LOAD_GLOBAL/LOAD_NAME or a module
 * attribute read (which count). When the next append finds fresh_str as
 * its left operand with exactly one load (the statement's own), no other
 * reference exists and the text is extended in place.
 * What could copy it without a load forgets it instead: storing it in a
 * cell (closures share cells), a class body's namespace (copied into the
 * class) or a dict handed out to Python code (TERN_HF_EXPOSED: globals(),
 * vars(), __dict__, exec's dicts); locals()/globals()/vars(), a return to
 * the embedder, and every collection (it would move) forget it too.
 */
tern_val tern_str_append(tern_vm *vm, tern_val a, tern_val b) {
    size_t la = TERN_STR_LEN(a), lb = TERN_STR_LEN(b), cap;
    tern_str *s;
    tern_val r;
    if (lb == 0 || la == 0)
        return tern_str_concat(vm, a, b);
    if (la + lb >= 0xFFFFFFF0u)
        tern_raise_memory_error(vm);
    if (a == vm->fresh_str && vm->fresh_loads == 1 && !(TERN_AS(tern_str, a)->hdr & TERN_HF_INTERNED)) {
        s = TERN_AS(tern_str, a);
        cap = TERN_HDR_GRANULES(s->hdr) * TERN_GRANULE - sizeof(tern_str) - 1;
        if (la + lb <= cap ||
            tern_alloc_grow(vm, s, sizeof(tern_str) + (la + lb) + (la + lb) / 2 + 1)) {
            memcpy(TERN_STR_DATA(s) + la, TERN_STR_CHARS(b), lb);
            TERN_STR_DATA(s)[la + lb] = 0;
            s->len = (uint32_t)(la + lb);
            s->nchars += TERN_AS(tern_str, b)->nchars;
            s->hash = 0;
            vm->fresh_loads = 0;
            return a;
        }
    }
    /* a new string with room to grow by half again */
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, a);
        TERN_ROOT(vm, b);
        cap = la + lb + (la + lb) / 2;
        if (cap >= 0xFFFFFFF0u)
            cap = la + lb;
        s = (tern_str *)tern_alloc_try(vm, TERN_K_STR, sizeof(tern_str) + cap + 1);
        if (!s)     /* no room to grow: exactly a + b before giving up */
            s = (tern_str *)tern_alloc(vm, TERN_K_STR, sizeof(tern_str) + la + lb + 1);
        TERN_UNROOT(vm);
    }
    memcpy(TERN_STR_DATA(s), TERN_STR_CHARS(a), la);
    memcpy(TERN_STR_DATA(s) + la, TERN_STR_CHARS(b), lb);
    TERN_STR_DATA(s)[la + lb] = 0;
    s->len = (uint32_t)(la + lb);
    s->nchars = TERN_AS(tern_str, a)->nchars + TERN_AS(tern_str, b)->nchars;
    r = TERN_VAL(s);
    vm->fresh_str = r;
    vm->fresh_loads = 0;
    return r;
}

/* BINARY_OP's `name += b` (arg has TERN_OP_TO_NAME): the append above
 * for two strs, the ordinary operator otherwise. */
tern_val tern_str_append_op(tern_vm *vm, int op, tern_val a, tern_val b) {
    if (TERN_IS_STR(a) && TERN_IS_STR(b))
        return tern_str_append(vm, a, b);
    return tern_binary_op(vm, op & ~TERN_OP_TO_NAME, a, b);
}

/* The buffer lives in a blob whose `len` field is its capacity. Callers
 * bracket its use with TERN_ROOTS(vm) ... TERN_UNROOT(vm): init pushes a
 * root for b->blob. */
void tern_strbuf_init(tern_vm *vm, tern_strbuf *b, size_t cap) {
    tern_blob *o;
    b->blob = TERN_NULL;
    b->len = 0;
    TERN_ROOT(vm, b->blob);
    if (cap < 16)
        cap = 16;
    o = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
    o->len = cap;
    b->blob = TERN_VAL(o);
}

/* Make room for n more bytes; *s (if not NULL) is a source pointer that is
 * re-derived if it lies in a heap object that the growth moves. */
static char *strbuf_room(tern_vm *vm, tern_strbuf *b, size_t n, const char **s) {
    tern_blob *o = TERN_AS(tern_blob, b->blob);
    if (b->len + n > o->len) {
        size_t cap = o->len * 2;
        tern_val owner = TERN_NULL;
        size_t off = 0;
        tern_blob *nb;
        if (cap < b->len + n)
            cap = b->len + n + 16;
        if (s && *s && TERN_IN_HEAP(vm, *s)) {
            owner = tern_heap_owner(vm, *s);
            if (owner != TERN_NULL)
                off = (size_t)(*s - (const char *)TERN_PTR(owner));
        }
        {
            TERN_ROOTS(vm);
            TERN_ROOT(vm, owner);
            nb = (tern_blob *)tern_alloc_try(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
            if (!nb) {  /* no room to double: exactly what is needed */
                cap = b->len + n;
                nb = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + cap);
            }
            TERN_UNROOT(vm);
        }
        nb->len = cap;
        memcpy(TERN_BLOB_DATA(nb), TERN_BLOB_DATA(TERN_PTR(b->blob)), b->len);
        b->blob = TERN_VAL(nb);
        if (owner != TERN_NULL)
            *s = (const char *)TERN_PTR(owner) + off;
    }
    return (char *)TERN_BLOB_DATA(TERN_PTR(b->blob)) + b->len;
}

void tern_strbuf_add(tern_vm *vm, tern_strbuf *b, const char *s, size_t len) {
    char *p, tmp[64];
    if (len == 0)
        return;
    if (len <= sizeof tmp) {
        memcpy(tmp, s, len);
        s = tmp;
    }
    p = strbuf_room(vm, b, len, &s);
    memcpy(p, s, len);
    b->len += len;
}

void tern_strbuf_add_str(tern_vm *vm, tern_strbuf *b, tern_val str) {
    size_t len = TERN_STR_LEN(str);
    char *p;
    if (len == 0)
        return;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, str);
        p = strbuf_room(vm, b, len, NULL);
        TERN_UNROOT(vm);
    }
    memcpy(p, TERN_STR_CHARS(str), len);
    b->len += len;
}

void tern_strbuf_add_char(tern_vm *vm, tern_strbuf *b, char c) {
    char *p = strbuf_room(vm, b, 1, NULL);
    *p = c;
    b->len++;
}

/* Add code point c as UTF-8. */
void tern_strbuf_add_cp(tern_vm *vm, tern_strbuf *b, uint32_t c) {
    char buf[4];
    tern_strbuf_add(vm, b, buf, tern_utf8_encode(c, buf));
}

tern_val tern_strbuf_finish(tern_vm *vm, tern_strbuf *b) {
    tern_val r;
    if (b->len == 0)
        return TERN_N(empty_str);
    {
        /* The buffer is the newest object (the usual case): turn it into
         * the str where it lies instead of copying, so that building a
         * big string needs its size once, not twice. */
        tern_blob *o = TERN_AS(tern_blob, b->blob);
        size_t need = sizeof(tern_str) + b->len + 1;
        if (b->len < 0xFFFFFFF0u && (uint8_t *)o + TERN_OBJ_BYTES(o) == vm->heap_top &&
            (TERN_OBJ_BYTES(o) >= need || tern_alloc_grow(vm, o, need))) {
            size_t granules = TERN_HDR_GRANULES(o->hdr), len = b->len;
            tern_str *s = (tern_str *)(void *)o;
            memmove(TERN_STR_DATA(s), TERN_BLOB_DATA(o), len);
            s->hdr = TERN_HDR_MAKE(TERN_K_STR, granules);
            s->hash = 0;
            s->len = (uint32_t)len;
            s->pad_ = 0;
            {
                /* the rest of the buffer becomes a dead filler blob, freed
                 * by the next collection (tern_alloc_shrink would leave the
                 * collector's count of bytes allocated since the last
                 * collection above what the heap holds) */
                size_t keep = (need + TERN_GRANULE - 1) / TERN_GRANULE;
                if (keep < granules) {
                    s->hdr = TERN_HDR_MAKE(TERN_K_STR, keep);
                    *(tern_hdr *)((uint8_t *)s + keep * TERN_GRANULE) = TERN_HDR_MAKE(TERN_K_BLOB, granules - keep);
                }
            }
            r = TERN_VAL(s);
            tern_str_finish(r);
            b->blob = TERN_NULL;
            return r;
        }
    }
    r = tern_str_alloc(vm, b->len);
    memcpy(TERN_STR_DATA(TERN_PTR(r)), TERN_BLOB_DATA(TERN_PTR(b->blob)), b->len);
    tern_str_finish(r);
    return r;
}

/* ===================================================================
 * repr
 * =================================================================== */

/* The code points of the digit zeros of Unicode's decimal (Nd) runs; each
 * run is ten consecutive code points. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

/* The decimal value of a non-ASCII code point, or -1. */
int tern_unicode_decimal(uint32_t c) {
    size_t lo = 0, hi = sizeof nd_zeros / sizeof nd_zeros[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nd_zeros[mid])
            hi = mid;
        else if (c > nd_zeros[mid] + 9)
            lo = mid + 1;
        else
            return (int)(c - nd_zeros[mid]);
    }
    return -1;
}

/* The text int() and float() parse, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become
 * ASCII digits, Unicode spaces ' ', any other non-ASCII character '?'. An
 * ASCII str is returned as is. */
tern_val tern_str_numeric_ascii(tern_vm *vm, tern_val s) {
    size_t i = 0, n, len = TERN_STR_LEN(s), nch = TERN_AS(tern_str, s)->nchars, o = 0;
    tern_val r;
    char *q;
    if (nch == len)
        return s;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    r = tern_str_alloc(vm, nch);
    q = TERN_STR_DATA(TERN_PTR(r));
    while (i < len) {
        uint32_t c = tern_utf8_decode(TERN_STR_CHARS(s) + i, len - i, &n);
        int d;
        if (c < 0x80)
            q[o++] = (char)c;
        else if ((d = tern_unicode_decimal(c)) >= 0)
            q[o++] = (char)('0' + d);
        else if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
                 c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000)
            q[o++] = ' ';
        else
            q[o++] = '?';
        i += n;
    }
    tern_str_finish(r);
    TERN_UNROOT(vm);
    return r;
}

/* Code points that are not printable (Unicode 14 categories Cc, Cf, Zs
 * except space, Zl, Zp, Cs, Co; unassigned Cn only below U+0900, in
 * U+2000-20FF, U+3000-30FF, U+FB00-FFFF, the noncharacters and the large
 * unassigned areas), as sorted
 * inclusive ranges: the BMP in 16 bits, the rest in 32. repr() escapes
 * these; str.isprintable() rejects them. */
static const uint16_t np_bmp[][2] = {
    {0x0000, 0x001F}, {0x007F, 0x00A0}, {0x00AD, 0x00AD}, {0x0378, 0x0379}, {0x0380, 0x0383},
    {0x038B, 0x038B}, {0x038D, 0x038D}, {0x03A2, 0x03A2}, {0x0530, 0x0530}, {0x0557, 0x0558},
    {0x058B, 0x058C}, {0x0590, 0x0590}, {0x05C8, 0x05CF}, {0x05EB, 0x05EE}, {0x05F5, 0x0605},
    {0x061C, 0x061C}, {0x06DD, 0x06DD}, {0x070E, 0x070F}, {0x074B, 0x074C}, {0x07B2, 0x07BF},
    {0x07FB, 0x07FC}, {0x082E, 0x082F}, {0x083F, 0x083F}, {0x085C, 0x085D}, {0x085F, 0x085F},
    {0x086B, 0x086F}, {0x088F, 0x0897}, {0x08E2, 0x08E2}, {0x1680, 0x1680}, {0x180E, 0x180E},
    {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F},
    {0x209D, 0x209F}, {0x20C1, 0x20CF}, {0x20F1, 0x20FF}, {0x3000, 0x3000}, {0x3040, 0x3040},
    {0x3097, 0x3098}, {0xD7FC, 0xF8FF}, {0xFB07, 0xFB12}, {0xFB18, 0xFB1C}, {0xFB37, 0xFB37},
    {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42}, {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2},
    {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53},
    {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75}, {0xFEFD, 0xFF00}, {0xFFBF, 0xFFC1},
    {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7},
    {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF},
};
static const uint32_t np_astral[][2] = {
    {0x10D3A, 0x10E5F}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x11AF9, 0x11BFF},
    {0x11DAA, 0x11EDF}, {0x12544, 0x12F8F}, {0x1342F, 0x143FF}, {0x14647, 0x167FF},
    {0x16B90, 0x16E3F}, {0x18D09, 0x1AFEF}, {0x1B2FC, 0x1BBFF}, {0x1BCA0, 0x1CEFF},
    {0x1D173, 0x1D17A}, {0x1DAB0, 0x1DEFF}, {0x1E150, 0x1E28F}, {0x1E300, 0x1E7DF},
    {0x1E960, 0x1EC70}, {0x1EEF2, 0x1EFFF}, {0x1FBFA, 0x1FFFF}, {0x2EBE1, 0x2F7FF},
    {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

int tern_unicode_printable(uint32_t c) {
    size_t lo = 0, hi;
    if (c < 0x7F)
        return c >= 0x20;
    if (c <= 0xFFFF) {
        hi = sizeof np_bmp / sizeof np_bmp[0];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (c < np_bmp[mid][0])
                hi = mid;
            else if (c > np_bmp[mid][1])
                lo = mid + 1;
            else
                return 0;
        }
        return 1;
    }
    hi = sizeof np_astral / sizeof np_astral[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < np_astral[mid][0])
            hi = mid;
        else if (c > np_astral[mid][1])
            lo = mid + 1;
        else
            return 0;
    }
    return c <= 0x10FFFF;
}

static tern_val repr_common(tern_vm *vm, tern_val s, int ascii_only) {
    tern_strbuf b;
    size_t i = 0, len = TERN_STR_LEN(s), n;
    const char *p = TERN_STR_CHARS(s);
    int has_sq = memchr(p, '\'', len) != NULL, has_dq = memchr(p, '"', len) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    tern_val r;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    tern_strbuf_init(vm, &b, len + 2);
    tern_strbuf_add_char(vm, &b, quote);
    while (i < len) {
        char esc[12];
        uint32_t c;
        p = TERN_STR_CHARS(s);
        c = tern_utf8_decode(p + i, len - i, &n);
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            tern_strbuf_add(vm, &b, esc, 2);
        } else if (c == '\n') {
            tern_strbuf_add(vm, &b, "\\n", 2);
        } else if (c == '\r') {
            tern_strbuf_add(vm, &b, "\\r", 2);
        } else if (c == '\t') {
            tern_strbuf_add(vm, &b, "\\t", 2);
        } else if (c < 0x80 ? (c < 0x20 || c == 0x7F) : (ascii_only || !tern_unicode_printable(c))) {
            if (c < 0x100)
                snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
            else if (c < 0x10000)
                snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
            else
                snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
            tern_strbuf_add(vm, &b, esc, strlen(esc));
        } else {
            /* copy the bytes (re-read after a possible move) */
            char tmp[4];
            memcpy(tmp, p + i, n);
            tern_strbuf_add(vm, &b, tmp, n);
        }
        i += n;
    }
    tern_strbuf_add_char(vm, &b, quote);
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

tern_val tern_str_repr(tern_vm *vm, tern_val s) {
    return repr_common(vm, s, 0);
}

tern_val tern_str_ascii(tern_vm *vm, tern_val s) {
    return repr_common(vm, s, 1);
}

/* ===================================================================
 * Slots
 * =================================================================== */

static tern_val str_repr_slot(tern_vm *vm, tern_val self) {
    return tern_str_repr(vm, self);
}

static tern_val str_str_slot(tern_vm *vm, tern_val self) {
    (void)vm;
    return self;
}

static tern_val str_hash_slot(tern_vm *vm, tern_val self) {
    (void)vm;
    return TERN_SMALL((tern_int)tern_str_hash(self));
}

/* Bytewise comparison of UTF-8 is code point order. Shared with bytes. */
int tern_str_cmp(tern_val a, tern_val b) {
    size_t la = TERN_STR_LEN(a), lb = TERN_STR_LEN(b);
    int c = memcmp(TERN_STR_CHARS(a), TERN_STR_CHARS(b), la < lb ? la : lb);
    if (c)
        return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb;
}

static tern_val str_compare(tern_vm *vm, int op, tern_val a, tern_val b) {
    int c;
    (void)vm;
    if (!TERN_IS_STR(a) || !TERN_IS_STR(b))
        return TERN_NOTIMPLEMENTED;
    if (op == TERN_CMP_EQ)
        return TERN_BOOL(tern_str_eq(a, b));
    if (op == TERN_CMP_NE)
        return TERN_BOOL(!tern_str_eq(a, b));
    c = tern_str_cmp(a, b);
    switch (op) {
    case TERN_CMP_LT: return TERN_BOOL(c < 0);
    case TERN_CMP_LE: return TERN_BOOL(c <= 0);
    case TERN_CMP_GT: return TERN_BOOL(c > 0);
    case TERN_CMP_GE: return TERN_BOOL(c >= 0);
    default: return TERN_NOTIMPLEMENTED;
    }
}

/* s * n for str or bytes. */
tern_val tern_str_repeat(tern_vm *vm, tern_val s, tern_int n) {
    size_t len = TERN_STR_LEN(s), i;
    tern_val r;
    int isstr = TERN_KIND_OF(s) == TERN_K_STR;
    if (n <= 0 || len == 0)
        return isstr ? TERN_N(empty_str) : tern_bytes_new(vm, NULL, 0);
    if (n == 1 && isstr)
        return s;
    if ((size_t)n > (size_t)0xFFFFFFF0u / len)
        tern_raise_memory_error(vm);
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, s);
        r = isstr ? tern_str_alloc(vm, len * (size_t)n) : tern_bytes_new(vm, NULL, len * (size_t)n);
        TERN_UNROOT(vm);
    }
    for (i = 0; i < (size_t)n; i++)
        memcpy(TERN_STR_DATA(TERN_PTR(r)) + i * len, TERN_STR_CHARS(s), len);
    if (isstr) {
        TERN_STR_DATA(TERN_PTR(r))[len * (size_t)n] = 0;
        TERN_AS(tern_str, r)->nchars = TERN_AS(tern_str, s)->nchars * (uint32_t)n;
    }
    return r;
}

static int is_builtin_val(tern_val v) {
    return !(tern_typeof(v)->flags & TERN_TF_HEAP);
}

static tern_val str_binop(tern_vm *vm, int op, tern_val a, tern_val b) {
    switch (op & ~TERN_OP_INPLACE) {
    case TERN_OP_ADD:
        if (TERN_IS_STR(a) && TERN_IS_STR(b))
            return tern_str_concat(vm, a, b);
        if (TERN_IS_STR(a) && is_builtin_val(b))
            tern_raise_type_error(vm, "can only concatenate str (not \"%s\") to str", tern_type_name(b));
        return TERN_NOTIMPLEMENTED;
    case TERN_OP_MUL: {
        tern_val s = TERN_IS_STR(a) ? a : b, n = TERN_IS_STR(a) ? b : a;
        if (TERN_IS_INTLIKE(n))
            return tern_str_repeat(vm, s, tern_int_value(vm, n));
        if (tern_type_lookup(vm, tern_typeof(n), TERN_N(__index__)) != TERN_NULL) {
            TERN_ROOTS(vm);
            tern_int k;
            TERN_ROOT(vm, s);
            k = tern_index_value(vm, n);
            TERN_UNROOT(vm);
            return tern_str_repeat(vm, s, k);
        }
        if (is_builtin_val(n))
            tern_raise_type_error(vm, "can't multiply sequence by non-int of type '%s'", tern_type_name(n));
        return TERN_NOTIMPLEMENTED;
    }
    case TERN_OP_MOD:
        if (TERN_IS_STR(a))
            return tern_str_mod(vm, a, b);
        return TERN_NOTIMPLEMENTED;
    default:
        return TERN_NOTIMPLEMENTED;
    }
}

static tern_int str_len_slot(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)TERN_AS(tern_str, self)->nchars;
}

static int str_truth(tern_vm *vm, tern_val self) {
    (void)vm;
    return TERN_STR_LEN(self) != 0;
}

/* self[key]: an index (one character) or a slice. */
static tern_val str_getitem(tern_vm *vm, tern_val self, tern_val key) {
    tern_str *o = TERN_AS(tern_str, self);
    size_t nch = o->nchars;
    if (TERN_IS_KIND(key, TERN_K_SLICE)) {
        tern_int start, stop, step, n, i;
        size_t bytes, bs, w;
        tern_val r;
        const char *p;
        char *q;
        TERN_ROOTS(vm);
        TERN_ROOT(vm, self);
        n = tern_slice_indices(vm, key, (tern_int)nch, &start, &stop, &step);
        if (n <= 0) {
            TERN_UNROOT(vm);
            return TERN_N(empty_str);
        }
        o = TERN_AS(tern_str, self);
        if (step == 1) {
            bs = tern_str_byte_offset(self, (size_t)start);
            bytes = tern_str_byte_offset(self, (size_t)stop) - bs;
            r = tern_str_sub(vm, self, bs, bytes);
            TERN_UNROOT(vm);
            return r;
        }
        if (o->nchars == o->len) {
            r = tern_str_alloc(vm, (size_t)n);
            p = TERN_STR_CHARS(self);
            q = TERN_STR_DATA(TERN_PTR(r));
            for (i = 0; i < n; i++)
                q[i] = p[start + i * step];
            tern_str_finish(r);
            TERN_UNROOT(vm);
            return r;
        }
        /* non-ASCII: two walks over the characters, sizing then copying;
         * a negative step writes the output from its end */
        {
            size_t ci = 0, b = 0, len = o->len;
            tern_int lo = step > 0 ? start : start + (n - 1) * step;
            tern_int hi = step > 0 ? start + (n - 1) * step : start;
            tern_int astep = step > 0 ? step : -step;
            bytes = 0;
            p = TERN_STR_CHARS(self);
            for (ci = 0, b = 0; b < len; ci++) {
                w = 1;
                while (b + w < len && ((unsigned char)p[b + w] & 0xC0) == 0x80)
                    w++;
                if ((tern_int)ci >= lo && (tern_int)ci <= hi && ((tern_int)ci - lo) % astep == 0)
                    bytes += w;
                b += w;
            }
            r = tern_str_alloc(vm, bytes);
            p = TERN_STR_CHARS(self);
            q = TERN_STR_DATA(TERN_PTR(r));
            {
                size_t out = step > 0 ? 0 : bytes;
                for (ci = 0, b = 0; b < len; ci++) {
                    w = 1;
                    while (b + w < len && ((unsigned char)p[b + w] & 0xC0) == 0x80)
                        w++;
                    if ((tern_int)ci >= lo && (tern_int)ci <= hi && ((tern_int)ci - lo) % astep == 0) {
                        if (step > 0) {
                            memcpy(q + out, p + b, w);
                            out += w;
                        } else {
                            out -= w;
                            memcpy(q + out, p + b, w);
                        }
                    }
                    b += w;
                }
            }
            tern_str_finish(r);
            TERN_UNROOT(vm);
            return r;
        }
    }
    if (!TERN_IS_INTLIKE(key) && !TERN_IS_PROXY(key) &&
        tern_type_lookup(vm, tern_typeof(key), TERN_N(__index__)) == TERN_NULL)
        tern_raise_type_error(vm, "string indices must be integers, not '%s'", tern_type_name(key));
    {
        tern_int i = tern_seq_index(vm, key, (tern_int)nch, "string");
        size_t b, n;
        o = TERN_AS(tern_str, self);
        if (o->nchars == o->len) {
            b = (size_t)i;
            n = 1;
        } else {
            b = tern_str_byte_offset(self, (size_t)i);
            tern_utf8_decode(TERN_STR_DATA(o) + b, o->len - b, &n);
        }
        return tern_str_sub(vm, self, b, n);
    }
}

/* Byte offset of needle in hay[start, end) searching forward, or -1. */
long tern_bytes_find(const char *hay, size_t start, size_t end, const char *needle, size_t nlen) {
    const char *p, *last;
    if (end < start || end - start < nlen)
        return -1;
    if (nlen == 0)
        return (long)start;
    p = hay + start;
    last = hay + end - nlen;
    while (p <= last) {
        p = (const char *)memchr(p, needle[0], (size_t)(last - p) + 1);
        if (!p)
            return -1;
        if (memcmp(p, needle, nlen) == 0)
            return (long)(p - hay);
        p++;
    }
    return -1;
}

static int str_contains(tern_vm *vm, tern_val self, tern_val v) {
    if (!TERN_IS_STR(v))
        tern_raise_type_error(vm, "'in <string>' requires string as left operand, not %s", tern_type_name(v));
    if (TERN_STR_LEN(v) > TERN_STR_LEN(self))
        return 0;
    if (TERN_STR_LEN(v) == 0)
        return 1;
    if (!memchr(TERN_STR_CHARS(self), TERN_STR_CHARS(v)[0], TERN_STR_LEN(self)))
        return 0;
    return tern_bytes_find(TERN_STR_CHARS(self), 0, TERN_STR_LEN(self), TERN_STR_CHARS(v), TERN_STR_LEN(v)) >= 0;
}

static tern_val str_iter(tern_vm *vm, tern_val self) {
    return tern_seqiter_new(vm, self, TERN_ITK_SEQ);
}

/* Next character of a str iterator (a TERN_ITK_SEQ seqiter over a str):
 * `pos` counts characters, `aux` holds the byte offset. Returns TERN_NULL
 * at the end. The containers' seqiter next may call this for strs. */
tern_val tern_str_iter_next(tern_vm *vm, tern_val it) {
    tern_seqiter *si = TERN_AS(tern_seqiter, it);
    tern_val s = si->seq;
    tern_str *o = TERN_AS(tern_str, s);
    size_t b, n;
    if (si->pos >= o->nchars)
        return TERN_NULL;
    if (o->nchars == o->len) {
        b = si->pos;
        n = 1;
    } else {
        b = (size_t)si->aux;
        if (si->pos == 0)
            b = 0;
        tern_utf8_decode(TERN_STR_DATA(o) + b, o->len - b, &n);
    }
    si->pos++;
    si->aux = (tern_int)(b + n);
    if (n == 1) {
        /* one ASCII char: no owner walk needed, copy it first */
        char c = TERN_STR_DATA(o)[b];
        return tern_str_new(vm, &c, 1);
    }
    return tern_str_sub(vm, s, b, n);
}

/* ===================================================================
 * Constructor
 * =================================================================== */

static tern_val str_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw;
    tern_val obj = TERN_NULL, enc = TERN_NULL, err = TERN_NULL;
    (void)t;
    if (npos > 3)
        tern_raise_type_error(vm, "str() takes at most 3 arguments (%d given)", npos);
    if (npos > 0) obj = args[0];
    if (npos > 1) enc = args[1];
    if (npos > 2) err = args[2];
    if (nkw) {
        int i;
        for (i = 0; i < nkw; i++) {
            tern_val k = TERN_TUPLE_ITEMS(kwnames)[i], v = args[npos + i];
            if (tern_str_eq(k, TERN_N(object)))
                obj = v;
            else if (tern_str_eq(k, TERN_N(encoding)))
                enc = v;
            else if (tern_str_eq(k, TERN_N(errors)))
                err = v;
            else
                tern_raise_type_error(vm, "'%V' is an invalid keyword argument for str()", k);
        }
    }
    if (obj == TERN_NULL)
        return TERN_N(empty_str);
    if (enc != TERN_NULL && !TERN_IS_STR(enc))
        tern_raise_type_error(vm, "str() argument 'encoding' must be str, not %s", tern_type_name(enc));
    if (err != TERN_NULL && !TERN_IS_STR(err))
        tern_raise_type_error(vm, "str() argument 'errors' must be str, not %s", tern_type_name(err));
    if (enc == TERN_NULL && err == TERN_NULL)
        return tern_to_str(vm, obj);
    if (TERN_IS_STR(obj))
        tern_raise_type_error(vm, "decoding str is not supported");
    if (!TERN_IS_BYTESLIKE(TERN_PROXY_VALUE(obj)))
        tern_raise_type_error(vm, "decoding to str: need a bytes-like object, %s found", tern_type_name(obj));
    obj = TERN_PROXY_VALUE(obj);
    return tern_str_decode(vm, obj, enc, err);
}

/* ===================================================================
 * The type
 * =================================================================== */

static const tern_attr str_attrs[] = {
#define TERN_X_(n) {TERN_NSTR(n), &tern_strm_##n},
    TERN_STR_METHODS(TERN_X_)
#undef TERN_X_
};

const tern_type tern_type_str = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(str), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, str_attrs, sizeof(str_attrs) / sizeof(str_attrs[0]),
    TERN_K_STR, TERN_TF_BASETYPE, 0,
    str_make,
    str_repr_slot,
    str_str_slot,
    str_hash_slot,
    str_compare,
    str_binop,
    NULL,
    str_truth,
    str_len_slot,
    str_getitem,
    NULL,
    str_contains,
    str_iter,
    NULL,
    NULL,
    NULL,
    NULL
};
