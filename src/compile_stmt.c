/* SPDX-License-Identifier: MIT */
/*
 * compile_stmt.c — code generation for statements (blocks, loops, try,
 * with, imports, assignments), the unwinding of `return`, `break` and
 * `continue` through enclosing blocks, and the compiler's entry points:
 * tern_compile, tern_compile_str, tern_compile_incomplete.
 *
 * Expressions, functions, classes and constants are in compile.c; the
 * conventions (arena offsets re-derived after allocations, rooted unit
 * buffers) are described in ast.h and compile.c.
 */
#include "ast.h"

#define EMIT(c, op) tern_emit((c), TERN_BC_##op, 0)
#define EMIT1(c, op, arg) tern_emit((c), TERN_BC_##op, (arg))
#define UH(c, i) (TERN_TUPLE_ITEMS((c)->unit->h)[i])

/* ===================================================================
 * Blocks and unwinding
 * =================================================================== */

static void push_fblock(tern_comp *c, int type, int lbreak, int lcont, int32_t node) {
    tern_unit *u = c->unit;
    tern_fblock *fb;
    if (u->nfblock >= TERN_MAX_FBLOCKS)
        tern_comp_error(c, &tern_type_SyntaxError, 0, u->line, "too many statically nested blocks");
    fb = &u->fb[u->nfblock++];
    fb->type = type;
    fb->label_break = lbreak;
    fb->label_cont = lcont;
    fb->node = node;
    fb->outer_label = u->h_label;
    fb->outer_depth = u->h_depth;
}

static void pop_fblock(tern_comp *c) { c->unit->nfblock--; }

static void clear_handler_name(tern_comp *c, int32_t h) {
    uint32_t pos = NODE(c, h)->pos, len = NODE(c, h)->len;
    if (!len) return;
    tern_load_const_val(c, TERN_NONE);
    tern_cg_name(c, pos, len, CTX_STORE);
    tern_cg_name(c, pos, len, CTX_DEL);
}

static void call_exit_none(tern_comp *c, int is_async) {
    tern_load_const_val(c, TERN_NONE);
    EMIT(c, DUP_TOP);
    EMIT(c, DUP_TOP);
    EMIT1(c, CALL_FUNCTION, 3);
    if (is_async) {
        EMIT(c, GET_AWAITABLE);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
    }
    EMIT(c, POP_TOP);
}

/* Unwind the blocks above index `stop` (exclusive) for return (preserve:
 * the return value is on top and kept), break or continue. Leaves the
 * exception handler set to the one outside the last unwound block; the
 * caller emits the jump or return, then restores (see unwind_restore). */
static void cg_unwind(tern_comp *c, int stop, int preserve) {
    tern_unit *u = c->unit;
    int i, saved_n = u->nfblock;
    for (i = u->nfblock - 1; i >= stop; i--) {
        tern_fblock fb = u->fb[i];
        tern_set_handler(c, fb.outer_label, fb.outer_depth);
        switch (fb.type) {
        case FB_WHILE: case FB_TRY_EXCEPT: case FB_EXCSTAR:
            break;
        case FB_FOR: case FB_ASYNC_FOR: case FB_POP_VALUE:
            if (preserve) EMIT(c, ROT_TWO);
            EMIT(c, POP_TOP);
            break;
        case FB_FINALLY_END:
            /* [prev exc (v)] */
            if (preserve) EMIT(c, ROT_TWO);
            EMIT(c, POP_TOP);
            if (preserve) EMIT(c, ROT_TWO);
            EMIT(c, POP_EXCEPT);
            break;
        case FB_HANDLER:
            /* [prev (v)] */
            clear_handler_name(c, fb.node);
            if (preserve) EMIT(c, ROT_TWO);
            EMIT(c, POP_EXCEPT);
            break;
        case FB_WITH: case FB_ASYNC_WITH:
            /* [exit (v)] */
            if (preserve) EMIT(c, ROT_TWO);
            call_exit_none(c, fb.type == FB_ASYNC_WITH);
            break;
        case FB_FINALLY_TRY:
            u->nfblock = i;
            if (preserve) push_fblock(c, FB_POP_VALUE, -1, -1, 0);
            tern_cg_stmts(c, fb.node);
            u->fb[i] = fb;      /* the POP_VALUE block overwrote it */
            u->nfblock = saved_n;
            break;
        }
    }
}

/* return, break and continue cannot leave an except* handler (blocks
 * above index `stop`). */
static void check_excstar(tern_comp *c, int32_t s, int stop) {
    int i;
    for (i = c->unit->nfblock - 1; i >= stop; i--)
        if (c->unit->fb[i].type == FB_EXCSTAR)
            tern_comp_error(c, &tern_type_SyntaxError, NODE(c, s)->pos, NODE(c, s)->line,
                            "'break', 'continue' and 'return' cannot appear in an except* block");
}

static void cg_return(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int32_t v = NODE(c, s)->a;
    int depth = u->depth, hl = u->h_label, hd = u->h_depth;
    if (v && (SCOPE(c, u->scope)->flags & (SF_GENERATOR | SF_COROUTINE)) == (SF_GENERATOR | SF_COROUTINE))
        tern_comp_error(c, &tern_type_SyntaxError, NODE(c, s)->pos, NODE(c, s)->line,
                        "'return' with value in async generator");
    check_excstar(c, s, 0);
    if (v) tern_cg_expr(c, v);
    else tern_load_const_val(c, TERN_NONE);
    cg_unwind(c, 0, 1);
    EMIT(c, RETURN_VALUE);
    tern_set_handler(c, hl, hd);
    u->depth = depth;
}

