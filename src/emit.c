/* SPDX-License-Identifier: MIT */
/*
 * emit.c — building code objects: the bytecode buffer, labels and jumps,
 * stack-depth tracking, constants and names, the line table and the
 * exception table, and the final tern_code.
 *
 * Every buffer of a unit under construction is a heap object held in the
 * unit's rooted tuple (tern_unit.h, slots UH_*); counts live in the C
 * struct. Pointers into the buffers are re-derived after each allocation.
 *
 * LINE TABLE (code->lines, a blob): 4 bytes, the first line number as a
 * little-endian uint32, then pairs of bytes (address delta 0..255, line
 * delta as int8 -128..127). Walking the pairs and adding the deltas gives
 * (start address, line) points; an instruction's line is the one of the
 * last point whose address is <= the instruction's offset. Large deltas
 * are split over several pairs (a pair may have a zero address delta).
 *
 * EXCEPTION TABLE (code->exctable, a blob of tern_exc_entry, or NULL): the
 * ranges do not overlap — each instruction is covered by the handler of
 * the innermost try/with around it, or none — so "innermost first" holds
 * trivially and the VM may take the first entry containing the offset.
 *
 * Labels: a blob of {pos, chain, depth} records. A jump to a label not yet
 * placed stores the previous fixup position in its 16-bit argument,
 * forming a chain through the bytecode that is patched when the unit ends.
 */
#include "ast.h"

typedef struct label_rec {
    int32_t pos;        /* -1 until placed */
    int32_t chain;      /* offset of the last unpatched jump argument, -1 if none */
    int32_t depth;      /* stack depth at the target, -1 unknown */
} label_rec;

#define UH(c, i) (TERN_TUPLE_ITEMS((c)->unit->h)[i])
#define BLOB_LEN(v) (TERN_AS(tern_blob, v)->len)
#define BLOB(v) TERN_BLOB_DATA(TERN_PTR(v))

/* Make sure blob slot `slot` holds at least `need` bytes, growing it. */
static void blob_reserve(tern_comp *c, int slot, size_t need) {
    tern_vm *vm = c->vm;
    tern_val old = UH(c, slot);
    size_t cap = old ? BLOB_LEN(old) : 0, ncap;
    tern_blob *b;
    if (cap >= need) return;
    ncap = cap ? cap * 2 : 64;
    while (ncap < need) ncap *= 2;
    b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap);
    b->len = ncap;
    old = UH(c, slot);
    if (old) memcpy(TERN_BLOB_DATA(b), BLOB(old), cap);
    UH(c, slot) = TERN_VAL(b);
}

/* Make sure tuple slot `slot` has room for `need` items. */
static void tuple_reserve(tern_comp *c, int slot, size_t need) {
    tern_vm *vm = c->vm;
    tern_val old = UH(c, slot), t;
    size_t cap = old ? TERN_TUPLE_LEN(old) : 0, ncap;
    if (cap >= need) return;
    ncap = cap ? cap * 2 : 8;
    while (ncap < need) ncap *= 2;
    t = tern_tuple_new(vm, ncap);
    old = UH(c, slot);
    if (old) memcpy(TERN_TUPLE_ITEMS(t), TERN_TUPLE_ITEMS(old), cap * sizeof(tern_val));
    UH(c, slot) = t;
}

void tern_unit_begin(tern_comp *c, tern_unit *u, int32_t scope, int kind, int firstline) {
    tern_vm *vm = c->vm;
    memset(u, 0, sizeof *u);
    u->parent = c->unit;
    u->scope = scope;
    u->kind = kind;
    u->firstline = firstline;
    u->line = firstline;
    u->last_line = firstline;
    u->h_label = -1;
    u->roots_mark = vm->nroots;
    u->h = TERN_NULL;
    tern_root_push_(vm, &u->h);
    u->h = tern_tuple_new(vm, UH__COUNT);
    c->unit = u;
    blob_reserve(c, UH_LINES, 64);
    {
        uint8_t *p = BLOB(UH(c, UH_LINES));
        uint32_t fl = (uint32_t)firstline;
        p[0] = (uint8_t)fl; p[1] = (uint8_t)(fl >> 8); p[2] = (uint8_t)(fl >> 16); p[3] = (uint8_t)(fl >> 24);
        u->nlines = 4;
    }
    if (scope) tern_scope_assign_slots(c, scope);
}

