/* SPDX-License-Identifier: MIT */
/*
 * parser.h — the parser's helpers shared by its files: parser.c (expressions
 * and statements) and parser_match.c (the match statement and its
 * patterns). Nothing outside the parser includes it.
 */
#ifndef TERN_PARSER_H
#define TERN_PARSER_H

#include "ast.h"

#define TOK(c) ((c)->lx->tok)
#define KIND(c) ((c)->lx->tok.kind)

/* A list of nodes being built (linked through ast_node.next). */
typedef struct nlist { int32_t head, tail; } nlist;

void tern_p_list_add(tern_comp *c, nlist *l, int32_t n);
void tern_p_next(tern_comp *c);
int tern_p_accept(tern_comp *c, int kind);
TERN_NORETURN void tern_p_error(tern_comp *c, const char *msg);
void tern_p_expect(tern_comp *c, int kind, const char *msg);
int32_t tern_p_tok_node(tern_comp *c, int kind);
int32_t tern_p_strings(tern_comp *c);
int32_t tern_p_named(tern_comp *c);
int32_t tern_p_star_list(tern_comp *c);
int32_t tern_p_block(tern_comp *c, const char *what, int line);

/* parser_match.c: is the current NAME token `match` starting a match
 * statement (a soft keyword), and parse that statement. */
int tern_p_match_ahead(tern_comp *c);
int32_t tern_p_match(tern_comp *c);

#endif
