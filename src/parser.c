/* SPDX-License-Identifier: MIT */
/*
 * parser.c — recursive-descent parser: tokens to an AST in the arena.
 *
 * Follows the Python 3.11 grammar with one token of lookahead; where the
 * grammar needs more (assignment targets, keyword arguments, walrus) an
 * expression is parsed first and reinterpreted when the next token shows
 * what it was. Nodes are arena offsets (ast.h): never hold a node pointer
 * across a call that can allocate — read results into a local first, then
 * store them with NODE(c, n)->field = local.
 *
 * Recursion is bounded (tern_comp_enter) so no input can overflow the C
 * stack. F-strings are parsed here too: each replacement field is parsed
 * by a sub-lexer over its range of the source, so the scope pass sees the
 * names used in f-strings.
 */
#include "parser.h"

static void list_add(tern_comp *c, nlist *l, int32_t n) {
    if (l->tail) NODE(c, l->tail)->next = n;
    else l->head = n;
    l->tail = n;
}

static void next(tern_comp *c) { tern_lex_next(c, c->lx); }

static int accept(tern_comp *c, int kind) {
    if (KIND(c) != kind) return 0;
    next(c);
    return 1;
}

/* Before a parser SyntaxError found when the furthest token read is on
 * err_line: CPython then tokenizes the rest of the source, and a
 * tokenizer error there wins, as does a bracket left open at the end
 * that was opened on an earlier line ("'[' was never closed"). The
 * lexer is left at the end: the caller raises next. */
static void scan_rest(tern_comp *c, int err_line) {
    tern_lexer *lx = c->lx;
    if (lx->sub) return;
    lx->scan_rest = 1;
    while (lx->tok.kind != T_ENDMARKER) tern_lex_next(c, lx);
    if (lx->nparen > 0) {
        uint32_t p = lx->paren_pos[lx->nparen - 1], k;
        const char *s = CSRC(c);
        int line = 1;
        for (k = 0; k < p; k++)
            if (s[k] == '\n') line++;
        if (err_line > line) {
            c->eof_error = 1;
            tern_comp_error(c, &tern_type_SyntaxError, p, line, "'%c' was never closed", (int)s[p]);
        }
    }
}

/* "invalid syntax" (or msg) at the current token. */
TERN_NORETURN static void err_at_tok(tern_comp *c, const char *msg) {
    uint32_t pos = TOK(c).pos;
    int line = TOK(c).line;
    if (KIND(c) == T_ENDMARKER || (TOK(c).pos >= c->src_len && !c->lx->sub))
        c->eof_error = 1;
    if (KIND(c) == T_DEDENT && !msg)
        tern_comp_error(c, &tern_type_IndentationError, TOK(c).pos, TOK(c).line,
                        "unindent does not match any outer indentation level");
    if (KIND(c) == T_INDENT) {
        pos = pos + TOK(c).len - 1;
        scan_rest(c, line);
        tern_comp_error(c, &tern_type_IndentationError, pos, line, "unexpected indent");
    }
    scan_rest(c, line);
    tern_comp_error(c, &tern_type_SyntaxError, pos, line, msg ? msg : "invalid syntax");
}

static void expect(tern_comp *c, int kind, const char *msg) {
    if (KIND(c) != kind) err_at_tok(c, msg);
    next(c);
}

static int32_t new_tok_node(tern_comp *c, int kind) {
    return tern_node_new(c, kind, TOK(c).line, TOK(c).pos, TOK(c).len);
}

static int32_t expr_test(tern_comp *c);
static int32_t expr_named(tern_comp *c);
static int32_t expr_named_noeq(tern_comp *c);
static int32_t expr_or(tern_comp *c);
static int32_t expr_bitor(tern_comp *c);
static int32_t expr_star_list(tern_comp *c, int allow_yield);
static int starts_expr(int k);
static int32_t parse_stmt(tern_comp *c, nlist *out);

/* ===================================================================
 * Target checks
 * =================================================================== */

/* What CPython calls an expression in "cannot assign to X". */
static const char *expr_kind_name(tern_comp *c, int32_t e) {
    ast_node *n = NODE(c, e);
    switch (n->kind) {
    case N_CALL: return "function call";
    case N_NUM: case N_STR: return "literal";
    case N_JOINED: return "f-string expression";
    case N_CONST:
        return n->op == CONST_NONE ? "None" : n->op == CONST_TRUE ? "True" :
               n->op == CONST_FALSE ? "False" : "ellipsis";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_LAMBDA: return "lambda";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_GENEXP: return "generator expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_NAMEDEXPR: return "named expression";
    case N_TUPLE: return "tuple";
    case N_LIST: return "list";
    case N_ATTR: return "attribute";
    case N_SUBSCR: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    default: return "expression";
    }
}

enum { TGT_ASSIGN, TGT_DEL, TGT_FOR, TGT_WITH };

/* Source offset where expression e starts (for error positions). */
static uint32_t expr_start(tern_comp *c, int32_t e) {
    while (NODE(c, e)->kind == N_ATTR || NODE(c, e)->kind == N_CALL || NODE(c, e)->kind == N_SUBSCR)
        e = NODE(c, e)->a;
    return NODE(c, e)->pos;
}

/* Check e is a valid target of an assignment/del/for. `top`: the
 * outermost target (CPython adds a hint there for '='). */
static void check_target(tern_comp *c, int32_t e, int how, int top) {
    ast_node *n = NODE(c, e);
    int kind = n->kind;
    uint32_t pos = expr_start(c, e);
    int line;
    n = NODE(c, e);
    line = n->line;
    switch (kind) {
    case N_NAME: case N_ATTR: case N_SUBSCR:
        return;
    case N_STARRED:
        if (how == TGT_DEL)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line, "cannot delete starred");
        if (top == 1 && how == TGT_ASSIGN)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                            "starred assignment target must be in a list or tuple");
        check_target(c, n->a, how, 0);
        return;
    case N_TUPLE: case N_LIST: {
        int32_t it = n->a;
        int stars = 0;
        while (it) {
            int32_t nx = NODE(c, it)->next;
            if (NODE(c, it)->kind == N_STARRED && ++stars > 1 && how != TGT_DEL)
                tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                                "multiple starred expressions in assignment");
            check_target(c, it, how, top && kind == N_TUPLE && !(NODE(c, e)->flags & 0x8000) ? 2 : 0);
            it = nx;
        }
        return;
    }
    default: {
        const char *what = expr_kind_name(c, e);
        if (how == TGT_DEL)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line, "cannot delete %s", what);
        if (kind == N_YIELD || kind == N_YIELDFROM)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line, "assignment to yield expression not possible");
        if (top && how == TGT_ASSIGN && kind != N_CONST)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                            "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
        tern_comp_error(c, &tern_type_SyntaxError, pos, line, "cannot assign to %s", what);
    }
    }
}

/* ===================================================================
 * Strings and f-strings
 * =================================================================== */

/* Split a string token into prefix flags and content range. */
static void str_token_info(tern_comp *c, uint32_t pos, uint32_t len, int *flags, int *fstr,
                           uint32_t *cstart, uint32_t *clen) {
    const char *s = CSRC(c);
    uint32_t i = pos, q;
    *flags = 0;
    *fstr = 0;
    while (s[i] != '\'' && s[i] != '"') {
        char ch = (char)(s[i] | 0x20);
        if (ch == 'r') *flags |= SP_RAW;
        else if (ch == 'b') *flags |= SP_BYTES;
        else if (ch == 'f') *fstr = 1;
        i++;
    }
    q = (i + 2 < pos + len && s[i + 1] == s[i] && s[i + 2] == s[i] && len - (i - pos) >= 6) ? 3 : 1;
    *cstart = i + q;
    *clen = pos + len - q - *cstart;
}

/* Line number and line start of source offset p, counted from a known
 * (line, line_start) earlier in the source. */
static void advance_line(tern_comp *c, uint32_t from, uint32_t p, int *line, uint32_t *ls) {
    const char *s = CSRC(c);
    uint32_t k;
    for (k = from; k < p; k++)
        if (s[k] == '\n') { (*line)++; *ls = k + 1; }
}

static void fstr_literal(tern_comp *c, nlist *l, uint32_t start, uint32_t end, int raw, int line) {
    int32_t n;
    if (end <= start) return;
    n = tern_node_new(c, N_STRPART, line, start, end - start);
    NODE(c, n)->op = (uint8_t)(SP_FSTR | (raw ? SP_RAW : 0));
    list_add(c, l, n);
}

static uint32_t fstr_pieces(tern_comp *c, nlist *l, uint32_t i, uint32_t end, int raw, int line,
                            uint32_t ls, int in_spec);

/* Parse a replacement field starting after its '{' at i; add the
 * N_FORMATTED (and the debug text for `{x=}`) to l. Returns the offset
 * after the closing '}'. */
