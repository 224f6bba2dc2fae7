/* SPDX-License-Identifier: MIT */
/*
 * mod_hashlib.c — the hashlib module: md5, sha1, sha224, sha256, sha384
 * and sha512 (RFC 1321, FIPS 180-4), as hash objects with update, digest,
 * hexdigest, copy, name, digest_size and block_size, and hashlib.new().
 *
 * A hash object is a native object (TERN_K_OBJECT whose class is the ROM
 * HASH type) holding the whole state as raw data, so it needs no other
 * allocation and moves freely with the collector.
 */
#include <stdio.h>
#include <string.h>
#include "runtime.h"
#include "obj_class.h"
#include "obj_bytes.h"

enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512 };

typedef struct hash_info {
    const char *name;
    unsigned digest_size, block_size;
} hash_info;

static const hash_info infos[] = {
    { "md5", 16, 64 }, { "sha1", 20, 64 }, { "sha224", 28, 64 },
    { "sha256", 32, 64 }, { "sha384", 48, 128 }, { "sha512", 64, 128 }
};

typedef struct hash_state {
    tern_hdr hdr;
    tern_val cls;
    uint32_t algo;
    uint32_t buffered;          /* bytes waiting in buf */
    uint64_t total;             /* bytes hashed so far */
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } h;
    uint8_t buf[128];
} hash_state;

extern const tern_type tern_type_hash;

#define HASH(v) TERN_AS(hash_state, v)

/* ------------------------------------------------------------------ */
/* The compression functions                                           */
/* ------------------------------------------------------------------ */

static uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
static uint64_t ror64(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static uint64_t be64(const uint8_t *p) {
    return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static void md5_block(uint32_t *h, const uint8_t *p) {
    static const uint32_t k[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
    };
    static const uint8_t r[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };
    uint32_t m[16], a = h[0], b = h[1], c = h[2], d = h[3];
    int i;
    for (i = 0; i < 16; i++)
        m[i] = le32(p + 4 * i);
    for (i = 0; i < 64; i++) {
        uint32_t f, t;
        int g, round = i / 16;
        if (round == 0) { f = (b & c) | (~b & d); g = i; }
        else if (round == 1) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (round == 2) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
        else { f = c ^ (b | ~d); g = (7 * i) % 16; }
        t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + k[i] + m[g], r[round * 4 + i % 4]);
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    int i;
    for (i = 0; i < 16; i++)
        w[i] = be32(p + 4 * i);
    for (; i < 80; i++)
        w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    for (i = 0; i < 80; i++) {
        uint32_t f, k, t;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
        else { f = b ^ c ^ d; k = 0xca62c1d6; }
        t = rol32(a, 5) + f + e + k + w[i];
        e = d; d = c; c = rol32(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void sha256_block(uint32_t *h, const uint8_t *p) {
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    };
    uint32_t w[64], s[8];
    int i;
    for (i = 0; i < 16; i++)
        w[i] = be32(p + 4 * i);
    for (; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(s, h, sizeof s);
    for (i = 0; i < 64; i++) {
        uint32_t S1 = ror32(s[4], 6) ^ ror32(s[4], 11) ^ ror32(s[4], 25);
        uint32_t ch = (s[4] & s[5]) ^ (~s[4] & s[6]);
        uint32_t t1 = s[7] + S1 + ch + k[i] + w[i];
        uint32_t S0 = ror32(s[0], 2) ^ ror32(s[0], 13) ^ ror32(s[0], 22);
        uint32_t maj = (s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]);
        uint32_t t2 = S0 + maj;
        s[7] = s[6]; s[6] = s[5]; s[5] = s[4]; s[4] = s[3] + t1;
        s[3] = s[2]; s[2] = s[1]; s[1] = s[0]; s[0] = t1 + t2;
    }
    for (i = 0; i < 8; i++)
        h[i] += s[i];
}

static void sha512_block(uint64_t *h, const uint8_t *p) {
    static const uint64_t k[80] = {
        0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
        0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
        0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
        0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
        0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
        0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
        0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
        0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
        0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
        0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
        0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
        0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
        0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
        0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
        0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
        0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
        0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
        0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
        0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
        0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL
    };
    uint64_t w[80], s[8];
    int i;
    for (i = 0; i < 16; i++)
        w[i] = be64(p + 8 * i);
    for (; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(s, h, sizeof s);
    for (i = 0; i < 80; i++) {
        uint64_t S1 = ror64(s[4], 14) ^ ror64(s[4], 18) ^ ror64(s[4], 41);
        uint64_t ch = (s[4] & s[5]) ^ (~s[4] & s[6]);
        uint64_t t1 = s[7] + S1 + ch + k[i] + w[i];
        uint64_t S0 = ror64(s[0], 28) ^ ror64(s[0], 34) ^ ror64(s[0], 39);
        uint64_t maj = (s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]);
        uint64_t t2 = S0 + maj;
        s[7] = s[6]; s[6] = s[5]; s[5] = s[4]; s[4] = s[3] + t1;
        s[3] = s[2]; s[2] = s[1]; s[1] = s[0]; s[0] = t1 + t2;
    }
    for (i = 0; i < 8; i++)
        h[i] += s[i];
}

static void compress(hash_state *x, const uint8_t *block) {
    switch (x->algo) {
    case H_MD5: md5_block(x->h.w32, block); break;
    case H_SHA1: sha1_block(x->h.w32, block); break;
    case H_SHA224: case H_SHA256: sha256_block(x->h.w32, block); break;
    default: sha512_block(x->h.w64, block); break;
    }
}

static void hash_init(hash_state *x, unsigned algo) {
    static const uint32_t iv_md5[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    static const uint32_t iv_sha1[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
    static const uint32_t iv_224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                        0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
    static const uint32_t iv_256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    static const uint64_t iv_384[8] = { 0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                        0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                        0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL };
    static const uint64_t iv_512[8] = { 0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                        0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                        0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL };
    x->algo = algo;
    x->buffered = 0;
    x->total = 0;
    switch (algo) {
    case H_MD5: memcpy(x->h.w32, iv_md5, sizeof iv_md5); break;
    case H_SHA1: memcpy(x->h.w32, iv_sha1, sizeof iv_sha1); break;
    case H_SHA224: memcpy(x->h.w32, iv_224, sizeof iv_224); break;
    case H_SHA256: memcpy(x->h.w32, iv_256, sizeof iv_256); break;
    case H_SHA384: memcpy(x->h.w64, iv_384, sizeof iv_384); break;
    default: memcpy(x->h.w64, iv_512, sizeof iv_512); break;
    }
}

static void hash_update(hash_state *x, const uint8_t *p, size_t n) {
    size_t bs = infos[x->algo].block_size;
    x->total += n;
    while (n > 0) {
        size_t take = bs - x->buffered;
        if (take > n)
            take = n;
        memcpy(x->buf + x->buffered, p, take);
        x->buffered += (uint32_t)take;
        p += take;
        n -= take;
        if (x->buffered == bs) {
            compress(x, x->buf);
            x->buffered = 0;
        }
    }
}

/* Finish a copy of the state (the object can go on being updated). */
static size_t hash_final(const hash_state *orig, uint8_t *out) {
    hash_state x = *orig;
    size_t bs = infos[x.algo].block_size, lenbytes = bs == 128 ? 16 : 8, i;
    uint64_t bits = x.total * 8;
    uint8_t pad[128 + 16];
    size_t padlen = bs - (x.buffered + lenbytes) % bs;
    if (padlen == 0)
        padlen = bs;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (i = 0; i < 8; i++) {
        /* the length: little-endian for md5, big-endian (in the last 8 of
         * the 8 or 16 length bytes) for the shas */
        if (x.algo == H_MD5)
            pad[padlen + i] = (uint8_t)(bits >> (8 * i));
        else
            pad[padlen + lenbytes - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    {
        uint64_t keep = x.total;
        hash_update(&x, pad, padlen + lenbytes);
        x.total = keep;
    }
    for (i = 0; i < infos[x.algo].digest_size; i++) {
        if (x.algo == H_MD5)
            out[i] = (uint8_t)(x.h.w32[i / 4] >> (8 * (i % 4)));
        else if (x.algo >= H_SHA384)
            out[i] = (uint8_t)(x.h.w64[i / 8] >> (56 - 8 * (i % 8)));
        else
            out[i] = (uint8_t)(x.h.w32[i / 4] >> (24 - 8 * (i % 4)));
    }
    return infos[x.algo].digest_size;
}

/* ------------------------------------------------------------------ */
/* The Python side                                                     */
/* ------------------------------------------------------------------ */

static void feed(tern_vm *vm, tern_val self, tern_val data) {
    if (TERN_IS_STR(data))
        tern_raise_type_error(vm, "Strings must be encoded before hashing");
    if (!TERN_IS_BYTESLIKE(data))
        tern_raise_type_error(vm, "object supporting the buffer API required");
    hash_update(HASH(self), tern_bv_data(data), tern_bv_len(data));
}

static tern_val hash_new(tern_vm *vm, unsigned algo, tern_val data) {
    tern_val *s = tern_push(vm, data), r;
    hash_state *x = (hash_state *)tern_alloc(vm, TERN_K_OBJECT, sizeof(hash_state));
    x->cls = TERN_VAL(&tern_type_hash);
    hash_init(x, algo);
    r = TERN_VAL(x);
    if (s[0] && s[0] != TERN_NONE)
        feed(vm, r, s[0]);
    tern_popn(vm, 1);
    return r;
}

/* The data argument (positional or `string=`/`data=`), or NULL. */
static tern_val data_arg(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames, int first) {
    int npos = nargs - (kwnames ? (int)TERN_TUPLE_LEN(kwnames) : 0), i;
    if (npos > first)
        return args[first];
    for (i = 0; kwnames && i < (int)TERN_TUPLE_LEN(kwnames); i++) {
        const char *k = TERN_STR_CHARS(TERN_TUPLE_ITEMS(kwnames)[i]);
        if (strcmp(k, "string") == 0 || strcmp(k, "data") == 0)
            return args[npos + i];
        if (strcmp(k, "usedforsecurity") != 0)
            tern_raise_type_error(vm, "'%s' is an invalid keyword argument for this function", k);
    }
    return TERN_NULL;
}

#define CONSTRUCTOR(fname, algo) \
    static tern_val fname##_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) { \
        return hash_new(vm, algo, data_arg(vm, nargs, args, kwnames, 0)); \
    }
CONSTRUCTOR(md5, H_MD5)
CONSTRUCTOR(sha1, H_SHA1)
CONSTRUCTOR(sha224, H_SHA224)
CONSTRUCTOR(sha256, H_SHA256)
CONSTRUCTOR(sha384, H_SHA384)
CONSTRUCTOR(sha512, H_SHA512)

static tern_val new_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    unsigned i;
    char low[16];
    const char *name;
    size_t k;
    if (nargs < 1 || !TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "new() argument 'name' must be str");
    name = TERN_STR_CHARS(args[0]);
    for (k = 0; name[k] && k < sizeof low - 1; k++)
        low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
    low[k] = 0;
    for (i = 0; i < sizeof infos / sizeof infos[0]; i++)
        if (strcmp(infos[i].name, low) == 0 && !name[k])
            return hash_new(vm, i, data_arg(vm, nargs, args, kwnames, 1));
    tern_raise_value_error(vm, "unsupported hash type %s", name);
}

static tern_val update_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_check_args(vm, "update", nargs, kwnames, 2, 2);
    feed(vm, args[0], args[1]);
    return TERN_NONE;
}

static tern_val digest_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    uint8_t out[64];
    size_t n;
    tern_check_args(vm, "digest", nargs, kwnames, 1, 1);
    n = hash_final(HASH(args[0]), out);
    return tern_bytes_new(vm, out, n);
}

static tern_val hexdigest_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    static const char hex[] = "0123456789abcdef";
    uint8_t out[64];
    char text[128];
    size_t n, i;
    tern_check_args(vm, "hexdigest", nargs, kwnames, 1, 1);
    n = hash_final(HASH(args[0]), out);
    for (i = 0; i < n; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return tern_str_new(vm, text, 2 * n);
}

static tern_val copy_fn(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    hash_state *x;
    tern_check_args(vm, "copy", nargs, kwnames, 1, 1);
    x = (hash_state *)tern_alloc(vm, TERN_K_OBJECT, sizeof(hash_state));
    memcpy(x, HASH(args[0]), sizeof *x);        /* args are rooted: re-read after alloc */
    return TERN_VAL(x);
}

static tern_val hash_getattr(tern_vm *vm, tern_val self, tern_val name) {
    const hash_info *in = &infos[HASH(self)->algo];
    const char *n = TERN_STR_CHARS(name);
    if (strcmp(n, "name") == 0)
        return tern_str_from_c(vm, in->name);
    if (strcmp(n, "digest_size") == 0)
        return TERN_SMALL(in->digest_size);
    if (strcmp(n, "block_size") == 0)
        return TERN_SMALL(in->block_size);
    return TERN_NULL;
}

static tern_val hash_repr(tern_vm *vm, tern_val self) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p", TERN_PTR(self));
    return tern_str_fmt(vm, "<%s _hashlib.HASH object @ %s>", infos[HASH(self)->algo].name, addr);
}

static TERN_CMETHOD_DEF(update_obj, update, update_fn);
static TERN_CMETHOD_DEF(digest_obj, digest, digest_fn);
static TERN_CMETHOD_DEF(hexdigest_obj, hexdigest, hexdigest_fn);
static TERN_CMETHOD_DEF(copy_obj, copy, copy_fn);

static const tern_attr hash_attrs[] = {
    { TERN_NSTR(update), &update_obj },
    { TERN_NSTR(digest), &digest_obj },
    { TERN_NSTR(hexdigest), &hexdigest_obj },
    { TERN_NSTR(copy), &copy_obj },
};

const tern_type tern_type_hash = {
    TERN_HDR_ROM(TERN_K_TYPE),
    TERN_NSTR(HASH), TERN_NULL, TERN_NULL, TERN_NULL, TERN_NULL,
    &tern_type_object, hash_attrs, sizeof hash_attrs / sizeof hash_attrs[0],
    TERN_K_OBJECT, 0, 0,
    NULL, hash_repr,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL,   /* str hash compare binop unop truth len */
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, hash_getattr, NULL                    /* call getattr setattr */
};

static TERN_CFUNC_DEF(md5_obj, md5, md5_fn);
static TERN_CFUNC_DEF(sha1_obj, sha1, sha1_fn);
static TERN_CFUNC_DEF(sha224_obj, sha224, sha224_fn);
static TERN_CFUNC_DEF(sha256_obj, sha256, sha256_fn);
static TERN_CFUNC_DEF(sha384_obj, sha384, sha384_fn);
static TERN_CFUNC_DEF(sha512_obj, sha512, sha512_fn);
static TERN_CFUNC_DEF(new_obj, new, new_fn);

static const tern_attr hashlib_funcs[] = {
    { TERN_NSTR(md5), &md5_obj },
    { TERN_NSTR(sha1), &sha1_obj },
    { TERN_NSTR(sha224), &sha224_obj },
    { TERN_NSTR(sha256), &sha256_obj },
    { TERN_NSTR(sha384), &sha384_obj },
    { TERN_NSTR(sha512), &sha512_obj },
    { TERN_NSTR(new), &new_obj },
};

tern_val tern_mod_hashlib_init(tern_vm *vm) {
    tern_val *m = tern_push(vm, tern_module_new(vm, TERN_N(hashlib))), r, names, k;
    size_t i;
    for (i = 0; i < TERN_NATTRS(hashlib_funcs); i++)
        tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, TERN_VAL(hashlib_funcs[i].name),
                      TERN_VAL(hashlib_funcs[i].value));
    names = tern_tuple_new(vm, 6);
    tern_push(vm, names);
    for (i = 0; i < 6; i++) {
        tern_val s = tern_str_from_c(vm, infos[i].name);
        TERN_TUPLE_ITEMS(m[1])[i] = s;
    }
    /* the names first: their allocation moves the module and m[1], which
     * must be read after it (not as sibling arguments of the call) */
    k = tern_intern(vm, "algorithms_guaranteed", 21);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, k, m[1]);
    k = tern_intern(vm, "algorithms_available", 20);
    tern_dict_set(vm, TERN_AS(tern_module, *m)->dict, k, m[1]);
    r = *m;
    tern_popn(vm, 2);
    return r;
}
