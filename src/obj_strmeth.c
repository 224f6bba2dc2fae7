/* SPDX-License-Identifier: MIT */
/*
 * obj_strmeth.c — the methods of str (the type itself is in obj_str.c,
 * format/format_map/__format__ in format.c).
 *
 * Self and the arguments are args[i], on the value stack: rooted, and
 * re-read after every allocation. Searches work on UTF-8 bytes (a valid
 * needle can only match at character boundaries) and convert between
 * character indices and byte offsets at the edges.
 *
 * Case mappings and character classes are exact for ASCII and cover the
 * common alphabets (Latin-1, Latin Extended-A, Greek, Cyrillic) beyond it.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"

#define SELF        args[0]
#define SDATA(v)    TERN_STR_CHARS(v)
#define SLEN(v)     ((size_t)TERN_STR_LEN(v))
#define IS_ASCII(v) (TERN_AS(tern_str, v)->nchars == TERN_AS(tern_str, v)->len)

/* ===================================================================
 * Character classes and case mapping
 * =================================================================== */

/* Irregular (upper, lower) pairs of Latin Extended-B, IPA and Greek that
 * the rules in uc_lower/uc_upper do not cover. */
static const uint16_t uc_pairs[][2] = {
    {0x0181, 0x0253}, {0x0182, 0x0183}, {0x0184, 0x0185}, {0x0186, 0x0254}, {0x0187, 0x0188},
    {0x0189, 0x0256}, {0x018A, 0x0257}, {0x018B, 0x018C}, {0x018E, 0x01DD}, {0x018F, 0x0259},
    {0x0190, 0x025B}, {0x0191, 0x0192}, {0x0193, 0x0260}, {0x0194, 0x0263}, {0x0196, 0x0269},
    {0x0197, 0x0268}, {0x0198, 0x0199}, {0x019C, 0x026F}, {0x019D, 0x0272}, {0x019F, 0x0275},
    {0x01A0, 0x01A1}, {0x01A2, 0x01A3}, {0x01A4, 0x01A5}, {0x01A6, 0x0280}, {0x01A7, 0x01A8},
    {0x01A9, 0x0283}, {0x01AC, 0x01AD}, {0x01AE, 0x0288}, {0x01AF, 0x01B0}, {0x01B1, 0x028A},
    {0x01B2, 0x028B}, {0x01B3, 0x01B4}, {0x01B5, 0x01B6}, {0x01B7, 0x0292}, {0x01B8, 0x01B9},
    {0x01BC, 0x01BD}, {0x01F6, 0x0195}, {0x01F7, 0x01BF}, {0x0220, 0x019E}, {0x023A, 0x2C65},
    {0x023B, 0x023C}, {0x023D, 0x019A}, {0x023E, 0x2C66}, {0x0241, 0x0242}, {0x0243, 0x0180},
    {0x0244, 0x0289}, {0x0245, 0x028C}, {0x0370, 0x0371}, {0x0372, 0x0373}, {0x0376, 0x0377},
    {0x037F, 0x03F3}, {0x03CF, 0x03D7}, {0x03F4, 0x03B8}, {0x03F7, 0x03F8}, {0x03F9, 0x03F2},
    {0x03FA, 0x03FB}, {0x03FD, 0x037B}, {0x03FE, 0x037C}, {0x03FF, 0x037D}, {0x04C0, 0x04CF},
    {0x2C7E, 0x023F}, {0x2C7F, 0x0240},
};

/* The partner of c in uc_pairs (col 0: c is upper), or c. */
static uint32_t uc_pair(uint32_t c, int col) {
    size_t i;
    if (c < 0x180 || (c > 0x4CF && c < 0x2C65) || c > 0x2C7F || c == 0x3B8)
        return c; /* (U+03F4 lowercases to theta; theta uppercases to U+0398) */
    for (i = 0; i < sizeof uc_pairs / sizeof uc_pairs[0]; i++)
        if (uc_pairs[i][col] == c)
            return uc_pairs[i][!col];
    return c;
}

/* Simple (one to one) case mappings for Latin, Greek (with Greek
 * Extended), Cyrillic, Latin Extended Additional and fullwidth Latin.
 * The one-to-many mappings are in uc_special below. */
static uint32_t uc_lower(uint32_t c) {
    uint32_t o;
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if ((o = uc_pair(c, 0)) != c)
        return o;
    if ((c >= 0x246 && c <= 0x24F) || (c >= 0x3D8 && c <= 0x3EF))
        return (c & 1) ? c : c + 1;
    if (c >= 0x4C1 && c <= 0x4CE)
        return (c & 1) ? c + 1 : c;
    if (c >= 0x531 && c <= 0x556)
        return c + 0x30;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? c + 1 : c;
        if (c == 0x130) return 'i';
        if (c == 0x178) return 0xFF;
        if (c == 0x138 || c == 0x149 || c == 0x17F) return c;
        return (c & 1) ? c : c + 1;
    }
    if (c >= 0x1C4 && c <= 0x1CC)           /* DZ, LJ, NJ digraphs */
        return c - (c - 0x1C4) % 3 + 2;
    if (c == 0x1F1 || c == 0x1F2)
        return 0x1F3;
    if (c >= 0x1CD && c <= 0x1DC)
        return (c & 1) ? c + 1 : c;
    if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x21F) || (c >= 0x222 && c <= 0x233) ||
        c == 0x1F4)
        return (c & 1) ? c : c + 1;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    if (c >= 0x460 && c <= 0x4FF && !(c >= 0x482 && c <= 0x489))
        return (c & 1) ? c : c + 1;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
        return (c & 1) ? c : c + 1;
    if (c == 0x1E9E) return 0xDF;
    if (c >= 0x1F00 && c <= 0x1FFF) {
        uint32_t lo = c & 0xF;
        switch (c >> 4) {
        case 0x1F0: case 0x1F2: case 0x1F3: case 0x1F6:
        case 0x1F8: case 0x1F9: case 0x1FA:
            return lo >= 8 ? c - 8 : c;
        case 0x1F1: case 0x1F4:
            return (lo >= 8 && lo <= 0xD) ? c - 8 : c;
        case 0x1F5:
            return (lo >= 8 && (lo & 1)) ? c - 8 : c;
        }
        switch (c) {
        case 0x1FB8: case 0x1FB9: case 0x1FD8: case 0x1FD9: case 0x1FE8: case 0x1FE9: return c - 8;
        case 0x1FBA: case 0x1FBB: return c - 0x1FBA + 0x1F70;
        case 0x1FC8: case 0x1FC9: case 0x1FCA: case 0x1FCB: return c - 0x1FC8 + 0x1F72;
        case 0x1FDA: case 0x1FDB: return c - 0x1FDA + 0x1F76;
        case 0x1FEA: case 0x1FEB: return c - 0x1FEA + 0x1F7A;
        case 0x1FF8: case 0x1FF9: return c - 0x1FF8 + 0x1F78;
        case 0x1FFA: case 0x1FFB: return c - 0x1FFA + 0x1F7C;
        case 0x1FEC: return 0x1FE5;
        case 0x1FBC: case 0x1FCC: case 0x1FFC: return c - 9;
        }
        return c;
    }
    if (c >= 0xFF21 && c <= 0xFF3A)
        return c + 32;
    return c;
}

