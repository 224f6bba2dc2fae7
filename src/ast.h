/* SPDX-License-Identifier: MIT */
/*
 * ast.h — the compiler's shared state: the AST arena, scopes and symbols,
 * and the code unit being generated. Used by lexer.c, parser.c, scope.c,
 * emit.c and compile.c; nothing outside the front end includes it.
 *
 * MEMORY. The compiler allocates nothing with malloc and the collector
 * moves every heap object at any allocation. So:
 *
 *  - The AST, the scopes and the symbols live in one arena: a heap blob
 *    held in the rooted `tern_comp.arena` and addressed by byte offsets
 *    (offset 0 means "none"). NODE(c, off) re-derives a pointer; such a
 *    pointer is valid only until the next allocation (including the arena
 *    growing). Arena records hold only plain C data: kinds, offsets,
 *    source positions, line numbers.
 *  - The source text is reached through CSRC(c), re-derived at each use.
 *  - The code being built (bytecode, constants, names, line table,
 *    exception table, labels) lives in heap objects held by one rooted
 *    tuple per code unit (tern_unit.h).
 *
 * A module is parsed and compiled one top-level statement at a time; the
 * arena is reset between statements, so only one statement's AST (a whole
 * def or class counts as one) is ever alive.
 */
#ifndef TERN_AST_H
#define TERN_AST_H

#include "runtime.h"
#include "lexer.h"

/* ===================================================================
 * AST nodes
 * =================================================================== */