static void cg_break_continue(tern_comp *c, int32_t s, int is_break) {
    tern_unit *u = c->unit;
    int i, depth = u->depth, hl = u->h_label, hd = u->h_depth;
    for (i = u->nfblock - 1; i >= 0; i--)
        if (u->fb[i].type == FB_WHILE || u->fb[i].type == FB_FOR || u->fb[i].type == FB_ASYNC_FOR) break;
    if (i < 0)
        tern_comp_error(c, &tern_type_SyntaxError, NODE(c, s)->pos, NODE(c, s)->line,
                        is_break ? "'break' outside loop" : "'continue' not properly in loop");
    check_excstar(c, s, i + 1);
    cg_unwind(c, i + 1, 0);
    if (is_break) {
        tern_fblock fb = u->fb[i];
        tern_set_handler(c, fb.outer_label, fb.outer_depth);
        if (fb.type != FB_WHILE) EMIT(c, POP_TOP);
        tern_emit_jump(c, TERN_BC_JUMP, fb.label_break);
    } else {
        tern_emit_jump(c, TERN_BC_JUMP, u->fb[i].label_cont);
    }
    tern_set_handler(c, hl, hd);
    u->depth = depth;
}

/* ===================================================================
 * Statements
 * =================================================================== */

static void cg_if(tern_comp *c, int32_t s) {
    int orelse = tern_label_new(c), end;
    int32_t o = NODE(c, s)->c;
    tern_cg_jump_if(c, NODE(c, s)->a, 0, orelse);
    tern_cg_stmts(c, NODE(c, s)->b);
    if (o) {
        end = tern_label_new(c);
        if (!c->unit->unreachable) tern_emit_jump(c, TERN_BC_JUMP, end);
        tern_label_place(c, orelse);
        tern_cg_stmts(c, o);
        tern_label_place(c, end);
    } else {
        tern_label_place(c, orelse);
    }
}

static void cg_while(tern_comp *c, int32_t s) {
    int top = tern_label_new(c), exit_ = tern_label_new(c), brk = tern_label_new(c);
    int32_t test = NODE(c, s)->a;
    tern_label_place(c, top);
    if (tern_const_truth(c, test) != 1) tern_cg_jump_if(c, test, 0, exit_);
    push_fblock(c, FB_WHILE, brk, top, 0);
    tern_cg_stmts(c, NODE(c, s)->b);
    pop_fblock(c);
    if (!c->unit->unreachable) tern_emit_jump(c, TERN_BC_JUMP, top);
    tern_label_place(c, exit_);
    tern_cg_stmts(c, NODE(c, s)->c);
    tern_label_place(c, brk);
}

static void cg_for(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int top = tern_label_new(c), exit_ = tern_label_new(c), brk = tern_label_new(c);
    int is_async = NODE(c, s)->op;
    tern_cg_expr(c, NODE(c, s)->b);
    u->line = NODE(c, s)->line;
    if (!is_async) {
        EMIT(c, GET_ITER);
        tern_label_place(c, top);
        tern_emit_jump(c, TERN_BC_FOR_ITER, exit_);
    } else {
        int hl = u->h_label, hd = u->h_depth, d;
        EMIT(c, GET_AITER);
        tern_label_place(c, top);
        d = u->depth;
        tern_set_handler(c, exit_, d);
        EMIT(c, GET_ANEXT);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
        tern_set_handler(c, hl, hd);
    }
    tern_cg_store(c, NODE(c, s)->a);
    push_fblock(c, is_async ? FB_ASYNC_FOR : FB_FOR, brk, top, 0);
    tern_cg_stmts(c, NODE(c, s)->c);
    pop_fblock(c);
    if (!u->unreachable) tern_emit_jump(c, TERN_BC_JUMP, top);
    tern_label_place(c, exit_);
    if (is_async) {
        u->line = NODE(c, s)->line;
        EMIT(c, END_ASYNC_FOR);
    }
    tern_cg_stmts(c, NODE(c, s)->d);
    tern_label_place(c, brk);
}