static uint32_t uc_upper(uint32_t c) {
    uint32_t o;
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if ((o = uc_pair(c, 1)) != c)
        return o;
    if ((c >= 0x246 && c <= 0x24F) || (c >= 0x3D8 && c <= 0x3EF))
        return (c & 1) ? c - 1 : c;
    if (c >= 0x4C1 && c <= 0x4CE)
        return (c & 1) ? c : c - 1;
    if (c >= 0x561 && c <= 0x586)
        return c - 0x30;
    switch (c) {
    case 0x3D0: return 0x392;
    case 0x3D1: return 0x398;
    case 0x3D5: return 0x3A6;
    case 0x3D6: return 0x3A0;
    case 0x3F0: return 0x39A;
    case 0x3F1: return 0x3A1;
    case 0x3F5: return 0x395;
    case 0x345: return 0x399;
    }
    if (c == 0xB5) return 0x39C;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 32;
    if (c == 0xFF) return 0x178;
    if (c >= 0x100 && c <= 0x17F) {
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
            return (c & 1) ? c : c - 1;
        if (c == 0x131) return 'I';
        if (c == 0x17F) return 'S';
        if (c == 0x138 || c == 0x149 || c == 0x130 || c == 0x178) return c;
        return (c & 1) ? c - 1 : c;
    }
    if (c >= 0x1C4 && c <= 0x1CC)
        return c - (c - 0x1C4) % 3;
    if (c == 0x1F2 || c == 0x1F3)
        return 0x1F1;
    if (c >= 0x1CD && c <= 0x1DC)
        return (c & 1) ? c : c - 1;
    if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x21F) || (c >= 0x222 && c <= 0x233) ||
        c == 0x1F5)
        return (c & 1) ? c - 1 : c;
    if (c >= 0x3B1 && c <= 0x3CB)
        return c == 0x3C2 ? 0x3A3 : c - 32;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    if (c >= 0x430 && c <= 0x44F)
        return c - 32;
    if (c >= 0x450 && c <= 0x45F)
        return c - 80;
    if (c >= 0x460 && c <= 0x4FF && !(c >= 0x482 && c <= 0x489))
        return (c & 1) ? c - 1 : c;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
        return (c & 1) ? c - 1 : c;
    if (c == 0x1E9B) return 0x1E60;
    if (c >= 0x1F00 && c <= 0x1FFF) {
        uint32_t lo = c & 0xF;
        switch (c >> 4) {
        case 0x1F0: case 0x1F2: case 0x1F3: case 0x1F6:
        case 0x1F8: case 0x1F9: case 0x1FA:
            return lo < 8 ? c + 8 : c;
        case 0x1F1: case 0x1F4:
            return lo <= 5 ? c + 8 : c;
        case 0x1F5:
            return (lo < 8 && (lo & 1)) ? c + 8 : c;
        }
        switch (c) {
        case 0x1FB0: case 0x1FB1: case 0x1FD0: case 0x1FD1: case 0x1FE0: case 0x1FE1: return c + 8;
        case 0x1F70: case 0x1F71: return c - 0x1F70 + 0x1FBA;
        case 0x1F72: case 0x1F73: case 0x1F74: case 0x1F75: return c - 0x1F72 + 0x1FC8;
        case 0x1F76: case 0x1F77: return c - 0x1F76 + 0x1FDA;
        case 0x1F78: case 0x1F79: return c - 0x1F78 + 0x1FF8;
        case 0x1F7A: case 0x1F7B: return c - 0x1F7A + 0x1FEA;
        case 0x1F7C: case 0x1F7D: return c - 0x1F7C + 0x1FFA;
        case 0x1FE5: return 0x1FEC;
        case 0x1FB3: case 0x1FC3: case 0x1FF3: return c + 9;
        case 0x1FBE: return 0x399;
        }
        return c;
    }
    if (c >= 0xFF41 && c <= 0xFF5A)
        return c - 32;
    return c;
}

/* Titlecase letters (category Lt): the DZ/LJ/NJ digraphs and Greek
 * capitals with prosgegrammeni. */
static int uc_istitle(uint32_t c) {
    return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2 ||
           (c >= 0x1F88 && c <= 0x1FAF && (c & 8)) || c == 0x1FBC || c == 0x1FCC || c == 0x1FFC;
}

/* Simple titlecase mapping: differs from uppercase only for digraphs and
 * Greek letters with ypogegrammeni. */
static uint32_t uc_title(uint32_t c) {
    if (c >= 0x1C4 && c <= 0x1CC)
        return c - (c - 0x1C4) % 3 + 1;
    if (c >= 0x1F1 && c <= 0x1F3)
        return 0x1F2;
    if (c >= 0x1F80 && c <= 0x1FAF)
        return c | 8;
    if (c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3)
        return c + 9;
    if (c == 0x1FBC || c == 0x1FCC || c == 0x1FFC)
        return c;
    return uc_upper(c);
}

/* SpecialCasing.txt's unconditional one-to-many uppercase mappings (the
 * lowercase side is the identity for all of them; İ's lowercase is handled
 * in uc_full). Sorted by code point. U+1F80..1FAF are computed. */
static const uint16_t uc_special[][4] = {
    {0x00DF, 0x0053, 0x0053, 0}, {0x0149, 0x02BC, 0x004E, 0}, {0x01F0, 0x004A, 0x030C, 0},
    {0x0390, 0x0399, 0x0308, 0x0301}, {0x03B0, 0x03A5, 0x0308, 0x0301}, {0x0587, 0x0535, 0x0552, 0},
    {0x1E96, 0x0048, 0x0331, 0}, {0x1E97, 0x0054, 0x0308, 0}, {0x1E98, 0x0057, 0x030A, 0},
    {0x1E99, 0x0059, 0x030A, 0}, {0x1E9A, 0x0041, 0x02BE, 0}, {0x1F50, 0x03A5, 0x0313, 0},
    {0x1F52, 0x03A5, 0x0313, 0x0300}, {0x1F54, 0x03A5, 0x0313, 0x0301}, {0x1F56, 0x03A5, 0x0313, 0x0342},
    {0x1FB2, 0x1FBA, 0x0399, 0}, {0x1FB3, 0x0391, 0x0399, 0}, {0x1FB4, 0x0386, 0x0399, 0},
    {0x1FB6, 0x0391, 0x0342, 0}, {0x1FB7, 0x0391, 0x0342, 0x0399}, {0x1FBC, 0x0391, 0x0399, 0},
    {0x1FC2, 0x1FCA, 0x0399, 0}, {0x1FC3, 0x0397, 0x0399, 0}, {0x1FC4, 0x0389, 0x0399, 0},
    {0x1FC6, 0x0397, 0x0342, 0}, {0x1FC7, 0x0397, 0x0342, 0x0399}, {0x1FCC, 0x0397, 0x0399, 0},
    {0x1FD2, 0x0399, 0x0308, 0x0300}, {0x1FD3, 0x0399, 0x0308, 0x0301}, {0x1FD6, 0x0399, 0x0342, 0},
    {0x1FD7, 0x0399, 0x0308, 0x0342}, {0x1FE2, 0x03A5, 0x0308, 0x0300}, {0x1FE3, 0x03A5, 0x0308, 0x0301},
    {0x1FE4, 0x03A1, 0x0313, 0}, {0x1FE6, 0x03A5, 0x0342, 0}, {0x1FE7, 0x03A5, 0x0308, 0x0342},
    {0x1FF2, 0x1FFA, 0x0399, 0}, {0x1FF3, 0x03A9, 0x0399, 0}, {0x1FF4, 0x038F, 0x0399, 0},
    {0x1FF6, 0x03A9, 0x0342, 0}, {0x1FF7, 0x03A9, 0x0342, 0x0399}, {0x1FFC, 0x03A9, 0x0399, 0},
    {0xFB00, 0x0046, 0x0046, 0}, {0xFB01, 0x0046, 0x0049, 0}, {0xFB02, 0x0046, 0x004C, 0},
    {0xFB03, 0x0046, 0x0046, 0x0049}, {0xFB04, 0x0046, 0x0046, 0x004C}, {0xFB05, 0x0053, 0x0054, 0},
    {0xFB06, 0x0053, 0x0054, 0}, {0xFB13, 0x0544, 0x0546, 0}, {0xFB14, 0x0544, 0x0535, 0},
    {0xFB15, 0x0544, 0x053B, 0}, {0xFB16, 0x054E, 0x0546, 0}, {0xFB17, 0x0544, 0x053D, 0},
};

/* The full uppercase of c into out (1 to 3 code points) if it is one of the
 * special casings; 0 otherwise. */