static uint32_t fstr_field(tern_comp *c, nlist *l, uint32_t i, uint32_t end, int raw, int line,
                           uint32_t ls) {
    const char *s = CSRC(c);
    uint32_t estart = i, eend, k;
    int nest = 0, conv = 0, debug = 0, eline = line;
    uint32_t els = ls;
    int32_t e, spec = 0, f;
    (void)raw;
    if (c->fstring_depth >= 2)
        tern_comp_error(c, &tern_type_SyntaxError, i, line, "f-string: expressions nested too deeply");
    /* find the end of the expression */
    while (i < end) {
        char ch = s[i];
        if (ch == '\\')
            tern_comp_error(c, &tern_type_SyntaxError, i, line,
                            "f-string expression part cannot include a backslash");
        if (ch == '#')
            tern_comp_error(c, &tern_type_SyntaxError, i, line,
                            "f-string expression part cannot include '#'");
        if (ch == '\'' || ch == '"') {
            char q = ch;
            int triple = i + 2 < end && s[i + 1] == q && s[i + 2] == q;
            i += triple ? 3 : 1;
            while (i < end) {
                if (s[i] == q && (!triple || (i + 2 < end && s[i + 1] == q && s[i + 2] == q))) break;
                if (s[i] == '\\')
                    tern_comp_error(c, &tern_type_SyntaxError, i, line,
                                    "f-string expression part cannot include a backslash");
                i++;
            }
            if (i >= end)
                tern_comp_error(c, &tern_type_SyntaxError, estart, line, "f-string: unterminated string");
            i += triple ? 3 : 1;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') { nest++; i++; continue; }
        if (ch == ')' || ch == ']' || (ch == '}' && nest > 0)) {
            if (nest == 0)
                tern_comp_error(c, &tern_type_SyntaxError, i, line, "f-string: unmatched '%c'", (int)ch);
            nest--; i++; continue;
        }
        if (nest == 0) {
            if (ch == '}' || ch == ':') break;
            if (ch == '!' && !(i + 1 < end && s[i + 1] == '=')) break;
            if (ch == '=' && !(i + 1 < end && s[i + 1] == '=') &&
                !(i > estart && (s[i - 1] == '=' || s[i - 1] == '!' || s[i - 1] == '<' || s[i - 1] == '>')))
                break;
        }
        i++;
    }
    if (i >= end)
        tern_comp_error(c, &tern_type_SyntaxError, estart, line, "f-string: expecting '}'");
    eend = i;
    for (k = estart; k < eend; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r') break;
    if (k == eend)
        tern_comp_error(c, &tern_type_SyntaxError, estart, line, "f-string: empty expression not allowed");
    if (s[i] == '=') {
        debug = 1;
        i++;
        while (i < end && (s[i] == ' ' || s[i] == '\t')) i++;
    }
    if (i < end && s[i] == '!') {
        char cc = i + 1 < end ? s[i + 1] : 0;
        if (cc == 's') conv = 1;
        else if (cc == 'r') conv = 2;
        else if (cc == 'a') conv = 3;
        else
            tern_comp_error(c, &tern_type_SyntaxError, i, line,
                            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        i += 2;
    }
    if (i < end && s[i] == ':') {
        nlist sl = { 0, 0 };
        c->fstring_depth++;
        i = fstr_pieces(c, &sl, i + 1, end, 0, line, ls, 1);
        c->fstring_depth--;
        spec = tern_node_new(c, N_JOINED, line, estart, 0);
        NODE(c, spec)->a = sl.head;
    }
    if (i >= end || CSRC(c)[i] != '}')
        tern_comp_error(c, &tern_type_SyntaxError, estart, line, "f-string: expecting '}'");
    i++;
    /* parse the expression with a sub-lexer over its text */
    advance_line(c, ls, estart, &eline, &els);
    {
        tern_lexer sub;
        tern_lexer *saved = c->lx;
        tern_lex_init(c, &sub, estart, eend, eline, els, 1);
        c->lx = &sub;
        c->fstring_depth++;
        next(c);
        e = expr_star_list(c, 1);
        if (KIND(c) != T_ENDMARKER) err_at_tok(c, "f-string: invalid syntax");
        c->fstring_depth--;
        c->lx = saved;
    }
    if (debug) {
        int32_t d = tern_node_new(c, N_STRPART, line, estart, (uint32_t)(i - 1 - estart));
        /* the text up to and including '=' and the spaces after it, but
         * not the conversion or spec */
        uint32_t dend = eend + 1;
        s = CSRC(c);
        while (dend < i && (s[dend] == ' ' || s[dend] == '\t')) dend++;
        NODE(c, d)->len = dend - estart;
        NODE(c, d)->op = SP_RAW;
        list_add(c, l, d);
        if (!conv && !spec) conv = 2;
    }
    f = tern_node_new(c, N_FORMATTED, line, estart, eend - estart);
    NODE(c, f)->a = e;
    NODE(c, f)->op = (uint8_t)conv;
    NODE(c, f)->b = spec;
    list_add(c, l, f);
    return i;
}

/* The literal text and fields of an f-string (or of a format spec when
 * in_spec: stops at the '}' closing the field, returning its offset). */
static uint32_t fstr_pieces(tern_comp *c, nlist *l, uint32_t i, uint32_t end, int raw, int line,
                            uint32_t ls, int in_spec) {
    uint32_t lit = i;
    while (i < end) {
        char ch = CSRC(c)[i];
        if (ch == '{') {
            if (!in_spec && i + 1 < end && CSRC(c)[i + 1] == '{') { i += 2; continue; }
            fstr_literal(c, l, lit, i, raw, line);
            i = fstr_field(c, l, i + 1, end, raw, line, ls);
            lit = i;
            continue;
        }
        if (ch == '}') {
            if (in_spec) break;
            if (i + 1 < end && CSRC(c)[i + 1] == '}') { i += 2; continue; }
            tern_comp_error(c, &tern_type_SyntaxError, i, line, "f-string: single '}' is not allowed");
        }
        if (ch == '\\' && !raw && i + 1 < end) {
            char n2 = CSRC(c)[i + 1];
            if (n2 == '\\') { i += 2; continue; }
            if (n2 == 'N' && i + 2 < end && CSRC(c)[i + 2] == '{') {
                while (i < end && CSRC(c)[i] != '}') i++;
                if (i < end) i++;
                continue;
            }
        }
        i++;
    }
    if (in_spec && i >= end)
        tern_comp_error(c, &tern_type_SyntaxError, lit, line, "f-string: expecting '}'");
    fstr_literal(c, l, lit, i, raw, line);
    return i;
}

/* Adjacent string literals: N_STR (plain or bytes) or N_JOINED (any
 * f-string among them). */
static int32_t parse_strings(tern_comp *c) {
    nlist parts = { 0, 0 };
    int any_f = 0, any_bytes = 0, any_str = 0;
    int line = TOK(c).line;
    uint32_t pos0 = TOK(c).pos;
    int32_t n, it;
    while (KIND(c) == T_STRING) {
        int flags, fstr;
        uint32_t cs, cl;
        int32_t p;
        str_token_info(c, TOK(c).pos, TOK(c).len, &flags, &fstr, &cs, &cl);
        if (flags & SP_BYTES) any_bytes = 1;
        else any_str = 1;
        if (any_bytes && any_str)
            tern_comp_error(c, &tern_type_SyntaxError, TOK(c).pos, TOK(c).line,
                            "cannot mix bytes and nonbytes literals");
        p = tern_node_new(c, N_STRPART, TOK(c).line, cs, cl);
        NODE(c, p)->op = (uint8_t)flags;
        if (fstr) {
            NODE(c, p)->op |= SP_FSTRTOK;
            any_f = 1;
        }
        /* remember the token's line start for f-string field lines */
        NODE(c, p)->b = (int32_t)c->lx->line_start;
        NODE(c, p)->c = c->lx->line;
        list_add(c, &parts, p);
        next(c);
    }
    if (!any_f) {
        n = tern_node_new(c, N_STR, line, pos0, 0);
        NODE(c, n)->a = parts.head;
        return n;
    }
    /* build the pieces of the joined string */
    {
        nlist pieces = { 0, 0 };
        it = parts.head;
        while (it) {
            ast_node *p = NODE(c, it);
            int32_t nx = p->next;
            if (p->op & SP_FSTRTOK) {
                uint32_t cs = p->pos, cl = p->len;
                int raw = (p->op & SP_RAW) != 0, pline = p->line;
                /* the line start of the token's first line */
                uint32_t ls = cs;
                const char *s = CSRC(c);
                while (ls > 0 && s[ls - 1] != '\n') ls--;
                fstr_pieces(c, &pieces, cs, cs + cl, raw, pline, ls, 0);
            } else {
                p->next = 0;
                list_add(c, &pieces, it);
            }
            it = nx;
        }
        n = tern_node_new(c, N_JOINED, line, pos0, 0);
        NODE(c, n)->a = pieces.head;
        return n;
    }
}

/* ===================================================================
 * Expressions
 * =================================================================== */

/* Comprehension clauses after the element: `for t in it (if c)*`... */
static int32_t parse_comp_fors(tern_comp *c) {
    nlist fors = { 0, 0 };
    while (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
        int32_t f, tgt, iter;
        nlist ifs = { 0, 0 };
        int is_async = 0;
        if (KIND(c) == T_ASYNC) {
            next(c);
            if (KIND(c) != T_FOR) err_at_tok(c, NULL);
            is_async = 1;
        }
        f = new_tok_node(c, N_COMPFOR);
        next(c);
        {
            /* target list: stops before 'in' */
            nlist tl = { 0, 0 };
            int n = 0, comma = 0;
            for (;;) {
                int32_t t;
                if (KIND(c) == T_STAR) {
                    int32_t st = new_tok_node(c, N_STARRED);
                    next(c);
                    t = expr_bitor(c);
                    NODE(c, st)->a = t;
                    t = st;
                } else {
                    t = expr_bitor(c);
                }
                list_add(c, &tl, t);
                n++;
                if (KIND(c) != T_COMMA) break;
                comma = 1;
                next(c);
                if (KIND(c) == T_IN) break;
            }
            if (n == 1 && !comma) tgt = tl.head;
            else {
                tgt = tern_node_new(c, N_TUPLE, NODE(c, tl.head)->line, NODE(c, tl.head)->pos, 0);
                NODE(c, tgt)->a = tl.head;
            }
        }
        check_target(c, tgt, TGT_FOR, 1);
        expect(c, T_IN, NULL);
        iter = expr_or(c);
        while (KIND(c) == T_IF) {
            int32_t cond;
            next(c);
            cond = expr_or(c);
            list_add(c, &ifs, cond);
        }
        NODE(c, f)->a = tgt;
        NODE(c, f)->b = iter;
        NODE(c, f)->c = ifs.head;
        NODE(c, f)->op = (uint8_t)is_async;
        list_add(c, &fors, f);
    }
    return fors.head;
}

static int32_t make_comp(tern_comp *c, int kind, int32_t elt, int32_t val, int line, uint32_t pos) {
    int32_t fors = parse_comp_fors(c);
    int32_t n = tern_node_new(c, kind, line, pos, 0);
    NODE(c, n)->a = elt;
    NODE(c, n)->b = val;
    NODE(c, n)->c = fors;
    return n;
}

/* An element of a display: `*x` or a named expression. */
static int32_t star_named(tern_comp *c) {
    if (KIND(c) == T_STAR) {
        int32_t st = new_tok_node(c, N_STARRED), e;
        next(c);
        e = expr_bitor(c);
        NODE(c, st)->a = e;
        return st;
    }
    return expr_named(c);
}

/* ( ... ): tuple, parenthesized expression, generator expression, yield. */
static int32_t parse_paren(tern_comp *c) {
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    nlist items = { 0, 0 };
    int32_t first, n;
    next(c);
    if (KIND(c) == T_RPAR) {
        next(c);
        n = tern_node_new(c, N_TUPLE, line, pos, 0);
        return n;
    }
    if (KIND(c) == T_YIELD) {
        first = expr_star_list(c, 1);
        expect(c, T_RPAR, NULL);
        return first;
    }
    first = star_named(c);
    if (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
        if (NODE(c, first)->kind == N_STARRED)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, first)->pos, NODE(c, first)->line,
                            "iterable unpacking cannot be used in comprehension");
        n = make_comp(c, N_GENEXP, first, 0, line, pos);
        expect(c, T_RPAR, NULL);
        return n;
    }
    if (KIND(c) == T_RPAR) {
        next(c);
        if (NODE(c, first)->kind == N_STARRED)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, first)->pos, NODE(c, first)->line,
                            "cannot use starred expression here");
        /* mark parenthesized (for "simple" annotated targets) */
        NODE(c, first)->flags |= 0x8000;
        return first;
    }
    list_add(c, &items, first);
    while (KIND(c) == T_COMMA) {
        int32_t e;
        next(c);
        if (KIND(c) == T_RPAR) break;
        e = star_named(c);
        list_add(c, &items, e);
    }
    expect(c, T_RPAR, NULL);
    n = tern_node_new(c, N_TUPLE, line, pos, 0);
    NODE(c, n)->a = items.head;
    NODE(c, n)->flags |= 0x8000;
    return n;
}

