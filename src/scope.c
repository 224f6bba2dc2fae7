/* SPDX-License-Identifier: MIT */
/*
 * scope.c — symbol analysis: which names are local, global, free or cells.
 *
 * Runs on the AST of one top-level statement before code generation, in
 * two passes over a tree of scopes kept in the arena:
 *
 *  1. Collection: walk the AST; each def, lambda, class and comprehension
 *     gets an ast_scope (its offset is stored in the node's `e` field);
 *     every name records how it is used (bound, parameter, global,
 *     nonlocal, read).
 *  2. Resolution, top-down: a bound name is local (K_LOCAL in functions,
 *     K_NAME in class and module bodies); a name only read is looked up
 *     in the enclosing function scopes — class scopes are skipped, as in
 *     Python — and is then a free variable (K_FREE) or global. Each scope between
 *     the user and the binder gets a free-variable slot for it
 *     (SYM_FREEVAR) so closures can pass the cell down, and the binder's
 *     symbol becomes a cell (SYM_CELL). Methods that use `super` or
 *     `__class__` get `__class__` as a free variable, bound by a cell of
 *     the class body (SF_CLASSCELL).
 *
 * Slots are assigned lazily (tern_scope_assign_slots) when the code
 * generator starts the scope's code unit, in the layout the VM expects:
 * parameters, other locals, then free variables.
 */
#include "ast.h"

static const char synth_names[][10] = { ".0", "__class__" };

const char *tern_comp_name(tern_comp *c, uint32_t pos) {
    if (pos >= SYN_BASE) return synth_names[pos - SYN_BASE];
    return CSRC(c) + pos;
}

int tern_comp_name_eq(tern_comp *c, uint32_t p1, uint32_t l1, uint32_t p2, uint32_t l2) {
    if (l1 != l2) return 0;
    if (p1 == p2) return 1;
    return memcmp(tern_comp_name(c, p1), tern_comp_name(c, p2), l1) == 0;
}

static int name_is(tern_comp *c, uint32_t pos, uint32_t len, const char *s) {
    size_t n = strlen(s);
    return len == n && memcmp(tern_comp_name(c, pos), s, n) == 0;
}

/* Error with the name in the message: copy it to a C buffer first. */
TERN_NORETURN static void name_error_at(tern_comp *c, uint32_t pos, uint32_t len, int line,
                                        const char *fmt, uint32_t at) {
    char buf[128];
    size_t n = len < sizeof buf - 1 ? len : sizeof buf - 1;
    memcpy(buf, tern_comp_name(c, pos), n);
    buf[n] = 0;
    tern_comp_error(c, &tern_type_SyntaxError, at, line, fmt, buf);
}

TERN_NORETURN static void name_error(tern_comp *c, uint32_t pos, uint32_t len, int line,
                                     const char *fmt) {
    char buf[128];
    size_t n = len < sizeof buf - 1 ? len : sizeof buf - 1;
    memcpy(buf, tern_comp_name(c, pos), n);
    buf[n] = 0;
    tern_comp_error(c, &tern_type_SyntaxError, pos < SYN_BASE ? pos : 0, line, fmt, buf);
}

static int32_t scope_new(tern_comp *c, int kind, int32_t parent, int32_t node) {
    int32_t s = tern_arena_alloc(c, sizeof(ast_scope));
    ast_scope *sc = SCOPE(c, s);
    sc->kind = (uint8_t)kind;
    sc->parent = parent;
    sc->node = node;
    if (parent) {
        ast_scope *p = SCOPE(c, parent);
        if (p->child_tail) SCOPE(c, p->child_tail)->sibling = s;
        else p->child = s;
        p->child_tail = s;
    }
    return s;
}

int32_t tern_scope_lookup(tern_comp *c, int32_t scope, uint32_t pos, uint32_t len) {
    int32_t y = SCOPE(c, scope)->syms;
    while (y) {
        ast_sym *s = SYM(c, y);
        if (tern_comp_name_eq(c, s->pos, s->len, pos, len)) return y;
        y = s->next;
    }
    return 0;
}

