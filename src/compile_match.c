/* SPDX-License-Identifier: MIT */
/*
 * compile_match.c — code generation for the match statement.
 *
 * The subject stays on the stack while the cases are tried. A pattern is
 * compiled with its subject on top of the stack; on success the subject
 * has been consumed and the names bound; on failure it jumps away with a
 * varying number of values above the case's base depth (items of an
 * unpacked sequence, the keys of a mapping pattern...). Each failure
 * therefore jumps to the label for its depth in a chain emitted after the
 * pattern: "pop, pop, ..., jump to the next case" entered at the right
 * point. An or-pattern tries each alternative with its own chain whose
 * end goes to the next alternative.
 *
 * Names are bound as the pattern proceeds, so a failed case may leave
 * some of its names bound (the language allows it).
 */
#include "ast.h"

#define EMIT(c, op) tern_emit((c), TERN_BC_##op, 0)
#define EMIT1(c, op, arg) tern_emit((c), TERN_BC_##op, (arg))

#define MAX_FAIL_DEPTH 256

/* Where a failing pattern goes: labels[k] is entered with base + k values
 * on the stack and pops k of them before jumping to `target`. */
typedef struct fail_chain {
    int base;
    int target;
    int top;                    /* highest k in use, -1 if none */
    int labels[MAX_FAIL_DEPTH];
} fail_chain;

static void chain_init(fail_chain *f, int base, int target) {
    f->base = base;
    f->target = target;
    f->top = -1;
}

/* Emit a conditional jump (POP_JUMP_IF_TRUE/FALSE) to the failure path. */
static void fail_if(tern_comp *c, fail_chain *f, int op) {
    int k = c->unit->depth - 1 - f->base, i;
    if (k < 0 || k >= MAX_FAIL_DEPTH)
        tern_comp_error(c, &tern_type_SyntaxError, 0, c->unit->line, "too many sub-patterns");
    for (i = f->top + 1; i <= k; i++)
        f->labels[i] = tern_label_new(c);
    if (k > f->top)
        f->top = k;
    tern_emit_jump(c, op, f->labels[k]);
}

/* The pops and the final jump, placed where the success path does not
 * fall into them. */
static void chain_emit(tern_comp *c, fail_chain *f) {
    int k;
    if (f->top < 0)
        return;
    for (k = f->top; k > 0; k--) {
        tern_label_place(c, f->labels[k]);
        EMIT(c, POP_TOP);
    }
    tern_label_place(c, f->labels[0]);
    tern_emit_jump(c, TERN_BC_JUMP, f->target);
}

static void pattern(tern_comp *c, int32_t p, fail_chain *f);
static int irrefutable(tern_comp *c, int32_t p);
TERN_NORETURN static void unreachable_error(tern_comp *c, int32_t p);

static int is_wildcard(tern_comp *c, int32_t p) {
    ast_node *n = NODE(c, p);
    return (n->kind == N_PCAPTURE || n->kind == N_PSTAR) && n->len == 0;
}

static int count(tern_comp *c, int32_t l) {
    int n = 0;
    for (; l; l = NODE(c, l)->next) n++;
    return n;
}

/* [subject] -> [] : compare with a value (== or `is`). */
static void value_pattern(tern_comp *c, int32_t p, fail_chain *f) {
    int is = NODE(c, p)->op;
    tern_cg_expr(c, NODE(c, p)->a);
    EMIT1(c, COMPARE_OP, is ? TERN_CMP_IS : TERN_CMP_EQ);
    fail_if(c, f, TERN_BC_POP_JUMP_IF_FALSE);
}

/* Check len(subject) == n (or >= n with a star). */
static void check_len(tern_comp *c, fail_chain *f, int n, int at_least) {
    EMIT(c, GET_LEN);
    EMIT1(c, LOAD_SMALL_INT, n);
    EMIT1(c, COMPARE_OP, at_least ? TERN_CMP_GE : TERN_CMP_EQ);
    fail_if(c, f, TERN_BC_POP_JUMP_IF_FALSE);
}