static int32_t parse_list_display(tern_comp *c) {
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    nlist items = { 0, 0 };
    int32_t first, n;
    next(c);
    if (KIND(c) != T_RSQB) {
        first = star_named(c);
        if (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
            if (NODE(c, first)->kind == N_STARRED)
                tern_comp_error(c, &tern_type_SyntaxError, NODE(c, first)->pos, NODE(c, first)->line,
                                "iterable unpacking cannot be used in comprehension");
            n = make_comp(c, N_LISTCOMP, first, 0, line, pos);
            expect(c, T_RSQB, NULL);
            return n;
        }
        list_add(c, &items, first);
        while (KIND(c) == T_COMMA) {
            int32_t e;
            next(c);
            if (KIND(c) == T_RSQB) break;
            e = star_named(c);
            list_add(c, &items, e);
        }
    }
    expect(c, T_RSQB, NULL);
    n = tern_node_new(c, N_LIST, line, pos, 0);
    NODE(c, n)->a = items.head;
    return n;
}

/* { ... }: dict, set, or their comprehensions. */
static int32_t parse_brace(tern_comp *c) {
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    nlist items = { 0, 0 };
    int32_t n, k, v;
    int is_dict;
    next(c);
    if (KIND(c) == T_RBRACE) {
        next(c);
        return tern_node_new(c, N_DICT, line, pos, 0);
    }
    if (KIND(c) == T_DOUBLESTAR) {
        int32_t d = new_tok_node(c, N_DSTAR);
        next(c);
        v = expr_bitor(c);
        NODE(c, d)->a = v;
        list_add(c, &items, d);
        is_dict = 1;
    } else {
        k = star_named(c);
        if (KIND(c) == T_COLON && NODE(c, k)->kind != N_STARRED) {
            int32_t p;
            next(c);
            v = expr_test(c);
            if (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
                n = make_comp(c, N_DICTCOMP, k, v, line, pos);
                expect(c, T_RBRACE, NULL);
                return n;
            }
            p = tern_node_new(c, N_PAIR, NODE(c, k)->line, NODE(c, k)->pos, 0);
            NODE(c, p)->a = k;
            NODE(c, p)->b = v;
            list_add(c, &items, p);
            is_dict = 1;
        } else {
            if (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
                if (NODE(c, k)->kind == N_STARRED)
                    tern_comp_error(c, &tern_type_SyntaxError, NODE(c, k)->pos, NODE(c, k)->line,
                                    "iterable unpacking cannot be used in comprehension");
                n = make_comp(c, N_SETCOMP, k, 0, line, pos);
                expect(c, T_RBRACE, NULL);
                return n;
            }
            list_add(c, &items, k);
            is_dict = 0;
        }
    }
    while (KIND(c) == T_COMMA) {
        next(c);
        if (KIND(c) == T_RBRACE) break;
        if (is_dict) {
            if (KIND(c) == T_DOUBLESTAR) {
                int32_t d = new_tok_node(c, N_DSTAR);
                next(c);
                v = expr_bitor(c);
                NODE(c, d)->a = v;
                list_add(c, &items, d);
            } else {
                int32_t p;
                int saved = c->juxt_off;
                /* `{a: b, c d}`: CPython reports the missing ':' */
                c->juxt_off = c->depth + 1;
                k = expr_test(c);
                c->juxt_off = saved;
                expect(c, T_COLON, "':' expected after dictionary key");
                v = expr_test(c);
                p = tern_node_new(c, N_PAIR, NODE(c, k)->line, NODE(c, k)->pos, 0);
                NODE(c, p)->a = k;
                NODE(c, p)->b = v;
                list_add(c, &items, p);
            }
        } else {
            k = star_named(c);
            list_add(c, &items, k);
        }
    }
    expect(c, T_RBRACE, NULL);
    n = tern_node_new(c, is_dict ? N_DICT : N_SET, line, pos, 0);
    NODE(c, n)->a = items.head;
    return n;
}

static int32_t parse_atom(tern_comp *c) {
    int32_t n;
    switch (KIND(c)) {
    case T_NAME:
        n = new_tok_node(c, N_NAME);
        next(c);
        return n;
    case T_NUMBER:
        n = new_tok_node(c, N_NUM);
        next(c);
        return n;
    case T_STRING:
        return parse_strings(c);
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS: {
        int k = KIND(c);
        n = new_tok_node(c, N_CONST);
        NODE(c, n)->op = (uint8_t)(k == T_NONE ? CONST_NONE : k == T_TRUE ? CONST_TRUE :
                                   k == T_FALSE ? CONST_FALSE : CONST_ELLIPSIS);
        next(c);
        return n;
    }
    case T_LPAR:
        return parse_paren(c);
    case T_LSQB:
        return parse_list_display(c);
    case T_LBRACE:
        return parse_brace(c);
    default:
        err_at_tok(c, NULL);
    }
}

/* Call arguments after '('; returns the list. */
static int32_t parse_call_args(tern_comp *c) {
    nlist args = { 0, 0 };
    int seen_kw = 0, seen_dstar = 0, nargs = 0;
    int32_t genexp = 0;
    while (KIND(c) != T_RPAR) {
        int32_t a;
        if (KIND(c) == T_STAR) {
            int32_t e;
            a = new_tok_node(c, N_STARRED);
            if (seen_dstar)
                err_at_tok(c, "iterable argument unpacking follows keyword argument unpacking");
            next(c);
            e = expr_test(c);
            NODE(c, a)->a = e;
        } else if (KIND(c) == T_DOUBLESTAR) {
            int32_t e;
            a = new_tok_node(c, N_DSTAR);
            next(c);
            e = expr_test(c);
            NODE(c, a)->a = e;
            seen_dstar = 1;
        } else {
            int32_t e = expr_named_noeq(c);
            if (KIND(c) == T_EQUAL) {
                int32_t v;
                if (NODE(c, e)->kind != N_NAME || (NODE(c, e)->flags & 0x8000))
                    tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                                    "expression cannot contain assignment, perhaps you meant \"==\"?");
                next(c);
                v = expr_test(c);
                a = tern_node_new(c, N_KEYWORD, NODE(c, e)->line, NODE(c, e)->pos, NODE(c, e)->len);
                NODE(c, a)->a = v;
                seen_kw = 1;
            } else if (KIND(c) == T_FOR || KIND(c) == T_ASYNC) {
                a = make_comp(c, N_GENEXP, e, 0, NODE(c, e)->line, NODE(c, e)->pos);
                genexp = 1;
            } else {
                if (seen_dstar)
                    tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                                    "positional argument follows keyword argument unpacking");
                if (seen_kw)
                    tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                                    "positional argument follows keyword argument");
                a = e;
            }
        }
        list_add(c, &args, a);
        nargs++;
        if (genexp == 1) genexp = a;
        if (genexp && nargs > 1)
            tern_comp_error(c, &tern_type_SyntaxError, expr_start(c, NODE(c, genexp)->a), NODE(c, genexp)->line,
                            "Generator expression must be parenthesized");
        if (KIND(c) != T_COMMA) break;
        next(c);
        if (genexp && KIND(c) != T_RPAR)
            tern_comp_error(c, &tern_type_SyntaxError, expr_start(c, NODE(c, genexp)->a), NODE(c, genexp)->line,
                            "Generator expression must be parenthesized");
    }
    expect(c, T_RPAR, NULL);
    return args.head;
}