static int32_t sym_get(tern_comp *c, int32_t scope, uint32_t pos, uint32_t len, int line) {
    int32_t y = tern_scope_lookup(c, scope, pos, len);
    ast_sym *s;
    ast_scope *sc;
    if (y) return y;
    y = tern_arena_alloc(c, sizeof(ast_sym));
    s = SYM(c, y);
    s->pos = pos;
    s->len = len;
    s->slot = -1;
    s->line = line;
    sc = SCOPE(c, scope);
    if (sc->syms_tail) SYM(c, sc->syms_tail)->next = y;
    else sc->syms = y;
    sc->syms_tail = y;
    return y;
}

static int32_t sym_add(tern_comp *c, int32_t scope, uint32_t pos, uint32_t len, int flags, int line) {
    int32_t y = sym_get(c, scope, pos, len, line);
    SYM(c, y)->flags |= (uint16_t)flags;
    return y;
}

/* ===================================================================
 * Pass 1: collection
 * =================================================================== */

static void sc_expr(tern_comp *c, int32_t sc, int32_t e);
static void sc_stmts(tern_comp *c, int32_t sc, int32_t s);

static void sc_exprs(tern_comp *c, int32_t sc, int32_t e) {
    while (e) {
        int32_t nx = NODE(c, e)->next;
        sc_expr(c, sc, e);
        e = nx;
    }
}

static void bind_name(tern_comp *c, int32_t sc, uint32_t pos, uint32_t len, int line) {
    sym_add(c, sc, pos, len, DEF_LOCAL, line);
}

/* A binding target: names are bound, the rest is evaluated. */
static void sc_target(tern_comp *c, int32_t sc, int32_t t) {
    ast_node *n = NODE(c, t);
    switch (n->kind) {
    case N_NAME:
        bind_name(c, sc, n->pos, n->len, n->line);
        break;
    case N_TUPLE: case N_LIST: {
        int32_t it = n->a;
        while (it) {
            int32_t nx = NODE(c, it)->next;
            sc_target(c, sc, it);
            it = nx;
        }
        break;
    }
    case N_STARRED:
        sc_target(c, sc, n->a);
        break;
    default:
        sc_expr(c, sc, t);
        break;
    }
}

/* A match pattern: captures are bound, values and classes evaluated. */
static void sc_pattern(tern_comp *c, int32_t sc, int32_t p) {
    ast_node *n = NODE(c, p);
    int32_t it;
    switch (n->kind) {
    case N_PVALUE:
        sc_expr(c, sc, n->a);
        break;
    case N_PCAPTURE: case N_PSTAR:
        if (n->len) bind_name(c, sc, n->pos, n->len, n->line);
        break;
    case N_PAS:
        bind_name(c, sc, n->pos, n->len, n->line);
        sc_pattern(c, sc, NODE(c, p)->a);
        break;
    case N_PSEQ: case N_POR:
        for (it = n->a; it; it = NODE(c, it)->next)
            sc_pattern(c, sc, it);
        break;
    case N_PMAP:
        if (n->flags) bind_name(c, sc, n->pos, n->len, n->line);
        for (it = NODE(c, p)->a; it; it = NODE(c, it)->next) {
            sc_expr(c, sc, NODE(c, it)->a);
            sc_pattern(c, sc, NODE(c, it)->b);
        }
        break;
    case N_PCLASS:
        sc_expr(c, sc, n->a);
        for (it = NODE(c, p)->b; it; it = NODE(c, it)->next)
            sc_pattern(c, sc, it);
        for (it = NODE(c, p)->c; it; it = NODE(c, it)->next)
            sc_pattern(c, sc, NODE(c, it)->a);
        break;
    default:
        break;
    }
}

