/* SPDX-License-Identifier: MIT */
/*
 * bytecode.c — precompiled bytecode (docs/bytecode.md): tern_compile_bytecode,
 * tern_run_bytecode and tern_run_file. A program compiled to bytecode prints
 * what its source prints, also under a budget; compiling is deterministic;
 * a SyntaxError is reported, not serialized. Damaged input never crashes:
 * the file cut at every length, every byte flipped, a wrong version or
 * magic are each refused with ValueError("bad bytecode: ..."), and so is
 * the body cut at every length with its length and checksum made right
 * again (the structural checks alone). tern_run_file runs a source and
 * a bytecode file through the loader callbacks. Uses only tern.h.
 *
 * Prints one line per check and ends with "N passed, N failed"; exits 1 if
 * any check failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (512 * 1024)

typedef struct capture {
    char text[16384];
    size_t len;
} capture;

static void capture_write(void *ud, int fd, const char *data, size_t len)
{
    capture *c = (capture *)ud;
    (void)fd;
    if (len > sizeof c->text - 1 - c->len)
        len = sizeof c->text - 1 - c->len;
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

static void capture_reset(capture *c)
{
    c->len = 0;
    c->text[0] = '\0';
}

/* The loader callbacks: whole files from stdio, released with free. */
static const char *file_load(void *ud, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    (void)ud;
    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    buf = (char *)malloc((size_t)n + 1);
    if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static int releases;

static void file_release(void *ud, const char *buf)
{
    (void)ud;
    releases++;
    free((void *)buf);
}

static tern_vm *open_vm(void *heap, capture *out)
{
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = heap;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture_write;
    cfg.load = file_load;
    cfg.release = file_release;
    cfg.user_data = out;
    return tern_open(&cfg);
}

/* A little of everything the compiler puts into constants: big and small
 * ints (also around the 32-bit and 64-bit small-int limits), floats,
 * complex, str (with a lone surrogate) and bytes, tuples, nested code with
 * defaults, keyword arguments, closures, a class, a generator, exceptions
 * (try/except/finally, except*), with, match, f-strings, imports. */
static const char program[] =
    "import math\n"
    "from math import sqrt as root\n"
    "ints = [0, 1, -1, 2**30 - 1, 2**30, -2**30 - 1, 2**62 - 1, 2**62, -2**62 - 1,\n"
    "        2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**40, -10**40]\n"
    "print(ints)\n"
    "print(1.5, -0.0, 1e300, float('inf'), 2j, 1.5-3j, 'caf\\u00e9', len('\\ud800'), ascii('\\ud800'))\n"
    "print(b'\\x00\\xff', (1, ('a', None, ...), True, False), root(16.0), math.pi)\n"
    "def f(a, b=3, *args, c, d=4, **kw):\n"
    "    'docstring'\n"
    "    def inner(x):\n"
    "        return x + a\n"
    "    return inner(b) + c + d + len(args) + len(kw)\n"
    "print(f(1, c=2), f(1, 2, 3, c=4, e=5), f.__doc__, f.__name__, f.__qualname__)\n"
    "class P:\n"
    "    'a class'\n"
    "    def __init__(self, x):\n"
    "        self.x = x * 2\n"
    "    def __repr__(self):\n"
    "        return f'P({self.x!r:>3})'\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "print([P(i) for i in range(3)], sum(gen(10)), {k: v for k, v in zip('ab', gen(2))})\n"
    "try:\n"
    "    try:\n"
    "        1 / 0\n"
    "    finally:\n"
    "        print('finally')\n"
    "except ZeroDivisionError as e:\n"
    "    print('caught', e)\n"
    "try:\n"
    "    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n"
    "except* ValueError as g:\n"
    "    print('star', len(g.exceptions))\n"
    "except* TypeError:\n"
    "    print('star type')\n"
    "for v in [1, [1, 2], {'k': 3}, P(1), 'x']:\n"
    "    match v:\n"
    "        case 1: print('one')\n"
    "        case [a, b]: print('pair', a, b)\n"
    "        case {'k': k}: print('map', k)\n"
    "        case P(x=x): print('P', x)\n"
    "        case _: print('other')\n"
    "print(__name__)\n";

/* The program's bytecode, compiled in `vm` (malloc'ed copy, *n bytes). */
static unsigned char *compile_copy(tern_vm *vm, const char *src, size_t *n)
{
    const void *data;
    unsigned char *copy;
    if (tern_ensure_slots(vm, 1) != TERN_OK ||
        tern_compile_bytecode(vm, src, strlen(src), "prog.py", 0) != TERN_OK ||
        tern_get_bytes(vm, 0, &data, n) != TERN_OK)
        return NULL;
    copy = (unsigned char *)malloc(*n);
    if (copy != NULL)
        memcpy(copy, data, *n);
    return copy;
}

/* CRC-32 (IEEE), to make a damaged body's checksum right again. */
static unsigned long crc32_of(const unsigned char *p, size_t n)
{
    unsigned long c = 0xFFFFFFFFul;
    size_t i;
    int k;
    for (i = 0; i < n; i++) {
        c ^= p[i];
        for (k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320ul & (0ul - (c & 1)));
    }
    return c ^ 0xFFFFFFFFul;
}

static void fix_crc(unsigned char *b, size_t n)
{
    unsigned long c = crc32_of(b + 16, n - 16);
    b[12] = (unsigned char)c;
    b[13] = (unsigned char)(c >> 8);
    b[14] = (unsigned char)(c >> 16);
    b[15] = (unsigned char)(c >> 24);
}

/* Did the last run fail with ValueError "bad bytecode: ..."? */
static int bad_bytecode(tern_vm *vm, int status)
{
    const char *type = tern_error_type(vm);
    return status == TERN_ERROR && type != NULL && strcmp(type, "ValueError") == 0 &&
           strstr(tern_error_text(vm), "bad bytecode: ") != NULL;
}

static int write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    int ok = f != NULL && fwrite(data, 1, n, f) == n;
    if (f != NULL && fclose(f) != 0)
        ok = 0;
    return ok;
}

