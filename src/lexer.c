/* SPDX-License-Identifier: MIT */
/*
 * lexer.c — the Python 3 tokenizer.
 *
 * Produces one token at a time for the parser (lexer.h): INDENT/DEDENT from
 * an indentation stack, NEWLINE at the end of each logical line, implicit
 * line joining inside brackets and after a backslash, numbers and string
 * literals as source ranges (their values are made by the code generator),
 * and CPython 3.11's messages for the errors found here.
 *
 * The source is read through CSRC(c) (ast.h); the lexer never allocates, so
 * a pointer derived at the top of a function stays valid within it (raising
 * allocates, but never returns).
 */
#include "ast.h"
#include <stdio.h>

/* Keywords, in the order of the T_FALSE.. token kinds. */
static const char kw_text[][9] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield"
};

void tern_lex_init(tern_comp *c, tern_lexer *lx, uint32_t pos, uint32_t end, int line,
                   uint32_t line_start, int sub) {
    (void)c;
    lx->pos = pos;
    lx->end = end;
    lx->line = line;
    lx->line_start = line_start;
    lx->nparen = 0;
    lx->indent[0] = 0;
    lx->indent_alt[0] = 0;
    lx->nindent = 1;
    lx->pending_dedents = 0;
    lx->at_bol = !sub;
    lx->sub = sub;
    lx->prev_kind = -1;
    lx->scan_rest = 0;
    lx->tok.kind = T_ENDMARKER;
    lx->tok.pos = pos;
    lx->tok.len = 0;
    lx->tok.line = line;
    lx->tok.level = sub ? 1 : 0;
    lx->prev_level = lx->tok.level;
}

static int is_id_start(unsigned char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || ch >= 0x80;
}

static int is_id_char(unsigned char ch) {
    return is_id_start(ch) || (ch >= '0' && ch <= '9');
}