static int uc_special_upper(uint32_t c, uint32_t out[3]) {
    size_t lo = 0, hi = sizeof uc_special / sizeof uc_special[0];
    if (c >= 0x1F80 && c <= 0x1FAF) {
        static const uint16_t caps[3] = {0x1F08, 0x1F28, 0x1F68};
        out[0] = caps[(c - 0x1F80) >> 4] + (c & 7);
        out[1] = 0x399;
        return 2;
    }
    if (c < 0xDF || c > 0xFB17)
        return 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uc_special[mid][0] == c) {
            int n = 0;
            while (n < 3 && uc_special[mid][n + 1])
                out[n] = uc_special[mid][n + 1], n++;
            return n;
        }
        if (uc_special[mid][0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

enum { UC_UPPER, UC_LOWER, UC_TITLE, UC_FOLD };

/* The full case mapping of c (SpecialCasing included) into out; returns
 * the number of code points (1..3). */
static int uc_full(uint32_t c, int kind, uint32_t out[3]) {
    int n, i;
    switch (kind) {
    case UC_LOWER:
        if (c == 0x130) {
            out[0] = 'i';
            out[1] = 0x307;
            return 2;
        }
        out[0] = uc_lower(c);
        return 1;
    case UC_UPPER:
        n = uc_special_upper(c, out);
        if (!n)
            out[0] = uc_upper(c), n = 1;
        return n;
    case UC_TITLE:
        if ((c >= 0x1C4 && c <= 0x1CC) || (c >= 0x1F1 && c <= 0x1F3) || (c >= 0x1F80 && c <= 0x1FAF) ||
            c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3 || c == 0x1FBC || c == 0x1FCC || c == 0x1FFC) {
            out[0] = uc_title(c);
            return 1;
        }
        n = uc_special_upper(c, out);
        if (!n) {
            out[0] = uc_upper(c);
            return 1;
        }
        /* Greek (and U+0149) keep the uppercase, with a trailing capital
         * iota back to ypogegrammeni; others lowercase after the first */
        if (c == 0x149 || (c >= 0x1F00 && c <= 0x1FFF)) {
            if (out[n - 1] == 0x399)
                out[n - 1] = 0x345;
        } else {
            for (i = 1; i < n; i++)
                out[i] = uc_lower(out[i]);
        }
        return n;
    default: /* case folding: the lowercase of the full uppercase */
        if (c == 0x130 || c == 0x1E9E) {
            out[0] = c == 0x130 ? 'i' : 's';
            out[1] = c == 0x130 ? 0x307 : 's';
            return 2;
        }
        n = uc_special_upper(c, out);
        if (!n) {
            /* lowercase letters with a case-fold different from
             * themselves: the lowercase of their uppercase */
            out[0] = (c == 0xB5 || c == 0x17F || c == 0x345 || c == 0x3C2 || c == 0x1E9B || c == 0x1FBE ||
                      (c >= 0x3D0 && c <= 0x3F5 && uc_upper(c) != c && uc_lower(c) == c))
                         ? uc_lower(uc_upper(c)) : uc_lower(c);
            return 1;
        }
        for (i = 0; i < n; i++)
            out[i] = uc_lower(out[i]);
        return n;
    }
}

static int uc_islower(uint32_t c) {
    uint32_t tmp[3];
    if (uc_istitle(c))
        return 0;
    return uc_upper(c) != c || c == 0x138 || c == 0xAA || c == 0xBA || uc_special_upper(c, tmp) ||
           c == 0x18D || c == 0x19B || c == 0x1AA || c == 0x1AB || c == 0x1BA || c == 0x1BE ||
           c == 0x221 || (c >= 0x234 && c <= 0x239) || (c >= 0x250 && c <= 0x2B8 && c != 0x294) ||
           c == 0x2C0 || c == 0x2C1 || (c >= 0x2E0 && c <= 0x2E4) || c == 0x37A || c == 0x3FC ||
           c == 0x1E9C || c == 0x1E9D || c == 0x1E9F;
}

static int uc_isupper(uint32_t c) {
    return !uc_istitle(c) && (uc_lower(c) != c || (c >= 0x3D2 && c <= 0x3D4));
}

/* Cased (Lu, Ll, Lt and the other case-carrying letters). */
static int is_cased(uint32_t c) {
    return uc_isupper(c) || uc_islower(c) || uc_istitle(c);
}

/* Case-ignorable (approximation of the Unicode property: apostrophes,
 * periods, colons, combining marks, modifier letters, format characters). */
static int uc_case_ignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
           c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) ||
           c == 0x374 || c == 0x375 || c == 0x37A || c == 0x384 || c == 0x385 || c == 0x387 ||
           (c >= 0x483 && c <= 0x489) || (c >= 0x591 && c <= 0x5BD) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x200B && c <= 0x200F) || c == 0x2018 ||
           c == 0x2019 || c == 0x2024 || c == 0x2027 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x20D0 && c <= 0x20F0) || (c >= 0xFE00 && c <= 0xFE0F) ||
           (c >= 0xFE20 && c <= 0xFE2F) || c == 0xFEFF;
}

static int uc_isalpha(uint32_t c) {
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (uc_lower(c) != c || uc_upper(c) != c)
        return 1;
    return c == 0xAA || c == 0xBA || c == 0xDF || (c >= 0x100 && c <= 0x2AF) ||
           (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A) ||
           (c >= 0x905 && c <= 0x939) || (c >= 0x3041 && c <= 0x3096) ||
           (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7A3);
}

static int uc_isdecimal(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
           (c >= 0x966 && c <= 0x96F) || (c >= 0xFF10 && c <= 0xFF19);
}

