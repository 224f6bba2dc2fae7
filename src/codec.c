/* SPDX-License-Identifier: MIT */
/*
 * codec.c — str.encode and bytes.decode: the codecs utf-8, ascii,
 * latin-1, utf-16 and utf-32 (with or without a byte order mark, -le and
 * -be), and the error handlers strict, ignore, replace, backslashreplace
 * and (encoding only) xmlcharrefreplace.
 *
 * A str is UTF-8 that may hold lone surrogates (as three-byte sequences);
 * encoders refuse them as CPython does. Error positions count characters
 * when encoding and bytes when decoding. Both directions collect their
 * output in a tern_strbuf; the input is read through its rooted value,
 * never through a pointer kept across an allocation.
 */
#include <stdio.h>
#include "runtime.h"
#include "containers.h"
#include "obj_num.h"
#include "obj_class.h"
#include "obj_bytes.h"

enum {
    C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE
};

/* Encoding names as CPython's normalize_encoding leaves them (lower case,
 * runs of other characters than letters, digits and '.' made one '_'),
 * with the aliases of the codecs above. */
static const struct { const char *name; int codec; } codec_names[] = {
    {"utf_8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8}, {"cp65001", C_UTF8},
    {"utf8_ucs2", C_UTF8}, {"utf8_ucs4", C_UTF8},
    {"ascii", C_ASCII}, {"us_ascii", C_ASCII}, {"646", C_ASCII}, {"us", C_ASCII}, {"cp367", C_ASCII},
    {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646_us", C_ASCII}, {"iso_ir_6", C_ASCII},
    {"ansi_x3.4_1968", C_ASCII}, {"ansi_x3_4_1968", C_ASCII}, {"ansi_x3.4_1986", C_ASCII},
    {"iso_646.irv_1991", C_ASCII},
    {"latin_1", C_LATIN1}, {"latin1", C_LATIN1}, {"latin", C_LATIN1}, {"l1", C_LATIN1},
    {"iso_8859_1", C_LATIN1}, {"iso8859_1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1},
    {"iso_ir_100", C_LATIN1}, {"csisolatin1", C_LATIN1}, {"ibm819", C_LATIN1}, {"iso_8859_1_1987", C_LATIN1},
    {"utf_16", C_UTF16}, {"utf16", C_UTF16}, {"u16", C_UTF16},
    {"utf_16_le", C_UTF16LE}, {"utf_16le", C_UTF16LE}, {"unicodelittleunmarked", C_UTF16LE},
    {"utf_16_be", C_UTF16BE}, {"utf_16be", C_UTF16BE}, {"unicodebigunmarked", C_UTF16BE},
    {"utf_32", C_UTF32}, {"utf32", C_UTF32}, {"u32", C_UTF32},
    {"utf_32_le", C_UTF32LE}, {"utf_32le", C_UTF32LE},
    {"utf_32_be", C_UTF32BE}, {"utf_32be", C_UTF32BE},
};

/* The names in messages; utf-16 and utf-32 decoding name the byte order
 * they found instead. */
static const char *const codec_display[] = {
    "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"
};

int tern_codec_of(tern_val enc) {
    char buf[32];
    size_t i, j = 0, len = TERN_STR_LEN(enc);
    int pending = 0;
    for (i = 0; i < len; i++) {
        char c = TERN_STR_CHARS(enc)[i];
        int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) {
            pending = j > 0;
            continue;
        }
        if (j + 2 >= sizeof buf)
            return -1;
        if (pending)
            buf[j++] = '_';
        pending = 0;
        buf[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[j] = 0;
    for (i = 0; i < sizeof codec_names / sizeof codec_names[0]; i++)
        if (!strcmp(buf, codec_names[i].name))
            return codec_names[i].codec;
    return -1;
}

enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLCHAR, EH_UNKNOWN };

/* Raise UnicodeEncodeError/UnicodeDecodeError(encoding, object, start,
 * end, reason), as CPython's codecs do (its str() is the message). */
TERN_NORETURN static void raise_codec_error(tern_vm *vm, const tern_type *t, const char *codec, tern_val obj,
                                            size_t start, size_t end, const char *why) {
    tern_val *s = tern_push(vm, obj), tmp;
    if (!TERN_IS_STR(obj) && !TERN_IS_KIND(obj, TERN_K_BYTES))
        s[0] = tern_bytes_copy_(vm, s[0]);
    tern_push(vm, tern_str_from_c(vm, codec));
    tmp = s[0];
    s[0] = s[1];
    s[1] = tmp;
    tern_push(vm, tern_int_from(vm, (tern_int)start));
    tern_push(vm, tern_int_from(vm, (tern_int)end));
    tern_push(vm, tern_str_from_c(vm, why));
    tern_raise(vm, tern_exc_new(vm, t, tern_tuple_from(vm, 5, s)));
}

static int handler_of(tern_val errors) {
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"};
    size_t i;
    if (errors == TERN_NULL)
        return EH_STRICT;
    errors = TERN_PROXY_VALUE(errors);
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (TERN_STR_LEN(errors) == strlen(names[i]) && !memcmp(TERN_STR_CHARS(errors), names[i], strlen(names[i])))
            return (int)i;
    return EH_UNKNOWN;
}

/* The codec of an encoding argument (type-checked for `fn`() messages). */
static int codec_arg(tern_vm *vm, const char *fn, tern_val encoding, tern_val errors) {
    int codec = C_UTF8;
    encoding = TERN_PROXY_VALUE(encoding);
    errors = TERN_PROXY_VALUE(errors);
    if (encoding != TERN_NULL) {
        if (!TERN_IS_STR(encoding))
            tern_raise_type_error(vm, "%s() argument 'encoding' must be str, not %s", fn, tern_type_name(encoding));
        codec = tern_codec_of(encoding);
        if (codec < 0)
            tern_raise_fmt(vm, &tern_type_LookupError, "unknown encoding: %V", encoding);
    }
    if (errors != TERN_NULL && !TERN_IS_STR(errors))
        tern_raise_type_error(vm, "%s() argument 'errors' must be str, not %s", fn, tern_type_name(errors));
    return codec;
}

/* The bytes collected in b as a new bytes object. */
static tern_val strbuf_bytes(tern_vm *vm, tern_strbuf *b) {
    tern_val r = tern_bytes_new(vm, NULL, b->len);
    if (b->len)
        memcpy(TERN_STR_DATA(TERN_PTR(r)), TERN_BLOB_DATA(TERN_PTR(b->blob)), b->len);
    return r;
}

/* ===================================================================
 * Encoding
 * =================================================================== */

static int encodable(int codec, uint32_t c) {
    switch (codec) {
    case C_ASCII: return c < 0x80;
    case C_LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

/* Append code point c (encodable) in codec's form. */
static void emit(tern_vm *vm, tern_strbuf *b, int codec, uint32_t c) {
    char u[8];
    size_t n = 0;
    switch (codec) {
    case C_UTF8:
        n = tern_utf8_encode(c, u);
        break;
    case C_ASCII: case C_LATIN1:
        u[n++] = (char)c;
        break;
    case C_UTF16: case C_UTF16LE: case C_UTF16BE: {
        uint32_t units[2];
        int k, nu = 1, be = codec == C_UTF16BE;
        units[0] = c;
        if (c > 0xFFFF) {
            units[0] = 0xD800 + ((c - 0x10000) >> 10);
            units[1] = 0xDC00 + ((c - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (k = 0; k < nu; k++) {
            u[n++] = (char)(be ? units[k] >> 8 : units[k] & 0xFF);
            u[n++] = (char)(be ? units[k] & 0xFF : units[k] >> 8);
        }
        break;
    }
    default: {
        int k, be = codec == C_UTF32BE;
        for (k = 0; k < 4; k++)
            u[n++] = (char)(c >> (8 * (be ? 3 - k : k)));
        break;
    }
    }
    tern_strbuf_add(vm, b, u, n);
}

static void emit_ascii(tern_vm *vm, tern_strbuf *b, int codec, const char *s) {
    while (*s)
        emit(vm, b, codec, (uint8_t)*s++);
}

/* s.encode(encoding, errors): s a str, the arguments type-checked here. */
tern_val tern_str_encode(tern_vm *vm, tern_val s, tern_val encoding, tern_val errors) {
    int codec = codec_arg(vm, "encode", encoding, errors), eh = -1;
    size_t i, n, len = TERN_STR_LEN(s), ci = 0;
    tern_strbuf b;
    tern_val r;
    if (codec == C_UTF8 || codec == C_ASCII || codec == C_LATIN1) {
        /* the common cases: nothing to convert */
        int plain = TERN_AS(tern_str, s)->nchars == len;
        if (!plain && codec == C_UTF8)
            plain = tern_utf8_valid((const uint8_t *)TERN_STR_CHARS(s), len);
        if (plain)
            return tern_bytes_new(vm, (const uint8_t *)TERN_STR_CHARS(s), len);
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, s);
    TERN_ROOT(vm, errors);
    tern_strbuf_init(vm, &b, len + 8);
    if (codec == C_UTF16)
        emit(vm, &b, codec, 0xFEFF);
    else if (codec == C_UTF32)
        emit(vm, &b, codec, 0xFEFF);
    for (i = 0; i < len;) {
        uint32_t c = tern_utf8_decode(TERN_STR_CHARS(s) + i, len - i, &n);
        size_t j, cj, m;
        if (encodable(codec, c)) {
            emit(vm, &b, codec, c);
            i += n;
            ci++;
            continue;
        }
        /* a run of characters the codec cannot take */
        for (j = i, cj = ci; j < len; j += m, cj++) {
            uint32_t d = tern_utf8_decode(TERN_STR_CHARS(s) + j, len - j, &m);
            if (encodable(codec, d))
                break;
        }
        if (eh < 0)
            eh = handler_of(errors);
        if (eh == EH_UNKNOWN)
            tern_raise_fmt(vm, &tern_type_LookupError, "unknown error handler name '%V'", errors);
        if (eh == EH_STRICT) {
            const char *why = codec == C_ASCII ? "ordinal not in range(128)"
                            : codec == C_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
            raise_codec_error(vm, &tern_type_UnicodeEncodeError, codec_display[codec], s, ci, cj, why);
        }
        for (; i < j; i += n, ci++) {
            char esc[16];
            c = tern_utf8_decode(TERN_STR_CHARS(s) + i, len - i, &n);
            if (eh == EH_REPLACE) {
                emit(vm, &b, codec, '?');
            } else if (eh == EH_BACKSLASH) {
                snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
                emit_ascii(vm, &b, codec, esc);
            } else if (eh == EH_XMLCHAR) {
                snprintf(esc, sizeof esc, "&#%u;", (unsigned)c);
                emit_ascii(vm, &b, codec, esc);
            }
        }
    }
    r = strbuf_bytes(vm, &b);
    TERN_UNROOT(vm);
    return r;
}

/* ===================================================================
 * Decoding
 * =================================================================== */

/* The UTF-8 sequence at s[i]: its length, or 0 with the length of the
 * maximal invalid prefix in *bad and the reason (as CPython reports). */
static size_t utf8_seq(const uint8_t *s, size_t i, size_t len, size_t *bad, const char **why) {
    size_t n, k;
    uint8_t c = s[i];
    if (c < 0x80)
        return 1;
    *bad = 1;
    if (c < 0xC2 || c > 0xF4) {
        *why = "invalid start byte";
        return 0;
    }
    n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (k = 1; k < n; k++) {
        uint8_t d;
        if (i + k >= len) {
            *bad = k;
            *why = "unexpected end of data";
            return 0;
        }
        d = s[i + k];
        if ((d & 0xC0) != 0x80 ||
            (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) ||
                        (c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90)))) {
            *bad = k;
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

/* A decoding error over bytes [start, end) of the input: raise, or add
 * what the handler puts instead. */
static void decode_error(tern_vm *vm, tern_strbuf *b, int *eh, tern_val errors, const char *codec,
                         tern_val bytes, size_t start, size_t end, const char *why) {
    size_t k;
    if (*eh < 0)
        *eh = handler_of(errors);
    switch (*eh) {
    case EH_UNKNOWN:
        tern_raise_fmt(vm, &tern_type_LookupError, "unknown error handler name '%V'", errors);
    case EH_STRICT:
        raise_codec_error(vm, &tern_type_UnicodeDecodeError, codec, bytes, start, end, why);
    case EH_XMLCHAR:
        tern_raise_type_error(vm, "don't know how to handle UnicodeDecodeError in error callback");
    case EH_REPLACE:
        tern_strbuf_add_cp(vm, b, 0xFFFD);
        break;
    case EH_BACKSLASH:
        for (k = start; k < end; k++) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)tern_bv_data(bytes)[k]);
            tern_strbuf_add(vm, b, esc, 4);
        }
        break;
    default:
        break;
    }
}

/* utf-16 and utf-32 (unit 2 or 4 bytes): a byte order mark decides the
 * order for C_UTF16/C_UTF32 (and is dropped); little-endian without one. */
static void decode_utf16_32(tern_vm *vm, tern_strbuf *b, int codec, tern_val bytes, tern_val errors, int *eh) {
    size_t i = 0, len = tern_bv_len(bytes), unit = codec >= C_UTF32 ? 4 : 2;
    int be = codec == C_UTF16BE || codec == C_UTF32BE;
    const char *name;
    if (codec == C_UTF16 && len >= 2) {
        const uint8_t *d = tern_bv_data(bytes);
        if ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)) {
            be = d[0] == 0xFE;
            i = 2;
        }
    } else if (codec == C_UTF32 && len >= 4) {
        const uint8_t *d = tern_bv_data(bytes);
        if ((d[0] == 0xFF && d[1] == 0xFE && !d[2] && !d[3]) || (!d[0] && !d[1] && d[2] == 0xFE && d[3] == 0xFF)) {
            be = d[0] == 0;
            i = 4;
        }
    }
    name = unit == 2 ? (be ? "utf-16-be" : "utf-16-le") : (be ? "utf-32-be" : "utf-32-le");
    while (i < len) {
        const uint8_t *d = tern_bv_data(bytes) + i;
        uint32_t c;
        if (len - i < unit) {
            decode_error(vm, b, eh, errors, name, bytes, i, len, "truncated data");
            break;
        }
        if (unit == 4) {
            c = be ? ((uint32_t)d[0] << 24 | (uint32_t)d[1] << 16 | (uint32_t)d[2] << 8 | d[3])
                   : ((uint32_t)d[3] << 24 | (uint32_t)d[2] << 16 | (uint32_t)d[1] << 8 | d[0]);
            if (c > 0x10FFFF)
                decode_error(vm, b, eh, errors, name, bytes, i, i + 4, "code point not in range(0x110000)");
            else if (c >= 0xD800 && c < 0xE000)
                decode_error(vm, b, eh, errors, name, bytes, i, i + 4,
                             "code point in surrogate code point range(0xd800, 0xe000)");
            else
                tern_strbuf_add_cp(vm, b, c);
            i += 4;
            continue;
        }
        c = be ? ((uint32_t)d[0] << 8 | d[1]) : ((uint32_t)d[1] << 8 | d[0]);
        if (c < 0xD800 || c > 0xDFFF) {
            tern_strbuf_add_cp(vm, b, c);
            i += 2;
        } else if (c >= 0xDC00) {
            decode_error(vm, b, eh, errors, name, bytes, i, i + 2, "illegal encoding");
            i += 2;
        } else if (len - i < 4) {
            decode_error(vm, b, eh, errors, name, bytes, i, len, "unexpected end of data");
            break;
        } else {
            uint32_t lo = be ? ((uint32_t)d[2] << 8 | d[3]) : ((uint32_t)d[3] << 8 | d[2]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                tern_strbuf_add_cp(vm, b, 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
                i += 4;
            } else {
                decode_error(vm, b, eh, errors, name, bytes, i, i + 2, "illegal UTF-16 surrogate");
                i += 2;
            }
        }
    }
}

/* bytes.decode(encoding, errors) for a bytes-like value. */
tern_val tern_str_decode(tern_vm *vm, tern_val bytes, tern_val encoding, tern_val errors) {
    int codec = codec_arg(vm, "decode", encoding, errors), eh = -1;
    size_t i, len = tern_bv_len(bytes);
    tern_strbuf b;
    tern_val r;
    if (codec == C_UTF8 || codec == C_ASCII || codec == C_LATIN1) {
        int ascii = 1;
        for (i = 0; i < len && ascii; i++)
            ascii = tern_bv_data(bytes)[i] < 0x80;
        if (ascii || (codec == C_UTF8 && tern_utf8_valid(tern_bv_data(bytes), len)))
            return tern_str_new(vm, (const char *)tern_bv_data(bytes), len);
    }
    TERN_ROOTS(vm);
    TERN_ROOT(vm, bytes);
    TERN_ROOT(vm, errors);
    tern_strbuf_init(vm, &b, len + 8);
    if (codec >= C_UTF16) {
        decode_utf16_32(vm, &b, codec, bytes, errors, &eh);
    } else {
        i = 0;
        while (i < len) {
            uint8_t c = tern_bv_data(bytes)[i];
            if (c < 0x80 || codec == C_LATIN1) {
                tern_strbuf_add_cp(vm, &b, c);
                i++;
            } else if (codec == C_ASCII) {
                decode_error(vm, &b, &eh, errors, "ascii", bytes, i, i + 1, "ordinal not in range(128)");
                i++;
            } else {
                const char *why = "";
                size_t bad = 1, n = utf8_seq(tern_bv_data(bytes), i, len, &bad, &why);
                if (n) {
                    char tmp[4];
                    memcpy(tmp, tern_bv_data(bytes) + i, n);
                    tern_strbuf_add(vm, &b, tmp, n);
                    i += n;
                } else {
                    decode_error(vm, &b, &eh, errors, "utf-8", bytes, i, i + bad, why);
                    i += bad;
                }
            }
        }
    }
    r = tern_strbuf_finish(vm, &b);
    TERN_UNROOT(vm);
    return r;
}