/* Parameters of a def/lambda: defaults in the enclosing scope, names in fs. */
static void sc_params(tern_comp *c, int32_t outer, int32_t fs, int32_t args) {
    int32_t lists[2], a;
    int i;
    if (!args) return;
    lists[0] = NODE(c, args)->a;
    lists[1] = NODE(c, args)->c;
    for (i = 0; i < 2; i++) {
        for (a = lists[i]; a; a = NODE(c, a)->next)
            if (NODE(c, a)->b) sc_expr(c, outer, NODE(c, a)->b);
    }
    /* annotations are evaluated in the enclosing scope when the def runs */
    for (i = 0; i < 4; i++) {
        int32_t l = i == 0 ? NODE(c, args)->a : i == 1 ? NODE(c, args)->c :
                    i == 2 ? NODE(c, args)->b : NODE(c, args)->d;
        for (a = l; a; a = (i < 2 ? NODE(c, a)->next : 0))
            if (NODE(c, a)->a) sc_expr(c, outer, NODE(c, a)->a);
    }
    for (i = 0; i < 4; i++) {
        int32_t l = i == 0 ? NODE(c, args)->a : i == 1 ? NODE(c, args)->c :
                    i == 2 ? NODE(c, args)->b : NODE(c, args)->d;
        for (a = l; a; a = (i < 2 ? NODE(c, a)->next : 0)) {
            ast_node *p = NODE(c, a);
            uint32_t pos = p->pos, len = p->len;
            int line = p->line;
            int32_t y = tern_scope_lookup(c, fs, pos, len);
            if (y && (SYM(c, y)->flags & DEF_PARAM))
                name_error(c, pos, len, line, "duplicate argument '%s' in function definition");
            sym_add(c, fs, pos, len, DEF_PARAM, line);
            SCOPE(c, fs)->nparams++;
        }
    }
}

static void sc_function(tern_comp *c, int32_t sc, int32_t f) {
    ast_node *n = NODE(c, f);
    int kind = n->kind;
    int32_t fs, body;
    if (kind == N_FUNCDEF) {
        sc_exprs(c, sc, n->c);             /* decorators */
    }
    fs = scope_new(c, SC_FUNCTION, sc, f);
    NODE(c, f)->e = fs;
    sc_params(c, sc, fs, NODE(c, f)->a);
    n = NODE(c, f);
    if (kind == N_FUNCDEF) {
        if (n->op) SCOPE(c, fs)->flags |= SF_COROUTINE;
        bind_name(c, sc, n->pos, n->len, n->line);
        body = NODE(c, f)->b;
        tern_comp_enter(c, NODE(c, f)->pos, NODE(c, f)->line);
        sc_stmts(c, fs, body);
        tern_comp_leave(c);
    } else {
        SCOPE(c, fs)->flags |= SF_LAMBDA;
        body = n->b;
        sc_expr(c, fs, body);
    }
}

static void sc_class(tern_comp *c, int32_t sc, int32_t f) {
    ast_node *n = NODE(c, f);
    int32_t cs;
    sc_exprs(c, sc, n->d);                 /* decorators */
    sc_exprs(c, sc, NODE(c, f)->a);        /* bases */
    sc_exprs(c, sc, NODE(c, f)->b);        /* keywords */
    n = NODE(c, f);
    bind_name(c, sc, n->pos, n->len, n->line);
    cs = scope_new(c, SC_CLASS, sc, f);
    NODE(c, f)->e = cs;
    tern_comp_enter(c, NODE(c, f)->pos, NODE(c, f)->line);
    sc_stmts(c, cs, NODE(c, f)->c);
    tern_comp_leave(c);
}