/* try/except[/else] (the finally part, if any, is around this). */
static void cg_try_except(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int d = u->depth, hl = u->h_label, hd = u->h_depth;
    int lexc = tern_label_new(c), lend = tern_label_new(c), lclean = tern_label_new(c);
    int32_t h, last_type = 1;
    int line = NODE(c, s)->line;
    push_fblock(c, FB_TRY_EXCEPT, -1, -1, 0);
    tern_set_handler(c, lexc, d);
    tern_cg_stmts(c, NODE(c, s)->a);
    pop_fblock(c);
    tern_set_handler(c, hl, hd);
    tern_cg_stmts(c, NODE(c, s)->c);
    if (!u->unreachable) tern_emit_jump(c, TERN_BC_JUMP, lend);
    tern_label_place(c, lexc);
    u->line = NODE(c, NODE(c, s)->b)->line;
    EMIT(c, PUSH_EXC_INFO);
    tern_set_handler(c, lclean, d + 1);
    for (h = NODE(c, s)->b; h; h = NODE(c, h)->next) {
        int lnext = -1, lclear = -1;
        int32_t ty = NODE(c, h)->a;
        uint32_t npos = NODE(c, h)->pos, nlen = NODE(c, h)->len;
        u->line = NODE(c, h)->line;
        last_type = ty;
        if (ty) {
            lnext = tern_label_new(c);
            tern_cg_expr(c, ty);
            EMIT(c, CHECK_EXC_MATCH);
            tern_emit_jump(c, TERN_BC_POP_JUMP_IF_FALSE, lnext);
        }
        if (nlen) {
            tern_cg_name(c, npos, nlen, CTX_STORE);
            lclear = tern_label_new(c);
            tern_set_handler(c, lclear, d + 1);
        } else {
            EMIT(c, POP_TOP);
        }
        push_fblock(c, FB_HANDLER, -1, -1, h);
        u->fb[u->nfblock - 1].outer_label = hl;
        u->fb[u->nfblock - 1].outer_depth = hd;
        tern_cg_stmts(c, NODE(c, h)->b);
        pop_fblock(c);
        tern_set_handler(c, hl, hd);
        if (!u->unreachable) {
            EMIT(c, POP_EXCEPT);
            clear_handler_name(c, h);
            tern_emit_jump(c, TERN_BC_JUMP, lend);
        }
        if (nlen) {
            tern_label_place(c, lclear);
            clear_handler_name(c, h);
            tern_emit_jump(c, TERN_BC_JUMP, lclean);
        }
        tern_set_handler(c, lclean, d + 1);
        if (lnext >= 0) tern_label_place(c, lnext);
    }
    u->line = line;
    if (last_type) EMIT(c, RERAISE);
    tern_set_handler(c, hl, hd);
    tern_label_place(c, lclean);
    EMIT(c, ROT_TWO);
    EMIT(c, POP_EXCEPT);
    EMIT(c, RERAISE);
    tern_label_place(c, lend);
}

/* try/except*[/else]: the exception (a naked one is wrapped in a group)
 * is split among the handlers by lib/_excgroup.py's helpers, with a state
 * list `st` on the stack; what the handlers raise and what no handler
 * matched is raised again at the end. */
static void cg_try_star(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int d = u->depth, hl = u->h_label, hd = u->h_depth;
    int lexc = tern_label_new(c), lend = tern_label_new(c), lclean = tern_label_new(c);
    int lnone = tern_label_new(c);
    int32_t h;
    int line = NODE(c, s)->line;
    push_fblock(c, FB_TRY_EXCEPT, -1, -1, 0);
    tern_set_handler(c, lexc, d);
    tern_cg_stmts(c, NODE(c, s)->a);
    pop_fblock(c);
    tern_set_handler(c, hl, hd);
    tern_cg_stmts(c, NODE(c, s)->c);
    if (!u->unreachable) tern_emit_jump(c, TERN_BC_JUMP, lend);
    tern_label_place(c, lexc);
    u->line = NODE(c, NODE(c, s)->b)->line;
    EMIT(c, PUSH_EXC_INFO);                         /* [prev exc] */
    tern_set_handler(c, lclean, d + 1);
    tern_load_const_val(c, TERN_VAL(&tern__excstar_start_obj));
    EMIT(c, ROT_TWO);
    EMIT1(c, CALL_FUNCTION, 1);                     /* [prev st] */
    for (h = NODE(c, s)->b; h; h = NODE(c, h)->next) {
        int lskip = tern_label_new(c), lnext = tern_label_new(c), lhexc = tern_label_new(c);
        uint32_t npos = NODE(c, h)->pos, nlen = NODE(c, h)->len;
        u->line = NODE(c, h)->line;
        EMIT(c, DUP_TOP);
        tern_load_const_val(c, TERN_VAL(&tern__excstar_match_obj));
        EMIT(c, ROT_TWO);
        tern_cg_expr(c, NODE(c, h)->a);
        EMIT1(c, CALL_FUNCTION, 2);                 /* [prev st m] ; m: matched group or None */
        EMIT(c, DUP_TOP);
        tern_emit_jump(c, TERN_BC_POP_JUMP_IF_FALSE, lskip);
        EMIT(c, PUSH_EXC_INFO);                     /* [prev st prev2 m] ; handling m */
        tern_set_handler(c, lhexc, d + 4);
        EMIT(c, DUP_TOP);
        if (nlen) tern_cg_name(c, npos, nlen, CTX_STORE);
        else EMIT(c, POP_TOP);
        push_fblock(c, FB_EXCSTAR, -1, -1, h);
        tern_cg_stmts(c, NODE(c, h)->b);
        pop_fblock(c);
        tern_set_handler(c, lclean, d + 1);
        if (!u->unreachable) {
            EMIT(c, POP_TOP);
            EMIT(c, POP_EXCEPT);                    /* [prev st] */
            clear_handler_name(c, h);
            tern_emit_jump(c, TERN_BC_JUMP, lnext);
        }
        /* an exception X left the handler: [prev st prev2 m X] */
        tern_label_place(c, lhexc);
        tern_load_const_val(c, TERN_VAL(&tern__excstar_record_obj));
        EMIT(c, ROT_THREE);
        EMIT1(c, CALL_FUNCTION, 2);                 /* [prev st prev2 record] */
        EMIT1(c, LIST_APPEND, 2);
        EMIT(c, POP_EXCEPT);
        clear_handler_name(c, h);
        tern_emit_jump(c, TERN_BC_JUMP, lnext);
        tern_label_place(c, lskip);                 /* [prev st None] */
        EMIT(c, POP_TOP);
        tern_label_place(c, lnext);
    }
    u->line = line;
    tern_load_const_val(c, TERN_VAL(&tern__excstar_finish_obj));
    EMIT(c, ROT_TWO);
    EMIT1(c, CALL_FUNCTION, 1);                     /* [prev r] ; r: to raise, or None */
    EMIT(c, DUP_TOP);
    tern_emit_jump(c, TERN_BC_POP_JUMP_IF_FALSE, lnone);
    EMIT(c, RERAISE);
    tern_label_place(c, lnone);
    EMIT(c, POP_TOP);
    EMIT(c, POP_EXCEPT);
    tern_set_handler(c, hl, hd);
    tern_emit_jump(c, TERN_BC_JUMP, lend);
    tern_label_place(c, lclean);
    EMIT(c, ROT_TWO);
    EMIT(c, POP_EXCEPT);
    EMIT(c, RERAISE);
    tern_label_place(c, lend);
}