static void seq_pattern(tern_comp *c, int32_t p, fail_chain *f) {
    int32_t it;
    int n = 0, star = -1, all_wild = 1;
    for (it = NODE(c, p)->a; it; it = NODE(c, it)->next, n++) {
        if (NODE(c, it)->kind == N_PSTAR) {
            if (star >= 0)
                tern_comp_error(c, &tern_type_SyntaxError, NODE(c, it)->pos, NODE(c, it)->line,
                                "multiple starred names in sequence pattern");
            star = n;
        }
        if (!is_wildcard(c, it)) all_wild = 0;
    }
    if (n > 255)
        tern_comp_error(c, &tern_type_SyntaxError, NODE(c, p)->pos, NODE(c, p)->line,
                        "too many sub-patterns in sequence pattern");
    EMIT1(c, MATCH_KIND, 0);
    fail_if(c, f, TERN_BC_POP_JUMP_IF_FALSE);
    if (star < 0 || n > 1)
        check_len(c, f, star < 0 ? n : n - 1, star >= 0);
    if (all_wild) {
        EMIT(c, POP_TOP);
        return;
    }
    if (star < 0)
        EMIT1(c, UNPACK_SEQUENCE, n);
    else
        EMIT1(c, UNPACK_EX, star | ((n - 1 - star) << 8));
    for (it = NODE(c, p)->a; it; it = NODE(c, it)->next)
        pattern(c, it, f);
}

static void map_pattern(tern_comp *c, int32_t p, fail_chain *f) {
    int32_t it;
    int n = count(c, NODE(c, p)->a), rest = NODE(c, p)->flags & 1;
    EMIT1(c, MATCH_KIND, 1);
    fail_if(c, f, TERN_BC_POP_JUMP_IF_FALSE);
    if (n == 0 && !rest) {
        EMIT(c, POP_TOP);
        return;
    }
    if (n > 0)
        check_len(c, f, n, 1);
    for (it = NODE(c, p)->a; it; it = NODE(c, it)->next)
        tern_cg_expr(c, NODE(c, it)->a);
    EMIT1(c, BUILD_TUPLE, n);                   /* [subj keys] */
    if (n > 0) {
        EMIT(c, MATCH_KEYS);                    /* [subj keys values] */
        EMIT(c, DUP_TOP);
        tern_load_const_val(c, TERN_NONE);
        EMIT1(c, COMPARE_OP, TERN_CMP_IS);
        fail_if(c, f, TERN_BC_POP_JUMP_IF_TRUE);
        EMIT1(c, UNPACK_SEQUENCE, n);
        for (it = NODE(c, p)->a; it; it = NODE(c, it)->next)
            pattern(c, NODE(c, it)->b, f);
    }
    if (rest) {
        EMIT(c, COPY_DICT_WITHOUT_KEYS);
        tern_cg_name(c, NODE(c, p)->pos, NODE(c, p)->len, CTX_STORE);
    } else {
        EMIT(c, POP_TOP);
        EMIT(c, POP_TOP);
    }
}

static void class_pattern(tern_comp *c, int32_t p, fail_chain *f) {
    int32_t it;
    int npos = count(c, NODE(c, p)->b), nkw = count(c, NODE(c, p)->c);
    tern_cg_expr(c, NODE(c, p)->a);
    tern_load_kwnames(c, NODE(c, p)->c, nkw);
    EMIT1(c, MATCH_CLASS, npos);                /* [attrs or None] */
    EMIT(c, DUP_TOP);
    tern_load_const_val(c, TERN_NONE);
    EMIT1(c, COMPARE_OP, TERN_CMP_IS);
    fail_if(c, f, TERN_BC_POP_JUMP_IF_TRUE);
    if (npos + nkw == 0) {
        EMIT(c, POP_TOP);
        return;
    }
    EMIT1(c, UNPACK_SEQUENCE, npos + nkw);
    for (it = NODE(c, p)->b; it; it = NODE(c, it)->next)
        pattern(c, it, f);
    for (it = NODE(c, p)->c; it; it = NODE(c, it)->next)
        pattern(c, NODE(c, it)->a, f);
}

static void or_pattern(tern_comp *c, int32_t p, fail_chain *f) {
    int32_t alt = NODE(c, p)->a;
    int ok = tern_label_new(c), d = c->unit->depth;
    fail_chain local, *sub = &local;
    while (NODE(c, alt)->next) {
        int next_alt;
        if (irrefutable(c, alt))
            unreachable_error(c, alt);
        next_alt = tern_label_new(c);
        EMIT(c, DUP_TOP);
        chain_init(sub, d, next_alt);
        pattern(c, alt, sub);
        EMIT(c, POP_TOP);
        tern_emit_jump(c, TERN_BC_JUMP, ok);
        chain_emit(c, sub);
        tern_label_place(c, next_alt);
        c->unit->depth = d;
        alt = NODE(c, alt)->next;
    }
    pattern(c, alt, f);
    tern_label_place(c, ok);
}