/* Net stack effect of an instruction when it falls through. */
static int stack_effect(int op, int arg) {
    switch (op) {
    case TERN_BC_NOP: case TERN_BC_ROT_TWO: case TERN_BC_ROT_THREE: case TERN_BC_ROT_FOUR:
    case TERN_BC_GET_ITER: case TERN_BC_LIST_TO_TUPLE: case TERN_BC_CHECK_EXC_MATCH:
    case TERN_BC_YIELD_VALUE: case TERN_BC_GET_YIELD_FROM_ITER: case TERN_BC_GET_AWAITABLE:
    case TERN_BC_GET_AITER:
        return 0;
    case TERN_BC_POP_TOP: case TERN_BC_BINARY_SUBSCR: case TERN_BC_RETURN_VALUE:
    case TERN_BC_PRINT_EXPR: case TERN_BC_POP_EXCEPT: case TERN_BC_RERAISE:
    case TERN_BC_IMPORT_STAR: case TERN_BC_YIELD_FROM:
        return -1;
    case TERN_BC_DUP_TOP: case TERN_BC_LOAD_BUILD_CLASS: case TERN_BC_LOAD_ASSERTION_ERROR:
    case TERN_BC_PUSH_EXC_INFO: case TERN_BC_BEFORE_WITH: case TERN_BC_WITH_EXCEPT_START:
    case TERN_BC_GET_ANEXT: case TERN_BC_BEFORE_ASYNC_WITH:
        return 1;
    case TERN_BC_DUP_TOP_TWO: return 2;
    case TERN_BC_GET_LEN: case TERN_BC_MATCH_KEYS: case TERN_BC_MATCH_KIND: return 1;
    case TERN_BC_COPY_DICT_WITHOUT_KEYS: return -1;
    case TERN_BC_MATCH_CLASS: return -2;
    case TERN_BC_STORE_SUBSCR: return -3;
    case TERN_BC_DELETE_SUBSCR: case TERN_BC_END_ASYNC_FOR: return -2;
    case TERN_BC_LOAD_CONST: case TERN_BC_LOAD_SMALL_INT: case TERN_BC_LOAD_FAST: case TERN_BC_LOAD_FAST_AUG:
    case TERN_BC_LOAD_CLOSURE: case TERN_BC_LOAD_DEREF: case TERN_BC_LOAD_GLOBAL:
    case TERN_BC_LOAD_NAME: case TERN_BC_LOAD_METHOD: case TERN_BC_IMPORT_FROM:
        return 1;
    case TERN_BC_STORE_FAST: case TERN_BC_STORE_DEREF: case TERN_BC_STORE_GLOBAL:
    case TERN_BC_STORE_NAME: case TERN_BC_DELETE_ATTR: case TERN_BC_BINARY_OP:
    case TERN_BC_COMPARE_OP: case TERN_BC_LIST_APPEND: case TERN_BC_SET_ADD:
    case TERN_BC_LIST_EXTEND: case TERN_BC_SET_UPDATE: case TERN_BC_DICT_UPDATE:
    case TERN_BC_DICT_MERGE: case TERN_BC_POP_JUMP_IF_FALSE: case TERN_BC_POP_JUMP_IF_TRUE:
    case TERN_BC_JUMP_IF_FALSE_OR_POP: case TERN_BC_JUMP_IF_TRUE_OR_POP: case TERN_BC_IMPORT_NAME:
        return -1;
    case TERN_BC_DELETE_FAST: case TERN_BC_MAKE_CELL: case TERN_BC_DELETE_DEREF:
    case TERN_BC_DELETE_GLOBAL: case TERN_BC_DELETE_NAME: case TERN_BC_LOAD_ATTR:
    case TERN_BC_UNARY_OP: case TERN_BC_JUMP:
        return 0;
    case TERN_BC_STORE_ATTR: case TERN_BC_MAP_ADD: return -2;
    case TERN_BC_BUILD_TUPLE: case TERN_BC_BUILD_LIST: case TERN_BC_BUILD_SET:
    case TERN_BC_BUILD_SLICE: case TERN_BC_BUILD_STRING:
        return 1 - arg;
    case TERN_BC_BUILD_MAP: return 1 - 2 * arg;
    case TERN_BC_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case TERN_BC_UNPACK_SEQUENCE: return arg - 1;
    case TERN_BC_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case TERN_BC_FOR_ITER: return 1;
    case TERN_BC_CALL_FUNCTION: return -arg;
    case TERN_BC_CALL_FUNCTION_KW: return -arg - 1;
    case TERN_BC_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case TERN_BC_CALL_METHOD: return -arg - 1;
    case TERN_BC_CALL_METHOD_KW: return -arg - 2;
    case TERN_BC_MAKE_FUNCTION:
        return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case TERN_BC_RAISE_VARARGS: return -arg;
    default: return 0;
    }
}