/* A left-deep chain (a+b+c..., x.a.b..., f()()...) is built iteratively
 * but compiled recursively: bound its length like nesting. */
static void chain_check(tern_comp *c, int *chain) {
    if (++*chain + c->depth > TERN_COMP_MAX_CHAIN - TERN_COMP_MAX_DEPTH)
        tern_raise_fmt(c->vm, &tern_type_RecursionError, "maximum recursion depth exceeded during compilation");
}

/* One subscript item: expression or slice. */
static int32_t parse_slice_item(tern_comp *c) {
    int32_t lo = 0, hi = 0, st = 0, n;
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    if (KIND(c) == T_STAR) return star_named(c);
    if (KIND(c) != T_COLON) {
        lo = expr_named(c);
        if (KIND(c) != T_COLON) return lo;
    }
    next(c);
    if (KIND(c) != T_COLON && KIND(c) != T_RSQB && KIND(c) != T_COMMA)
        hi = expr_test(c);
    if (accept(c, T_COLON)) {
        if (KIND(c) != T_RSQB && KIND(c) != T_COMMA)
            st = expr_test(c);
    }
    n = tern_node_new(c, N_SLICE, line, pos, 0);
    NODE(c, n)->a = lo;
    NODE(c, n)->b = hi;
    NODE(c, n)->c = st;
    return n;
}

static int32_t parse_primary(tern_comp *c) {
    int32_t e = parse_atom(c);
    int chain = 0;
    for (;;) {
        int k = KIND(c);
        int32_t n;
        if (k == T_LPAR || k == T_LSQB || k == T_DOT) chain_check(c, &chain);
        if (k == T_LPAR) {
            int32_t args;
            n = tern_node_new(c, N_CALL, NODE(c, e)->line, NODE(c, e)->pos, 0);
            NODE(c, n)->line = TOK(c).line;
            next(c);
            args = parse_call_args(c);
            NODE(c, n)->a = e;
            NODE(c, n)->b = args;
            e = n;
        } else if (k == T_LSQB) {
            int32_t idx;
            int line = TOK(c).line;
            next(c);
            idx = parse_slice_item(c);
            if (KIND(c) == T_COMMA) {
                nlist items = { 0, 0 };
                int32_t t = tern_node_new(c, N_TUPLE, NODE(c, idx)->line, NODE(c, idx)->pos, 0);
                list_add(c, &items, idx);
                while (accept(c, T_COMMA)) {
                    int32_t it;
                    if (KIND(c) == T_RSQB) break;
                    it = parse_slice_item(c);
                    list_add(c, &items, it);
                }
                NODE(c, t)->a = items.head;
                idx = t;
            }
            expect(c, T_RSQB, NULL);
            n = tern_node_new(c, N_SUBSCR, line, NODE(c, e)->pos, 0);
            NODE(c, n)->a = e;
            NODE(c, n)->b = idx;
            e = n;
        } else if (k == T_DOT) {
            next(c);
            if (KIND(c) != T_NAME) err_at_tok(c, NULL);
            n = tern_node_new(c, N_ATTR, TOK(c).line, TOK(c).pos, TOK(c).len);
            NODE(c, n)->a = e;
            next(c);
            e = n;
        } else {
            return e;
        }
    }
}

/* power: ['await'] primary ['**' factor] */
static int32_t expr_unary(tern_comp *c);
static int32_t expr_power(tern_comp *c) {
    int32_t e;
    if (KIND(c) == T_AWAIT) {
        int32_t n = new_tok_node(c, N_AWAIT);
        next(c);
        e = parse_primary(c);
        NODE(c, n)->a = e;
        e = n;
    } else {
        e = parse_primary(c);
    }
    if (KIND(c) == T_DOUBLESTAR) {
        int32_t r, n;
        int line = TOK(c).line;
        next(c);
        r = expr_unary(c);
        n = tern_node_new(c, N_BINOP, line, NODE(c, e)->pos, 0);
        NODE(c, n)->op = TERN_OP_POW;
        NODE(c, n)->a = e;
        NODE(c, n)->b = r;
        e = n;
    }
    return e;
}

static int32_t expr_unary(tern_comp *c) {
    int k = KIND(c);
    if (k == T_MINUS || k == T_PLUS || k == T_TILDE) {
        int32_t n = new_tok_node(c, N_UNARY), e;
        tern_comp_enter(c, TOK(c).pos, TOK(c).line);
        next(c);
        e = expr_unary(c);
        tern_comp_leave(c);
        NODE(c, n)->op = (uint8_t)(k == T_MINUS ? TERN_UOP_NEG : k == T_PLUS ? TERN_UOP_POS : TERN_UOP_INVERT);
        NODE(c, n)->a = e;
        return n;
    }
    return expr_power(c);
}

/* Binary operators by precedence climbing. Levels: 1 |, 2 ^, 3 &,
 * 4 << >>, 5 + -, 6 * / // % @. */
static int binop_info(int kind, int *op) {
    switch (kind) {
    case T_VBAR: *op = TERN_OP_OR; return 1;
    case T_CIRCUMFLEX: *op = TERN_OP_XOR; return 2;
    case T_AMPER: *op = TERN_OP_AND; return 3;
    case T_LEFTSHIFT: *op = TERN_OP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = TERN_OP_RSHIFT; return 4;
    case T_PLUS: *op = TERN_OP_ADD; return 5;
    case T_MINUS: *op = TERN_OP_SUB; return 5;
    case T_STAR: *op = TERN_OP_MUL; return 6;
    case T_SLASH: *op = TERN_OP_TRUEDIV; return 6;
    case T_DOUBLESLASH: *op = TERN_OP_FLOORDIV; return 6;
    case T_PERCENT: *op = TERN_OP_MOD; return 6;
    case T_AT: *op = TERN_OP_MATMUL; return 6;
    default: return 0;
    }
}

static int32_t expr_binary(tern_comp *c, int minprec) {
    int32_t left = expr_unary(c);
    int chain = 0;
    for (;;) {
        int op, prec = binop_info(KIND(c), &op);
        int32_t right, n;
        int line;
        if (prec == 0 || prec < minprec) return left;
        chain_check(c, &chain);
        line = TOK(c).line;
        next(c);
        right = prec < 6 ? expr_binary(c, prec + 1) : expr_unary(c);
        n = tern_node_new(c, N_BINOP, line, NODE(c, left)->pos, 0);
        NODE(c, n)->op = (uint8_t)op;
        NODE(c, n)->a = left;
        NODE(c, n)->b = right;
        left = n;
    }
}

static int32_t expr_bitor(tern_comp *c) { return expr_binary(c, 1); }

/* Comparison operator at the current token (consumes it), or -1. */
static int comp_op(tern_comp *c) {
    switch (KIND(c)) {
    case T_LESS: next(c); return TERN_CMP_LT;
    case T_LESSEQUAL: next(c); return TERN_CMP_LE;
    case T_EQEQUAL: next(c); return TERN_CMP_EQ;
    case T_NOTEQUAL: next(c); return TERN_CMP_NE;
    case T_GREATER: next(c); return TERN_CMP_GT;
    case T_GREATEREQUAL: next(c); return TERN_CMP_GE;
    case T_IN: next(c); return TERN_CMP_IN;
    case T_NOT:
        next(c);
        if (KIND(c) != T_IN) err_at_tok(c, NULL);
        next(c);
        return TERN_CMP_NOT_IN;
    case T_IS:
        next(c);
        if (accept(c, T_NOT)) return TERN_CMP_IS_NOT;
        return TERN_CMP_IS;
    default: return -1;
    }
}

/* Is the current 'not' token followed by 'in'? Peeks at the source
 * (blanks, comments, continuations and, in brackets, newlines skipped)
 * so that `a not b` can be left for the caller to report. */