static void cg_try(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    int32_t fin = NODE(c, s)->d;
    int d, hl, hd, lfexc, lend, lclean;
    if (!fin) {
        if (NODE(c, s)->op) cg_try_star(c, s);
        else cg_try_except(c, s);
        return;
    }
    d = u->depth; hl = u->h_label; hd = u->h_depth;
    lfexc = tern_label_new(c);
    lend = tern_label_new(c);
    lclean = tern_label_new(c);
    push_fblock(c, FB_FINALLY_TRY, -1, -1, fin);
    tern_set_handler(c, lfexc, d);
    if (NODE(c, s)->b && NODE(c, s)->op) cg_try_star(c, s);
    else if (NODE(c, s)->b) cg_try_except(c, s);
    else tern_cg_stmts(c, NODE(c, s)->a);
    pop_fblock(c);
    tern_set_handler(c, hl, hd);
    if (!u->unreachable) {
        tern_cg_stmts(c, fin);
        if (!u->unreachable) tern_emit_jump(c, TERN_BC_JUMP, lend);
    }
    tern_label_place(c, lfexc);
    EMIT(c, PUSH_EXC_INFO);
    tern_set_handler(c, lclean, d + 1);
    push_fblock(c, FB_FINALLY_END, -1, -1, 0);
    u->fb[u->nfblock - 1].outer_label = hl;
    u->fb[u->nfblock - 1].outer_depth = hd;
    tern_cg_stmts(c, fin);
    pop_fblock(c);
    tern_set_handler(c, hl, hd);
    tern_label_place(c, lclean);
    EMIT(c, ROT_TWO);
    EMIT(c, POP_EXCEPT);
    EMIT(c, RERAISE);
    tern_label_place(c, lend);
}

static void cg_with(tern_comp *c, int32_t s, int32_t item) {
    tern_unit *u = c->unit;
    int is_async = NODE(c, s)->op;
    int d = u->depth, hl = u->h_label, hd = u->h_depth;
    int lwexc = tern_label_new(c), lend = tern_label_new(c), lclean = tern_label_new(c),
        lsupp = tern_label_new(c);
    int32_t target = NODE(c, item)->b, nxt = NODE(c, item)->next;
    int line = NODE(c, s)->line;
    tern_cg_expr(c, NODE(c, item)->a);
    u->line = line;
    if (is_async) {
        EMIT(c, BEFORE_ASYNC_WITH);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
    } else {
        EMIT(c, BEFORE_WITH);
    }
    tern_set_handler(c, lwexc, d + 1);
    push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, 0);
    u->fb[u->nfblock - 1].outer_label = hl;
    u->fb[u->nfblock - 1].outer_depth = hd;
    if (target) tern_cg_store(c, target);
    else EMIT(c, POP_TOP);
    if (nxt) cg_with(c, s, nxt);
    else tern_cg_stmts(c, NODE(c, s)->b);
    pop_fblock(c);
    tern_set_handler(c, hl, hd);
    u->line = line;
    if (!u->unreachable) {
        call_exit_none(c, is_async);
        tern_emit_jump(c, TERN_BC_JUMP, lend);
    }
    tern_label_place(c, lwexc);
    EMIT(c, PUSH_EXC_INFO);
    tern_set_handler(c, lclean, d + 2);
    EMIT(c, WITH_EXCEPT_START);
    if (is_async) {
        EMIT(c, GET_AWAITABLE);
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, YIELD_FROM);
    }
    tern_emit_jump(c, TERN_BC_POP_JUMP_IF_TRUE, lsupp);
    EMIT(c, RERAISE);
    tern_set_handler(c, hl, hd);
    tern_label_place(c, lclean);
    EMIT(c, ROT_TWO);
    EMIT(c, POP_EXCEPT);
    EMIT(c, RERAISE);
    tern_label_place(c, lsupp);
    EMIT(c, POP_TOP);
    EMIT(c, POP_EXCEPT);
    EMIT(c, POP_TOP);
    tern_label_place(c, lend);
}