/* Decode the UTF-8 sequence at s (already validated); sets *n to its length. */
static uint32_t utf8_decode(const unsigned char *s, int *n) {
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Non-ASCII characters that cannot be part of an identifier: the common
 * punctuation and symbol blocks (CPython checks the full XID tables). */
static int is_bad_unicode(uint32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
           cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
           (cp >= 0x2100 && cp <= 0x214F && cp != 0x2118 && cp != 0x212E) ||
           (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3003) ||
           (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           cp == 0xFEFF || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

/* A source file that is not UTF-8: CPython's message (Tern, like
 * Python 3 without a coding declaration, reads source as UTF-8 only). */
TERN_NORETURN static void non_utf8(tern_comp *c, unsigned ch, uint32_t ls, int line) {
    char byte[8];
    snprintf(byte, sizeof byte, "\\x%02x", ch);
    tern_comp_error(c, &tern_type_SyntaxError, ls, line,
                    "Non-UTF-8 code starting with '%s' in file %s on line %d, but no encoding "
                    "declared; see https://peps.python.org/pep-0263/ for details",
                    byte, TERN_STR_CHARS(c->filename), line);
}

/* The source must be valid UTF-8 and contain no NUL byte. */
void tern_lex_check_source(tern_comp *c) {
    const unsigned char *s = (const unsigned char *)CSRC(c);
    uint32_t n = c->src_len, i = 0;
    int line = 1;
    uint32_t ls = 0;
    while (i < n) {
        unsigned char ch = s[i];
        int need, k;
        uint32_t cp;
        if (ch == 0)
            tern_comp_error(c, &tern_type_SyntaxError, i, line, "source code cannot contain null bytes");
        if (ch == '\n') { line++; ls = i + 1; }
        if (ch < 0x80) { i++; continue; }
        if (ch >= 0xC2 && ch <= 0xDF) need = 1;
        else if (ch >= 0xE0 && ch <= 0xEF) need = 2;
        else if (ch >= 0xF0 && ch <= 0xF4) need = 3;
        else
            non_utf8(c, ch, ls, line);
        cp = ch & (0x3F >> need);
        for (k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                non_utf8(c, ch, ls, line);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            non_utf8(c, ch, ls, line);
        i += (uint32_t)need + 1;
    }
}

static void set_tok(tern_lexer *lx, int kind, uint32_t pos, uint32_t len, int line) {
    lx->tok.kind = kind;
    lx->tok.pos = pos;
    lx->tok.len = len;
    lx->tok.line = line;
    lx->prev_level = lx->tok.level;
    lx->tok.level = lx->nparen + (lx->sub ? 1 : 0);
    lx->prev_kind = kind;
}

/* Error at a position on the lexer's current line. */
#define LEX_ERR(c, lx, pos, ...) \
    tern_comp_error((c), &tern_type_SyntaxError, (pos), (lx)->line, __VA_ARGS__)

/* Length of the newline at s[i] ('\n', '\r\n' or '\r'), 0 if none. */
static uint32_t newline_len(const char *s, uint32_t i, uint32_t end) {
    if (s[i] == '\n') return 1;
    if (s[i] == '\r') return (i + 1 < end && s[i + 1] == '\n') ? 2 : 1;
    return 0;
}

/* Line number of source offset p (counted from the start; errors only). */
static int line_of(tern_comp *c, uint32_t p) {
    const char *s = CSRC(c);
    uint32_t k;
    int line = 1;
    for (k = 0; k < p; k++)
        if (s[k] == '\n') line++;
    return line;
}

/* Scan a string literal whose opening quote is at q (its prefix starts at
 * `start`). Counts lines inside triple-quoted strings and after
 * backslash-newline. */
static void scan_string(tern_comp *c, tern_lexer *lx, uint32_t start, uint32_t q) {
    const char *s = CSRC(c);
    char quote = s[q];
    int triple = 0;
    uint32_t i = q + 1, end = lx->end;
    int line0 = lx->line;
    if (i + 1 < end && s[i] == quote && s[i + 1] == quote) {
        triple = 1;
        i += 2;
    }
    for (;;) {
        uint32_t nl;
        if (i >= end) {
            /* CPython reports the line of the last character: a final
             * newline does not start a new line. */
            int at = lx->line;
            if (end > 0 && (s[end - 1] == '\n' || s[end - 1] == '\r') && at > line0) at--;
            lx->line = at;
            if (triple) {
                c->eof_error = 1;
                tern_comp_error(c, &tern_type_SyntaxError, start, line0,
                                "unterminated triple-quoted string literal (detected at line %d)", lx->line);
            }
            tern_comp_error(c, &tern_type_SyntaxError, start, line0,
                            "unterminated string literal (detected at line %d)", lx->line);
        }
        if (s[i] == '\\') {
            i++;
            if (i < end && (nl = newline_len(s, i, end)) != 0) {
                i += nl;
                lx->line++;
                lx->line_start = i;
            } else if (i < end) {
                i++;
            }
            continue;
        }
        if ((nl = newline_len(s, i, end)) != 0) {
            if (!triple)
                tern_comp_error(c, &tern_type_SyntaxError, start, line0,
                                "unterminated string literal (detected at line %d)", lx->line);
            i += nl;
            lx->line++;
            lx->line_start = i;
            continue;
        }
        if (s[i] == quote) {
            if (!triple) { i++; break; }
            if (i + 2 < end && s[i + 1] == quote && s[i + 2] == quote) { i += 3; break; }
        }
        i++;
    }
    lx->pos = i;
    set_tok(lx, T_STRING, start, i - start, line0);
}

/* Is [p, p+n) a valid string prefix (r, u, b, f, br, rb, fr, rf, any case)? */
static int is_str_prefix(const char *p, uint32_t n) {
    int r = 0, b = 0, u = 0, f = 0;
    uint32_t i;
    if (n > 2) return 0;
    for (i = 0; i < n; i++) {
        switch (p[i]) {
        case 'r': case 'R': r++; break;
        case 'b': case 'B': b++; break;
        case 'u': case 'U': u++; break;
        case 'f': case 'F': f++; break;
        default: return 0;
        }
    }
    if (r > 1 || b > 1 || u > 1 || f > 1) return 0;
    if (u && n > 1) return 0;
    if (b && f) return 0;
    return 1;
}

static int is_digit_in(char ch, int base) {
    if (base == 16) return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    if (base == 8) return ch >= '0' && ch <= '7';
    if (base == 2) return ch == '0' || ch == '1';
    return ch >= '0' && ch <= '9';
}

/* Scan digits of `base` with single underscores between them, from i.
 * Returns the new position; *ok is 0 if an underscore was misplaced. */
static uint32_t scan_digits(const char *s, uint32_t i, uint32_t end, int base, int *ok) {
    *ok = 1;
    while (i < end) {
        if (is_digit_in(s[i], base)) { i++; continue; }
        if (s[i] == '_') {
            if (i + 1 < end && is_digit_in(s[i + 1], base)) { i++; continue; }
            *ok = 0;
        }
        break;
    }
    return i;
}

/* After a number: an identifier character right after it is an error,
 * except before a few keywords (CPython accepts "1if x else y"). */
static void check_number_end(tern_comp *c, tern_lexer *lx, const char *s, uint32_t i,
                             uint32_t start, const char *what) {
    static const char ok_kw[][5] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    uint32_t j = i, k;
    if (i >= lx->end || !is_id_char((unsigned char)s[i])) return;
    while (j < lx->end && is_id_char((unsigned char)s[j])) j++;
    for (k = 0; k < sizeof(ok_kw) / sizeof(ok_kw[0]); k++)
        if (strlen(ok_kw[k]) == j - i && memcmp(ok_kw[k], s + i, j - i) == 0) return;
    LEX_ERR(c, lx, start, "invalid %s literal", what);
}

static void scan_number(tern_comp *c, tern_lexer *lx, uint32_t start) {
    const char *s = CSRC(c);
    uint32_t i = start, end = lx->end;
    int ok = 1, isfloat = 0;
    if (s[i] == '0' && i + 1 < end && (s[i + 1] == 'x' || s[i + 1] == 'X' || s[i + 1] == 'o' ||
                                       s[i + 1] == 'O' || s[i + 1] == 'b' || s[i + 1] == 'B')) {
        char p = (char)(s[i + 1] | 0x20);
        int base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        const char *what = p == 'x' ? "hexadecimal" : p == 'o' ? "octal" : "binary";
        i += 2;
        if (i < end && s[i] == '_') i++;
        if (i >= end || !is_digit_in(s[i], base)) {
            if (i < end && s[i] >= '0' && s[i] <= '9')
                LEX_ERR(c, lx, start, "invalid digit '%c' in %s literal", s[i], what);
            LEX_ERR(c, lx, start, "invalid %s literal", what);
        }
        i = scan_digits(s, i, end, base, &ok);
        if (!ok) LEX_ERR(c, lx, start, "invalid %s literal", what);
        if (i < end && s[i] >= '0' && s[i] <= '9')
            LEX_ERR(c, lx, start, "invalid digit '%c' in %s literal", s[i], what);
        check_number_end(c, lx, s, i, start, what);
        lx->pos = i;
        set_tok(lx, T_NUMBER, start, i - start, lx->line);
        return;
    }
    if (s[i] != '.') {
        i = scan_digits(s, i, end, 10, &ok);
        if (!ok) LEX_ERR(c, lx, start, "invalid decimal literal");
    }
    if (i < end && s[i] == '.') {
        isfloat = 1;
        i++;
        if (i < end && s[i] >= '0' && s[i] <= '9') {
            i = scan_digits(s, i, end, 10, &ok);
            if (!ok) LEX_ERR(c, lx, start, "invalid decimal literal");
        }
    }
    if (i < end && (s[i] == 'e' || s[i] == 'E')) {
        uint32_t j = i + 1;
        if (j < end && (s[j] == '+' || s[j] == '-')) j++;
        if (j < end && s[j] >= '0' && s[j] <= '9') {
            isfloat = 1;
            i = scan_digits(s, j, end, 10, &ok);
            if (!ok) LEX_ERR(c, lx, start, "invalid decimal literal");
        } else {
            LEX_ERR(c, lx, start, "invalid decimal literal");
        }
    }
    if (i < end && (s[i] == 'j' || s[i] == 'J')) {
        isfloat = 1;
        i++;
    }
    if (!isfloat && s[start] == '0') {
        uint32_t k;
        for (k = start; k < i; k++)
            if (s[k] != '0' && s[k] != '_')
                LEX_ERR(c, lx, start,
                        "leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers");
    }
    check_number_end(c, lx, s, i, start, "decimal");
    lx->pos = i;
    set_tok(lx, T_NUMBER, start, i - start, lx->line);
}

/* Operators: longest match first. */
typedef struct op_def { char text[4]; uint8_t kind; } op_def;
static const op_def op_table[] = {
    { "**=", T_DOUBLESTAREQUAL }, { "//=", T_DOUBLESLASHEQUAL }, { ">>=", T_RIGHTSHIFTEQUAL },
    { "<<=", T_LEFTSHIFTEQUAL }, { "...", T_ELLIPSIS },
    { "**", T_DOUBLESTAR }, { "//", T_DOUBLESLASH }, { ">>", T_RIGHTSHIFT }, { "<<", T_LEFTSHIFT },
    { "==", T_EQEQUAL }, { "!=", T_NOTEQUAL }, { "<=", T_LESSEQUAL }, { ">=", T_GREATEREQUAL },
    { "+=", T_PLUSEQUAL }, { "-=", T_MINEQUAL }, { "*=", T_STAREQUAL }, { "/=", T_SLASHEQUAL },
    { "%=", T_PERCENTEQUAL }, { "&=", T_AMPEREQUAL }, { "|=", T_VBAREQUAL },
    { "^=", T_CIRCUMFLEXEQUAL }, { "@=", T_ATEQUAL }, { "->", T_RARROW }, { ":=", T_COLONEQUAL },
    { "(", T_LPAR }, { ")", T_RPAR }, { "[", T_LSQB }, { "]", T_RSQB }, { "{", T_LBRACE },
    { "}", T_RBRACE }, { ":", T_COLON }, { ",", T_COMMA }, { ";", T_SEMI }, { ".", T_DOT },
    { "+", T_PLUS }, { "-", T_MINUS }, { "*", T_STAR }, { "/", T_SLASH }, { "%", T_PERCENT },
    { "@", T_AT }, { "|", T_VBAR }, { "&", T_AMPER }, { "^", T_CIRCUMFLEX }, { "~", T_TILDE },
    { "<", T_LESS }, { ">", T_GREATER }, { "=", T_EQUAL }
};

/* Measure the indentation of the line starting at lx->pos. Returns 0 if
 * the line is blank or only a comment (skipped with its newline), 1 if it
 * has content (lx->pos is then at its first token), 2 at the end. */
static int measure_indent(tern_comp *c, tern_lexer *lx, int *col, int *alt) {
    const char *s = CSRC(c);
    uint32_t i = lx->pos, nl;
    int cl = 0, al = 0;
    for (;;) {
        if (i >= lx->end) { lx->pos = i; return 2; }
        if (s[i] == ' ') { cl++; al++; }
        else if (s[i] == '\t') { cl = (cl / 8 + 1) * 8; al++; }
        else if (s[i] == '\f') { cl = al = 0; }
        else break;
        i++;
    }
    if (s[i] == '#') {
        while (i < lx->end && s[i] != '\n' && s[i] != '\r') i++;
    }
    if (i >= lx->end) { lx->pos = i; return 2; }
    if ((nl = newline_len(s, i, lx->end)) != 0) {
        lx->pos = i + nl;
        lx->line++;
        lx->line_start = lx->pos;
        return 0;
    }
    lx->pos = i;
    *col = cl;
    *alt = al;
    return 1;
}

/* The indentation at the start of a logical line: INDENT, DEDENT(s) or
 * nothing. Returns 1 if a token was produced. */
static int do_indent(tern_comp *c, tern_lexer *lx) {
    int col = 0, alt = 0, r, top, atop;
    while ((r = measure_indent(c, lx, &col, &alt)) == 0) {}
    lx->at_bol = 0;
    if (r != 1) return 0;
    top = lx->indent[lx->nindent - 1];
    atop = lx->indent_alt[lx->nindent - 1];
    if (col == top) {
        if (alt != atop)
            tern_comp_error(c, &tern_type_TabError, lx->pos, lx->line,
                            "inconsistent use of tabs and spaces in indentation");
        return 0;
    }
    if (col > top) {
        if (alt <= atop)
            tern_comp_error(c, &tern_type_TabError, lx->pos, lx->line,
                            "inconsistent use of tabs and spaces in indentation");
        if (lx->nindent > TERN_LEX_MAXINDENT)
            tern_comp_error(c, &tern_type_IndentationError, lx->pos, lx->line,
                            "too many levels of indentation");
        lx->indent[lx->nindent] = (uint16_t)(col > 65535 ? 65535 : col);
        lx->indent_alt[lx->nindent] = (uint16_t)(alt > 65535 ? 65535 : alt);
        lx->nindent++;
        set_tok(lx, T_INDENT, lx->line_start, lx->pos - lx->line_start, lx->line);
        return 1;
    } else {
        int n = 0;
        while (lx->nindent > 1 && col < lx->indent[lx->nindent - 1]) {
            lx->nindent--;
            n++;
        }
        if (col != lx->indent[lx->nindent - 1])
            tern_comp_error(c, &tern_type_IndentationError, lx->pos, lx->line,
                            "unindent does not match any outer indentation level");
        if (alt != lx->indent_alt[lx->nindent - 1])
            tern_comp_error(c, &tern_type_TabError, lx->pos, lx->line,
                            "inconsistent use of tabs and spaces in indentation");
        lx->pending_dedents = n - 1;
        set_tok(lx, T_DEDENT, lx->pos, 0, lx->line);
        return 1;
    }
}

/* An operator or bracket at i, with the bracket stack checks. */
static void scan_op(tern_comp *c, tern_lexer *lx, uint32_t i) {
    const char *s = CSRC(c);
    unsigned char ch = (unsigned char)s[i];
    size_t k;
    for (k = 0; k < sizeof(op_table) / sizeof(op_table[0]); k++) {
        const char *t = op_table[k].text;
        size_t n = strlen(t);
        int kind;
        if (i + n > lx->end || memcmp(t, s + i, n) != 0) continue;
        kind = op_table[k].kind;
        if (kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE) {
            if (lx->nparen >= TERN_LEX_MAXPAREN)
                LEX_ERR(c, lx, i, "too many nested parentheses");
            lx->paren_pos[lx->nparen++] = i;
        } else if (kind == T_RPAR || kind == T_RSQB || kind == T_RBRACE) {
            if (lx->nparen == 0) {
                if (!lx->sub)
                    LEX_ERR(c, lx, i, "unmatched '%c'", (int)ch);
            } else {
                uint32_t p = lx->paren_pos[lx->nparen - 1];
                char open = s[p];
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if ((char)ch != want) {
                    int pline = line_of(c, p);
                    if (pline != lx->line)
                        LEX_ERR(c, lx, i, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                (int)ch, (int)open, pline);
                    LEX_ERR(c, lx, i, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                            (int)ch, (int)open);
                }
                lx->nparen--;
            }
        }
        lx->pos = i + (uint32_t)n;
        set_tok(lx, kind, i, (uint32_t)n, lx->line);
        return;
    }
    if (ch == '!' || ch == '$' || ch == '?' || ch == '`')
        LEX_ERR(c, lx, i, "invalid syntax");
    if (ch >= 0x80) {
        int n;
        uint32_t cp = utf8_decode((const unsigned char *)s + i, &n);
        char buf[8];
        memcpy(buf, s + i, (size_t)n);
        buf[n] = 0;
        LEX_ERR(c, lx, i, "invalid character '%s' (U+%U)", buf, (int)cp);
    }
    LEX_ERR(c, lx, i, "invalid non-printable character U+%U", (int)ch);
}

/* End of input: close brackets (error), the last line, the blocks. */
static void at_end(tern_comp *c, tern_lexer *lx, uint32_t i) {
    lx->pos = i;
    if (lx->sub || lx->scan_rest) { set_tok(lx, T_ENDMARKER, i, 0, lx->line); return; }
    if (lx->nparen > 0) {
        uint32_t p = lx->paren_pos[lx->nparen - 1];
        c->eof_error = 1;
        tern_comp_error(c, &tern_type_SyntaxError, p, line_of(c, p), "'%c' was never closed",
                        (int)CSRC(c)[p]);
    }
    if (lx->prev_kind != -1 && lx->prev_kind != T_NEWLINE && lx->prev_kind != T_DEDENT &&
        lx->prev_kind != T_INDENT) {
        set_tok(lx, T_NEWLINE, i, 0, lx->line);
        return;
    }
    if (lx->nindent > 1) {
        lx->nindent--;
        set_tok(lx, T_DEDENT, i, 0, lx->line);
        return;
    }
    set_tok(lx, T_ENDMARKER, i, 0, lx->line);
}

void tern_lex_next(tern_comp *c, tern_lexer *lx) {
    const char *s;
    uint32_t i;
    unsigned char ch;
    int bad = 0;
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        set_tok(lx, T_DEDENT, lx->pos, 0, lx->line);
        return;
    }
    if (lx->at_bol && !lx->sub && do_indent(c, lx))
        return;
    s = CSRC(c);
    i = lx->pos;
    /* skip blanks, comments, continuation lines and (in brackets) newlines */
    for (;;) {
        uint32_t nl;
        if (i >= lx->end) { at_end(c, lx, i); return; }
        ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t' || ch == '\f') { i++; continue; }
        if (ch == '#') {
            while (i < lx->end && s[i] != '\n' && s[i] != '\r') i++;
            continue;
        }
        if (ch == '\\') {
            if (i + 1 < lx->end && (nl = newline_len(s, i + 1, lx->end)) != 0) {
                i += 1 + nl;
                lx->line++;
                lx->line_start = i;
                if (i >= lx->end && !lx->sub) {
                    c->eof_error = 1;
                    lx->pos = i;
                    LEX_ERR(c, lx, i, "unexpected EOF while parsing");
                }
                continue;
            }
            if (i + 1 >= lx->end && !lx->sub) {
                c->eof_error = 1;
                LEX_ERR(c, lx, i, "unexpected EOF while parsing");
            }
            LEX_ERR(c, lx, i + 1, "unexpected character after line continuation character");
        }
        if ((nl = newline_len(s, i, lx->end)) != 0) {
            uint32_t at = i;
            int line = lx->line;
            i += nl;
            lx->line++;
            lx->line_start = i;
            if (lx->nparen > 0 || lx->sub) continue;
            lx->pos = i;
            lx->at_bol = 1;
            set_tok(lx, T_NEWLINE, at, nl, line);
            return;
        }
        break;
    }
    lx->pos = i;
    if (ch >= 0x80) {
        int n;
        bad = is_bad_unicode(utf8_decode((const unsigned char *)s + i, &n));
    }
    if (is_id_start(ch) && !bad) {
        uint32_t j = i;
        int k;
        while (j < lx->end && is_id_char((unsigned char)s[j])) {
            if ((unsigned char)s[j] >= 0x80) {
                int n;
                uint32_t cp = utf8_decode((const unsigned char *)s + j, &n);
                if (is_bad_unicode(cp)) break;
                j += (uint32_t)n;
            } else {
                j++;
            }
        }
        if (j < lx->end && (s[j] == '\'' || s[j] == '"') && is_str_prefix(s + i, j - i)) {
            scan_string(c, lx, i, j);
            return;
        }
        lx->pos = j;
        for (k = 0; k < T__COUNT - T_KW_FIRST_; k++) {
            const char *kw = kw_text[k];
            if (strlen(kw) == j - i && memcmp(kw, s + i, j - i) == 0) {
                set_tok(lx, T_KW_FIRST_ + k, i, j - i, lx->line);
                return;
            }
        }
        set_tok(lx, T_NAME, i, j - i, lx->line);
        return;
    }
    if ((ch >= '0' && ch <= '9') || (ch == '.' && i + 1 < lx->end && s[i + 1] >= '0' && s[i + 1] <= '9')) {
        scan_number(c, lx, i);
        return;
    }
    if (ch == '\'' || ch == '"') {
        scan_string(c, lx, i, i);
        return;
    }
    scan_op(c, lx, i);
}