/* Append line-table pairs so the instruction at u->ncode gets u->line. */
static void note_line(tern_comp *c) {
    tern_unit *u = c->unit;
    uint32_t da;
    int dl;
    if (u->line == u->last_line || u->line <= 0) return;
    da = u->ncode - u->last_line_pc;
    dl = u->line - u->last_line;
    while (da > 255 || dl > 127 || dl < -128) {
        uint8_t *p;
        int a = da > 255 ? 255 : (int)da;
        int l = dl > 127 ? 127 : dl < -128 ? -128 : dl;
        blob_reserve(c, UH_LINES, u->nlines + 2);
        p = BLOB(UH(c, UH_LINES)) + u->nlines;
        p[0] = (uint8_t)a;
        p[1] = (uint8_t)(int8_t)l;
        u->nlines += 2;
        da -= (uint32_t)a;
        dl -= l;
    }
    {
        uint8_t *p;
        blob_reserve(c, UH_LINES, u->nlines + 2);
        p = BLOB(UH(c, UH_LINES)) + u->nlines;
        p[0] = (uint8_t)da;
        p[1] = (uint8_t)(int8_t)dl;
        u->nlines += 2;
    }
    u->last_line = u->line;
    u->last_line_pc = u->ncode;
}

void tern_emit(tern_comp *c, int op, int arg) {
    tern_unit *u = c->unit;
    int size = op >= TERN_BC_HAVE_ARG ? 3 : 1;
    uint8_t *p;
    if (u->ncode + (uint32_t)size > 65535)
        tern_comp_error(c, &tern_type_SyntaxError, 0, u->line, "function too big");
    note_line(c);
    blob_reserve(c, UH_CODE, u->ncode + (uint32_t)size);
    p = BLOB(UH(c, UH_CODE)) + u->ncode;
    p[0] = (uint8_t)op;
    if (size == 3) {
        p[1] = (uint8_t)(arg & 0xFF);
        p[2] = (uint8_t)((arg >> 8) & 0xFF);
    }
    u->ncode += (uint32_t)size;
    u->depth += stack_effect(op, arg);
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
    u->unreachable = op == TERN_BC_JUMP || op == TERN_BC_RETURN_VALUE || op == TERN_BC_RERAISE ||
                     op == TERN_BC_RAISE_VARARGS;
}

static label_rec *label_get(tern_comp *c, int l) {
    return (label_rec *)BLOB(UH(c, UH_LABELS)) + l;
}

int tern_label_new(tern_comp *c) {
    tern_unit *u = c->unit;
    label_rec *r;
    blob_reserve(c, UH_LABELS, (size_t)(u->nlabels + 1) * sizeof(label_rec));
    r = label_get(c, u->nlabels);
    r->pos = -1;
    r->chain = -1;
    r->depth = -1;
    return u->nlabels++;
}

static void label_note_depth(tern_comp *c, int l, int depth) {
    label_rec *r = label_get(c, l);
    if (depth > r->depth) r->depth = depth;
}

