/* SPDX-License-Identifier: MIT */
/*
 * parser_match.c — the match statement (Python 3.10) and its patterns.
 *
 * `match` and `case` are soft keywords: a line starting with the name
 * `match` is a match statement only if it reads as one (an expression
 * after `match`, a ':' ending the line). Patterns get their own node
 * kinds (N_P* in ast.h); compile_match.c turns them into bytecode.
 */
#include "parser.h"

static int tok_is(tern_comp *c, const char *word) {
    size_t n = strlen(word);
    return KIND(c) == T_NAME && TOK(c).len == n && memcmp(CSRC(c) + TOK(c).pos, word, n) == 0;
}

/* Does the token after the current one (scanned with a copy of the
 * lexer, plain C data) have kind k? */
static int next_is(tern_comp *c, int k) {
    tern_lexer save = *c->lx;
    int r;
    tern_p_next(c);
    r = KIND(c) == k;
    *c->lx = save;
    return r;
}

int tern_p_match_ahead(tern_comp *c) {
    tern_lexer save;
    int depth = 0, last = -1, r = 0, k;
    if (!tok_is(c, "match"))
        return 0;
    save = *c->lx;
    tern_p_next(c);
    k = KIND(c);
    /* an expression must follow: `match = 1`, `match.x`, `match(...)...`
     * without a final ':' are ordinary statements using the name */
    if (k == T_NAME || k == T_NUMBER || k == T_STRING || k == T_LPAR || k == T_LSQB ||
        k == T_LBRACE || k == T_MINUS || k == T_PLUS || k == T_TILDE || k == T_NOT ||
        k == T_NONE || k == T_TRUE || k == T_FALSE || k == T_STAR || k == T_AWAIT ||
        k == T_LAMBDA || k == T_ELLIPSIS) {
        for (;;) {
            k = KIND(c);
            if (k == T_NEWLINE || k == T_ENDMARKER)
                break;
            if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) depth++;
            else if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) depth--;
            last = depth == 0 ? k : -1;
            tern_p_next(c);
        }
        r = last == T_COLON;
    }
    *c->lx = save;
    return r;
}

static int32_t pattern(tern_comp *c);
static int32_t closed_pattern(tern_comp *c);

static int32_t capture(tern_comp *c, int kind) {
    int32_t n = tern_p_tok_node(c, kind);
    if (tok_is(c, "_"))
        NODE(c, n)->len = 0;
    tern_p_next(c);
    return n;
}

/* A pattern that may be starred (an item of a sequence pattern). */
static int32_t maybe_star(tern_comp *c) {
    if (tern_p_accept(c, T_STAR)) {
        if (KIND(c) != T_NAME)
            tern_p_error(c, NULL);
        return capture(c, N_PSTAR);
    }
    return pattern(c);
}

/* Items of a sequence pattern up to the closing bracket `close`. */
static int32_t seq_items(tern_comp *c, int32_t n, int close, int32_t first) {
    nlist items = { 0, 0 };
    int32_t it;
    if (first)
        tern_p_list_add(c, &items, first);
    while (KIND(c) != close) {
        it = maybe_star(c);
        tern_p_list_add(c, &items, it);
        if (!tern_p_accept(c, T_COMMA))
            break;
    }
    tern_p_expect(c, close, NULL);
    NODE(c, n)->a = items.head;
    return n;
}

/* signed_number ['+'|'-' imaginary number], a string, None/True/False. */
static int32_t literal(tern_comp *c) {
    int32_t v, n;
    int line = TOK(c).line;
    uint32_t pos = TOK(c).pos;
    if (KIND(c) == T_STRING) {
        v = tern_p_strings(c);
        if (NODE(c, v)->kind == N_JOINED)
            tern_comp_error(c, &tern_type_SyntaxError, pos, line,
                            "patterns may only match literals and attribute lookups");
    } else {
        int neg = tern_p_accept(c, T_MINUS);
        if (KIND(c) != T_NUMBER)
            tern_p_error(c, NULL);
        v = tern_p_tok_node(c, N_NUM);
        tern_p_next(c);
        if (neg) {
            n = tern_node_new(c, N_UNARY, line, pos, 0);
            NODE(c, n)->op = TERN_UOP_NEG;
            NODE(c, n)->a = v;
            v = n;
        }
        if (KIND(c) == T_PLUS || KIND(c) == T_MINUS) {
            int op = KIND(c) == T_PLUS ? TERN_OP_ADD : TERN_OP_SUB;
            int32_t im;
            tern_p_next(c);
            if (KIND(c) != T_NUMBER)
                tern_p_error(c, NULL);
            {
                char last = CSRC(c)[TOK(c).pos + TOK(c).len - 1];
                if (last != 'j' && last != 'J')
                    tern_comp_error(c, &tern_type_SyntaxError, TOK(c).pos, TOK(c).line,
                                    "imaginary number required in complex literal");
            }
            im = tern_p_tok_node(c, N_NUM);
            tern_p_next(c);
            n = tern_node_new(c, N_BINOP, line, pos, 0);
            NODE(c, n)->op = (uint8_t)op;
            NODE(c, n)->a = v;
            NODE(c, n)->b = im;
            v = n;
        }
    }
    n = tern_node_new(c, N_PVALUE, line, pos, 0);
    NODE(c, n)->a = v;
    return n;
}