enum {
    N_NONE_ = 0,
    /* expressions */
    N_NAME,         /* pos/len: identifier */
    N_CONST,        /* op: CONST_NONE/TRUE/FALSE/ELLIPSIS */
    N_NUM,          /* pos/len: the literal */
    N_STR,          /* a: list of N_STRPART (adjacent literals, no f-string) */
    N_STRPART,      /* pos/len: literal text (inside quotes); op: SP_* flags */
    N_JOINED,       /* f-string: a: list of N_STRPART (SP_FSTR set) and N_FORMATTED */
    N_FORMATTED,    /* a: expr, op: conversion (0 none, 1 s, 2 r, 3 a), b: spec N_JOINED or 0 */
    N_BINOP,        /* op: tern_binop, a, b */
    N_UNARY,        /* op: tern_unop, a */
    N_BOOLOP,       /* op: 0 and, 1 or; a: list of operands */
    N_COMPARE,      /* a: list of operands; each operand but the first has op = tern_cmpop */
    N_IFEXP,        /* a: test, b: body, c: orelse */
    N_LAMBDA,       /* a: N_ARGS, b: body expr, e: scope */
    N_CALL,         /* a: func, b: list of args (exprs, N_STARRED, N_KEYWORD, N_DSTAR) */
    N_KEYWORD,      /* pos/len: keyword name, a: value */
    N_DSTAR,        /* **a (in calls and dict displays) */
    N_ATTR,         /* a: obj, pos/len: attribute name */
    N_SUBSCR,       /* a: obj, b: index */
    N_SLICE,        /* a, b, c: lower, upper, step (0 when absent) */
    N_STARRED,      /* *a */
    N_TUPLE,        /* a: list of elements */
    N_LIST,
    N_SET,
    N_DICT,         /* a: list of N_PAIR / N_DSTAR */
    N_PAIR,         /* a: key, b: value */
    N_LISTCOMP,     /* a: elt, c: list of N_COMPFOR, e: scope */
    N_SETCOMP,
    N_DICTCOMP,     /* a: key, b: value */
    N_GENEXP,
    N_COMPFOR,      /* a: target, b: iter, c: list of if-conditions; op: async */
    N_AWAIT,        /* a */
    N_YIELD,        /* a (or 0) */
    N_YIELDFROM,    /* a */
    N_NAMEDEXPR,    /* a: N_NAME target, b: value */
    /* statements */
    N_EXPR,         /* a: value */
    N_ASSIGN,       /* a: list of targets (a = b = value), b: value */
    N_AUGASSIGN,    /* a: target, op: tern_binop, b: value */
    N_ANNASSIGN,    /* a: target, b: annotation, c: value or 0, op: 1 if simple name */
    N_DEL,          /* a: list of targets */
    N_PASS, N_BREAK, N_CONTINUE,
    N_RETURN,       /* a: value or 0 */
    N_RAISE,        /* a: exc or 0, b: cause or 0 */
    N_GLOBAL,       /* a: list of N_NAME */
    N_NONLOCAL,
    N_IMPORT,       /* a: list of N_ALIAS */
    N_IMPORTFROM,   /* pos/len: module (len 0 for "from . import"), op: level, a: aliases or 0 for * */
    N_ALIAS,        /* pos/len: dotted name; b/c: pos/len of "as" name (c == 0: none) */
    N_ASSERT,       /* a: test, b: msg or 0 */
    N_IF,           /* a: test, b: body, c: orelse */
    N_WHILE,        /* a: test, b: body, c: orelse */
    N_FOR,          /* a: target, b: iter, c: body, d: orelse; op: async */
    N_TRY,          /* a: body, b: handlers, c: orelse, d: finalbody */
    N_HANDLER,      /* a: type or 0, pos/len: "as" name (len 0 none), b: body */
    N_WITH,         /* a: list of N_WITHITEM, b: body; op: async */
    N_WITHITEM,     /* a: context expr, b: target or 0 */
    N_FUNCDEF,      /* pos/len: name, a: N_ARGS, b: body, c: decorators, d: returns, e: scope; op: async */
    N_CLASSDEF,     /* pos/len: name, a: bases, b: keywords, c: body, d: decorators, e: scope */
    N_ARGS,         /* a: positional params (N_ARG), op: how many positional-only,
                       b: *args N_ARG or 0, c: keyword-only params, d: **kwargs N_ARG or 0,
                       flags: 1 if a bare '*' was given */
    N_ARG,          /* pos/len: name, a: annotation, b: default */
    N_MATCH,        /* a: subject, b: list of N_CASE */
    N_CASE,         /* a: pattern, b: guard or 0, c: body */
    /* patterns (parser_match.c, compile_match.c) */
    N_PVALUE,       /* a: expr compared with ==, or with `is` if op (None/True/False) */
    N_PCAPTURE,     /* pos/len: name bound; len 0 for the wildcard _ */
    N_PSEQ,         /* a: list of patterns, at most one N_PSTAR */
    N_PSTAR,        /* *name in a sequence pattern; len 0 for *_ */
    N_PMAP,         /* a: list of N_PAIR (a: key expr, b: pattern); flags 1: **rest, named by pos/len */
    N_PCLASS,       /* a: class expr, b: positional patterns, c: N_KEYWORD list (pos/len, a: pattern) */
    N_POR,          /* a: list of alternatives */
    N_PAS,          /* a: pattern, pos/len: name */
    N__COUNT
};

enum { CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS };

/* N_STRPART flags */
enum {
    SP_RAW = 1,     /* r prefix: no escapes */
    SP_BYTES = 2,   /* b prefix */
    SP_FSTR = 4,    /* literal text of an f-string: {{ and }} are single braces */
    SP_FSTRTOK = 8  /* (parser internal) the token is an f-string */
};

typedef struct ast_node {
    uint8_t kind;
    uint8_t op;
    uint16_t flags;
    int32_t line;
    uint32_t pos, len;  /* source range (meaning depends on kind) */
    int32_t a, b, c, d, e;
    int32_t next;       /* next node of the list this node is in */
} ast_node;

/* ===================================================================
 * Scopes and symbols (scope.c)
 * =================================================================== */

enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMP };

enum {
    SF_GENERATOR = 1,   /* contains yield */
    SF_COROUTINE = 2,   /* async def */
    SF_CLASSCELL = 4,   /* class body: methods use __class__ / super */
    SF_HASCELLS = 8,
    SF_LAMBDA = 16,
    SF_GENEXP = 32,
    SF_ASYNC_OK = 64    /* comprehension that may become async (`async for`/`await` inside) */
};

/* Symbol flags, from the collection pass and the resolution. */
enum {
    DEF_LOCAL = 1,      /* bound in the scope */
    DEF_PARAM = 2,
    DEF_GLOBAL = 4,
    DEF_NONLOCAL = 8,
    DEF_USE = 16,
    SYM_CELL = 32,      /* local captured by an inner scope */
    SYM_FREEVAR = 64,   /* has a free-variable slot (filled from the closure) */
    DEF_COMPVAR = 128,  /* walrus target bound in the enclosing scope */
    DEF_AUGADD = 256    /* target of `name += x` (its loads count: tern_str_append) */
};

/* How a name is accessed (sym.kind). */
enum { K_UNRESOLVED, K_LOCAL, K_FREE, K_GLOBAL_EXPLICIT, K_GLOBAL_IMPLICIT, K_NAME };

typedef struct ast_scope {
    uint8_t kind;
    uint8_t pad_;
    uint16_t flags;
    int32_t parent, syms, syms_tail, child, child_tail, sibling, node;
    int32_t nparams;    /* parameters (all kinds), slots 0.. */
    int32_t nlocals;    /* all slots, free variables included (after slot assignment) */
    int32_t nfree;
    int32_t slots_done;
} ast_scope;

typedef struct ast_sym {
    uint32_t pos, len;  /* name (see tern_comp_name) */
    uint16_t flags;
    uint8_t kind;
    uint8_t pad_;
    int32_t slot;       /* local slot (K_LOCAL, K_FREE, cells), -1 if none */
    int32_t next;
    int32_t line;       /* where it was first seen (for errors) */
    uint32_t decl_pos;  /* global/nonlocal statement position (for errors) */
} ast_sym;

/* Synthetic names (not in the source): positions from SYN_BASE up. */
#define SYN_BASE     0xFFFFFF00u
#define SYN_DOT0     (SYN_BASE + 0)   /* ".0": a comprehension's iterator argument */
#define SYN_CLASS    (SYN_BASE + 1)   /* "__class__" */

/* ===================================================================
 * Code units (emit.c)
 * =================================================================== */

/* Slots of the rooted tuple tern_unit.h */
enum { UH_CODE, UH_CONSTS, UH_NAMES, UH_LINES, UH_EXC, UH_LABELS, UH_QUALNAME, UH_NAME,
       UH_T1, UH_T2, UH_T3, UH_T4, UH__COUNT };

#define TERN_MAX_FBLOCKS 20     /* CPython's limit on statically nested blocks */

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER,
       FB_WITH, FB_ASYNC_WITH, FB_POP_VALUE, FB_ASYNC_FOR, FB_EXCSTAR };

typedef struct tern_fblock {
    int type;
    int label_break;    /* loops: where break goes */
    int label_cont;     /* loops: where continue goes */
    int32_t node;       /* FB_FINALLY_TRY: the finally body; FB_HANDLER: the handler node */
    int outer_label;    /* the exception handler active outside this block */
    int outer_depth;
} tern_fblock;

typedef struct tern_unit {
    struct tern_unit *parent;
    tern_val h;         /* ROOT: tuple of the buffers, slots UH_* */
    int32_t scope;      /* arena offset of its ast_scope */
    int kind;           /* SC_* */
    uint32_t ncode;     /* bytes of bytecode so far */
    uint32_t nlines;    /* bytes of line table */
    uint32_t nexc;      /* exception table entries */
    int nlabels;
    int depth, maxdepth, unreachable;
    int line;           /* line of the instructions being emitted */
    int last_line;      /* line at the last line-table entry */
    uint32_t last_line_pc;
    int firstline;
    int h_label, h_depth;   /* current exception handler (h_label -1: none) */
    uint32_t nconsts, nnames;
    size_t roots_mark;      /* vm->nroots before this unit rooted h */
    uint32_t h_start;
    int ann_done;       /* module/class: __annotations__ created */
    int nfblock;
    tern_fblock fb[TERN_MAX_FBLOCKS];
} tern_unit;