void tern_label_place(tern_comp *c, int l) {
    tern_unit *u = c->unit;
    label_rec *r = label_get(c, l);
    r->pos = (int32_t)u->ncode;
    if (u->unreachable) {
        if (r->depth >= 0) u->depth = r->depth;
        u->unreachable = 0;
    } else if (r->depth > u->depth) {
        u->depth = r->depth;
    }
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

void tern_emit_jump(tern_comp *c, int op, int l) {
    tern_unit *u = c->unit;
    label_rec *r;
    int tdepth = u->depth;
    int32_t arg;
    if (op == TERN_BC_POP_JUMP_IF_FALSE || op == TERN_BC_POP_JUMP_IF_TRUE || op == TERN_BC_FOR_ITER)
        tdepth--;
    label_note_depth(c, l, tdepth);
    r = label_get(c, l);
    if (r->pos >= 0) {
        arg = r->pos;
    } else {
        arg = r->chain < 0 ? 0xFFFF : r->chain;
        r->chain = (int32_t)u->ncode + 1;
    }
    tern_emit(c, op, arg);
}

/* Close the current exception-table range at the current offset. */
static void close_range(tern_comp *c) {
    tern_unit *u = c->unit;
    tern_exc_entry *e;
    if (u->h_label < 0 || u->ncode <= u->h_start) return;
    if (u->nexc > 0) {
        e = (tern_exc_entry *)BLOB(UH(c, UH_EXC)) + (u->nexc - 1);
        if (e->end == u->h_start && e->target == u->h_label && e->depth == u->h_depth) {
            e->end = (uint16_t)u->ncode;
            return;
        }
    }
    blob_reserve(c, UH_EXC, (u->nexc + 1) * sizeof(tern_exc_entry));
    e = (tern_exc_entry *)BLOB(UH(c, UH_EXC)) + u->nexc;
    e->start = (uint16_t)u->h_start;
    e->end = (uint16_t)u->ncode;
    e->target = (uint16_t)u->h_label;    /* a label id until the unit ends */
    e->depth = (uint16_t)u->h_depth;
    u->nexc++;
}

void tern_set_handler(tern_comp *c, int label, int depth) {
    tern_unit *u = c->unit;
    if (label == u->h_label && depth == u->h_depth) return;
    close_range(c);
    u->h_label = label;
    u->h_depth = depth;
    u->h_start = u->ncode;
    if (label >= 0) label_note_depth(c, label, depth + 1);
}

/* Are two constants the same (same type and value, or identical)? */
static int const_same(tern_val a, tern_val b) {
    if (a == b) return 1;
    if (!TERN_IS_OBJ(a) || !TERN_IS_OBJ(b)) return 0;
    if (TERN_KIND_OF(a) != TERN_KIND_OF(b)) return 0;
    switch (TERN_KIND_OF(a)) {
    case TERN_K_STR: case TERN_K_BYTES:
        return TERN_STR_LEN(a) == TERN_STR_LEN(b) &&
               memcmp(TERN_STR_CHARS(a), TERN_STR_CHARS(b), TERN_STR_LEN(a)) == 0;
    case TERN_K_FLOAT:
        return memcmp(&TERN_AS(tern_float, a)->value, &TERN_AS(tern_float, b)->value, sizeof(double)) == 0;
    default:
        return 0;
    }
}

int tern_const_index(tern_comp *c) {
    tern_unit *u = c->unit;
    uint32_t i;
    tern_val v = UH(c, UH_T1);
    tern_val t = UH(c, UH_CONSTS);
    int dedup = !(TERN_IS_OBJ(v) && TERN_KIND_OF(v) == TERN_K_CODE);
    if (dedup && t)
        for (i = 0; i < u->nconsts; i++)
            if (const_same(TERN_TUPLE_ITEMS(t)[i], v)) return (int)i;
    if (u->nconsts >= 65535)
        tern_comp_error(c, &tern_type_SyntaxError, 0, u->line, "too many constants");
    tuple_reserve(c, UH_CONSTS, u->nconsts + 1);
    TERN_TUPLE_ITEMS(UH(c, UH_CONSTS))[u->nconsts] = UH(c, UH_T1);
    return (int)u->nconsts++;
}

int tern_name_index(tern_comp *c) {
    tern_unit *u = c->unit;
    uint32_t i;
    tern_val v = UH(c, UH_T1);
    tern_val t = UH(c, UH_NAMES);
    if (t)
        for (i = 0; i < u->nnames; i++)
            if (TERN_TUPLE_ITEMS(t)[i] == v) return (int)i;
    if (u->nnames >= 65535)
        tern_comp_error(c, &tern_type_SyntaxError, 0, u->line, "too many names");
    tuple_reserve(c, UH_NAMES, u->nnames + 1);
    TERN_TUPLE_ITEMS(UH(c, UH_NAMES))[u->nnames] = UH(c, UH_T1);
    return (int)u->nnames++;
}

/* An exact-size tuple with the first n items of tuple slot `slot`. */
static tern_val tuple_exact(tern_comp *c, int slot, uint32_t n) {
    tern_val t = tern_tuple_new(c->vm, n);
    if (n) memcpy(TERN_TUPLE_ITEMS(t), TERN_TUPLE_ITEMS(UH(c, slot)), n * sizeof(tern_val));
    return t;
}

static tern_val blob_exact(tern_comp *c, int slot, size_t n) {
    tern_blob *b = (tern_blob *)tern_alloc(c->vm, TERN_K_BLOB, sizeof(tern_blob) + n);
    b->len = n;
    if (n) memcpy(TERN_BLOB_DATA(b), BLOB(UH(c, slot)), n);
    return TERN_VAL(b);
}

/* varnames: one interned str per slot. */
static tern_val make_varnames(tern_comp *c) {
    tern_unit *u = c->unit;
    int n = u->scope ? SCOPE(c, u->scope)->nlocals : 0, i;
    int32_t y;
    {
        /* allocate first: UH() is a slot of a heap tuple the allocation may move */
        tern_val t = tern_tuple_new(c->vm, (size_t)n);
        UH(c, UH_T3) = t;
    }
    for (i = 0; i < n; i++) {
        uint32_t pos = 0, len = 0;
        tern_val s;
        for (y = SCOPE(c, u->scope)->syms; y; y = SYM(c, y)->next)
            if (SYM(c, y)->slot == i) {
                pos = SYM(c, y)->pos;
                len = SYM(c, y)->len;
                break;
            }
        s = tern_str_alloc(c->vm, len);
        memcpy(TERN_STR_DATA(TERN_PTR(s)), tern_comp_name(c, pos), len);
        tern_str_finish(s);
        s = tern_intern_val(c->vm, s);
        TERN_TUPLE_ITEMS(UH(c, UH_T3))[i] = s;
    }
    return UH(c, UH_T3);
}

tern_val tern_unit_end(tern_comp *c, int argcount, int posonly, int kwonly, int flags) {
    tern_vm *vm = c->vm;
    tern_unit *u = c->unit;
    tern_code *code;
    tern_val t;
    int l;
    /* patch the jumps */
    for (l = 0; l < u->nlabels; l++) {
        label_rec *r = label_get(c, l);
        int32_t at = r->chain;
        uint8_t *p = BLOB(UH(c, UH_CODE));
        if (r->pos < 0) {
            if (at >= 0)
                tern_comp_error(c, &tern_type_SystemError, 0, u->line, "compiler: unplaced label");
            continue;
        }
        while (at >= 0) {
            int32_t nx = p[at] | (p[at + 1] << 8);
            p[at] = (uint8_t)(r->pos & 0xFF);
            p[at + 1] = (uint8_t)(r->pos >> 8);
            at = nx == 0xFFFF ? -1 : nx;
        }
    }
    tern_set_handler(c, -1, 0);
    if (u->nexc) {
        uint32_t i;
        tern_exc_entry *e = (tern_exc_entry *)BLOB(UH(c, UH_EXC));
        for (i = 0; i < u->nexc; i++)
            e[i].target = (uint16_t)label_get(c, e[i].target)->pos;
    }
    /* each result is stored after its allocation: UH() is a slot of a heap
     * tuple that the allocation may move */
    t = tuple_exact(c, UH_CONSTS, u->nconsts);
    UH(c, UH_T1) = t;
    t = tuple_exact(c, UH_NAMES, u->nnames);
    UH(c, UH_T2) = t;
    make_varnames(c);
    t = blob_exact(c, UH_LINES, u->nlines);
    UH(c, UH_LINES) = t;
    t = u->nexc ? blob_exact(c, UH_EXC, u->nexc * sizeof(tern_exc_entry)) : TERN_NULL;
    UH(c, UH_EXC) = t;
    if (!UH(c, UH_NAME)) UH(c, UH_NAME) = TERN_N(ANGLE_module);
    if (!UH(c, UH_QUALNAME)) UH(c, UH_QUALNAME) = UH(c, UH_NAME);
#if TERN_ATTR_HINTS
    if (u->nnames) {
        size_t n = u->nnames * sizeof(tern_attr_hint);
        tern_blob *hb = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + n);
        hb->len = n;                    /* zeroed: no hint is valid (epochs start at 1) */
        t = TERN_VAL(hb);
    } else {
        t = TERN_NULL;
    }
    UH(c, UH_T4) = t;
#endif
    code = (tern_code *)tern_alloc(vm, TERN_K_CODE, sizeof(tern_code) + u->ncode);
    if (u->ncode) memcpy(TERN_CODE_BYTES(code), BLOB(UH(c, UH_CODE)), u->ncode);
    code->consts = UH(c, UH_T1);
    code->names = UH(c, UH_T2);
    code->varnames = UH(c, UH_T3);
    code->cellnames = TERN_NULL;
    code->name = UH(c, UH_NAME);
    code->qualname = UH(c, UH_QUALNAME);
    code->filename = c->filename;
    code->lines = UH(c, UH_LINES);
    code->exctable = UH(c, UH_EXC);
#if TERN_ATTR_HINTS
    code->hints = UH(c, UH_T4);
#else
    code->hints = TERN_NULL;
#endif
    code->argcount = (uint16_t)argcount;
    code->posonlycount = (uint16_t)posonly;
    code->kwonlycount = (uint16_t)kwonly;
    if (u->scope) {
        code->nlocals = (uint16_t)SCOPE(c, u->scope)->nlocals;
        code->nfree = (uint16_t)SCOPE(c, u->scope)->nfree;
    }
    code->stacksize = (uint16_t)(u->maxdepth + 1);
    code->flags = (uint16_t)flags;
    code->firstline = (uint16_t)(u->firstline > 65535 ? 65535 : u->firstline);
    code->ncode = u->ncode;
    c->unit = u->parent;
    vm->nroots = u->roots_mark;
    return TERN_VAL(code);
}