/* Class pattern arguments after '(' : positional patterns, then name=pattern. */
static void class_args(tern_comp *c, int32_t n) {
    nlist pos = { 0, 0 }, kw = { 0, 0 };
    while (KIND(c) != T_RPAR) {
        int32_t p;
        if (KIND(c) == T_NAME && next_is(c, T_EQUAL)) {
            int32_t k = tern_p_tok_node(c, N_KEYWORD);
            tern_p_next(c);
            tern_p_next(c);
            p = pattern(c);
            NODE(c, k)->a = p;
            tern_p_list_add(c, &kw, k);
        } else {
            if (kw.head)
                tern_comp_error(c, &tern_type_SyntaxError, TOK(c).pos, TOK(c).line,
                                "positional patterns follow keyword patterns");
            p = pattern(c);
            tern_p_list_add(c, &pos, p);
        }
        if (!tern_p_accept(c, T_COMMA))
            break;
    }
    tern_p_expect(c, T_RPAR, NULL);
    NODE(c, n)->b = pos.head;
    NODE(c, n)->c = kw.head;
}

/* name, dotted name (a value), or dotted name '(' args ')' (a class). */
static int32_t name_pattern(tern_comp *c) {
    int32_t e, n;
    int dotted = 0;
    if (!next_is(c, T_DOT) && !next_is(c, T_LPAR))
        return capture(c, N_PCAPTURE);
    e = tern_p_tok_node(c, N_NAME);
    tern_p_next(c);
    while (tern_p_accept(c, T_DOT)) {
        if (KIND(c) != T_NAME)
            tern_p_error(c, NULL);
        n = tern_p_tok_node(c, N_ATTR);
        NODE(c, n)->a = e;
        tern_p_next(c);
        e = n;
        dotted = 1;
    }
    if (KIND(c) == T_LPAR) {
        n = tern_node_new(c, N_PCLASS, TOK(c).line, NODE(c, e)->pos, 0);
        NODE(c, n)->a = e;
        tern_p_next(c);
        class_args(c, n);
        return n;
    }
    (void)dotted;
    n = tern_node_new(c, N_PVALUE, NODE(c, e)->line, NODE(c, e)->pos, 0);
    NODE(c, n)->a = e;
    return n;
}

static int32_t mapping_pattern(tern_comp *c) {
    int32_t n = tern_p_tok_node(c, N_PMAP);
    nlist items = { 0, 0 };
    tern_p_next(c);
    while (KIND(c) != T_RBRACE) {
        int32_t key, pair, p;
        if (tern_p_accept(c, T_DOUBLESTAR)) {
            if (KIND(c) != T_NAME)
                tern_p_error(c, NULL);
            NODE(c, n)->pos = TOK(c).pos;
            NODE(c, n)->len = TOK(c).len;
            NODE(c, n)->flags = 1;
            tern_p_next(c);
            tern_p_accept(c, T_COMMA);
            break;
        }
        key = closed_pattern(c);
        if (NODE(c, key)->kind != N_PVALUE)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, key)->pos, NODE(c, key)->line,
                            "mapping pattern keys may only match literals and attribute lookups");
        tern_p_expect(c, T_COLON, NULL);
        p = pattern(c);
        pair = tern_node_new(c, N_PAIR, NODE(c, key)->line, NODE(c, key)->pos, 0);
        NODE(c, pair)->a = NODE(c, key)->a;
        NODE(c, pair)->b = p;
        tern_p_list_add(c, &items, pair);
        if (!tern_p_accept(c, T_COMMA))
            break;
    }
    tern_p_expect(c, T_RBRACE, NULL);
    NODE(c, n)->a = items.head;
    return n;
}

