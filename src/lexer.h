/* SPDX-License-Identifier: MIT */
/*
 * lexer.h — Python 3 tokens and the tokenizer state (lexer.c).
 *
 * The lexer is pure C data: no heap objects. It reads the source text
 * through the compiler state (ast.h, `tern_comp`), re-deriving the base
 * pointer on every access, because a source held in a heap str moves at
 * every allocation. Tokens are positions (byte offset + length) into the
 * source; the parser and the code generator create heap objects (names,
 * constants) from that text only when they need them.
 *
 * One lexer scans a whole module; the parser drives it one token at a
 * time. An f-string's replacement fields are scanned by a second lexer
 * over a sub-range of the same source (`sub` mode: no NEWLINE, INDENT or
 * DEDENT tokens, ENDMARKER at the end of the range).
 */
#ifndef TERN_LEXER_H
#define TERN_LEXER_H

#include <stdint.h>

/* Token kinds. Operators and keywords each have their own kind. */
enum {
    T_ENDMARKER, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_NUMBER, T_STRING,
    /* operators */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE,
    T_COLON, T_COMMA, T_SEMI, T_DOT, T_ELLIPSIS, T_RARROW, T_COLONEQUAL,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DOUBLESLASH, T_PERCENT, T_AT,
    T_DOUBLESTAR, T_VBAR, T_AMPER, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
    T_TILDE,
    T_LESS, T_GREATER, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL,
    T_EQUAL,
    /* augmented assignment: same order as the binary operators above
     * (T_PLUSEQUAL - T_PLUS == T_AUG_DELTA ...) */
    T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL, T_DOUBLESLASHEQUAL,
    T_PERCENTEQUAL, T_ATEQUAL, T_DOUBLESTAREQUAL, T_VBAREQUAL, T_AMPEREQUAL,
    T_CIRCUMFLEXEQUAL, T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL,
    /* keywords */
    T_KW_FIRST_,
    T_FALSE = T_KW_FIRST_, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC,
    T_AWAIT, T_BREAK, T_CLASS, T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE,
    T_EXCEPT, T_FINALLY, T_FOR, T_FROM, T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS,
    T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE, T_RETURN, T_TRY,
    T_WHILE, T_WITH, T_YIELD,
    T__COUNT
};
#define T_AUG_DELTA (T_PLUSEQUAL - T_PLUS)

#define TERN_LEX_MAXINDENT 100   /* CPython's limit */
#define TERN_LEX_MAXPAREN  200   /* CPython's limit */

typedef struct tern_tok {
    int kind;
    uint32_t pos, len;      /* source range */
    int line;               /* line of the first character */
    int level;              /* brackets open after this token (+1 in an f-string field) */
} tern_tok;

typedef struct tern_lexer {
    uint32_t pos, end;      /* next character; end of the scanned range */
    int line;               /* current line number (1-based) */
    uint32_t line_start;    /* offset of the first character of that line */
    int nparen;
    uint32_t paren_pos[TERN_LEX_MAXPAREN];  /* where each open bracket is */
    uint16_t indent[TERN_LEX_MAXINDENT + 1];     /* columns, tabs to multiples of 8 */
    uint16_t indent_alt[TERN_LEX_MAXINDENT + 1]; /* columns, tabs counted as 1 */
    int nindent;            /* entries of indent[] in use (indent[0] = 0) */
    int pending_dedents;
    int at_bol;             /* at the beginning of a logical line */
    int sub;                /* scanning an f-string field: no line structure */
    int prev_kind;          /* last token returned, -1 at the start */
    int prev_level;         /* level of the token before the current one */
    int scan_rest;          /* scanning on after a parser error: open brackets at the end are not an error */
    tern_tok tok;           /* the current token */
} tern_lexer;

struct tern_comp;

/* Start scanning [pos, end) of the source. `sub`: f-string field mode. */
void tern_lex_init(struct tern_comp *c, tern_lexer *lx, uint32_t pos, uint32_t end, int line,
                   uint32_t line_start, int sub);
/* Scan the next token into lx->tok. Raises SyntaxError/IndentationError. */
void tern_lex_next(struct tern_comp *c, tern_lexer *lx);
/* Check the whole source is UTF-8 without NUL bytes (SyntaxError otherwise). */
void tern_lex_check_source(struct tern_comp *c);

#endif /* TERN_LEXER_H */