int tern_code_line(tern_val code, size_t offset) {
    tern_code *co = TERN_AS(tern_code, code);
    const uint8_t *p;
    size_t n, i, addr = 0;
    long line;
    if (!co->lines) return co->firstline;
    p = TERN_BLOB_DATA(TERN_PTR(co->lines));
    n = TERN_AS(tern_blob, co->lines)->len;
    if (n < 4) return co->firstline;
    line = (long)((uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24));
    for (i = 4; i + 1 < n; i += 2) {
        if (addr + p[i] > offset) break;
        addr += p[i];
        line += (int8_t)p[i + 1];
    }
    return (int)line;
}

#ifdef TERN_DEBUG_DISASM
/* Debug: print a code object and its nested code objects to stderr. */
#include <stdio.h>
static const char *const op_names0[] = {
#define TERN_OP0(name) #name,
#define TERN_OP1(name)
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
};
static const char *const op_names1[] = {
#define TERN_OP0(name)
#define TERN_OP1(name) #name,
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
};

void tern_disasm(tern_val code);
void tern_disasm(tern_val code) {
    tern_code *co = TERN_AS(tern_code, code);
    const uint8_t *p = TERN_CODE_BYTES(co);
    uint32_t i = 0, k;
    fprintf(stderr, "== %.*s (%.*s) args=%d posonly=%d kwonly=%d nlocals=%d nfree=%d stack=%d flags=%x\n",
            (int)TERN_STR_LEN(co->name), TERN_STR_CHARS(co->name),
            (int)TERN_STR_LEN(co->qualname), TERN_STR_CHARS(co->qualname),
            co->argcount, co->posonlycount, co->kwonlycount, co->nlocals, co->nfree, co->stacksize, co->flags);
    fprintf(stderr, "   varnames:");
    for (k = 0; k < TERN_TUPLE_LEN(co->varnames); k++) {
        tern_val v = TERN_TUPLE_ITEMS(co->varnames)[k];
        fprintf(stderr, " %.*s", (int)TERN_STR_LEN(v), TERN_STR_CHARS(v));
    }
    fprintf(stderr, "\n");
    while (i < co->ncode) {
        int op = p[i];
        fprintf(stderr, "  %4u L%-3d ", i, tern_code_line(code, i));
        if (op >= TERN_BC_HAVE_ARG) {
            int arg = p[i + 1] | (p[i + 2] << 8);
            fprintf(stderr, "%-22s %d", op_names1[op - TERN_BC_HAVE_ARG], arg);
            if (op == TERN_BC_LOAD_NAME || op == TERN_BC_STORE_NAME || op == TERN_BC_LOAD_GLOBAL ||
                op == TERN_BC_STORE_GLOBAL || op == TERN_BC_LOAD_ATTR || op == TERN_BC_LOAD_METHOD ||
                op == TERN_BC_STORE_ATTR || op == TERN_BC_IMPORT_NAME || op == TERN_BC_IMPORT_FROM ||
                op == TERN_BC_DELETE_NAME) {
                tern_val v = TERN_TUPLE_ITEMS(co->names)[arg];
                fprintf(stderr, " (%.*s)", (int)TERN_STR_LEN(v), TERN_STR_CHARS(v));
            } else if (op == TERN_BC_LOAD_CONST) {
                tern_val v = TERN_TUPLE_ITEMS(co->consts)[arg];
                if (TERN_IS_STR(v)) fprintf(stderr, " ('%.*s')", (int)TERN_STR_LEN(v), TERN_STR_CHARS(v));
                else if (TERN_IS_SMALL(v)) fprintf(stderr, " (%ld)", (long)TERN_SMALL_VALUE(v));
                else if (v == TERN_NONE) fprintf(stderr, " (None)");
            } else if (op == TERN_BC_LOAD_FAST || op == TERN_BC_LOAD_FAST_AUG || op == TERN_BC_STORE_FAST || op == TERN_BC_LOAD_DEREF ||
                       op == TERN_BC_STORE_DEREF || op == TERN_BC_LOAD_CLOSURE || op == TERN_BC_MAKE_CELL) {
                tern_val v = TERN_TUPLE_ITEMS(co->varnames)[arg];
                fprintf(stderr, " (%.*s)", (int)TERN_STR_LEN(v), TERN_STR_CHARS(v));
            }
            fprintf(stderr, "\n");
            i += 3;
        } else {
            fprintf(stderr, "%s\n", op < TERN_BC_LAST0_ ? op_names0[op] : "?");
            i++;
        }
    }
    if (co->exctable) {
        tern_exc_entry *e = (tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(co->exctable));
        size_t n = TERN_AS(tern_blob, co->exctable)->len / sizeof(tern_exc_entry);
        for (k = 0; k < n; k++)
            fprintf(stderr, "  exc [%u, %u) -> %u depth %u\n", e[k].start, e[k].end, e[k].target, e[k].depth);
    }
    for (k = 0; k < TERN_TUPLE_LEN(co->consts); k++) {
        tern_val v = TERN_TUPLE_ITEMS(co->consts)[k];
        if (TERN_IS_OBJ(v) && TERN_KIND_OF(v) == TERN_K_CODE) tern_disasm(v);
    }
}
#endif