static void sc_comp(tern_comp *c, int32_t sc, int32_t e) {
    ast_node *n = NODE(c, e);
    int kind = n->kind;
    int32_t gen = n->c, cs, g;
    int first = 1;
    sc_expr(c, sc, NODE(c, gen)->b);       /* first iterable: enclosing scope */
    cs = scope_new(c, SC_COMP, sc, e);
    NODE(c, e)->e = cs;
    if (kind == N_GENEXP) SCOPE(c, cs)->flags |= SF_GENERATOR | SF_GENEXP;
    /* a generator expression may always be asynchronous (it becomes an
     * async generator); another comprehension only where it can be awaited */
    if (kind == N_GENEXP || (SCOPE(c, sc)->flags & SF_COROUTINE) ||
        (SCOPE(c, sc)->kind == SC_COMP && (SCOPE(c, sc)->flags & SF_ASYNC_OK)))
        SCOPE(c, cs)->flags |= SF_ASYNC_OK;
    sym_add(c, cs, SYN_DOT0, 2, DEF_PARAM, NODE(c, e)->line);
    SCOPE(c, cs)->nparams = 1;
    for (g = gen; g; g = NODE(c, g)->next) {
        if (NODE(c, g)->op) {
            if (!(SCOPE(c, cs)->flags & SF_ASYNC_OK))
                tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                                "asynchronous comprehension outside of an asynchronous function");
            SCOPE(c, cs)->flags |= SF_COROUTINE;
        }
        sc_target(c, cs, NODE(c, g)->a);
        if (!first) sc_expr(c, cs, NODE(c, g)->b);
        sc_exprs(c, cs, NODE(c, g)->c);
        first = 0;
    }
    if (NODE(c, e)->a) sc_expr(c, cs, NODE(c, e)->a);
    if (NODE(c, e)->b) sc_expr(c, cs, NODE(c, e)->b);
    /* an async list/set/dict comprehension is awaited where it stands */
    if (kind != N_GENEXP && (SCOPE(c, cs)->flags & SF_COROUTINE) && !(SCOPE(c, sc)->flags & SF_COROUTINE)) {
        if (SCOPE(c, sc)->kind == SC_COMP && (SCOPE(c, sc)->flags & SF_ASYNC_OK))
            SCOPE(c, sc)->flags |= SF_COROUTINE;
        else
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "asynchronous comprehension outside of an asynchronous function");
    }
}

/* The target of `x := v`: inside comprehensions it binds in the nearest
 * enclosing function or module scope. */
static void sc_walrus_target(tern_comp *c, int32_t sc, int32_t t) {
    ast_node *n = NODE(c, t);
    uint32_t pos = n->pos, len = n->len;
    int line = n->line;
    int32_t s = sc, e;
    if (SCOPE(c, sc)->kind != SC_COMP) {
        bind_name(c, sc, pos, len, line);
        return;
    }
    e = s;
    while (SCOPE(c, e)->kind == SC_COMP) e = SCOPE(c, e)->parent;
    if (SCOPE(c, e)->kind == SC_CLASS)
        tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                        "assignment expression within a comprehension cannot be used in a class body");
    bind_name(c, e, pos, len, line);
    for (s = sc; s != e; s = SCOPE(c, s)->parent) {
        int32_t y = tern_scope_lookup(c, s, pos, len);
        if (y && (SYM(c, y)->flags & DEF_LOCAL))
            name_error(c, pos, len, line,
                       "assignment expression cannot rebind comprehension iteration variable '%s'");
        sym_add(c, s, pos, len, (SCOPE(c, e)->kind == SC_MODULE ? DEF_GLOBAL : DEF_NONLOCAL) | DEF_COMPVAR, line);
    }
}