static int not_in_ahead(tern_comp *c) {
    const char *s = CSRC(c);
    uint32_t i = TOK(c).pos + TOK(c).len, end = c->lx->end;
    for (;;) {
        if (i >= end) return 0;
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\f') { i++; continue; }
        if (s[i] == '\\' && i + 1 < end && (s[i + 1] == '\n' || s[i + 1] == '\r')) { i += 2; continue; }
        if ((s[i] == '\n' || s[i] == '\r') && (c->lx->nparen > 0 || c->lx->sub)) { i++; continue; }
        if (s[i] == '#' && c->lx->nparen > 0) {
            while (i < end && s[i] != '\n' && s[i] != '\r') i++;
            continue;
        }
        break;
    }
    if (i + 2 > end || s[i] != 'i' || s[i + 1] != 'n') return 0;
    if (i + 2 == end) return 1;
    {
        unsigned char ch = (unsigned char)s[i + 2];
        return !(ch == '_' || ch >= 0x80 || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'));
    }
}

static int32_t expr_compare(tern_comp *c) {
    int32_t first = expr_bitor(c), n = 0;
    int32_t tail = first;
    for (;;) {
        int k = KIND(c), op, line = TOK(c).line;
        int32_t r;
        if (!(k == T_LESS || k == T_LESSEQUAL || k == T_EQEQUAL || k == T_NOTEQUAL || k == T_GREATER ||
              k == T_GREATEREQUAL || k == T_IN || k == T_NOT || k == T_IS))
            break;
        if (k == T_NOT && !not_in_ahead(c)) break;
        op = comp_op(c);
        r = expr_bitor(c);
        NODE(c, r)->flags |= (uint16_t)((op + 1) << 8);
        if (!n) {
            n = tern_node_new(c, N_COMPARE, line, NODE(c, first)->pos, 0);
            NODE(c, n)->a = first;
        }
        NODE(c, tail)->next = r;
        tail = r;
    }
    return n ? n : first;
}

static int32_t expr_not(tern_comp *c) {
    if (KIND(c) == T_NOT) {
        int32_t n = new_tok_node(c, N_UNARY), e;
        tern_comp_enter(c, TOK(c).pos, TOK(c).line);
        next(c);
        e = expr_not(c);
        tern_comp_leave(c);
        NODE(c, n)->op = TERN_UOP_NOT;
        NODE(c, n)->a = e;
        return n;
    }
    return expr_compare(c);
}

static int32_t expr_boolop(tern_comp *c, int is_or) {
    int32_t first = is_or ? expr_boolop(c, 0) : expr_not(c), n, tail;
    int tk = is_or ? T_OR : T_AND;
    if (KIND(c) != tk) return first;
    n = tern_node_new(c, N_BOOLOP, TOK(c).line, NODE(c, first)->pos, 0);
    NODE(c, n)->op = (uint8_t)is_or;
    NODE(c, n)->a = first;
    tail = first;
    while (accept(c, tk)) {
        int32_t r = is_or ? expr_boolop(c, 0) : expr_not(c);
        NODE(c, tail)->next = r;
        tail = r;
    }
    return n;
}

static int32_t expr_or(tern_comp *c) { return expr_boolop(c, 1); }

/* Parameters of a def (closing ')', annotations allowed) or a lambda
 * (closing ':'). */
static int32_t parse_params(tern_comp *c, int closing, int annot) {
    int32_t args = tern_node_new(c, N_ARGS, TOK(c).line, TOK(c).pos, 0);
    nlist pos = { 0, 0 }, kwonly = { 0, 0 };
    int star = 0, seen_default = 0, npos = 0, slash = 0, nkw = 0;
    while (KIND(c) != closing) {
        if (KIND(c) == T_SLASH) {
            if (star || slash || npos == 0)
                err_at_tok(c, star ? "/ must be ahead of *" : slash ? "/ may appear only once" :
                           "at least one argument must precede /");
            NODE(c, args)->op = (uint8_t)(npos > 255 ? 255 : npos);
            slash = 1;
            next(c);
        } else if (KIND(c) == T_STAR) {
            if (star) err_at_tok(c, "* argument may appear only once");
            star = 1;
            next(c);
            if (KIND(c) == T_NAME) {
                int32_t a = new_tok_node(c, N_ARG);
                next(c);
                if (annot && accept(c, T_COLON)) {
                    int32_t an = KIND(c) == T_STAR ? star_named(c) : expr_test(c);
                    NODE(c, a)->a = an;
                }
                NODE(c, args)->b = a;
            } else {
                NODE(c, args)->flags = 1;
                if (KIND(c) == closing || (KIND(c) == T_COMMA))
                    ;
                else
                    err_at_tok(c, NULL);
            }
        } else if (KIND(c) == T_DOUBLESTAR) {
            int32_t a;
            next(c);
            if (KIND(c) != T_NAME) err_at_tok(c, NULL);
            a = new_tok_node(c, N_ARG);
            next(c);
            if (annot && accept(c, T_COLON)) {
                int32_t an = expr_test(c);
                NODE(c, a)->a = an;
            }
            NODE(c, args)->d = a;
            accept(c, T_COMMA);
            if (KIND(c) != closing) err_at_tok(c, "arguments cannot follow var-keyword argument");
            break;
        } else if (KIND(c) == T_NAME) {
            int32_t a = new_tok_node(c, N_ARG);
            next(c);
            if (annot && accept(c, T_COLON)) {
                int32_t an = expr_test(c);
                NODE(c, a)->a = an;
            }
            if (accept(c, T_EQUAL)) {
                int32_t d = expr_test(c);
                NODE(c, a)->b = d;
                if (!star) seen_default = 1;
            } else if (!star && seen_default) {
                tern_comp_error(c, &tern_type_SyntaxError, NODE(c, a)->pos, NODE(c, a)->line,
                                "non-default argument follows default argument");
            }
            if (star) { list_add(c, &kwonly, a); nkw++; }
            else { list_add(c, &pos, a); npos++; }
        } else {
            err_at_tok(c, NULL);
        }
        if (KIND(c) != T_COMMA) break;
        next(c);
    }
    if (NODE(c, args)->flags == 1 && nkw == 0)
        err_at_tok(c, "named arguments must follow bare *");
    NODE(c, args)->a = pos.head;
    NODE(c, args)->c = kwonly.head;
    return args;
}

static int32_t parse_lambda(tern_comp *c) {
    int32_t n = new_tok_node(c, N_LAMBDA), args, body;
    next(c);
    args = parse_params(c, T_COLON, 0);
    expect(c, T_COLON, NULL);
    body = expr_test(c);
    NODE(c, n)->a = args;
    NODE(c, n)->b = body;
    return n;
}

/* Can the current token start an expression right after a complete
 * disjunction? (Operators, calls and subscripts would have extended it.) */
static int starts_juxtaposed(int k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LBRACE: case T_TILDE: case T_NOT:
    case T_LAMBDA: case T_AWAIT: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Two expressions side by side (`a b`), a starting at p0/line0 with
 * token kind k0: CPython 3.11's invalid_expression and
 * invalid_legacy_expression. `print x` / `exec x` get their hint
 * anywhere; otherwise, inside brackets, "Perhaps you forgot a comma?"
 * (not after a soft keyword, nor for NAME STRING, as CPython). Returns
 * if none applies: the caller then fails as usual. */
static void check_juxtaposed(tern_comp *c, int32_t a, int k0, uint32_t p0, int line0) {
    ast_node *n = NODE(c, a);
    const char *s = CSRC(c);
    if (n->kind == N_NAME && !(n->flags & 0x8000)) {
        if (n->len == 5 && memcmp(s + n->pos, "print", 5) == 0)
            tern_comp_error(c, &tern_type_SyntaxError, p0, line0,
                            "Missing parentheses in call to 'print'. Did you mean print(...)?");
        if (n->len == 4 && memcmp(s + n->pos, "exec", 4) == 0)
            tern_comp_error(c, &tern_type_SyntaxError, p0, line0,
                            "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
        if (KIND(c) == T_STRING) return;
    }
    if (c->lx->prev_level == 0) return;
    if (k0 == T_NAME) {
        uint32_t l0 = 0;
        while (p0 + l0 < c->src_len && (s[p0 + l0] == '_' || (unsigned char)s[p0 + l0] >= 0x80 ||
               (s[p0 + l0] >= '0' && s[p0 + l0] <= '9') || ((s[p0 + l0] | 0x20) >= 'a' && (s[p0 + l0] | 0x20) <= 'z')))
            l0++;
        if ((l0 == 1 && s[p0] == '_') || (l0 == 5 && memcmp(s + p0, "match", 5) == 0) ||
            (l0 == 4 && memcmp(s + p0, "case", 4) == 0))
            return;
    }
    next(c);
    scan_rest(c, TOK(c).line);
    tern_comp_error(c, &tern_type_SyntaxError, p0, line0, "invalid syntax. Perhaps you forgot a comma?");
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambda */
static int32_t expr_test(tern_comp *c) {
    int32_t e;
    int k0 = KIND(c), line0 = TOK(c).line;
    uint32_t p0 = TOK(c).pos;
    tern_comp_enter(c, TOK(c).pos, TOK(c).line);
    if (KIND(c) == T_LAMBDA) {
        e = parse_lambda(c);
    } else {
        e = expr_or(c);
        if (starts_juxtaposed(KIND(c)) && c->depth != c->juxt_off) check_juxtaposed(c, e, k0, p0, line0);
        if (KIND(c) == T_IF) {
            int32_t n = tern_node_new(c, N_IFEXP, TOK(c).line, NODE(c, e)->pos, 0), t, o;
            next(c);
            t = expr_or(c);
            expect(c, T_ELSE, "expected 'else' after 'if' expression");
            o = expr_test(c);
            NODE(c, n)->a = t;
            NODE(c, n)->b = e;
            NODE(c, n)->c = o;
            e = n;
        }
    }
    tern_comp_leave(c);
    return e;
}

/* `x = 1` where a named expression is expected (an if/while condition,
 * a display element...): CPython 3.11's invalid_named_expression. Called
 * at the '=' after e; raises. */
TERN_NORETURN static void named_assign_error(tern_comp *c, int32_t e, uint32_t p0, int line0) {
    int kind = NODE(c, e)->kind, paren = (NODE(c, e)->flags & 0x8000) != 0;
    uint32_t eq_pos = TOK(c).pos;
    int eq_line = TOK(c).line;
    int is_bitor = !(kind == N_COMPARE || kind == N_BOOLOP || kind == N_IFEXP || kind == N_LAMBDA ||
                  kind == N_NAMEDEXPR || (kind == N_UNARY && NODE(c, e)->op == TERN_UOP_NOT));
    int excluded = kind == N_LIST || kind == N_TUPLE || kind == N_GENEXP ||
                   (kind == N_CONST && NODE(c, e)->op != CONST_ELLIPSIS);
    if (is_bitor && !excluded) {
        next(c);
        if (starts_expr(KIND(c)) && KIND(c) != T_STAR && KIND(c) != T_NOT && KIND(c) != T_LAMBDA) {
            expr_bitor(c);
            if (KIND(c) != T_EQUAL && KIND(c) != T_COLONEQUAL) {
                scan_rest(c, TOK(c).line);
                if (kind == N_NAME && !paren)
                    tern_comp_error(c, &tern_type_SyntaxError, p0, line0,
                                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                tern_comp_error(c, &tern_type_SyntaxError, expr_start(c, e), NODE(c, e)->line,
                                "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                expr_kind_name(c, e));
            }
            err_at_tok(c, NULL);
        }
    }
    scan_rest(c, TOK(c).line);
    tern_comp_error(c, &tern_type_SyntaxError, eq_pos, eq_line, "invalid syntax");
}

/* named_expression: NAME ':=' expression | expression */
static int32_t expr_named(tern_comp *c) {
    uint32_t p0 = TOK(c).pos;
    int line0 = TOK(c).line;
    int32_t e = expr_named_noeq(c);
    if (KIND(c) == T_EQUAL) named_assign_error(c, e, p0, line0);
    return e;
}

/* A named expression that may be followed by '=' (a keyword argument). */
static int32_t expr_named_noeq(tern_comp *c) {
    int32_t e = expr_test(c);
    if (KIND(c) == T_COLONEQUAL) {
        int32_t n, v;
        if (NODE(c, e)->kind != N_NAME)
            tern_comp_error(c, &tern_type_SyntaxError, expr_start(c, e), NODE(c, e)->line,
                            "cannot use assignment expressions with %s", expr_kind_name(c, e));
        n = tern_node_new(c, N_NAMEDEXPR, TOK(c).line, NODE(c, e)->pos, 0);
        next(c);
        v = expr_test(c);
        NODE(c, n)->a = e;
        NODE(c, n)->b = v;
        e = n;
    }
    return e;
}

static int32_t parse_yield(tern_comp *c) {
    int32_t n = new_tok_node(c, N_YIELD), v = 0;
    next(c);
    if (accept(c, T_FROM)) {
        v = expr_test(c);
        NODE(c, n)->kind = N_YIELDFROM;
        NODE(c, n)->a = v;
        return n;
    }
    if (KIND(c) != T_RPAR && KIND(c) != T_NEWLINE && KIND(c) != T_SEMI && KIND(c) != T_EQUAL &&
        KIND(c) != T_RBRACE && KIND(c) != T_RSQB && KIND(c) != T_ENDMARKER && KIND(c) != T_COLON)
        v = expr_star_list(c, 0);
    NODE(c, n)->a = v;
    return n;
}

static int starts_expr(int k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_AWAIT:
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS: case T_STAR:
        return 1;
    default:
        return 0;
    }
}

/* star_expressions (a tuple if there is a comma), or a yield expression. */
static int32_t expr_star_list(tern_comp *c, int allow_yield) {
    int32_t first, n;
    nlist items = { 0, 0 };
    if (allow_yield && KIND(c) == T_YIELD) return parse_yield(c);
    first = KIND(c) == T_STAR ? star_named(c) : expr_test(c);
    if (KIND(c) != T_COMMA) return first;
    list_add(c, &items, first);
    while (accept(c, T_COMMA)) {
        int32_t e;
        if (!starts_expr(KIND(c))) break;
        e = KIND(c) == T_STAR ? star_named(c) : expr_test(c);
        list_add(c, &items, e);
    }
    n = tern_node_new(c, N_TUPLE, NODE(c, first)->line, NODE(c, first)->pos, 0);
    NODE(c, n)->a = items.head;
    return n;
}

/* ===================================================================
 * Statements
 * =================================================================== */

/* The ':' and the block of a compound statement. CPython 3.11 says
 * "expected ':'" after else/try/finally/def always, after the others
 * (if, elif, while, for, with, class, except) only at the end of the
 * line, else "invalid syntax" at the token. */
static int32_t parse_block(tern_comp *c, const char *what, int line) {
    nlist body = { 0, 0 };
    if (KIND(c) != T_COLON) {
        int forced = strcmp(what, "'else' statement") == 0 || strcmp(what, "'try' statement") == 0 ||
                     strcmp(what, "'finally' statement") == 0 || strcmp(what, "function definition") == 0;
        if (!forced && KIND(c) != T_NEWLINE) err_at_tok(c, NULL);
    }
    expect(c, T_COLON, "expected ':'");
    if (KIND(c) == T_NEWLINE) {
        next(c);
        if (KIND(c) != T_INDENT) {
            if (KIND(c) == T_ENDMARKER || TOK(c).pos >= c->src_len) c->eof_error = 1;
            tern_comp_error(c, &tern_type_IndentationError, TOK(c).pos, TOK(c).line,
                            "expected an indented block after %s on line %d", what, line);
        }
        next(c);
        tern_comp_enter(c, TOK(c).pos, TOK(c).line);
        while (KIND(c) != T_DEDENT && KIND(c) != T_ENDMARKER)
            parse_stmt(c, &body);
        tern_comp_leave(c);
        next(c);
    } else {
        parse_stmt(c, &body);
    }
    return body.head;
}

static int32_t dotted_name(tern_comp *c, uint32_t *pos, uint32_t *len) {
    uint32_t start;
    if (KIND(c) != T_NAME) err_at_tok(c, NULL);
    start = TOK(c).pos;
    *len = TOK(c).len;
    next(c);
    while (KIND(c) == T_DOT) {
        next(c);
        if (KIND(c) != T_NAME) err_at_tok(c, NULL);
        *len = TOK(c).pos + TOK(c).len - start;
        next(c);
    }
    *pos = start;
    return 0;
}

static int32_t parse_import(tern_comp *c) {
    int32_t n = new_tok_node(c, N_IMPORT);
    nlist names = { 0, 0 };
    next(c);
    do {
        uint32_t p, l;
        int32_t a;
        int line = TOK(c).line;
        dotted_name(c, &p, &l);
        a = tern_node_new(c, N_ALIAS, line, p, l);
        if (accept(c, T_AS)) {
            if (KIND(c) != T_NAME) err_at_tok(c, NULL);
            NODE(c, a)->b = (int32_t)TOK(c).pos;
            NODE(c, a)->c = (int32_t)TOK(c).len;
            next(c);
        }
        list_add(c, &names, a);
    } while (accept(c, T_COMMA));
    NODE(c, n)->a = names.head;
    return n;
}

static int32_t parse_from(tern_comp *c) {
    int32_t n = new_tok_node(c, N_IMPORTFROM);
    nlist names = { 0, 0 };
    int level = 0, paren = 0;
    uint32_t p = 0, l = 0;
    next(c);
    while (KIND(c) == T_DOT || KIND(c) == T_ELLIPSIS) {
        level += KIND(c) == T_DOT ? 1 : 3;
        next(c);
    }
    if (KIND(c) == T_NAME) dotted_name(c, &p, &l);
    else if (level == 0) err_at_tok(c, NULL);
    expect(c, T_IMPORT, NULL);
    NODE(c, n)->pos = p;
    NODE(c, n)->len = l;
    NODE(c, n)->op = (uint8_t)(level > 255 ? 255 : level);
    if (KIND(c) == T_STAR) {
        next(c);
        NODE(c, n)->a = 0;
        return n;
    }
    if (accept(c, T_LPAR)) paren = 1;
    for (;;) {
        int32_t a;
        if (KIND(c) != T_NAME)
            err_at_tok(c, paren || !names.head ? NULL : "trailing comma not allowed without surrounding parentheses");
        a = new_tok_node(c, N_ALIAS);
        next(c);
        if (accept(c, T_AS)) {
            if (KIND(c) != T_NAME) err_at_tok(c, NULL);
            NODE(c, a)->b = (int32_t)TOK(c).pos;
            NODE(c, a)->c = (int32_t)TOK(c).len;
            next(c);
        }
        list_add(c, &names, a);
        if (!accept(c, T_COMMA)) break;
        if (paren && KIND(c) == T_RPAR) break;
    }
    if (paren) expect(c, T_RPAR, NULL);
    NODE(c, n)->a = names.head;
    return n;
}

static int32_t parse_names_stmt(tern_comp *c, int kind) {
    int32_t n = new_tok_node(c, kind);
    nlist names = { 0, 0 };
    next(c);
    do {
        int32_t a;
        if (KIND(c) != T_NAME) err_at_tok(c, NULL);
        a = new_tok_node(c, N_NAME);
        next(c);
        list_add(c, &names, a);
    } while (accept(c, T_COMMA));
    NODE(c, n)->a = names.head;
    return n;
}

/* Expression statement, assignment, augmented or annotated assignment. */
static int32_t parse_expr_stmt(tern_comp *c) {
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    int32_t e = expr_star_list(c, 1), n;
    int k = KIND(c);
    if (k == T_EQUAL) {
        nlist targets = { 0, 0 };
        int32_t v = e;
        int nt = 0;
        while (accept(c, T_EQUAL)) {
            list_add(c, &targets, v);
            nt++;
            v = expr_star_list(c, 1);
        }
        for (e = targets.head; e; e = NODE(c, e)->next)
            check_target(c, e, TGT_ASSIGN, nt == 1);
        n = tern_node_new(c, N_ASSIGN, line, pos, 0);
        NODE(c, n)->a = targets.head;
        NODE(c, n)->b = v;
        return n;
    }
    if (k >= T_PLUSEQUAL && k <= T_RIGHTSHIFTEQUAL) {
        int op;
        int32_t v;
        int ek = NODE(c, e)->kind;
        binop_info(k - T_AUG_DELTA, &op);
        if (k == T_DOUBLESTAREQUAL) op = TERN_OP_POW;
        if (ek != N_NAME && ek != N_ATTR && ek != N_SUBSCR)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "'%s' is an illegal expression for augmented assignment", expr_kind_name(c, e));
        next(c);
        v = expr_star_list(c, 1);
        n = tern_node_new(c, N_AUGASSIGN, line, pos, 0);
        NODE(c, n)->a = e;
        NODE(c, n)->b = v;
        NODE(c, n)->op = (uint8_t)op;
        return n;
    }
    if (k == T_COLON) {
        int32_t ann, v = 0;
        int ek = NODE(c, e)->kind;
        if (ek == N_TUPLE)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "only single target (not tuple) can be annotated");
        if (ek == N_LIST)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "only single target (not list) can be annotated");
        if (ek != N_NAME && ek != N_ATTR && ek != N_SUBSCR)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "illegal target for annotation");
        next(c);
        ann = expr_test(c);
        if (accept(c, T_EQUAL)) v = expr_star_list(c, 1);
        n = tern_node_new(c, N_ANNASSIGN, line, pos, 0);
        NODE(c, n)->a = e;
        NODE(c, n)->b = ann;
        NODE(c, n)->c = v;
        NODE(c, n)->op = (uint8_t)(ek == N_NAME && !(NODE(c, e)->flags & 0x8000));
        return n;
    }
    if (NODE(c, e)->kind == N_NAME && (k == T_STRING || k == T_NAME || k == T_NUMBER)) {
        const char *s = CSRC(c);
        if (NODE(c, e)->len == 5 && memcmp(s + NODE(c, e)->pos, "print", 5) == 0)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "Missing parentheses in call to 'print'. Did you mean print(...)?");
        if (NODE(c, e)->len == 4 && memcmp(s + NODE(c, e)->pos, "exec", 4) == 0)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, e)->pos, NODE(c, e)->line,
                            "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
    }
    n = tern_node_new(c, N_EXPR, line, pos, 0);
    NODE(c, n)->a = e;
    return n;
}