static void cg_import(tern_comp *c, int32_t s) {
    int32_t a;
    for (a = NODE(c, s)->a; a; a = NODE(c, a)->next) {
        uint32_t pos = NODE(c, a)->pos, len = NODE(c, a)->len;
        int idx;
        EMIT1(c, LOAD_SMALL_INT, 0);
        tern_load_const_val(c, TERN_NONE);
        idx = tern_name_idx_val(c, tern_mk_dotted(c, pos, len));
        EMIT1(c, IMPORT_NAME, idx);
        if (NODE(c, a)->c) {
            /* import a.b.c as d: walk down to a.b.c */
            uint32_t k = 0;
            while (k < len) {
                uint32_t st;
                const char *t = CSRC(c) + pos;
                while (k < len && t[k] != '.') k++;
                if (k >= len) break;
                k++;
                while (k < len && (t[k] == ' ' || t[k] == '\t' || t[k] == '\\' || t[k] == '\n' || t[k] == '\r')) k++;
                st = k;
                while (k < len && t[k] != '.' && t[k] != ' ' && t[k] != '\t' && t[k] != '\\') k++;
                EMIT1(c, IMPORT_FROM, tern_name_idx(c, pos + st, k - st));
                EMIT(c, ROT_TWO);
                EMIT(c, POP_TOP);
            }
            tern_cg_name(c, (uint32_t)NODE(c, a)->b, (uint32_t)NODE(c, a)->c, CTX_STORE);
        } else {
            uint32_t k = 0;
            const char *t = CSRC(c) + pos;
            while (k < len && t[k] != '.' && t[k] != ' ' && t[k] != '\t' && t[k] != '\\') k++;
            tern_cg_name(c, pos, k, CTX_STORE);
        }
    }
}

static void cg_importfrom(tern_comp *c, int32_t s) {
    int32_t a, names = NODE(c, s)->a;
    int n = 0, i = 0, level = NODE(c, s)->op, idx;
    uint32_t mpos = NODE(c, s)->pos, mlen = NODE(c, s)->len;
    if (level == 0 && mlen == 10 && memcmp(CSRC(c) + mpos, "__future__", 10) == 0)
        return;     /* from __future__ import ...: every feature Tern has is on */
    EMIT1(c, LOAD_SMALL_INT, level);
    for (a = names; a; a = NODE(c, a)->next) n++;
    {
        /* allocate first: UH() is a slot of a heap tuple the allocation may move */
        tern_val t = tern_tuple_new(c->vm, names ? (size_t)n : 1);
        UH(c, UH_T2) = t;
    }
    if (!names) {
        tern_val star = tern_intern(c->vm, "*", 1);
        TERN_TUPLE_ITEMS(UH(c, UH_T2))[0] = star;
    }
    for (a = names; a; a = NODE(c, a)->next) {
        tern_val nm = tern_mk_name(c, NODE(c, a)->pos, NODE(c, a)->len);
        TERN_TUPLE_ITEMS(UH(c, UH_T2))[i++] = nm;
    }
    UH(c, UH_T1) = UH(c, UH_T2);
    tern_emit_const(c);
    idx = tern_name_idx_val(c, mlen ? tern_mk_dotted(c, mpos, mlen) : tern_intern(c->vm, "", 0));
    EMIT1(c, IMPORT_NAME, idx);
    if (!names) {
        EMIT(c, IMPORT_STAR);
        return;
    }
    for (a = names; a; a = NODE(c, a)->next) {
        EMIT1(c, IMPORT_FROM, tern_name_idx(c, NODE(c, a)->pos, NODE(c, a)->len));
        if (NODE(c, a)->c) tern_cg_name(c, (uint32_t)NODE(c, a)->b, (uint32_t)NODE(c, a)->c, CTX_STORE);
        else tern_cg_name(c, NODE(c, a)->pos, NODE(c, a)->len, CTX_STORE);
    }
    EMIT(c, POP_TOP);
}

/* a, b = x, y with simple targets: evaluate, rotate, store. */
static int cg_swap_assign(tern_comp *c, int32_t target, int32_t value) {
    int32_t t, v;
    int n = 0, m = 0;
    if (NODE(c, target)->kind != N_TUPLE && NODE(c, target)->kind != N_LIST) return 0;
    if (NODE(c, value)->kind != N_TUPLE) return 0;
    for (t = NODE(c, target)->a; t; t = NODE(c, t)->next) {
        if (NODE(c, t)->kind == N_STARRED) return 0;
        n++;
    }
    for (v = NODE(c, value)->a; v; v = NODE(c, v)->next) {
        if (NODE(c, v)->kind == N_STARRED) return 0;
        m++;
    }
    if (n != m || n < 2 || n > 3) return 0;
    for (v = NODE(c, value)->a; v; v = NODE(c, v)->next) tern_cg_expr(c, v);
    if (n == 3) EMIT(c, ROT_THREE);
    EMIT(c, ROT_TWO);
    for (t = NODE(c, target)->a; t; t = NODE(c, t)->next) tern_cg_store(c, t);
    return 1;
}