static void sc_expr(tern_comp *c, int32_t sc, int32_t e) {
    ast_node *n;
    int kind;
    if (!e) return;
    tern_comp_enter(c, NODE(c, e)->pos, NODE(c, e)->line);
    n = NODE(c, e);
    kind = n->kind;
    switch (kind) {
    case N_NAME: {
        uint32_t pos = n->pos, len = n->len;
        int line = n->line, sk = SCOPE(c, sc)->kind;
        sym_add(c, sc, pos, len, DEF_USE, line);
        if ((sk == SC_FUNCTION || sk == SC_COMP) &&
            (name_is(c, pos, len, "super") || name_is(c, pos, len, "__class__")))
            sym_add(c, sc, SYN_CLASS, 9, DEF_USE, line);
        break;
    }
    case N_CONST: case N_NUM: case N_STR: case N_STRPART:
        break;
    case N_JOINED: case N_BOOLOP: case N_COMPARE: case N_TUPLE: case N_LIST: case N_SET:
    case N_DICT:
        sc_exprs(c, sc, n->a);
        break;
    case N_FORMATTED:
        sc_expr(c, sc, n->a);
        sc_expr(c, sc, NODE(c, e)->b);
        break;
    case N_BINOP: case N_PAIR: case N_SUBSCR:
        sc_expr(c, sc, n->a);
        sc_expr(c, sc, NODE(c, e)->b);
        break;
    case N_UNARY: case N_KEYWORD: case N_DSTAR: case N_ATTR: case N_STARRED:
        sc_expr(c, sc, n->a);
        break;
    case N_IFEXP: case N_SLICE:
        sc_expr(c, sc, n->a);
        sc_expr(c, sc, NODE(c, e)->b);
        sc_expr(c, sc, NODE(c, e)->c);
        break;
    case N_CALL:
        sc_expr(c, sc, n->a);
        sc_exprs(c, sc, NODE(c, e)->b);
        break;
    case N_LAMBDA:
        sc_function(c, sc, e);
        break;
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        sc_comp(c, sc, e);
        break;
    case N_AWAIT: {
        ast_scope *s = SCOPE(c, sc);
        if (s->kind == SC_MODULE || s->kind == SC_CLASS)
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'await' outside function");
        if (s->kind == SC_COMP) {
            if (!(s->flags & SF_ASYNC_OK))
                tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line,
                                "asynchronous comprehension outside of an asynchronous function");
            s->flags |= SF_COROUTINE;
        } else if (!(s->flags & SF_COROUTINE))
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'await' outside async function");
        sc_expr(c, sc, n->a);
        break;
    }
    case N_YIELD: case N_YIELDFROM: {
        ast_scope *s = SCOPE(c, sc);
        if (s->kind == SC_MODULE || s->kind == SC_CLASS)
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'yield' outside function");
        if (s->kind == SC_COMP) {
            int ck = NODE(c, s->node)->kind;
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'yield' inside %s",
                            ck == N_LISTCOMP ? "list comprehension" : ck == N_SETCOMP ? "set comprehension" :
                            ck == N_DICTCOMP ? "dict comprehension" : "generator expression");
        }
        if (kind == N_YIELDFROM && (s->flags & SF_COROUTINE))
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'yield from' inside async function");
        s->flags |= SF_GENERATOR;
        sc_expr(c, sc, n->a);
        break;
    }
    case N_NAMEDEXPR:
        sc_expr(c, sc, n->b);
        sc_walrus_target(c, sc, NODE(c, e)->a);
        break;
    default:
        break;
    }
    tern_comp_leave(c);
}

static void sc_global(tern_comp *c, int32_t sc, int32_t s, int is_nonlocal) {
    int32_t it;
    uint32_t spos = NODE(c, s)->pos;
    if (is_nonlocal && SCOPE(c, sc)->kind == SC_MODULE)
        tern_comp_error(c, &tern_type_SyntaxError, NODE(c, s)->pos, NODE(c, s)->line,
                        "nonlocal declaration not allowed at module level");
    for (it = NODE(c, s)->a; it; it = NODE(c, it)->next) {
        ast_node *n = NODE(c, it);
        uint32_t pos = n->pos, len = n->len;
        int line = n->line;
        int32_t y = tern_scope_lookup(c, sc, pos, len);
        int f = y ? SYM(c, y)->flags : 0;
        const char *what = is_nonlocal ? "nonlocal" : "global";
        char fmt[80];
        if (f & DEF_PARAM) {
            strcpy(fmt, "name '%s' is parameter and ");
            strcat(fmt, what);
            name_error_at(c, pos, len, line, fmt, spos);
        }
        if ((f & DEF_GLOBAL && is_nonlocal) || (f & DEF_NONLOCAL && !is_nonlocal))
            name_error_at(c, pos, len, line, "name '%s' is nonlocal and global", spos);
        if (f & DEF_LOCAL) {
            strcpy(fmt, "name '%s' is assigned to before ");
            strcat(fmt, what);
            strcat(fmt, " declaration");
            name_error_at(c, pos, len, line, fmt, spos);
        }
        if (f & DEF_USE) {
            strcpy(fmt, "name '%s' is used prior to ");
            strcat(fmt, what);
            strcat(fmt, " declaration");
            name_error_at(c, pos, len, line, fmt, spos);
        }
        y = sym_add(c, sc, pos, len, is_nonlocal ? DEF_NONLOCAL : DEF_GLOBAL, line);
        SYM(c, y)->decl_pos = spos;
    }
}