static void pattern(tern_comp *c, int32_t p, fail_chain *f) {
    ast_node *n = NODE(c, p);
    tern_comp_enter(c, n->pos, n->line);
    switch (n->kind) {
    case N_PVALUE:
        value_pattern(c, p, f);
        break;
    case N_PCAPTURE: case N_PSTAR:
        if (n->len == 0) EMIT(c, POP_TOP);
        else tern_cg_name(c, n->pos, n->len, CTX_STORE);
        break;
    case N_PAS:
        EMIT(c, DUP_TOP);
        pattern(c, NODE(c, p)->a, f);
        tern_cg_name(c, NODE(c, p)->pos, NODE(c, p)->len, CTX_STORE);
        break;
    case N_PSEQ:
        seq_pattern(c, p, f);
        break;
    case N_PMAP:
        map_pattern(c, p, f);
        break;
    case N_PCLASS:
        class_pattern(c, p, f);
        break;
    case N_POR:
        or_pattern(c, p, f);
        break;
    default:
        tern_comp_error(c, &tern_type_SystemError, n->pos, n->line, "compiler: bad pattern %d", n->kind);
    }
    tern_comp_leave(c);
}

/* A pattern that matches anything: a capture, the wildcard, or an
 * or-pattern with one such alternative. */
static int irrefutable(tern_comp *c, int32_t p) {
    ast_node *n = NODE(c, p);
    int32_t it;
    if (n->kind == N_PCAPTURE) return 1;
    if (n->kind == N_PAS) return irrefutable(c, n->a);
    if (n->kind == N_POR) {
        for (it = n->a; it; it = NODE(c, it)->next)
            if (irrefutable(c, it)) return 1;
    }
    return 0;
}

/* SyntaxError: the irrefutable pattern p hides the patterns after it. */
TERN_NORETURN static void unreachable_error(tern_comp *c, int32_t p) {
    ast_node *pn = NODE(c, p);
    char buf[128];
    size_t len;
    while (pn->kind == N_PAS || pn->kind == N_POR) {
        int32_t it = pn->a;
        if (pn->kind == N_POR)
            while (!irrefutable(c, it)) it = NODE(c, it)->next;
        pn = NODE(c, it);
    }
    if (pn->len == 0)
        tern_comp_error(c, &tern_type_SyntaxError, pn->pos, pn->line,
                        "wildcard makes remaining patterns unreachable");
    len = pn->len < sizeof buf - 1 ? pn->len : sizeof buf - 1;
    memcpy(buf, CSRC(c) + pn->pos, len);
    buf[len] = 0;
    tern_comp_error(c, &tern_type_SyntaxError, pn->pos, pn->line,
                    "name capture '%s' makes remaining patterns unreachable", buf);
}

void tern_cg_match(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int end = tern_label_new(c), base;
    int32_t cs;
    fail_chain f;
    tern_cg_expr(c, NODE(c, s)->a);
    base = u->depth - 1;                        /* below the subject */
    for (cs = NODE(c, s)->b; cs; cs = NODE(c, cs)->next) {
        int32_t p = NODE(c, cs)->a, guard = NODE(c, cs)->b;
        int next_case = tern_label_new(c);
        if (irrefutable(c, p) && !guard && NODE(c, cs)->next)
            unreachable_error(c, p);
        u->line = NODE(c, cs)->line;
        EMIT(c, DUP_TOP);                       /* [subj subj] */
        chain_init(&f, base + 1, next_case);
        pattern(c, p, &f);                      /* [subj] */
        if (guard) {
            int l = tern_label_new(c), k;
            tern_cg_jump_if(c, guard, 1, l);    /* guard false: fail with [subj] */
            k = u->depth - f.base;
            if (k > f.top) {
                int i;
                for (i = f.top + 1; i <= k; i++) f.labels[i] = tern_label_new(c);
                f.top = k;
            }
            tern_emit_jump(c, TERN_BC_JUMP, f.labels[k]);
            tern_label_place(c, l);
        }
        EMIT(c, POP_TOP);                       /* [] */
        tern_cg_stmts(c, NODE(c, cs)->c);
        if (!u->unreachable) tern_emit_jump(c, TERN_BC_JUMP, end);
        chain_emit(c, &f);
        tern_label_place(c, next_case);
        u->unreachable = 0;
        u->depth = base + 1;
    }
    EMIT(c, POP_TOP);                           /* no case matched */
    tern_label_place(c, end);
}