static int32_t closed_pattern(tern_comp *c) {
    int32_t n, p;
    switch (KIND(c)) {
    case T_NUMBER: case T_MINUS: case T_STRING:
        return literal(c);
    case T_NONE: case T_TRUE: case T_FALSE: {
        int k = KIND(c);
        int32_t v = tern_p_tok_node(c, N_CONST);
        NODE(c, v)->op = (uint8_t)(k == T_NONE ? CONST_NONE : k == T_TRUE ? CONST_TRUE : CONST_FALSE);
        tern_p_next(c);
        n = tern_node_new(c, N_PVALUE, NODE(c, v)->line, NODE(c, v)->pos, 0);
        NODE(c, n)->a = v;
        NODE(c, n)->op = 1;
        return n;
    }
    case T_NAME:
        return name_pattern(c);
    case T_LPAR:
        n = tern_p_tok_node(c, N_PSEQ);
        tern_p_next(c);
        if (KIND(c) == T_RPAR) {
            tern_p_next(c);
            return n;
        }
        p = maybe_star(c);
        if (KIND(c) == T_COMMA) {
            tern_p_next(c);
            return seq_items(c, n, T_RPAR, p);
        }
        tern_p_expect(c, T_RPAR, NULL);
        if (NODE(c, p)->kind == N_PSTAR)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, p)->pos, NODE(c, p)->line,
                            "cannot use starred expression here");
        return p;
    case T_LSQB:
        n = tern_p_tok_node(c, N_PSEQ);
        tern_p_next(c);
        return seq_items(c, n, T_RSQB, 0);
    case T_LBRACE:
        return mapping_pattern(c);
    default:
        tern_p_error(c, NULL);
    }
}

/* or_pattern ['as' NAME] */
static int32_t pattern(tern_comp *c) {
    int32_t p, n;
    tern_comp_enter(c, TOK(c).pos, TOK(c).line);
    p = closed_pattern(c);
    if (KIND(c) == T_VBAR) {
        nlist alts = { 0, 0 };
        n = tern_node_new(c, N_POR, NODE(c, p)->line, NODE(c, p)->pos, 0);
        tern_p_list_add(c, &alts, p);
        while (tern_p_accept(c, T_VBAR)) {
            p = closed_pattern(c);
            tern_p_list_add(c, &alts, p);
        }
        NODE(c, n)->a = alts.head;
        p = n;
    }
    if (tern_p_accept(c, T_AS)) {
        if (KIND(c) != T_NAME)
            tern_p_error(c, "invalid pattern target");
        if (tok_is(c, "_"))
            tern_comp_error(c, &tern_type_SyntaxError, TOK(c).pos, TOK(c).line,
                            "cannot use '_' as a target");
        n = tern_p_tok_node(c, N_PAS);
        NODE(c, n)->a = p;
        tern_p_next(c);
        p = n;
    }
    tern_comp_leave(c);
    return p;
}

/* The pattern of a case: a comma makes an (open) sequence pattern. */
static int32_t case_patterns(tern_comp *c) {
    int32_t first = maybe_star(c), n;
    nlist items = { 0, 0 };
    if (KIND(c) != T_COMMA) {
        if (NODE(c, first)->kind == N_PSTAR)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, first)->pos, NODE(c, first)->line,
                            "cannot use starred expression here");
        return first;
    }
    n = tern_node_new(c, N_PSEQ, NODE(c, first)->line, NODE(c, first)->pos, 0);
    tern_p_list_add(c, &items, first);
    while (tern_p_accept(c, T_COMMA)) {
        int32_t it;
        if (KIND(c) == T_COLON || KIND(c) == T_IF)
            break;
        it = maybe_star(c);
        tern_p_list_add(c, &items, it);
    }
    NODE(c, n)->a = items.head;
    return n;
}

int32_t tern_p_match(tern_comp *c) {
    int32_t n = tern_p_tok_node(c, N_MATCH), subj;
    nlist cases = { 0, 0 };
    int line = TOK(c).line;
    tern_p_next(c);
    subj = tern_p_star_list(c);
    NODE(c, n)->a = subj;
    tern_p_expect(c, T_COLON, "expected ':'");
    tern_p_expect(c, T_NEWLINE, NULL);
    if (KIND(c) != T_INDENT) {
        if (KIND(c) == T_ENDMARKER || TOK(c).pos >= c->src_len) c->eof_error = 1;
        tern_comp_error(c, &tern_type_IndentationError, TOK(c).pos, TOK(c).line,
                        "expected an indented block after 'match' statement on line %d", line);
    }
    tern_p_next(c);
    while (KIND(c) != T_DEDENT && KIND(c) != T_ENDMARKER) {
        int32_t cs, p, guard = 0, body;
        int cline = TOK(c).line;
        if (!tok_is(c, "case"))
            tern_p_error(c, NULL);
        cs = tern_p_tok_node(c, N_CASE);
        tern_p_next(c);
        p = case_patterns(c);
        if (tern_p_accept(c, T_IF))
            guard = tern_p_named(c);
        body = tern_p_block(c, "'case' statement", cline);
        NODE(c, cs)->a = p;
        NODE(c, cs)->b = guard;
        NODE(c, cs)->c = body;
        tern_p_list_add(c, &cases, cs);
    }
    tern_p_next(c);
    NODE(c, n)->b = cases.head;
    return n;
}