static int uc_isdigit(uint32_t c) {
    return uc_isdecimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 ||
           (c >= 0x2074 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}

static int uc_isnumeric(uint32_t c) {
    return uc_isdigit(c) || (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) ||
           c == 0x3007 || c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 ||
           c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341;
}

static int uc_isspace(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

static int uc_isalnum(uint32_t c) {
    return uc_isalpha(c) || uc_isnumeric(c);
}

/* Decode the character at byte i of str v. */
static uint32_t char_at(tern_val v, size_t i, size_t *n) {
    return tern_utf8_decode(SDATA(v) + i, SLEN(v) - i, n);
}

/* Character index of byte offset b. */
static tern_int char_index(tern_val v, size_t b) {
    if (IS_ASCII(v))
        return (tern_int)b;
    return (tern_int)tern_utf8_count(SDATA(v), b);
}

/* Can v be iterated (an iter slot, or a class with __getitem__)? */
int tern_is_iterable(tern_val v) {
    const tern_type *t = tern_typeof(v);
    return t->iter != NULL || ((t->flags & TERN_TF_HEAP) && t->getitem != NULL);
}

/* Arity check of a built-in method with CPython's message for its kind
 * (min and max count self, like tern_check_args): "str.upper() takes no
 * arguments (1 given)", "str.join() takes exactly one argument (0 given)",
 * "find() takes at least 1 argument (0 given)" for the methods parsed with
 * PyArg_ParseTuple, "replace expected at least 2 arguments, got 0" else. */
void tern_method_args(tern_vm *vm, const char *tname, const char *name, int nargs, tern_val kwnames,
                      int min, int max) {
    static const char parsetuple[] = " count find index rfind rindex startswith endswith ";
    const char *p;
    size_t nl = strlen(name);
    int n = nargs - 1, pt = 0;
    for (p = strstr(parsetuple, name); p && !pt; p = strstr(p + 1, name))
        pt = p[-1] == ' ' && p[nl] == ' ';
    /* (a bound method object called later says "find()", CPython's direct
     * call "str.find()": this is the common direct form) */
    if (kwnames && TERN_TUPLE_LEN(kwnames) > 0)
        tern_raise_type_error(vm, "%s.%s() takes no keyword arguments", tname, name);
    if (nargs >= min && nargs <= max)
        return;
    min--, max--;
    if (pt) {
        if (n < min)
            tern_raise_type_error(vm, "%s() takes at least %d argument%s (%d given)", name, min,
                                  min == 1 ? "" : "s", n);
        tern_raise_type_error(vm, "%s() takes at most 3 arguments (%d given)", name, n);
    }
    if (max == 0)
        tern_raise_type_error(vm, "%s.%s() takes no arguments (%d given)", tname, name, n);
    if (min == 1 && max == 1)
        tern_raise_type_error(vm, "%s.%s() takes exactly one argument (%d given)", tname, name, n);
    if (min == max)
        tern_raise_type_error(vm, "%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    if (n < min)
        tern_raise_type_error(vm, "%s expected at least %d argument%s, got %d", name, min,
                              min == 1 ? "" : "s", n);
    tern_raise_type_error(vm, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
}

/* ===================================================================
 * Argument helpers
 * =================================================================== */

static tern_val need_str(tern_vm *vm, tern_val v, const char *what) {
    v = TERN_PROXY_VALUE(v);
    if (!TERN_IS_STR(v))
        tern_raise_type_error(vm, "%s must be str, not %s", what, tern_type_name(v));
    return v;
}

/* A (start, end) pair of character indices as CPython's ADJUST_INDICES,
 * from args[first], args[first + 1] (either may be absent or None). */
static void span_args(tern_vm *vm, int nargs, tern_val *args, int first,
                      tern_int len, tern_int *start, tern_int *end) {
    *start = 0;
    *end = len;
    if (nargs > first && args[first] != TERN_NONE)
        *start = tern_index_value(vm, args[first]);
    if (nargs > first + 1 && args[first + 1] != TERN_NONE)
        *end = tern_index_value(vm, args[first + 1]);
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

static tern_int nchars_of(tern_val v) {
    return (tern_int)TERN_AS(tern_str, v)->nchars;
}

static tern_val new_list(tern_vm *vm) {
    return tern_list_new(vm, 0);
}

/* Append the substring [off, off + len) of args[0] to the list in *list. */
static void append_sub(tern_vm *vm, tern_val *list, tern_val *args, size_t off, size_t len) {
    tern_val s = tern_str_sub(vm, SELF, off, len);
    tern_list_append(vm, *list, s);
}

/* ===================================================================
 * join, split, rsplit, splitlines, partition
 * =================================================================== */

static tern_val str_join(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val seq = TERN_NULL, r;
    size_t n, i, total = 0, nch = 0, sl;
    tern_val *items;
    char *p;
    tern_method_args(vm, "str", "join", nargs, kwnames, 2, 2);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, seq);
    seq = args[1];
    if (!tern_is_iterable(seq))
        tern_raise_type_error(vm, "can only join an iterable");
    if (!TERN_IS_LIST(seq) && !TERN_IS_TUPLE(seq))
        seq = tern_list_of(vm, seq);
    items = tern_seq_items(seq, &n);
    for (i = 0; i < n; i++)
        if (TERN_IS_PROXY(items[i]) && !TERN_IS_STR(items[i])) {
            /* str subclass instances: join their values (copy the list first) */
            if (!TERN_IS_LIST(seq) || seq == args[1])
                seq = tern_list_of(vm, seq);
            items = tern_seq_items(seq, &n);
            for (; i < n; i++)
                items[i] = TERN_PROXY_VALUE(items[i]);
            break;
        }
    if (n == 0) {
        TERN_UNROOT(vm);
        return TERN_N(empty_str);
    }
    for (i = 0; i < n; i++) {
        if (!TERN_IS_STR(items[i]))
            tern_raise_type_error(vm, "sequence item %d: expected str instance, %s found",
                                  (int)i, tern_type_name(items[i]));
        total += SLEN(items[i]);
        nch += TERN_AS(tern_str, items[i])->nchars;
    }
    if (n == 1) {
        TERN_UNROOT(vm);
        return items[0];
    }
    sl = SLEN(SELF);
    total += sl * (n - 1);
    nch += TERN_AS(tern_str, SELF)->nchars * (n - 1);
    r = tern_str_alloc(vm, total);
    items = tern_seq_items(seq, &n);
    p = TERN_STR_DATA(TERN_PTR(r));
    for (i = 0; i < n; i++) {
        if (i && sl) {
            memcpy(p, SDATA(SELF), sl);
            p += sl;
        }
        memcpy(p, SDATA(items[i]), SLEN(items[i]));
        p += SLEN(items[i]);
    }
    *p = 0;
    TERN_AS(tern_str, r)->nchars = (uint32_t)nch;
    TERN_UNROOT(vm);
    return r;
}

/* Bytes of the whitespace character at p (0 if it is not whitespace). */
static size_t ws_at(const char *p, size_t avail) {
    unsigned char c = (unsigned char)*p;
    size_t n;
    if (c < 0x80)
        return (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F)) ? 1 : 0;
    return uc_isspace(tern_utf8_decode(p, avail, &n)) ? n : 0;
}

/* Parse (sep=None, maxsplit=-1) for split/rsplit. */
static void split_args(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames,
                       tern_val *sep, tern_int *maxsplit) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i;
    *sep = TERN_NONE;
    *maxsplit = -1;
    if (npos > 3)
        tern_raise_type_error(vm, "%s() takes at most 2 arguments (%d given)", name, npos - 1);
    if (npos > 1)
        *sep = args[1];
    if (npos > 2)
        *maxsplit = tern_index_value(vm, args[2]);
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        if (tern_str_eq(k, TERN_N(sep)))
            *sep = args[npos + i];
        else if (tern_str_eq(k, TERN_N(maxsplit)))
            *maxsplit = tern_index_value(vm, args[npos + i]);
        else
            tern_raise_type_error(vm, "%s() got an unexpected keyword argument '%V'", name, k);
    }
    if (*sep != TERN_NONE) {
        if (!TERN_IS_STR(*sep))
            tern_raise_type_error(vm, "must be str or None, not %s", tern_type_name(*sep));
        if (SLEN(*sep) == 0)
            tern_raise_value_error(vm, "empty separator");
    }
}

static tern_val do_split(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int right) {
    tern_val sep, list = TERN_NULL;
    tern_int maxsplit;
    size_t len;
    TERN_ROOTS(vm);
    split_args(vm, right ? "rsplit" : "split", nargs, args, kwnames, &sep, &maxsplit);
    TERN_ROOT(vm, sep);
    TERN_ROOT(vm, list);
    list = new_list(vm);
    len = SLEN(SELF);
    if (sep == TERN_NONE) {
        if (!right) {
            size_t i = 0, w;
            while (i < len) {
                size_t st;
                while (i < len && (w = ws_at(SDATA(SELF) + i, len - i)) != 0)
                    i += w;
                if (i >= len)
                    break;
                if (maxsplit == 0) {
                    /* the rest, as is */
                    append_sub(vm, &list, args, i, len - i);
                    break;
                }
                st = i;
                while (i < len && ws_at(SDATA(SELF) + i, len - i) == 0) {
                    size_t n;
                    tern_utf8_decode(SDATA(SELF) + i, len - i, &n);
                    i += n;
                }
                append_sub(vm, &list, args, st, i - st);
                if (maxsplit > 0)
                    maxsplit--;
            }
        } else {
            size_t e = len;
            while (e > 0) {
                size_t st, b;
                /* skip whitespace backwards */
                for (;;) {
                    if (e == 0)
                        break;
                    b = e - 1;
                    while (b > 0 && ((unsigned char)SDATA(SELF)[b] & 0xC0) == 0x80)
                        b--;
                    if (!ws_at(SDATA(SELF) + b, len - b))
                        break;
                    e = b;
                }
                if (e == 0)
                    break;
                if (maxsplit == 0) {
                    append_sub(vm, &list, args, 0, e);
                    break;
                }
                st = e;
                for (;;) {
                    if (st == 0)
                        break;
                    b = st - 1;
                    while (b > 0 && ((unsigned char)SDATA(SELF)[b] & 0xC0) == 0x80)
                        b--;
                    if (ws_at(SDATA(SELF) + b, len - b))
                        break;
                    st = b;
                }
                append_sub(vm, &list, args, st, e - st);
                e = st;
                if (maxsplit > 0)
                    maxsplit--;
            }
        }
    } else {
        size_t sl = SLEN(sep);
        if (!right) {
            size_t i = 0;
            long f;
            while (maxsplit != 0 && (f = tern_bytes_find(SDATA(SELF), i, len, SDATA(sep), sl)) >= 0) {
                append_sub(vm, &list, args, i, (size_t)f - i);
                i = (size_t)f + sl;
                if (maxsplit > 0)
                    maxsplit--;
            }
            append_sub(vm, &list, args, i, len - i);
        } else {
            size_t e = len;
            while (maxsplit != 0 && e >= sl) {
                size_t j = e - sl + 1, found = (size_t)-1;
                while (j-- > 0) {
                    if (memcmp(SDATA(SELF) + j, SDATA(sep), sl) == 0) {
                        found = j;
                        break;
                    }
                }
                if (found == (size_t)-1)
                    break;
                append_sub(vm, &list, args, found + sl, e - found - sl);
                e = found;
                if (maxsplit > 0)
                    maxsplit--;
            }
            append_sub(vm, &list, args, 0, e);
        }
    }
    if (right) {
        /* collected from the right: reverse in place */
        size_t n = TERN_LIST_LEN(list), i;
        tern_val *it = n ? TERN_LIST_ITEMS(list) : NULL;
        for (i = 0; i < n / 2; i++) {
            tern_val t = it[i];
            it[i] = it[n - 1 - i];
            it[n - 1 - i] = t;
        }
    }
    TERN_UNROOT(vm);
    return list;
}

static tern_val str_split(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_split(vm, nargs, args, kwnames, 0);
}

static tern_val str_rsplit(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_split(vm, nargs, args, kwnames, 1);
}

/* Length of the line break at byte i (0 if none). */
static size_t linebreak_at(tern_val s, size_t i) {
    const unsigned char *p = (const unsigned char *)SDATA(s);
    size_t len = SLEN(s), n;
    uint32_t c;
    if (p[i] == '\r')
        return (i + 1 < len && p[i + 1] == '\n') ? 2 : 1;
    if (p[i] == '\n' || p[i] == 0x0B || p[i] == 0x0C || (p[i] >= 0x1C && p[i] <= 0x1E))
        return 1;
    if (p[i] < 0x80)
        return 0;
    c = tern_utf8_decode((const char *)p + i, len - i, &n);
    return (c == 0x85 || c == 0x2028 || c == 0x2029) ? n : 0;
}

static tern_val str_splitlines(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val list = TERN_NULL, ke;
    int keep = 0;
    size_t i = 0, st = 0, len;
    int nkw = TERN_NKW(kwnames);
    if (nargs - nkw > 2)
        tern_raise_type_error(vm, "splitlines() takes at most 1 argument (%d given)", nargs - nkw - 1);
    ke = nargs - nkw > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(keepends));
    if (ke != TERN_NULL)
        keep = tern_truthy(vm, ke);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, list);
    list = new_list(vm);
    len = SLEN(SELF);
    while (i < len) {
        size_t lb = linebreak_at(SELF, i);
        if (lb) {
            append_sub(vm, &list, args, st, i - st + (keep ? lb : 0));
            i += lb;
            st = i;
        } else {
            i++;
        }
    }
    if (st < len)
        append_sub(vm, &list, args, st, len - st);
    TERN_UNROOT(vm);
    return list;
}