#ifdef TERN_DEBUG_DISASM
/* Debug: check the stack depth is consistent on every path (jumps and
 * exception handlers) and within code->stacksize. Prints problems. */
void tern_verify_depth(tern_val code);
void tern_verify_depth(tern_val code) {
    tern_code *co = TERN_AS(tern_code, code);
    const uint8_t *p = TERN_CODE_BYTES(co);
    static int depth_at[65536];
    static uint32_t work[65536];
    uint32_t n = co->ncode, nw = 0, i, k;
    int maxd = 0;
    tern_exc_entry *ex = co->exctable ? (tern_exc_entry *)TERN_BLOB_DATA(TERN_PTR(co->exctable)) : NULL;
    size_t nex = co->exctable ? TERN_AS(tern_blob, co->exctable)->len / sizeof(tern_exc_entry) : 0;
    for (i = 0; i < n; i++) depth_at[i] = -1;
#define PUSHW(at, d) do { uint32_t a_ = (at); int d_ = (d); \
        if (a_ >= n) { fprintf(stderr, "VERIFY %.*s: jump out of code at %u\n", (int)TERN_STR_LEN(co->qualname), TERN_STR_CHARS(co->qualname), a_); break; } \
        if (d_ < 0) fprintf(stderr, "VERIFY %.*s: negative depth at %u\n", (int)TERN_STR_LEN(co->qualname), TERN_STR_CHARS(co->qualname), a_); \
        if (depth_at[a_] < 0) { depth_at[a_] = d_; work[nw++] = a_; } \
        else if (depth_at[a_] != d_) fprintf(stderr, "VERIFY %.*s: depth %d vs %d at %u\n", (int)TERN_STR_LEN(co->qualname), TERN_STR_CHARS(co->qualname), depth_at[a_], d_, a_); } while (0)
    if (n) PUSHW(0, 0);
    while (nw) {
        uint32_t at = work[--nw];
        int d = depth_at[at], op = p[at], arg = 0, size = 1, nd;
        if (op >= TERN_BC_HAVE_ARG) { arg = p[at + 1] | (p[at + 2] << 8); size = 3; }
        if (d > maxd) maxd = d;
        for (k = 0; k < nex; k++)
            if (at >= ex[k].start && at < ex[k].end) {
                if (d < ex[k].depth)
                    fprintf(stderr, "VERIFY %.*s: depth %d below handler depth %d at %u\n",
                            (int)TERN_STR_LEN(co->qualname), TERN_STR_CHARS(co->qualname), d, ex[k].depth, at);
                PUSHW(ex[k].target, ex[k].depth + 1);
                break;
            }
        nd = d + stack_effect(op, arg);
        if (nd > maxd) maxd = nd;
        if (op == TERN_BC_JUMP) { PUSHW((uint32_t)arg, d); continue; }
        if (op == TERN_BC_POP_JUMP_IF_FALSE || op == TERN_BC_POP_JUMP_IF_TRUE) PUSHW((uint32_t)arg, d - 1);
        if (op == TERN_BC_JUMP_IF_FALSE_OR_POP || op == TERN_BC_JUMP_IF_TRUE_OR_POP) PUSHW((uint32_t)arg, d);
        if (op == TERN_BC_FOR_ITER) PUSHW((uint32_t)arg, d - 1);
        if (op == TERN_BC_RETURN_VALUE || op == TERN_BC_RERAISE || op == TERN_BC_RAISE_VARARGS) continue;
        if (at + (uint32_t)size < n) PUSHW(at + (uint32_t)size, nd);
    }
#undef PUSHW
    if (maxd + 1 > co->stacksize)
        fprintf(stderr, "VERIFY %.*s: max depth %d > stacksize %d\n", (int)TERN_STR_LEN(co->qualname),
                TERN_STR_CHARS(co->qualname), maxd, co->stacksize);
    for (k = 0; k < TERN_TUPLE_LEN(co->consts); k++) {
        tern_val v = TERN_TUPLE_ITEMS(co->consts)[k];
        if (TERN_IS_OBJ(v) && TERN_KIND_OF(v) == TERN_K_CODE) tern_verify_depth(v);
    }
}
#endif