/* ===================================================================
 * The compiler state
 * =================================================================== */

typedef struct tern_comp {
    tern_vm *vm;
    const char *src_c;  /* source as a C buffer, or NULL */
    tern_val src_v;     /* ROOT: source as a heap str when src_c is NULL */
    uint32_t src_len;
    tern_val filename;  /* ROOT: str */
    tern_val arena;     /* ROOT: blob */
    uint32_t arena_top;
    tern_lexer *lx;     /* the lexer the parser reads */
    int depth;          /* nesting depth of the recursive passes */
    int depth_limit;    /* TERN_COMP_MAX_DEPTH while parsing, else _CHAIN */
    int mode;
    int eof_error;      /* the SyntaxError was caused by the end of the input */
    int fstring_depth;
    int juxt_off;       /* (parser) depth at which `a b` is not checked (a dict key) */
    tern_unit *unit;    /* code unit being generated */
} tern_comp;

#define ARENA_START 8u    /* first arena offset (0 means "none") */
#define CSRC(c) ((c)->src_c ? (c)->src_c : TERN_STR_CHARS((c)->src_v))
#define ARENA(c) ((uint8_t *)TERN_BLOB_DATA(TERN_PTR((c)->arena)))
#define NODE(c, off) ((ast_node *)(ARENA(c) + (off)))
#define SCOPE(c, off) ((ast_scope *)(ARENA(c) + (off)))
#define SYM(c, off) ((ast_sym *)(ARENA(c) + (off)))

/* Maximum nesting of the parser (about 15 C frames per level of
 * brackets) before SyntaxError/RecursionError, and of the scope and code
 * generation passes (one or two frames per level: they also accept the
 * long left-deep chains such as a+b+c+... or x.a.b.c... that the parser
 * builds without recursing). */
#define TERN_COMP_MAX_DEPTH 200
#define TERN_COMP_MAX_CHAIN 1000

/* ---- compile.c / emit.c: shared helpers ---- */

/* Raise a SyntaxError (or `type`, a subclass) at source offset `pos` on
 * `line`, with a printf-style message (%s %d %c only). */
TERN_NORETURN void tern_comp_error(tern_comp *c, const tern_type *type, uint32_t pos, int line,
                                   const char *fmt, ...);
/* Allocate `size` zeroed bytes in the arena; returns the offset. */
int32_t tern_arena_alloc(tern_comp *c, uint32_t size);
/* A new node of kind `kind`. */
int32_t tern_node_new(tern_comp *c, int kind, int line, uint32_t pos, uint32_t len);
/* Text of a name (source position or synthetic). Valid until the next allocation. */
const char *tern_comp_name(tern_comp *c, uint32_t pos);
/* Enter/leave a level of recursion (raises past the limit). */
void tern_comp_enter(tern_comp *c, uint32_t pos, int line);
#define tern_comp_leave(c) ((c)->depth--)

/* ---- parser.c ---- */

/* Parse one statement (a simple-statement line gives a list of them);
 * returns the first node (linked by `next`), or 0 at the end of input. */
int32_t tern_parse_statement(tern_comp *c);
/* Parse an eval-mode input: one expression list and the end. */
int32_t tern_parse_eval(tern_comp *c);

/* ---- scope.c ---- */

/* Build and resolve the scopes of a statement list compiled in the module
 * (or exec) scope. Returns the module scope offset. */