static int32_t parse_small_stmt(tern_comp *c) {
    int32_t n, e;
    switch (KIND(c)) {
    case T_PASS: n = new_tok_node(c, N_PASS); next(c); return n;
    case T_BREAK: n = new_tok_node(c, N_BREAK); next(c); return n;
    case T_CONTINUE: n = new_tok_node(c, N_CONTINUE); next(c); return n;
    case T_RETURN:
        n = new_tok_node(c, N_RETURN);
        next(c);
        if (starts_expr(KIND(c)) || KIND(c) == T_YIELD) {
            e = expr_star_list(c, 0);
            NODE(c, n)->a = e;
        }
        return n;
    case T_RAISE:
        n = new_tok_node(c, N_RAISE);
        next(c);
        if (starts_expr(KIND(c))) {
            e = expr_test(c);
            NODE(c, n)->a = e;
            if (accept(c, T_FROM)) {
                e = expr_test(c);
                NODE(c, n)->b = e;
            }
        }
        return n;
    case T_GLOBAL: return parse_names_stmt(c, N_GLOBAL);
    case T_NONLOCAL: return parse_names_stmt(c, N_NONLOCAL);
    case T_DEL: {
        nlist targets = { 0, 0 };
        n = new_tok_node(c, N_DEL);
        next(c);
        do {
            if (!starts_expr(KIND(c)) || KIND(c) == T_STAR) {
                if (targets.head) break;
                err_at_tok(c, NULL);
            }
            e = expr_bitor(c);
            check_target(c, e, TGT_DEL, 1);
            list_add(c, &targets, e);
        } while (accept(c, T_COMMA));
        NODE(c, n)->a = targets.head;
        return n;
    }
    case T_ASSERT:
        n = new_tok_node(c, N_ASSERT);
        next(c);
        e = expr_test(c);
        NODE(c, n)->a = e;
        if (accept(c, T_COMMA)) {
            e = expr_test(c);
            NODE(c, n)->b = e;
        }
        return n;
    case T_IMPORT: return parse_import(c);
    case T_FROM: return parse_from(c);
    default:
        if (!starts_expr(KIND(c)) && KIND(c) != T_YIELD) err_at_tok(c, NULL);
        return parse_expr_stmt(c);
    }
}