static tern_val do_partition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int right) {
    tern_val t = TERN_NULL, sep, x;
    size_t len, sl;
    long f = -1;
    tern_method_args(vm, "str", right ? "rpartition" : "partition", nargs, kwnames, 2, 2);
    sep = need_str(vm, args[1], "argument");
    sl = SLEN(sep);
    if (sl == 0)
        tern_raise_value_error(vm, "empty separator");
    len = SLEN(SELF);
    if (!right) {
        f = tern_bytes_find(SDATA(SELF), 0, len, SDATA(sep), sl);
    } else if (len >= sl) {
        size_t j = len - sl + 1;
        while (j-- > 0)
            if (memcmp(SDATA(SELF) + j, SDATA(sep), sl) == 0) {
                f = (long)j;
                break;
            }
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, t);
    t = tern_tuple_new(vm, 3);
    if (f < 0) {
        TERN_TUPLE_ITEMS(t)[0] = right ? TERN_N(empty_str) : SELF;
        TERN_TUPLE_ITEMS(t)[1] = TERN_N(empty_str);
        TERN_TUPLE_ITEMS(t)[2] = right ? SELF : TERN_N(empty_str);
    } else {
        TERN_TUPLE_ITEMS(t)[0] = TERN_N(empty_str);
        TERN_TUPLE_ITEMS(t)[1] = args[1];
        TERN_TUPLE_ITEMS(t)[2] = TERN_N(empty_str);
        x = tern_str_sub(vm, SELF, 0, (size_t)f);
        TERN_TUPLE_ITEMS(t)[0] = x;
        x = tern_str_sub(vm, SELF, (size_t)f + sl, len - (size_t)f - sl);
        TERN_TUPLE_ITEMS(t)[2] = x;
    }
    TERN_UNROOT(vm);
    return t;
}

static tern_val str_partition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_partition(vm, nargs, args, kwnames, 0);
}

static tern_val str_rpartition(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_partition(vm, nargs, args, kwnames, 1);
}

/* ===================================================================
 * strip
 * =================================================================== */

/* Is code point c in str `chars`? */
static int in_chars(tern_val chars, uint32_t c) {
    size_t i = 0, n, len = SLEN(chars);
    while (i < len) {
        if (tern_utf8_decode(SDATA(chars) + i, len - i, &n) == c)
            return 1;
        i += n;
    }
    return 0;
}

static tern_val do_strip(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int left, int right) {
    tern_val chars = TERN_NONE;
    size_t st = 0, e, len = SLEN(SELF), n;
    tern_method_args(vm, "str", name, nargs, kwnames, 1, 2);
    if (nargs > 1 && args[1] != TERN_NONE) {
        chars = args[1];
        if (!TERN_IS_STR(chars))
            tern_raise_type_error(vm, "%s arg must be None or str", name);
    }
    e = len;
    if (left) {
        while (st < len) {
            uint32_t c = char_at(SELF, st, &n);
            if (chars == TERN_NONE ? !uc_isspace(c) : !in_chars(chars, c))
                break;
            st += n;
        }
    }
    if (right) {
        while (e > st) {
            size_t b = e - 1;
            uint32_t c;
            while (b > st && ((unsigned char)SDATA(SELF)[b] & 0xC0) == 0x80)
                b--;
            c = char_at(SELF, b, &n);
            if (chars == TERN_NONE ? !uc_isspace(c) : !in_chars(chars, c))
                break;
            e = b;
        }
    }
    return tern_str_sub(vm, SELF, st, e - st);
}

static tern_val str_strip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "strip", nargs, args, kwnames, 1, 1);
}

static tern_val str_lstrip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "lstrip", nargs, args, kwnames, 1, 0);
}

static tern_val str_rstrip(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_strip(vm, "rstrip", nargs, args, kwnames, 0, 1);
}

/* ===================================================================
 * Case
 * =================================================================== */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAP, CASE_FOLD };

/* Is the capital sigma at byte offset i of s in the Final_Sigma context:
 * preceded by a cased letter and not followed by one (case-ignorable
 * characters skipped on both sides)? Then it lowercases to U+03C2. */
static int final_sigma(tern_val s, size_t i, size_t n) {
    const char *p = SDATA(s);
    size_t len = SLEN(s), j = i, k;
    uint32_t c = 0;
    int found = 0;
    while (j > 0) {
        j--;
        while (j > 0 && ((unsigned char)p[j] & 0xC0) == 0x80)
            j--;
        c = tern_utf8_decode(p + j, len - j, &k);
        if (!uc_case_ignorable(c)) {
            found = 1;
            break;
        }
    }
    if (!found || !is_cased(c))
        return 0;
    for (j = i + n; j < len; j += k) {
        c = tern_utf8_decode(p + j, len - j, &k);
        if (!uc_case_ignorable(c))
            return !is_cased(c);
    }
    return 1;
}

static tern_val do_case(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int mode) {
    tern_strbuf b;
    tern_val r;
    size_t i = 0, len, n;
    int prev_cased = 0, first = 1;
    tern_method_args(vm, "str", name, nargs, kwnames, 1, 1);
    len = SLEN(SELF);
    if (IS_ASCII(SELF)) {
        char *p;
        r = tern_str_alloc(vm, len);
        p = TERN_STR_DATA(TERN_PTR(r));
        for (i = 0; i < len; i++) {
            char c = SDATA(SELF)[i];
            int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
            case CASE_UPPER: if (lo) c = (char)(c - 32); break;
            case CASE_LOWER: case CASE_FOLD: if (up) c = (char)(c + 32); break;
            case CASE_SWAP: if (lo) c = (char)(c - 32); else if (up) c = (char)(c + 32); break;
            case CASE_TITLE:
                if (prev_cased) { if (up) c = (char)(c + 32); }
                else if (lo) c = (char)(c - 32);
                prev_cased = up || lo;
                break;
            case CASE_CAP:
                if (first) { if (lo) c = (char)(c - 32); }
                else if (up) c = (char)(c + 32);
                first = 0;
                break;
            }
            p[i] = c;
        }
        tern_str_finish(r);
        return r;
    }
    TERN_ROOTS(vm);
    tern_strbuf_init(vm, &b, len);
    while (i < len) {
        uint32_t c = char_at(SELF, i, &n), out[3];
        int k, m = 1, kind = -1;
        switch (mode) {
        case CASE_UPPER: kind = UC_UPPER; break;
        case CASE_LOWER: kind = UC_LOWER; break;
        case CASE_FOLD: kind = UC_FOLD; break;
        case CASE_SWAP:
            if (uc_isupper(c))
                kind = UC_LOWER;
            else if (uc_islower(c))
                kind = UC_UPPER;
            break;
        case CASE_TITLE:
            kind = prev_cased ? UC_LOWER : UC_TITLE;
            prev_cased = is_cased(c);
            break;
        case CASE_CAP:
            kind = first ? UC_TITLE : UC_LOWER;
            first = 0;
            break;
        }
        if (kind == UC_LOWER && c == 0x3A3)
            out[0] = final_sigma(SELF, i, n) ? 0x3C2 : 0x3C3;
        else if (kind >= 0)
            m = uc_full(c, kind, out);
        else
            out[0] = c;
        for (k = 0; k < m; k++)
            tern_strbuf_add_cp(vm, &b, out[k]);
        i += n;
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

static tern_val str_upper(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "upper", nargs, args, kwnames, CASE_UPPER);
}
static tern_val str_lower(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "lower", nargs, args, kwnames, CASE_LOWER);
}
static tern_val str_swapcase(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "swapcase", nargs, args, kwnames, CASE_SWAP);
}
static tern_val str_title(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "title", nargs, args, kwnames, CASE_TITLE);
}
static tern_val str_capitalize(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "capitalize", nargs, args, kwnames, CASE_CAP);
}
static tern_val str_casefold(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_case(vm, "casefold", nargs, args, kwnames, CASE_FOLD);
}