static void cg_augassign(tern_comp *c, int32_t s) {
    int32_t t = NODE(c, s)->a, v = NODE(c, s)->b;
    int op = NODE(c, s)->op | TERN_OP_INPLACE;
    int kind = NODE(c, t)->kind;
    if (kind == N_NAME) {
        tern_cg_name(c, NODE(c, t)->pos, NODE(c, t)->len, CTX_LOAD);
        tern_cg_expr(c, v);
        /* a str may grow in place (tern_str_append); `n += 1` cannot be one */
        EMIT1(c, BINARY_OP, op == (TERN_OP_ADD | TERN_OP_INPLACE) && NODE(c, v)->kind != N_NUM
                                ? op | TERN_OP_TO_NAME : op);
        tern_cg_name(c, NODE(c, t)->pos, NODE(c, t)->len, CTX_STORE);
    } else if (kind == N_ATTR) {
        int idx;
        tern_cg_expr(c, NODE(c, t)->a);
        EMIT(c, DUP_TOP);
        idx = tern_name_idx(c, NODE(c, t)->pos, NODE(c, t)->len);
        EMIT1(c, LOAD_ATTR, idx);
        tern_cg_expr(c, v);
        EMIT1(c, BINARY_OP, op);
        EMIT(c, ROT_TWO);
        EMIT1(c, STORE_ATTR, idx);
    } else {
        tern_cg_expr(c, NODE(c, t)->a);
        tern_cg_expr(c, NODE(c, t)->b);
        EMIT(c, DUP_TOP_TWO);
        EMIT(c, BINARY_SUBSCR);
        tern_cg_expr(c, v);
        EMIT1(c, BINARY_OP, op);
        EMIT(c, ROT_THREE);
        EMIT(c, STORE_SUBSCR);
    }
}

static void cg_stmt(tern_comp *c, int32_t s) {
    tern_unit *u = c->unit;
    ast_node *n = NODE(c, s);
    int kind = n->kind;
    tern_comp_enter(c, n->pos, n->line);
    u->line = n->line;
    switch (kind) {
    case N_EXPR: {
        int32_t e = n->a;
        int ek = NODE(c, e)->kind;
        if (c->mode == TERN_MODE_SINGLE && u->kind == SC_MODULE) {
            tern_cg_expr(c, e);
            EMIT(c, PRINT_EXPR);
        } else if (ek == N_STR || ek == N_NUM || ek == N_CONST) {
            /* a docstring or other constant: no code, but check escapes */
            if (ek == N_STR) {
                int32_t p;
                for (p = NODE(c, e)->a; p; p = NODE(c, p)->next)
                    tern_decode_part(c, NODE(c, p)->pos, NODE(c, p)->len, NODE(c, p)->op, NODE(c, p)->line, NULL);
            }
        } else {
            tern_cg_expr(c, e);
            EMIT(c, POP_TOP);
        }
        break;
    }
    case N_ASSIGN: {
        int32_t t = n->a, v = n->b;
        if (!NODE(c, t)->next && cg_swap_assign(c, t, v)) break;
        tern_cg_expr(c, v);
        for (; t; t = NODE(c, t)->next) {
            if (NODE(c, t)->next) EMIT(c, DUP_TOP);
            tern_cg_store(c, t);
        }
        break;
    }
    case N_AUGASSIGN:
        cg_augassign(c, s);
        break;
    case N_ANNASSIGN: {
        /* CPython's order: the value and the store, then (module and
         * class only) the annotation: stored in __annotations__ for a
         * simple name, else evaluated and dropped. Without a value, a
         * complex target's object (and index) are still evaluated. */
        int32_t t = n->a, ann = n->b, val = n->c;
        int simple = n->op, tk = NODE(c, t)->kind;
        if (val) {
            tern_cg_expr(c, val);
            tern_cg_store(c, t);
        } else if (tk == N_ATTR || tk == N_SUBSCR) {
            int32_t idx = NODE(c, t)->b;
            tern_cg_expr(c, NODE(c, t)->a);
            EMIT(c, POP_TOP);
            if (tk == N_SUBSCR) {
                tern_cg_expr(c, idx);
                EMIT(c, POP_TOP);
            }
        }
        if (u->kind == SC_MODULE || u->kind == SC_CLASS) {
            tern_cg_expr(c, ann);
            if (simple && tk == N_NAME) {
                EMIT1(c, LOAD_NAME, tern_name_idx_val(c, TERN_N(__annotations__)));
                tern_load_const_val(c, tern_mk_name(c, NODE(c, t)->pos, NODE(c, t)->len));
                EMIT(c, STORE_SUBSCR);
            } else {
                EMIT(c, POP_TOP);
            }
        }
        break;
    }
    case N_DEL: {
        int32_t t;
        for (t = n->a; t; t = NODE(c, t)->next) tern_cg_delete(c, t);
        break;
    }
    case N_PASS: case N_GLOBAL: case N_NONLOCAL:
        break;
    case N_BREAK:
        cg_break_continue(c, s, 1);
        break;
    case N_CONTINUE:
        cg_break_continue(c, s, 0);
        break;
    case N_RETURN:
        cg_return(c, s);
        break;
    case N_RAISE: {
        int32_t exc = n->a, cause = n->b;
        if (exc) tern_cg_expr(c, exc);
        if (cause) tern_cg_expr(c, cause);
        EMIT1(c, RAISE_VARARGS, exc ? (cause ? 2 : 1) : 0);
        break;
    }
    case N_IMPORT:
        cg_import(c, s);
        break;
    case N_IMPORTFROM:
        cg_importfrom(c, s);
        break;
    case N_ASSERT: {
        int32_t test = n->a, msg = n->b;    /* read before tern_label_new may move the arena */
        int ok = tern_label_new(c);
        tern_cg_jump_if(c, test, 1, ok);
        EMIT(c, LOAD_ASSERTION_ERROR);
        if (msg) {
            tern_cg_expr(c, msg);
            EMIT1(c, CALL_FUNCTION, 1);
        }
        EMIT1(c, RAISE_VARARGS, 1);
        tern_label_place(c, ok);
        break;
    }
    case N_IF:
        cg_if(c, s);
        break;
    case N_WHILE:
        cg_while(c, s);
        break;
    case N_FOR:
        cg_for(c, s);
        break;
    case N_TRY:
        cg_try(c, s);
        break;
    case N_WITH:
        cg_with(c, s, n->a);
        break;
    case N_FUNCDEF:
        tern_cg_funcdef(c, s);
        break;
    case N_CLASSDEF:
        tern_cg_classdef(c, s);
        break;
    case N_MATCH:
        tern_cg_match(c, s);
        break;
    default:
        tern_comp_error(c, &tern_type_SystemError, n->pos, n->line, "compiler: unexpected statement %d", kind);
    }
    tern_comp_leave(c);
}