static void parse_simple_stmts(tern_comp *c, nlist *out) {
    for (;;) {
        int32_t s = parse_small_stmt(c);
        list_add(c, out, s);
        if (!accept(c, T_SEMI)) break;
        if (KIND(c) == T_NEWLINE || KIND(c) == T_ENDMARKER) break;
    }
    if (KIND(c) != T_NEWLINE && KIND(c) != T_ENDMARKER) err_at_tok(c, NULL);
    next(c);
}

static int32_t parse_if(tern_comp *c, const char *what) {
    int32_t n = new_tok_node(c, N_IF), t, b;
    int line = TOK(c).line;
    next(c);
    t = expr_named(c);
    b = parse_block(c, what, line);
    NODE(c, n)->a = t;
    NODE(c, n)->b = b;
    if (KIND(c) == T_ELIF) {
        int32_t o = parse_if(c, "'elif' statement");
        NODE(c, n)->c = o;
    } else if (KIND(c) == T_ELSE) {
        int32_t o;
        int eline = TOK(c).line;
        next(c);
        o = parse_block(c, "'else' statement", eline);
        NODE(c, n)->c = o;
    }
    return n;
}

static int32_t parse_else(tern_comp *c) {
    if (KIND(c) == T_ELSE) {
        int line = TOK(c).line;
        next(c);
        return parse_block(c, "'else' statement", line);
    }
    return 0;
}

/* for-statement targets: star_targets up to 'in'. */
static int32_t parse_targets(tern_comp *c) {
    nlist tl = { 0, 0 };
    int n = 0, comma = 0;
    int32_t t;
    for (;;) {
        t = KIND(c) == T_STAR ? star_named(c) : expr_bitor(c);
        list_add(c, &tl, t);
        n++;
        if (KIND(c) != T_COMMA) break;
        comma = 1;
        next(c);
        if (KIND(c) == T_IN || KIND(c) == T_EQUAL) break;
    }
    if (n == 1 && !comma) return tl.head;
    t = tern_node_new(c, N_TUPLE, NODE(c, tl.head)->line, NODE(c, tl.head)->pos, 0);
    NODE(c, t)->a = tl.head;
    return t;
}

static int32_t parse_for(tern_comp *c, int is_async) {
    int32_t n = new_tok_node(c, N_FOR), t, it, b, o;
    int line = TOK(c).line;
    next(c);
    t = parse_targets(c);
    check_target(c, t, TGT_FOR, 1);
    expect(c, T_IN, NULL);
    it = expr_star_list(c, 0);
    b = parse_block(c, "'for' statement", line);
    o = parse_else(c);
    NODE(c, n)->a = t;
    NODE(c, n)->b = it;
    NODE(c, n)->c = b;
    NODE(c, n)->d = o;
    NODE(c, n)->op = (uint8_t)is_async;
    return n;
}

static int32_t parse_while(tern_comp *c) {
    int32_t n = new_tok_node(c, N_WHILE), t, b, o;
    int line = TOK(c).line;
    next(c);
    t = expr_named(c);
    b = parse_block(c, "'while' statement", line);
    o = parse_else(c);
    NODE(c, n)->a = t;
    NODE(c, n)->b = b;
    NODE(c, n)->c = o;
    return n;
}