int main(void)
{
    static char heap[HEAP_SIZE], heap2[HEAP_SIZE];
    static capture out, out2;
    char expected[sizeof out.text];
    unsigned char *bc, *bc2, *mut;
    size_t n, n2, i;
    int st, ok;
    tern_vm *vm = open_vm(heap, &out), *vm2;

    if (vm == NULL) {
        printf("FAIL open\n0 passed, 1 failed\n");
        return 1;
    }

    /* ---- compile and run ---- */
    st = tern_run_source(vm, program, strlen(program), "prog.py", TERN_MODE_FILE);
    if (st != TERN_OK)
        fputs(tern_error_text(vm), stdout);
    check(st == TERN_OK, "the program runs from source");
    memcpy(expected, out.text, out.len + 1);
    capture_reset(&out);

    bc = compile_copy(vm, program, &n);
    check(bc != NULL && n > 16 && memcmp(bc, "\x7fTBC", 4) == 0, "tern_compile_bytecode gives bytes with the magic");
    if (bc == NULL) {
        fputs(tern_error_text(vm), stdout);
        printf("%d passed, %d failed\n", passed, failed + 1);
        return 1;
    }
    printf("     (%zu bytes of source, %zu bytes of bytecode)\n", strlen(program), n);
    check(out.len == 0, "compiling runs nothing");

    st = tern_run_bytecode(vm, bc, n);
    if (st != TERN_OK)
        fputs(tern_error_text(vm), stdout);
    check(st == TERN_OK && strcmp(out.text, expected) == 0, "the bytecode prints what the source prints");
    capture_reset(&out);

    /* deterministic: again, and in another VM */
    vm2 = open_vm(heap2, &out2);
    bc2 = vm2 ? compile_copy(vm2, program, &n2) : NULL;
    check(bc2 != NULL && n2 == n && memcmp(bc, bc2, n) == 0, "compiling is deterministic (another VM, same bytes)");
    st = vm2 ? tern_run_bytecode(vm2, bc, n) : TERN_ERROR;
    check(st == TERN_OK && strcmp(out2.text, expected) == 0, "a second VM runs the first one's bytecode");
    free(bc2);

    /* errors */
    st = tern_compile_bytecode(vm, "def (:\n", 7, "bad.py", 0);
    check(st == TERN_ERROR && tern_error_type(vm) && strcmp(tern_error_type(vm), "SyntaxError") == 0,
          "a syntax error: TERN_ERROR with SyntaxError pending");
    st = tern_compile_bytecode(vm, "x = 1\n", 6, "ok.py", 99);
    check(st == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0, "a bad slot: SystemError");
    {
        const void *data;
        size_t len;
        tern_compile_bytecode(vm, "print('moving')\n", 16, "m.py", 0);
        tern_get_bytes(vm, 0, &data, &len);
        st = tern_run_bytecode(vm, data, len);
        check(st == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0 && out.len == 0,
              "bytes that point into the heap are refused (SystemError)");
    }
    {
        /* pinned memory does not move: bytecode may be run from it */
        void *pin = tern_pin_alloc(vm, n);
        capture_reset(&out);
        if (pin != NULL)
            memcpy(pin, bc, n);
        st = pin ? tern_run_bytecode(vm, pin, n) : TERN_ERROR;
        check(st == TERN_OK && strcmp(out.text, expected) == 0, "bytecode in pinned memory runs");
        if (pin != NULL)
            tern_pin_free(vm, pin);
        capture_reset(&out);
    }
    st = tern_run_bytecode(vm, "print(1)\n", 9);
    check(bad_bytecode(vm, st) && out.len == 0, "source given as bytecode: bad bytecode, not run");
    st = tern_run_bytecode(vm, NULL, 0);
    check(bad_bytecode(vm, st), "no bytes: bad bytecode");
    {
        static const char ex[] = "import sys\nprint('before')\nsys.exit(3)\n";
        unsigned char *e = compile_copy(vm, ex, &n2);
        capture_reset(&out);
        st = e ? tern_run_bytecode(vm, e, n2) : TERN_ERROR;
        check(st == TERN_EXIT && tern_exit_code(vm) == 3 && strcmp(out.text, "before\n") == 0,
              "SystemExit from bytecode: TERN_EXIT and its code");
        free(e);
        capture_reset(&out);
    }
    {
        static const char ex[] = "def f():\n    raise KeyError('k')\nf()\n";
        unsigned char *e = compile_copy(vm, ex, &n2);
        st = e ? tern_run_bytecode(vm, e, n2) : TERN_ERROR;
        check(st == TERN_ERROR && strstr(tern_error_text(vm), "File \"prog.py\", line 2, in f") != NULL &&
              strstr(tern_error_text(vm), "KeyError: 'k'") != NULL,
              "an uncaught error in bytecode has its traceback (file name and line)");
        free(e);
    }

    /* ---- budget ---- */
    {
        long yields = 0, src_yields = 0;
        capture_reset(&out);
        tern_set_budget(vm, 7);
        st = tern_run_source(vm, program, strlen(program), "prog.py", TERN_MODE_FILE);
        while (st == TERN_YIELD) {
            src_yields++;
            st = tern_resume(vm);
        }
        capture_reset(&out);
        st = tern_run_bytecode(vm, bc, n);
        while (st == TERN_YIELD) {
            yields++;
            st = tern_resume(vm);
        }
        tern_set_budget(vm, 0);
        printf("     (%ld stops from source, %ld from bytecode)\n", src_yields, yields);
        check(st == TERN_OK && yields > 10 && yields == src_yields && strcmp(out.text, expected) == 0,
              "bytecode run with a budget of 7, resumed to the end: same output, as many stops as from source");
        capture_reset(&out);
    }

    /* ---- damaged input ---- */
    ok = 1;
    for (i = 0; i < n; i++) {
        st = tern_run_bytecode(vm, bc, i);
        if (!bad_bytecode(vm, st) || out.len != 0) {
            printf("     cut at %zu: status %d\n", i, st);
            ok = 0;
        }
    }
    check(ok, "cut at every length: each refused with bad bytecode");
    mut = (unsigned char *)malloc(n + 1);
    ok = 1;
    for (i = 0; i < n && mut; i++) {
        static const unsigned char flips[] = {0x01, 0x80, 0xFF};
        size_t k;
        for (k = 0; k < sizeof flips; k++) {
            memcpy(mut, bc, n);
            mut[i] ^= flips[k];
            st = tern_run_bytecode(vm, mut, n);
            if (!bad_bytecode(vm, st) || out.len != 0) {
                printf("     byte %zu ^ 0x%02x: status %d\n", i, flips[k], st);
                ok = 0;
            }
        }
    }
    check(ok, "every byte flipped (three ways): each refused with bad bytecode");
    {
        /* the body cut at every length, with its length and checksum made
         * right again: only the structural checks see the damage */
        ok = 1;
        for (i = 16; i < n && mut; i++) {
            memcpy(mut, bc, i);
            mut[8] = (unsigned char)(i - 16);
            mut[9] = (unsigned char)((i - 16) >> 8);
            mut[10] = (unsigned char)((i - 16) >> 16);
            mut[11] = (unsigned char)((i - 16) >> 24);
            fix_crc(mut, i);
            st = tern_run_bytecode(vm, mut, i);
            if (!bad_bytecode(vm, st) || out.len != 0) {
                printf("     body cut at %zu, CRC fixed: status %d\n", i, st);
                ok = 0;
            }
        }
        check(ok, "the body cut at every length, length and CRC fixed: each refused");
    }
    if (mut) {
        memcpy(mut, bc, n);
        mut[4] = 2;
        fix_crc(mut, n);
        st = tern_run_bytecode(vm, mut, n);
        check(bad_bytecode(vm, st) && strstr(tern_error_text(vm), "version 2") != NULL, "another format version: refused");
        memcpy(mut, bc, n);
        mut[0] = 'X';
        st = tern_run_bytecode(vm, mut, n);
        check(bad_bytecode(vm, st) && strstr(tern_error_text(vm), "magic") != NULL, "wrong magic: refused");
        memcpy(mut, bc, n);
        mut[n] = 0;
        st = tern_run_bytecode(vm, mut, n + 1);
        check(bad_bytecode(vm, st), "a byte too many: refused");
        /* an absurd count right after the header: a string table of 2^32 entries */
        memcpy(mut, bc, n);
        mut[16] = 0xFF;
        mut[17] = 0xFF;
        mut[18] = 0xFF;
        mut[19] = 0xFF;
        mut[20] = 0x0F;
        fix_crc(mut, n);
        st = tern_run_bytecode(vm, mut, n);
        check(bad_bytecode(vm, st), "an absurd count: refused before allocating");
    }
    free(mut);

    /* ---- crafted bytecode (CRC made right): the verifier's checks ----
     * "x = 1; print(x)" ends with LOAD_CONST 0 (None), RETURN_VALUE and an
     * empty exception table: ... 40 00 00 0B 00. The opcode numbers are
     * those of src/opcodes.h (this test sees only tern.h): if that list
     * changes, the "ends as expected" check says so first. */
    {
        static const char tiny[] = "x = 1\nprint(x)\n";
        unsigned char *t = compile_copy(vm, tiny, &n2), *m = (unsigned char *)malloc(n2);
        int shape = t && m && n2 > 21 && t[n2 - 5] == 64 && t[n2 - 2] == 11 && t[n2 - 1] == 0;
        check(shape, "a tiny module ends as expected (LOAD_CONST, RETURN_VALUE, no handlers)");
        if (shape) {
            static const struct { int at; unsigned char to; const char *why; } crafts[] = {
                {-3, 0xFF, "constant index out of range"},  /* LOAD_CONST 0xFF00 */
                {-2, 1, "runs off its end"},                /* RETURN_VALUE -> POP_TOP */
                {-5, 0, "stack underflow"},                 /* LOAD_CONST -> NOP NOP NOP RETURN */
                {-5, 0x7E, "unknown opcode"},
                {-5, 66, "local index out of range"},       /* LOAD_FAST 0: no locals */
                {-5, 92, "operand out of range"},           /* BUILD_SLICE 0 */
                {-5, 79, "stack underflow"},                /* STORE_NAME: nothing to store */
            };
            size_t c;
            for (c = 0; c < sizeof crafts / sizeof crafts[0]; c++) {
                char what[160];
                memcpy(m, t, n2);
                m[(long)n2 + crafts[c].at] = crafts[c].to;
                fix_crc(m, n2);
                capture_reset(&out);
                st = tern_run_bytecode(vm, m, n2);
                snprintf(what, sizeof what, "crafted: byte %d set to %d: refused (%s)", crafts[c].at,
                         crafts[c].to, crafts[c].why);
                check(bad_bytecode(vm, st) && strstr(tern_error_text(vm), crafts[c].why) != NULL && out.len == 0,
                      what);
                if (!bad_bytecode(vm, st) || strstr(tern_error_text(vm), crafts[c].why) == NULL)
                    printf("     got: %s\n", st == TERN_ERROR ? tern_error_text(vm) : "(no error)");
            }
        }
        free(t);
        free(m);
    }

    /* ---- files ---- */
    {
        char src_path[] = "/tmp/tern_bc_testXXXXXX";
        char py[64], tbc[64];
        int fd = 0;
        /* a unique name without mkstemp (C99): the address of a local */
        snprintf(py, sizeof py, "/tmp/tern_bc_%lu.py", (unsigned long)(size_t)&fd);
        snprintf(tbc, sizeof tbc, "/tmp/tern_bc_%lu.tbc", (unsigned long)(size_t)&fd);
        (void)src_path;
        ok = write_file(py, program, strlen(program)) && write_file(tbc, bc, n);
        check(ok, "write the test files");
        releases = 0;
        capture_reset(&out);
        st = tern_run_file(vm, py);
        check(st == TERN_OK && strcmp(out.text, expected) == 0 && releases == 1, "tern_run_file runs a source file");
        capture_reset(&out);
        st = tern_run_file(vm, tbc);
        check(st == TERN_OK && strcmp(out.text, expected) == 0 && releases == 2, "tern_run_file runs a bytecode file");
        capture_reset(&out);
        tern_eval(vm, "print(__file__)", 0);
        check(strncmp(out.text, tbc, strlen(tbc)) == 0, "__file__ is the path given");
        if (strncmp(out.text, tbc, strlen(tbc)) != 0)
            printf("     __file__: %s\n", out.text);
        st = tern_run_file(vm, "/nonexistent/x.py");
        check(st == TERN_ERROR && strcmp(tern_error_type(vm), "FileNotFoundError") == 0,
              "a missing file: FileNotFoundError");
        remove(py);
        remove(tbc);
    }

    free(bc);
    if (vm2)
        tern_close(vm2);
    tern_close(vm);
    return check_summary();
}