static void sc_stmt(tern_comp *c, int32_t sc, int32_t s) {
    ast_node *n = NODE(c, s);
    int kind = n->kind;
    tern_comp_enter(c, n->pos, n->line);
    switch (kind) {
    case N_EXPR:
        sc_expr(c, sc, n->a);
        break;
    case N_ASSIGN: {
        int32_t t;
        sc_expr(c, sc, n->b);
        for (t = NODE(c, s)->a; t; t = NODE(c, t)->next)
            sc_target(c, sc, t);
        break;
    }
    case N_AUGASSIGN: {
        int32_t t = NODE(c, s)->a, y;
        sc_expr(c, sc, n->b);
        sc_expr(c, sc, t);
        sc_target(c, sc, t);
        /* `n += 1` cannot be a str append: its loads need no counting */
        if (NODE(c, s)->op == TERN_OP_ADD && NODE(c, t)->kind == N_NAME && NODE(c, n->b)->kind != N_NUM &&
            (y = tern_scope_lookup(c, sc, NODE(c, t)->pos, NODE(c, t)->len)) != 0)
            SYM(c, y)->flags |= DEF_AUGADD;
        break;
    }
    case N_ANNASSIGN:
        if (n->c) sc_expr(c, sc, n->c);
        /* annotations are evaluated in modules and classes only */
        if (SCOPE(c, sc)->kind == SC_MODULE || SCOPE(c, sc)->kind == SC_CLASS)
            sc_expr(c, sc, NODE(c, s)->b);
        n = NODE(c, s);
        if (NODE(c, n->a)->kind == N_NAME) {
            if (n->op || n->c) sc_target(c, sc, n->a);
        } else {
            sc_target(c, sc, n->a);
        }
        break;
    case N_DEL: {
        int32_t t;
        for (t = n->a; t; t = NODE(c, t)->next)
            sc_target(c, sc, t);
        break;
    }
    case N_RETURN:
        if (SCOPE(c, sc)->kind != SC_FUNCTION)
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line, "'return' outside function");
        sc_expr(c, sc, n->a);
        break;
    case N_RAISE:
        sc_expr(c, sc, n->a);
        sc_expr(c, sc, NODE(c, s)->b);
        break;
    case N_GLOBAL:
        sc_global(c, sc, s, 0);
        break;
    case N_NONLOCAL:
        sc_global(c, sc, s, 1);
        break;
    case N_IMPORT: {
        int32_t a;
        for (a = n->a; a; a = NODE(c, a)->next) {
            ast_node *al = NODE(c, a);
            if (al->c) {
                bind_name(c, sc, (uint32_t)al->b, (uint32_t)al->c, al->line);
            } else {
                /* the first component of the dotted name */
                uint32_t len = 0, pos = al->pos;
                const char *t = CSRC(c) + pos;
                while (len < al->len && t[len] != '.' && t[len] != ' ' && t[len] != '\\' &&
                       t[len] != '\t')
                    len++;
                bind_name(c, sc, pos, len, al->line);
            }
        }
        break;
    }
    case N_IMPORTFROM: {
        int32_t a;
        if (!n->a) {
            if (SCOPE(c, sc)->kind != SC_MODULE)
                tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line,
                                "import * only allowed at module level");
            break;
        }
        for (a = n->a; a; a = NODE(c, a)->next) {
            ast_node *al = NODE(c, a);
            if (al->c) bind_name(c, sc, (uint32_t)al->b, (uint32_t)al->c, al->line);
            else bind_name(c, sc, al->pos, al->len, al->line);
        }
        break;
    }
    case N_ASSERT:
        sc_expr(c, sc, n->a);
        sc_expr(c, sc, NODE(c, s)->b);
        break;
    case N_IF: case N_WHILE:
        sc_expr(c, sc, n->a);
        sc_stmts(c, sc, NODE(c, s)->b);
        sc_stmts(c, sc, NODE(c, s)->c);
        break;
    case N_FOR:
        sc_expr(c, sc, n->b);
        sc_target(c, sc, NODE(c, s)->a);
        sc_stmts(c, sc, NODE(c, s)->c);
        sc_stmts(c, sc, NODE(c, s)->d);
        break;
    case N_TRY: {
        int32_t h;
        sc_stmts(c, sc, n->a);
        for (h = NODE(c, s)->b; h; h = NODE(c, h)->next) {
            ast_node *hn = NODE(c, h);
            sc_expr(c, sc, hn->a);
            hn = NODE(c, h);
            if (hn->len) bind_name(c, sc, hn->pos, hn->len, hn->line);
            sc_stmts(c, sc, NODE(c, h)->b);
        }
        sc_stmts(c, sc, NODE(c, s)->c);
        sc_stmts(c, sc, NODE(c, s)->d);
        break;
    }
    case N_WITH: {
        int32_t it;
        if (n->op && !(SCOPE(c, sc)->flags & SF_COROUTINE))
            tern_comp_error(c, &tern_type_SyntaxError, n->pos, n->line,
                            SCOPE(c, sc)->kind == SC_FUNCTION ? "'async with' outside async function"
                                                               : "'async with' outside function");
        for (it = n->a; it; it = NODE(c, it)->next) {
            sc_expr(c, sc, NODE(c, it)->a);
            if (NODE(c, it)->b) sc_target(c, sc, NODE(c, it)->b);
        }
        sc_stmts(c, sc, NODE(c, s)->b);
        break;
    }
    case N_FUNCDEF:
        sc_function(c, sc, s);
        break;
    case N_CLASSDEF:
        sc_class(c, sc, s);
        break;
    case N_MATCH: {
        int32_t cs;
        sc_expr(c, sc, n->a);
        for (cs = NODE(c, s)->b; cs; cs = NODE(c, cs)->next) {
            sc_pattern(c, sc, NODE(c, cs)->a);
            sc_expr(c, sc, NODE(c, cs)->b);
            sc_stmts(c, sc, NODE(c, cs)->c);
        }
        break;
    }
    default:
        break;
    }
    if (kind == N_FOR && NODE(c, s)->op && !(SCOPE(c, sc)->flags & SF_COROUTINE))
        tern_comp_error(c, &tern_type_SyntaxError, NODE(c, s)->pos, NODE(c, s)->line,
                        SCOPE(c, sc)->kind == SC_FUNCTION ? "'async for' outside async function"
                                                           : "'async for' outside function");
    tern_comp_leave(c);
}