/* Does a statement list contain an annotated assignment (CPython's
 * find_ann: compound statements are searched, defs and classes not)? */
static int has_annotations(tern_comp *c, int32_t s) {
    int r = 0;
    tern_comp_enter(c, NODE(c, s)->pos, NODE(c, s)->line);
    for (; s && !r; s = NODE(c, s)->next) {
        ast_node *n = NODE(c, s);
        switch (n->kind) {
        case N_ANNASSIGN: r = 1; break;
        case N_IF: case N_WHILE:
            r = (n->b && has_annotations(c, n->b)) || (n->c && has_annotations(c, NODE(c, s)->c));
            break;
        case N_FOR:
            r = (n->c && has_annotations(c, n->c)) || (n->d && has_annotations(c, NODE(c, s)->d));
            break;
        case N_WITH:
            r = n->b && has_annotations(c, n->b);
            break;
        case N_TRY: {
            int32_t h;
            r = (n->a && has_annotations(c, n->a)) || (NODE(c, s)->c && has_annotations(c, NODE(c, s)->c)) ||
                (NODE(c, s)->d && has_annotations(c, NODE(c, s)->d));
            for (h = NODE(c, s)->b; h && !r; h = NODE(c, h)->next)
                r = NODE(c, h)->b && has_annotations(c, NODE(c, h)->b);
            break;
        }
        default: break;
        }
    }
    tern_comp_leave(c);
    return r;
}

void tern_cg_setup_annotations(tern_comp *c, int32_t s) {
    if (c->unit->ann_done || !s || !has_annotations(c, s)) return;
    c->unit->ann_done = 1;
    c->unit->line = NODE(c, s)->line;
    EMIT1(c, BUILD_MAP, 0);
    EMIT1(c, STORE_NAME, tern_name_idx_val(c, TERN_N(__annotations__)));
}

void tern_cg_stmts(tern_comp *c, int32_t s) {
    while (s) {
        int32_t nx = NODE(c, s)->next;
        cg_stmt(c, s);
        s = nx;
    }
}


/* ===================================================================
 * Entry points
 * =================================================================== */

static tern_val compile_main(tern_comp *c) {
    tern_vm *vm = c->vm;
    tern_lexer lx;
    tern_unit u;
    uint32_t start = 0;
    tern_blob *b;
    if (c->src_len >= SYN_BASE - 16)
        tern_raise_memory_error(vm);
    if (!c->filename) c->filename = TERN_N(ANGLE_string);
    tern_lex_check_source(c);
    if (c->src_len >= 3 && memcmp(CSRC(c), "\xEF\xBB\xBF", 3) == 0) start = 3;
    {
        /* the AST arena holds one statement at a time: 2 KiB, or less for
         * a short source (a REPL line, tern_eval; print(1) in a small
         * heap), as it grows when it must */
        size_t n = c->src_len * 8 + 128;
        if (n > 2048)
            n = 2048;
        b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + n);
        b->len = n;
    }
    c->arena = TERN_VAL(b);
    c->arena_top = ARENA_START;
    if (c->mode == TERN_MODE_EVAL) {
        const char *s = CSRC(c);
        while (start < c->src_len && (s[start] == ' ' || s[start] == '\t')) start++;
    }
    tern_lex_init(c, &lx, start, c->src_len, 1, start, 0);
    c->lx = &lx;
    tern_lex_next(c, &lx);
    tern_unit_begin(c, &u, 0, SC_MODULE, 1);
    UH(c, UH_NAME) = TERN_N(ANGLE_module);
    UH(c, UH_QUALNAME) = TERN_N(ANGLE_module);
    if (c->mode == TERN_MODE_EVAL) {
        int32_t e;
        c->depth_limit = TERN_COMP_MAX_DEPTH;
        e = tern_parse_eval(c);
        c->depth_limit = TERN_COMP_MAX_CHAIN;
        u.scope = tern_scope_module(c, e, 1);
        u.line = NODE(c, e)->line;
        tern_cg_expr(c, e);
        EMIT(c, RETURN_VALUE);
    } else {
        for (;;) {
            int32_t s;
            c->arena_top = ARENA_START;
            u.scope = 0;
            if (TERN_AS(tern_blob, c->arena)->len > 16384) {
                /* a big statement grew the arena: let the collector have it */
                b = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + 2048);
                b->len = 2048;
                c->arena = TERN_VAL(b);
            }
            c->depth_limit = TERN_COMP_MAX_DEPTH;
            s = tern_parse_statement(c);
            if (!s) break;
            c->depth_limit = TERN_COMP_MAX_CHAIN;
            u.scope = tern_scope_module(c, s, 0);
            tern_cg_setup_annotations(c, s);
            tern_cg_stmts(c, s);
        }
        u.line = lx.line;
        tern_load_const_val(c, TERN_NONE);
        EMIT(c, RETURN_VALUE);
    }
    u.scope = 0;
    c->lx = NULL;