/* ===================================================================
 * Predicates
 * =================================================================== */

enum { P_DIGIT, P_ALPHA, P_ALNUM, P_SPACE, P_NUMERIC, P_DECIMAL, P_PRINTABLE, P_ASCII };

static tern_val do_pred(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int pred) {
    size_t i = 0, n, len;
    tern_method_args(vm, "str", name, nargs, kwnames, 1, 1);
    len = SLEN(SELF);
    if (pred == P_ASCII)
        return TERN_BOOL(IS_ASCII(SELF));
    if (len == 0)
        return TERN_BOOL(pred == P_PRINTABLE);
    while (i < len) {
        uint32_t c = char_at(SELF, i, &n);
        int ok;
        switch (pred) {
        case P_DIGIT: ok = uc_isdigit(c); break;
        case P_ALPHA: ok = uc_isalpha(c); break;
        case P_ALNUM: ok = uc_isalnum(c); break;
        case P_SPACE: ok = uc_isspace(c); break;
        case P_NUMERIC: ok = uc_isnumeric(c); break;
        case P_DECIMAL: ok = uc_isdecimal(c); break;
        default: ok = tern_unicode_printable(c) || c == ' '; break;
        }
        if (!ok)
            return TERN_FALSE;
        i += n;
    }
    return TERN_TRUE;
}

#define PRED(fname, pname, p) \
    static tern_val fname(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return do_pred(vm, pname, nargs, args, kwnames, p); \
    }
PRED(str_isdigit, "isdigit", P_DIGIT)
PRED(str_isalpha, "isalpha", P_ALPHA)
PRED(str_isalnum, "isalnum", P_ALNUM)
PRED(str_isspace, "isspace", P_SPACE)
PRED(str_isnumeric, "isnumeric", P_NUMERIC)
PRED(str_isdecimal, "isdecimal", P_DECIMAL)
PRED(str_isprintable, "isprintable", P_PRINTABLE)
PRED(str_isascii, "isascii", P_ASCII)

static tern_val do_casepred(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int upper) {
    size_t i = 0, n, len;
    int cased = 0;
    tern_method_args(vm, "str", name, nargs, kwnames, 1, 1);
    len = SLEN(SELF);
    while (i < len) {
        uint32_t c = char_at(SELF, i, &n);
        if (uc_istitle(c) || (upper ? uc_islower(c) : uc_isupper(c)))
            return TERN_FALSE;
        if (upper ? uc_isupper(c) : uc_islower(c))
            cased = 1;
        i += n;
    }
    return TERN_BOOL(cased);
}

static tern_val str_isupper(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_casepred(vm, "isupper", nargs, args, kwnames, 1);
}

static tern_val str_islower(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_casepred(vm, "islower", nargs, args, kwnames, 0);
}

static tern_val str_istitle(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    size_t i = 0, n, len;
    int prev_cased = 0, cased = 0;
    tern_method_args(vm, "str", "istitle", nargs, kwnames, 1, 1);
    len = SLEN(SELF);
    while (i < len) {
        uint32_t c = char_at(SELF, i, &n);
        if (uc_isupper(c) || uc_istitle(c)) {
            if (prev_cased)
                return TERN_FALSE;
            prev_cased = cased = 1;
        } else if (uc_islower(c)) {
            if (!prev_cased)
                return TERN_FALSE;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
        i += n;
    }
    return TERN_BOOL(cased);
}

int tern_str_is_identifier(tern_val s) {
    size_t i = 0, n, len = SLEN(s);
    if (len == 0)
        return 0;
    while (i < len) {
        uint32_t c = char_at(s, i, &n);
        if (!(c == '_' || uc_isalpha(c) || (i > 0 && uc_isdecimal(c))))
            return 0;
        i += n;
    }
    return 1;
}

static tern_val str_isidentifier(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_method_args(vm, "str", "isidentifier", nargs, kwnames, 1, 1);
    return TERN_BOOL(tern_str_is_identifier(SELF));
}

/* ===================================================================
 * Searching
 * =================================================================== */

/* Find sub in self between character indices [start, end): byte offset
 * or -1. Converts the span to bytes. */
static long find_in(tern_val self, tern_val sub, tern_int start, tern_int end, int right, size_t *bs_out, size_t *be_out) {
    tern_int len = nchars_of(self);
    size_t bs, be, sl = SLEN(sub);
    if (start > len || start > end)
        return -2;  /* empty range past the end: no match even for '' */
    bs = tern_str_byte_offset(self, (size_t)start);
    be = tern_str_byte_offset(self, (size_t)end);
    if (bs_out) *bs_out = bs;
    if (be_out) *be_out = be;
    if (!right)
        return tern_bytes_find(SDATA(self), bs, be, SDATA(sub), sl);
    if (be - bs < sl)
        return -1;
    {
        size_t j = be - sl + 1;
        while (j-- > bs)
            if (memcmp(SDATA(self) + j, SDATA(sub), sl) == 0)
                return (long)j;
    }
    return -1;
}

static tern_val do_find(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int right, int raise) {
    tern_int start, end;
    long f;
    tern_method_args(vm, "str", name, nargs, kwnames, 2, 4);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "must be str, not %s", tern_type_name(args[1]));
    span_args(vm, nargs, args, 2, nchars_of(SELF), &start, &end);
    f = find_in(SELF, args[1], start, end, right, NULL, NULL);
    if (f < 0) {
        if (raise)
            tern_raise_value_error(vm, "substring not found");
        return TERN_SMALL(-1);
    }
    return TERN_SMALL(char_index(SELF, (size_t)f));
}

static tern_val str_find(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "find", nargs, args, kwnames, 0, 0);
}
static tern_val str_rfind(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "rfind", nargs, args, kwnames, 1, 0);
}
static tern_val str_index(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "index", nargs, args, kwnames, 0, 1);
}
static tern_val str_rindex(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_find(vm, "rindex", nargs, args, kwnames, 1, 1);
}

static tern_val str_count(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int start, end, c = 0;
    size_t bs, be, sl;
    long f;
    tern_method_args(vm, "str", "count", nargs, kwnames, 2, 4);
    if (!TERN_IS_STR(args[1]))
        tern_raise_type_error(vm, "must be str, not %s", tern_type_name(args[1]));
    span_args(vm, nargs, args, 2, nchars_of(SELF), &start, &end);
    if (start > nchars_of(SELF) || start > end)
        return TERN_SMALL(0);
    sl = SLEN(args[1]);
    if (sl == 0)
        return TERN_SMALL(end - start + 1);
    bs = tern_str_byte_offset(SELF, (size_t)start);
    be = tern_str_byte_offset(SELF, (size_t)end);
    while ((f = tern_bytes_find(SDATA(SELF), bs, be, SDATA(args[1]), sl)) >= 0) {
        c++;
        bs = (size_t)f + sl;
    }
    return TERN_SMALL(c);
}

static tern_val do_startsend(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int end_) {
    tern_int start, end;
    size_t bs, be, i, n;
    tern_val pre = args[1];
    tern_val *items;
    tern_method_args(vm, "str", name, nargs, kwnames, 2, 4);
    span_args(vm, nargs, args, 2, nchars_of(SELF), &start, &end);
    if (TERN_IS_TUPLE(pre)) {
        items = TERN_TUPLE_ITEMS(pre);
        n = TERN_TUPLE_LEN(pre);
    } else if (TERN_IS_STR(pre)) {
        items = &args[1];
        n = 1;
    } else {
        tern_raise_type_error(vm, "%s first arg must be str or a tuple of str, not %s", name, tern_type_name(pre));
    }
    if (start > nchars_of(SELF))
        return TERN_FALSE;
    bs = tern_str_byte_offset(SELF, (size_t)start);
    be = end < start ? bs : tern_str_byte_offset(SELF, (size_t)end);
    for (i = 0; i < n; i++) {
        tern_val p = items[i];
        size_t pl;
        if (!TERN_IS_STR(p))
            tern_raise_type_error(vm, "tuple for %s must only contain str, not %s", name, tern_type_name(p));
        pl = SLEN(p);
        if (end < start) {
            if (pl == 0 && end >= start)
                return TERN_TRUE;
            continue;
        }
        if (be - bs < pl)
            continue;
        if (memcmp(SDATA(SELF) + (end_ ? be - pl : bs), SDATA(p), pl) == 0)
            return TERN_TRUE;
    }
    return TERN_FALSE;
}