static int32_t parse_try(tern_comp *c) {
    int32_t n = new_tok_node(c, N_TRY), b;
    nlist handlers = { 0, 0 };
    int line = TOK(c).line, seen_bare = 0, star = -1;
    uint32_t bare_pos = 0;
    next(c);
    b = parse_block(c, "'try' statement", line);
    NODE(c, n)->a = b;
    while (KIND(c) == T_EXCEPT) {
        int32_t h = new_tok_node(c, N_HANDLER), body;
        int hline = TOK(c).line, hstar = 0;
        if (seen_bare)  /* reported at the bare except, as CPython does */
            tern_comp_error(c, &tern_type_SyntaxError, bare_pos, seen_bare,
                            "default 'except:' must be last");
        next(c);
        if (KIND(c) == T_STAR) {
            /* except* T: (N_TRY op 1) */
            hstar = 1;
            next(c);
            if (KIND(c) == T_COLON)
                err_at_tok(c, "expected one or more exception types");
        }
        if (star >= 0 && star != hstar)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, h)->pos, hline,
                            "cannot have both 'except' and 'except*' on the same 'try'");
        star = hstar;
        NODE(c, n)->op = (uint8_t)hstar;
        NODE(c, h)->len = 0;
        if (KIND(c) != T_COLON) {
            int32_t ty = expr_test(c);
            if (KIND(c) == T_COMMA) {
                /* except A, B: is an error in Python 3 */
                err_at_tok(c, "multiple exception types must be parenthesized");
            }
            NODE(c, h)->a = ty;
            if (accept(c, T_AS)) {
                if (KIND(c) != T_NAME) err_at_tok(c, NULL);
                NODE(c, h)->pos = TOK(c).pos;
                NODE(c, h)->len = TOK(c).len;
                next(c);
            }
        } else {
            seen_bare = hline;
            bare_pos = NODE(c, h)->pos;
        }
        body = parse_block(c, "'except' statement", hline);
        NODE(c, h)->b = body;
        list_add(c, &handlers, h);
    }
    NODE(c, n)->b = handlers.head;
    if (handlers.head) {
        b = parse_else(c);
        NODE(c, n)->c = b;
    }
    if (KIND(c) == T_FINALLY) {
        int fline = TOK(c).line;
        next(c);
        b = parse_block(c, "'finally' statement", fline);
        NODE(c, n)->d = b;
    } else if (!handlers.head) {
        err_at_tok(c, "expected 'except' or 'finally' block");
    }
    return n;
}

static int32_t parse_with_item(tern_comp *c) {
    int32_t it = tern_node_new(c, N_WITHITEM, TOK(c).line, TOK(c).pos, 0), e;
    e = expr_test(c);
    NODE(c, it)->a = e;
    if (accept(c, T_AS)) {
        int32_t t = KIND(c) == T_STAR ? star_named(c) : expr_bitor(c);
        check_target(c, t, TGT_WITH, 1);
        NODE(c, it)->b = t;
    }
    return it;
}

/* Is the '(' at the current token the start of parenthesized with-items,
 * i.e. is its matching ')' followed by ':'? Scans ahead with a copy of
 * the lexer (plain C data), then discards the copy. */
static int with_parens_ahead(tern_comp *c) {
    tern_lexer save = *c->lx;
    int depth = 0, r = 0;
    for (;;) {
        int k = KIND(c);
        if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) depth++;
        else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
            if (--depth == 0) {
                next(c);
                r = KIND(c) == T_COLON;
                break;
            }
        } else if (k == T_NEWLINE || k == T_ENDMARKER) {
            break;
        }
        next(c);
    }
    *c->lx = save;
    return r;
}

static int32_t parse_with(tern_comp *c, int is_async) {
    int32_t n = new_tok_node(c, N_WITH), b;
    nlist items = { 0, 0 };
    int line = TOK(c).line;
    next(c);
    if (KIND(c) == T_LPAR && with_parens_ahead(c)) {
        next(c);
        for (;;) {
            int32_t it = parse_with_item(c);
            list_add(c, &items, it);
            if (!accept(c, T_COMMA)) break;
            if (KIND(c) == T_RPAR) break;
        }
        expect(c, T_RPAR, NULL);
    } else {
        do {
            int32_t it = parse_with_item(c);
            list_add(c, &items, it);
        } while (accept(c, T_COMMA));
    }
    b = parse_block(c, "'with' statement", line);
    NODE(c, n)->a = items.head;
    NODE(c, n)->b = b;
    NODE(c, n)->op = (uint8_t)is_async;
    return n;
}

static int32_t parse_funcdef(tern_comp *c, int32_t decorators, int is_async) {
    int32_t n, args, body, ret = 0;
    int line = TOK(c).line;
    next(c);
    if (KIND(c) != T_NAME) err_at_tok(c, NULL);
    n = new_tok_node(c, N_FUNCDEF);
    NODE(c, n)->line = line;
    next(c);
    expect(c, T_LPAR, "expected '('");
    args = parse_params(c, T_RPAR, 1);
    expect(c, T_RPAR, NULL);
    if (accept(c, T_RARROW)) ret = expr_test(c);
    body = parse_block(c, "function definition", line);
    NODE(c, n)->a = args;
    NODE(c, n)->b = body;
    NODE(c, n)->c = decorators;
    NODE(c, n)->d = ret;
    NODE(c, n)->op = (uint8_t)is_async;
    return n;
}

static int32_t parse_classdef(tern_comp *c, int32_t decorators) {
    int32_t n, body;
    int line = TOK(c).line;
    nlist bases = { 0, 0 }, kws = { 0, 0 };
    next(c);
    if (KIND(c) != T_NAME) err_at_tok(c, NULL);
    n = new_tok_node(c, N_CLASSDEF);
    next(c);
    if (accept(c, T_LPAR)) {
        int32_t a = parse_call_args(c);
        while (a) {
            int32_t nx = NODE(c, a)->next;
            NODE(c, a)->next = 0;
            if (NODE(c, a)->kind == N_KEYWORD || NODE(c, a)->kind == N_DSTAR) list_add(c, &kws, a);
            else list_add(c, &bases, a);
            a = nx;
        }
    }
    body = parse_block(c, "class definition", line);
    NODE(c, n)->a = bases.head;
    NODE(c, n)->b = kws.head;
    NODE(c, n)->c = body;
    NODE(c, n)->d = decorators;
    return n;
}

/* One statement (a line of simple statements adds several) to out. */
static int32_t parse_stmt(tern_comp *c, nlist *out) {
    int32_t n;
    switch (KIND(c)) {
    case T_IF: n = parse_if(c, "'if' statement"); break;
    case T_WHILE: n = parse_while(c); break;
    case T_FOR: n = parse_for(c, 0); break;
    case T_TRY: n = parse_try(c); break;
    case T_WITH: n = parse_with(c, 0); break;
    case T_DEF: n = parse_funcdef(c, 0, 0); break;
    case T_CLASS: n = parse_classdef(c, 0); break;
    case T_ASYNC:
        next(c);
        if (KIND(c) == T_DEF) n = parse_funcdef(c, 0, 1);
        else if (KIND(c) == T_FOR) n = parse_for(c, 1);
        else if (KIND(c) == T_WITH) n = parse_with(c, 1);
        else err_at_tok(c, NULL);
        break;
    case T_AT: {
        nlist decs = { 0, 0 };
        while (KIND(c) == T_AT) {
            int32_t d;
            next(c);
            d = expr_named(c);
            list_add(c, &decs, d);
            if (KIND(c) != T_NEWLINE) err_at_tok(c, NULL);
            next(c);
        }
        if (KIND(c) == T_DEF) n = parse_funcdef(c, decs.head, 0);
        else if (KIND(c) == T_CLASS) n = parse_classdef(c, decs.head);
        else if (KIND(c) == T_ASYNC) {
            next(c);
            if (KIND(c) != T_DEF) err_at_tok(c, NULL);
            n = parse_funcdef(c, decs.head, 1);
        } else err_at_tok(c, NULL);
        break;
    }
    case T_NAME:
        if (tern_p_match_ahead(c)) {
            n = tern_p_match(c);
            break;
        }
        goto simple;
    case T_INDENT:
        err_at_tok(c, NULL);
    case T_ELSE: case T_ELIF: case T_EXCEPT: case T_FINALLY:
        err_at_tok(c, NULL);
    default:
    simple: {
        nlist l = { 0, 0 };
        parse_simple_stmts(c, &l);
        if (out->tail) NODE(c, out->tail)->next = l.head;
        else out->head = l.head;
        out->tail = l.tail;
        return l.head;
    }
    }
    list_add(c, out, n);
    return n;
}

/* The helpers parser_match.c shares (parser.h). */
void tern_p_list_add(tern_comp *c, nlist *l, int32_t n) { list_add(c, l, n); }
void tern_p_next(tern_comp *c) { next(c); }
int tern_p_accept(tern_comp *c, int kind) { return accept(c, kind); }
void tern_p_error(tern_comp *c, const char *msg) { err_at_tok(c, msg); }
void tern_p_expect(tern_comp *c, int kind, const char *msg) { expect(c, kind, msg); }
int32_t tern_p_tok_node(tern_comp *c, int kind) { return new_tok_node(c, kind); }
int32_t tern_p_strings(tern_comp *c) { return parse_strings(c); }
int32_t tern_p_named(tern_comp *c) { return expr_named(c); }
int32_t tern_p_star_list(tern_comp *c) { return expr_star_list(c, 0); }
int32_t tern_p_block(tern_comp *c, const char *what, int line) { return parse_block(c, what, line); }

int32_t tern_parse_statement(tern_comp *c) {
    nlist l = { 0, 0 };
    while (KIND(c) == T_NEWLINE) next(c);
    if (KIND(c) == T_ENDMARKER) return 0;
    parse_stmt(c, &l);
    return l.head;
}

int32_t tern_parse_eval(tern_comp *c) {
    int32_t e;
    while (KIND(c) == T_NEWLINE) next(c);
    e = expr_star_list(c, 0);
    while (KIND(c) == T_NEWLINE) next(c);
    if (KIND(c) != T_ENDMARKER) err_at_tok(c, NULL);
    return e;
}