static void sc_stmts(tern_comp *c, int32_t sc, int32_t s) {
    while (s) {
        int32_t nx = NODE(c, s)->next;
        sc_stmt(c, sc, s);
        s = nx;
    }
}

/* ===================================================================
 * Pass 2: resolution
 * =================================================================== */

/* Find the function scope that binds `name` for a use in a scope whose
 * parent is `p`. Returns the binding scope, 0 if none (global), or -1 if
 * an enclosing function declares it global. */
static int32_t find_binding(tern_comp *c, int32_t p, uint32_t pos, uint32_t len) {
    int is_class_name = name_is(c, pos, len, "__class__");
    while (p) {
        ast_scope *s = SCOPE(c, p);
        if (s->kind == SC_MODULE) return 0;
        if (s->kind == SC_CLASS) {
            if (is_class_name) return p;
        } else {
            int32_t y = tern_scope_lookup(c, p, pos, len);
            if (y) {
                int f = SYM(c, y)->flags;
                if (f & DEF_GLOBAL) return -1;
                if ((f & (DEF_LOCAL | DEF_PARAM)) && !(f & DEF_NONLOCAL)) return p;
            }
        }
        p = SCOPE(c, p)->parent;
    }
    return 0;
}

/* A name used in scope `s` is bound in scope `d`: give every scope from
 * s up to (not including) d a free-variable slot for it, and make d's
 * binding a cell. */
static void mark_free(tern_comp *c, int32_t s, int32_t d, uint32_t pos, uint32_t len, int line) {
    int32_t x, y;
    for (x = s; x != d; x = SCOPE(c, x)->parent) {
        y = sym_get(c, x, pos, len, line);
        SYM(c, y)->flags |= SYM_FREEVAR;
        if (SYM(c, y)->kind == K_UNRESOLVED) SYM(c, y)->kind = K_FREE;
    }
    y = sym_get(c, d, pos, len, line);
    SYM(c, y)->flags |= SYM_CELL;
    if (SCOPE(c, d)->kind == SC_CLASS) {
        SCOPE(c, d)->flags |= SF_CLASSCELL;
        if (SYM(c, y)->kind == K_UNRESOLVED) SYM(c, y)->kind = K_LOCAL;
    }
    SCOPE(c, d)->flags |= SF_HASCELLS;
}