static tern_val str_startswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_startsend(vm, "startswith", nargs, args, kwnames, 0);
}

static tern_val str_endswith(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_startsend(vm, "endswith", nargs, args, kwnames, 1);
}

/* ===================================================================
 * replace, removeprefix/suffix, padding, expandtabs
 * =================================================================== */

static tern_val str_replace(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val old, nw, r;
    tern_int count = -1, k = 0;
    size_t len, ol, nl, total, i, o;
    long f;
    char *p;
    tern_method_args(vm, "str", "replace", nargs, kwnames, 3, 4);
    old = need_str(vm, args[1], "replace() argument 1");
    nw = need_str(vm, args[2], "replace() argument 2");
    if (nargs > 3)
        count = tern_index_value(vm, args[3]);
    len = SLEN(SELF);
    ol = SLEN(old);
    nl = SLEN(nw);
    /* count the matches (an empty `old` matches before every character and at the end) */
    if (ol == 0) {
        k = nchars_of(SELF) + 1;
    } else {
        i = 0;
        while ((f = tern_bytes_find(SDATA(SELF), i, len, SDATA(old), ol)) >= 0) {
            k++;
            i = (size_t)f + ol;
        }
    }
    if (count >= 0 && count < k)
        k = count;
    if (k == 0)
        return SELF;
    total = len + (size_t)k * nl - (size_t)k * ol;
    r = tern_str_alloc(vm, total);
    old = TERN_PROXY_VALUE(args[1]);
    nw = TERN_PROXY_VALUE(args[2]);
    p = TERN_STR_DATA(TERN_PTR(r));
    i = 0;
    o = 0;
    if (ol == 0) {
        tern_int j;
        for (j = 0; j < k; j++) {
            size_t n = 1;
            memcpy(p + o, SDATA(nw), nl);
            o += nl;
            if (i < len) {
                tern_utf8_decode(SDATA(SELF) + i, len - i, &n);
                memcpy(p + o, SDATA(SELF) + i, n);
                o += n;
                i += n;
            }
        }
    } else {
        tern_int j;
        for (j = 0; j < k; j++) {
            f = tern_bytes_find(SDATA(SELF), i, len, SDATA(old), ol);
            memcpy(p + o, SDATA(SELF) + i, (size_t)f - i);
            o += (size_t)f - i;
            memcpy(p + o, SDATA(nw), nl);
            o += nl;
            i = (size_t)f + ol;
        }
    }
    memcpy(p + o, SDATA(SELF) + i, len - i);
    tern_str_finish(r);
    return r;
}

static tern_val str_removeprefix(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val p;
    size_t pl;
    tern_method_args(vm, "str", "removeprefix", nargs, kwnames, 2, 2);
    p = need_str(vm, args[1], "removeprefix() argument");
    pl = SLEN(p);
    if (pl <= SLEN(SELF) && memcmp(SDATA(SELF), SDATA(p), pl) == 0)
        return tern_str_sub(vm, SELF, pl, SLEN(SELF) - pl);
    return SELF;
}

static tern_val str_removesuffix(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val p;
    size_t pl, len;
    tern_method_args(vm, "str", "removesuffix", nargs, kwnames, 2, 2);
    p = need_str(vm, args[1], "removesuffix() argument");
    pl = SLEN(p);
    len = SLEN(SELF);
    if (pl && pl <= len && memcmp(SDATA(SELF) + len - pl, SDATA(p), pl) == 0)
        return tern_str_sub(vm, SELF, 0, len - pl);
    return SELF;
}

/* self padded to `width` characters: `left` fill chars, then self, then
 * the rest. */
static tern_val pad(tern_vm *vm, tern_val *args, tern_int left, tern_int right, uint32_t fill) {
    char fb[4];
    size_t fl = tern_utf8_encode(fill, fb), len = SLEN(SELF), i;
    tern_val r = tern_str_alloc(vm, len + (size_t)(left + right) * fl);
    char *p = TERN_STR_DATA(TERN_PTR(r));
    for (i = 0; i < (size_t)left; i++, p += fl)
        memcpy(p, fb, fl);
    memcpy(p, SDATA(SELF), len);
    p += len;
    for (i = 0; i < (size_t)right; i++, p += fl)
        memcpy(p, fb, fl);
    tern_str_finish(r);
    return r;
}

static uint32_t fill_arg(tern_vm *vm, int nargs, tern_val *args, int i) {
    size_t n;
    if (nargs <= i)
        return ' ';
    if (!TERN_IS_STR(args[i]))
        tern_raise_type_error(vm, "The fill character must be a unicode character, not %s",
                              tern_type_name(args[i]));
    if (TERN_AS(tern_str, args[i])->nchars != 1)
        tern_raise_type_error(vm, "The fill character must be exactly one character long");
    return tern_utf8_decode(SDATA(args[i]), SLEN(args[i]), &n);
}

static tern_val do_just(tern_vm *vm, const char *name, int nargs, tern_val *args, tern_val kwnames, int mode) {
    tern_int width, n, padn, left;
    uint32_t fill;
    tern_method_args(vm, "str", name, nargs, kwnames, 2, 3);
    width = tern_index_value(vm, args[1]);
    fill = fill_arg(vm, nargs, args, 2);
    n = nchars_of(SELF);
    if (width <= n)
        return SELF;
    padn = width - n;
    if (mode == 0)
        left = 0;
    else if (mode == 1)
        left = padn;
    else
        left = padn / 2 + (padn & width & 1);
    return pad(vm, args, left, padn - left, fill);
}

static tern_val str_ljust(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "ljust", nargs, args, kwnames, 0);
}
static tern_val str_rjust(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "rjust", nargs, args, kwnames, 1);
}
static tern_val str_center(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    return do_just(vm, "center", nargs, args, kwnames, 2);
}

static tern_val str_zfill(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int width, n;
    tern_val r;
    char *p;
    tern_method_args(vm, "str", "zfill", nargs, kwnames, 2, 2);
    width = tern_index_value(vm, args[1]);
    n = nchars_of(SELF);
    if (width <= n)
        return SELF;
    r = pad(vm, args, width - n, 0, '0');
    p = TERN_STR_DATA(TERN_PTR(r));
    if (SLEN(SELF) && (SDATA(SELF)[0] == '+' || SDATA(SELF)[0] == '-')) {
        p[0] = SDATA(SELF)[0];
        p[width - n] = '0';
    }
    return r;
}