#ifdef TERN_DEBUG_DISASM
    {
        void tern_disasm(tern_val code);
        void tern_verify_depth(tern_val code);
        tern_val code = tern_unit_end(c, 0, 0, 0, 0);
        if (c->mode == 99) tern_disasm(code);
        tern_verify_depth(code);
        return code;
    }
#else
    return tern_unit_end(c, 0, 0, 0, 0);
#endif
}

tern_val tern_compile(tern_vm *vm, const char *src, size_t len, tern_val filename, int mode) {
    tern_comp c;
    tern_val r;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.src_c = src ? src : "";
    c.src_len = (uint32_t)(len > 0xFFFFFFF0u ? 0xFFFFFFF0u : len);
    c.filename = filename;
    c.mode = mode;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, c.filename);
        TERN_ROOT(vm, c.arena);
        TERN_ROOT(vm, c.src_v);
        if (len >= SYN_BASE - 16) tern_raise_memory_error(vm);
        r = compile_main(&c);
        TERN_UNROOT(vm);
    }
    return r;
}

tern_val tern_compile_str(tern_vm *vm, tern_val src, tern_val filename, int mode) {
    tern_comp c;
    tern_val r;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.src_c = NULL;
    c.src_v = src;
    c.src_len = TERN_STR_LEN(src);
    c.filename = filename;
    c.mode = mode;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, c.filename);
        TERN_ROOT(vm, c.arena);
        TERN_ROOT(vm, c.src_v);
        r = compile_main(&c);
        TERN_UNROOT(vm);
    }
    return r;
}

typedef struct incomplete_ud {
    tern_comp *c;
} incomplete_ud;

static void incomplete_run(tern_vm *vm, void *ud) {
    tern_comp *c = ((incomplete_ud *)ud)->c;
    TERN_ROOTS(vm);
    TERN_ROOT(vm, c->filename);
    TERN_ROOT(vm, c->arena);
    TERN_ROOT(vm, c->src_v);
    compile_main(c);
    TERN_UNROOT(vm);
}

/* Does the first statement open a compound block (then a REPL waits for
 * an empty line)? */
static int starts_compound(const char *s, size_t len) {
    static const char kws[][6] = { "if", "while", "for", "try", "with", "def", "class", "async", "@" };
    size_t i = 0, k;
    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
        if (i < len && s[i] == '#') while (i < len && s[i] != '\n') i++;
        if (i < len && s[i] == '\n') { i++; continue; }
        break;
    }
    for (k = 0; k < sizeof kws / sizeof kws[0]; k++) {
        size_t n = strlen(kws[k]);
        if (i + n <= len && memcmp(s + i, kws[k], n) == 0 &&
            (kws[k][0] == '@' || i + n == len || !(s[i + n] == '_' || (s[i + n] >= '0' && s[i + n] <= '9') ||
                                                   ((s[i + n] | 0x20) >= 'a' && (s[i + n] | 0x20) <= 'z'))))
            return 1;
    }
    return 0;
}

static int ends_with_blank_line(const char *s, size_t len) {
    size_t i = len;
    if (len == 0) return 1;
    if (s[i - 1] != '\n') return 0;
    i--;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\r')) i--;
    return i == 0 || s[i - 1] == '\n';
}

int tern_compile_incomplete(tern_vm *vm, const char *src, size_t len) {
    tern_comp c;
    incomplete_ud ud;
    int r;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    c.src_c = src ? src : "";
    c.src_len = (uint32_t)(len > 0xFFFFFFF0u ? 0xFFFFFFF0u : len);
    c.filename = TERN_N(ANGLE_stdin);
    c.mode = TERN_MODE_SINGLE;
    ud.c = &c;
    r = tern_pcall(vm, incomplete_run, &ud);
    if (r) {
        vm->exc = TERN_NULL;
        return c.eof_error;
    }
    if (starts_compound(c.src_c, c.src_len) && !ends_with_blank_line(c.src_c, c.src_len))
        return 1;
    return 0;
}