static void resolve(tern_comp *c, int32_t sc) {
    int32_t y, ch;
    tern_comp_enter(c, 0, 0);
    for (y = SCOPE(c, sc)->syms; y; y = SYM(c, y)->next) {
        ast_sym *s = SYM(c, y);
        int f = s->flags, sk = SCOPE(c, sc)->kind;
        uint32_t pos = s->pos, len = s->len;
        int line = s->line;
        if (s->kind != K_UNRESOLVED) continue;     /* added by mark_free */
        if (f & DEF_GLOBAL) {
            s->kind = K_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            int32_t d = find_binding(c, SCOPE(c, sc)->parent, pos, len);
            if (d <= 0 || SCOPE(c, d)->kind == SC_CLASS)
                name_error_at(c, pos, len, line, "no binding for nonlocal '%s' found", SYM(c, y)->decl_pos);
            SYM(c, y)->kind = K_FREE;
            mark_free(c, sc, d, pos, len, line);
        } else if (f & (DEF_LOCAL | DEF_PARAM)) {
            s->kind = sk == SC_FUNCTION || sk == SC_COMP ? K_LOCAL : K_NAME;
        } else if (sk == SC_MODULE) {
            s->kind = K_NAME;
        } else {
            int32_t d = find_binding(c, SCOPE(c, sc)->parent, pos, len);
            if (d > 0) {
                SYM(c, y)->kind = K_FREE;
                mark_free(c, sc, d, pos, len, line);
            } else if (d < 0) {
                s->kind = K_GLOBAL_EXPLICIT;
            } else {
                s->kind = sk == SC_CLASS ? K_NAME : K_GLOBAL_IMPLICIT;
            }
        }
    }
    for (ch = SCOPE(c, sc)->child; ch; ch = SCOPE(c, ch)->sibling)
        resolve(c, ch);
    tern_comp_leave(c);
}

int32_t tern_scope_module(tern_comp *c, int32_t stmts, int is_eval) {
    int32_t ms = scope_new(c, SC_MODULE, 0, 0);
    if (is_eval) sc_expr(c, ms, stmts);
    else sc_stmts(c, ms, stmts);
    resolve(c, ms);
    return ms;
}

/* Slots: parameters (in declaration order: positional, keyword-only,
 * *args, **kwargs — the order they were added), then the other locals
 * (cells included), then the free variables. Class bodies have only
 * their __class__ cell and free variables. */
void tern_scope_assign_slots(tern_comp *c, int32_t scope) {
    ast_scope *sc = SCOPE(c, scope);
    int32_t y;
    int n = 0, nfree = 0;
    if (sc->slots_done) return;
    sc->slots_done = 1;
    if (sc->kind == SC_MODULE) return;
    if (sc->kind != SC_CLASS) {
        for (y = sc->syms; y; y = SYM(c, y)->next)
            if (SYM(c, y)->flags & DEF_PARAM) SYM(c, y)->slot = n++;
        for (y = sc->syms; y; y = SYM(c, y)->next) {
            ast_sym *s = SYM(c, y);
            if (!(s->flags & DEF_PARAM) && s->kind == K_LOCAL) s->slot = n++;
        }
    } else {
        for (y = sc->syms; y; y = SYM(c, y)->next) {
            ast_sym *s = SYM(c, y);
            if ((s->flags & SYM_CELL) && !(s->flags & SYM_FREEVAR)) s->slot = n++;
        }
    }
    for (y = sc->syms; y; y = SYM(c, y)->next) {
        ast_sym *s = SYM(c, y);
        if (s->flags & SYM_FREEVAR) {
            s->slot = n++;
            nfree++;
        }
    }
    sc->nlocals = n;
    sc->nfree = nfree;
}