static tern_val str_expandtabs(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_strbuf b;
    tern_val r, ts;
    tern_int tab = 8, col = 0;
    size_t i, len, n;
    int nkw = TERN_NKW(kwnames);
    if (nargs - nkw > 2)
        tern_raise_type_error(vm, "expandtabs() takes at most 1 argument (%d given)", nargs - nkw - 1);
    ts = nargs - nkw > 1 ? args[1] : tern_kwarg(kwnames, nargs, args, TERN_N(tabsize));
    if (ts != TERN_NULL)
        tab = tern_index_value(vm, ts);
    len = SLEN(SELF);
    if (!memchr(SDATA(SELF), '\t', len))
        return SELF;
    TERN_ROOTS(vm);
    tern_strbuf_init(vm, &b, len + 16);
    for (i = 0; i < len; i += n) {
        char c = SDATA(SELF)[i];
        n = 1;
        if (c == '\t') {
            if (tab > 0) {
                tern_int k = tab - col % tab;
                col += k;
                while (k-- > 0)
                    tern_strbuf_add_char(vm, &b, ' ');
            }
        } else if (c == '\n' || c == '\r') {
            tern_strbuf_add_char(vm, &b, c);
            col = 0;
        } else {
            char tmp[4];
            tern_utf8_decode(SDATA(SELF) + i, len - i, &n);
            memcpy(tmp, SDATA(SELF) + i, n);
            tern_strbuf_add(vm, &b, tmp, n);
            col++;
        }
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * encode (codec.c), maketrans, translate
 * =================================================================== */

static tern_val str_encode(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    int nkw = TERN_NKW(kwnames), npos = nargs - nkw, i;
    tern_val enc, err;
    if (npos > 3)
        tern_raise_type_error(vm, "encode() takes at most 2 arguments (%d given)", npos - 1);
    enc = npos > 1 ? args[1] : TERN_NULL;
    err = npos > 2 ? args[2] : TERN_NULL;
    for (i = 0; i < nkw; i++) {
        tern_val k = TERN_TUPLE_ITEMS(kwnames)[i];
        if (tern_str_eq(k, TERN_N(encoding)) && npos < 2)
            enc = args[npos + i];
        else if (tern_str_eq(k, TERN_N(errors)) && npos < 3)
            err = args[npos + i];
        else if (tern_str_eq(k, TERN_N(encoding)) || tern_str_eq(k, TERN_N(errors)))
            tern_raise_type_error(vm, "argument for encode() given by name ('%V') and position (%d)", k,
                                  tern_str_eq(k, TERN_N(encoding)) ? 1 : 2);
        else
            tern_raise_type_error(vm, "'%V' is an invalid keyword argument for encode()", k);
    }
    return tern_str_encode(vm, SELF, enc, err);
}

/* str.maketrans(x[, y[, z]]): a static method. */
static tern_val str_maketrans(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_val d = TERN_NULL, k = TERN_NULL, v = TERN_NULL;
    int base = 0;
    size_t i, j, n, m, lx, ly;
    tern_check_args(vm, "maketrans", nargs, kwnames, 1, 3);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, d);
    TERN_ROOT(vm, k);
    TERN_ROOT(vm, v);
    d = tern_dict_new(vm, 8);
    if (nargs - base == 1) {
        tern_val src = args[base];
        size_t pos = 0;
        tern_val key, val;
        if (!TERN_IS_DICT(src))
            tern_raise_type_error(vm, "if you give only one argument to maketrans it must be a dict");
        while (tern_dict_next(args[base], &pos, &key, &val)) {
            k = key;
            v = val;
            if (TERN_IS_STR(k)) {
                if (TERN_AS(tern_str, k)->nchars != 1)
                    tern_raise_value_error(vm, "string keys in translate table must be of length 1");
                k = TERN_SMALL(tern_utf8_decode(SDATA(k), SLEN(k), &n));
            }
            tern_dict_set(vm, d, k, v);
        }
        TERN_UNROOT(vm);
        return d;
    }
    if (!TERN_IS_STR(args[base]) || !TERN_IS_STR(args[base + 1]))
        tern_raise_type_error(vm, "maketrans() arguments must be str");
    if (TERN_AS(tern_str, args[base])->nchars != TERN_AS(tern_str, args[base + 1])->nchars)
        tern_raise_value_error(vm, "the first two maketrans arguments must have equal length");
    lx = SLEN(args[base]);
    ly = SLEN(args[base + 1]);
    for (i = 0, j = 0; i < lx; i += n, j += m) {
        uint32_t a = tern_utf8_decode(SDATA(args[base]) + i, lx - i, &n);
        uint32_t b = tern_utf8_decode(SDATA(args[base + 1]) + j, ly - j, &m);
        tern_dict_set(vm, d, TERN_SMALL(a), TERN_SMALL(b));
    }
    if (nargs - base > 2) {
        tern_val z = args[base + 2];
        size_t lz;
        if (!TERN_IS_STR(z))
            tern_raise_type_error(vm, "maketrans() argument 3 must be str");
        lz = SLEN(z);
        for (i = 0; i < lz; i += n) {
            uint32_t a = tern_utf8_decode(SDATA(args[base + 2]) + i, lz - i, &n);
            tern_dict_set(vm, d, TERN_SMALL(a), TERN_NONE);
        }
    }
    TERN_UNROOT(vm);
    return d;
}

static tern_val str_translate(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_strbuf b;
    tern_val r, m;
    size_t i, n, len;
    tern_method_args(vm, "str", "translate", nargs, kwnames, 2, 2);
    if (!TERN_IS_DICT(args[1]))
        tern_raise_type_error(vm, "translate() table must be a dict");
    TERN_ROOTS(vm);
    len = SLEN(SELF);
    tern_strbuf_init(vm, &b, len);
    for (i = 0; i < len; i += n) {
        uint32_t c = char_at(SELF, i, &n);
        m = tern_dict_get(vm, args[1], TERN_SMALL(c));
        if (m == TERN_NULL) {
            tern_strbuf_add_cp(vm, &b, c);
        } else if (m == TERN_NONE) {
            /* deleted */
        } else if (TERN_IS_INT(m)) {
            tern_int v = tern_int_value(vm, m);
            if (v < 0 || v > 0x10FFFF)
                tern_raise_value_error(vm, "character mapping must be in range(0x110000)");
            tern_strbuf_add_cp(vm, &b, (uint32_t)v);
        } else if (TERN_IS_STR(m)) {
            tern_strbuf_add_str(vm, &b, m);
        } else {
            tern_raise_type_error(vm, "character mapping must return integer, None or str");
        }
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * The method objects (listed in obj_str.c via TERN_STR_METHODS)
 * =================================================================== */

TERN_CMETHOD_DEF(tern_strm_join, join, str_join);
TERN_CMETHOD_DEF(tern_strm_split, split, str_split);
TERN_CMETHOD_DEF(tern_strm_rsplit, rsplit, str_rsplit);
TERN_CMETHOD_DEF(tern_strm_splitlines, splitlines, str_splitlines);
TERN_CMETHOD_DEF(tern_strm_strip, strip, str_strip);
TERN_CMETHOD_DEF(tern_strm_lstrip, lstrip, str_lstrip);
TERN_CMETHOD_DEF(tern_strm_rstrip, rstrip, str_rstrip);
TERN_CMETHOD_DEF(tern_strm_upper, upper, str_upper);
TERN_CMETHOD_DEF(tern_strm_lower, lower, str_lower);
TERN_CMETHOD_DEF(tern_strm_capitalize, capitalize, str_capitalize);
TERN_CMETHOD_DEF(tern_strm_title, title, str_title);
TERN_CMETHOD_DEF(tern_strm_swapcase, swapcase, str_swapcase);
TERN_CMETHOD_DEF(tern_strm_casefold, casefold, str_casefold);
TERN_CMETHOD_DEF(tern_strm_replace, replace, str_replace);
TERN_CMETHOD_DEF(tern_strm_startswith, startswith, str_startswith);
TERN_CMETHOD_DEF(tern_strm_endswith, endswith, str_endswith);
TERN_CMETHOD_DEF(tern_strm_find, find, str_find);
TERN_CMETHOD_DEF(tern_strm_rfind, rfind, str_rfind);
TERN_CMETHOD_DEF(tern_strm_index, index, str_index);
TERN_CMETHOD_DEF(tern_strm_rindex, rindex, str_rindex);
TERN_CMETHOD_DEF(tern_strm_count, count, str_count);
TERN_CMETHOD_DEF(tern_strm_isdigit, isdigit, str_isdigit);
TERN_CMETHOD_DEF(tern_strm_isalpha, isalpha, str_isalpha);
TERN_CMETHOD_DEF(tern_strm_isalnum, isalnum, str_isalnum);
TERN_CMETHOD_DEF(tern_strm_isspace, isspace, str_isspace);
TERN_CMETHOD_DEF(tern_strm_isupper, isupper, str_isupper);
TERN_CMETHOD_DEF(tern_strm_islower, islower, str_islower);
TERN_CMETHOD_DEF(tern_strm_isidentifier, isidentifier, str_isidentifier);
TERN_CMETHOD_DEF(tern_strm_isnumeric, isnumeric, str_isnumeric);
TERN_CMETHOD_DEF(tern_strm_isdecimal, isdecimal, str_isdecimal);
TERN_CMETHOD_DEF(tern_strm_isprintable, isprintable, str_isprintable);
TERN_CMETHOD_DEF(tern_strm_istitle, istitle, str_istitle);
TERN_CMETHOD_DEF(tern_strm_isascii, isascii, str_isascii);
TERN_CMETHOD_DEF(tern_strm_center, center, str_center);
TERN_CMETHOD_DEF(tern_strm_ljust, ljust, str_ljust);
TERN_CMETHOD_DEF(tern_strm_rjust, rjust, str_rjust);
TERN_CMETHOD_DEF(tern_strm_zfill, zfill, str_zfill);
TERN_CMETHOD_DEF(tern_strm_partition, partition, str_partition);
TERN_CMETHOD_DEF(tern_strm_rpartition, rpartition, str_rpartition);
TERN_CMETHOD_DEF(tern_strm_expandtabs, expandtabs, str_expandtabs);
TERN_CMETHOD_DEF(tern_strm_encode, encode, str_encode);
TERN_CMETHOD_DEF(tern_strm_removeprefix, removeprefix, str_removeprefix);
TERN_CMETHOD_DEF(tern_strm_removesuffix, removesuffix, str_removesuffix);
TERN_CFUNC_DEF(tern_strm_maketrans, maketrans, str_maketrans);
TERN_CMETHOD_DEF(tern_strm_translate, translate, str_translate);