int32_t tern_scope_module(tern_comp *c, int32_t stmts, int is_eval);
/* Find a symbol of a scope by name; 0 if absent. */
int32_t tern_scope_lookup(tern_comp *c, int32_t scope, uint32_t pos, uint32_t len);
/* Assign local slots of a function/class/comprehension scope (idempotent). */
void tern_scope_assign_slots(tern_comp *c, int32_t scope);
/* Do two names (positions) have the same text? */
int tern_comp_name_eq(tern_comp *c, uint32_t p1, uint32_t l1, uint32_t p2, uint32_t l2);

/* ---- emit.c: building a code unit ---- */

/* Start a code unit for `scope` (an ast_scope offset, 0 for the module in
 * exec/eval) and make it current. Roots its buffers. */
void tern_unit_begin(tern_comp *c, tern_unit *u, int32_t scope, int kind, int firstline);
/* Finish the current unit: build the code object, make the parent unit
 * current, unroot. Returns the code object (unrooted). */
tern_val tern_unit_end(tern_comp *c, int argcount, int posonly, int kwonly, int flags);
/* Emit an instruction (arg ignored for opcodes without one). */
void tern_emit(tern_comp *c, int op, int arg);
/* Labels: forward or backward jump targets. */
int tern_label_new(tern_comp *c);
void tern_label_place(tern_comp *c, int label);
void tern_emit_jump(tern_comp *c, int op, int label);
/* Set the exception handler covering the next instructions (-1: none);
 * the handler runs with `depth` values kept, plus the exception. */
void tern_set_handler(tern_comp *c, int label, int depth);
/* Index of a constant / a name in the unit's tables. The value is read
 * from c->unit->h slot UH_T1 (the caller stores it there: that slot is
 * rooted) to survive the table growing. */
int tern_const_index(tern_comp *c);
int tern_name_index(tern_comp *c);
/* Store v in the current unit's UH_T1 slot (rooted). */
#define UNIT_T1(c) (TERN_TUPLE_ITEMS((c)->unit->h)[UH_T1])

/* ---- compile.c: expressions, functions, classes, constants ---- */

enum { CTX_LOAD, CTX_STORE, CTX_DEL };
void tern_cg_expr(tern_comp *c, int32_t e);
void tern_cg_store(tern_comp *c, int32_t t);
void tern_cg_delete(tern_comp *c, int32_t t);
/* Jump to label if the truth of e equals cond. */
void tern_cg_jump_if(tern_comp *c, int32_t e, int cond, int label);
/* Load/store/delete a name in the current unit's scope (ctx: CTX_*). */
void tern_cg_name(tern_comp *c, uint32_t pos, uint32_t len, int ctx);
/* LOAD_CONST v (v need not be rooted: it is stored in a rooted slot first). */
void tern_load_const_val(tern_comp *c, tern_val v);
void tern_emit_const(tern_comp *c);
int tern_name_idx(tern_comp *c, uint32_t pos, uint32_t len);
int tern_name_idx_val(tern_comp *c, tern_val s);
tern_val tern_mk_name(tern_comp *c, uint32_t pos, uint32_t len);
tern_val tern_mk_dotted(tern_comp *c, uint32_t pos, uint32_t len);
size_t tern_decode_part(tern_comp *c, uint32_t pos, uint32_t len, int flags, int line, char *out);
int tern_const_truth(tern_comp *c, int32_t e);
void tern_load_kwnames(tern_comp *c, int32_t args, int nkw);
void tern_cg_funcdef(tern_comp *c, int32_t f);
void tern_cg_classdef(tern_comp *c, int32_t f);

/* ---- compile_match.c ---- */
void tern_cg_match(tern_comp *c, int32_t s);

/* ---- compile_stmt.c ---- */
void tern_cg_stmts(tern_comp *c, int32_t s);
/* Module/class body: create __annotations__ (once per unit) if the
 * statement list s has annotated assignments outside nested scopes. */
void tern_cg_setup_annotations(tern_comp *c, int32_t s);

#endif /* TERN_AST_H */
