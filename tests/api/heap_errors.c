/* SPDX-License-Identifier: MIT */
/*
 * heap_errors.c — the heap guarantee and error reporting through the public
 * API: a VM on a small heap runs out of memory, recovers, and afterwards
 * can allocate everything that collecting freed; errors of every kind come
 * back as status codes with CPython-formatted text; one VM's failure leaves
 * another untouched. Uses only include/tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (96 * 1024)

typedef struct capture {
    char text[4096];
    size_t len;
} capture;

static void capture_write(void *ud, int fd, const char *data, size_t len) {
    capture *c = (capture *)ud;
    (void)fd;
    if (len > sizeof c->text - 1 - c->len)
        len = sizeof c->text - 1 - c->len;
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap_a, heap_b, heap_c;

static tern_vm *open_vm(void *heap, capture *out) {
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = heap;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture_write;
    cfg.user_data = out;
    return tern_open(&cfg);
}

static int run(tern_vm *vm, capture *out, const char *src) {
    out->len = 0;
    out->text[0] = '\0';
    return tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

int main(void) {
    capture out_a, out_b;
    tern_vm *a = open_vm(heap_a.bytes, &out_a);
    tern_vm *b = open_vm(heap_b.bytes, &out_b);
    size_t before, after;
    int st;

    check(a != NULL && b != NULL, "open two VMs on 96 KiB heaps");
    if (!a || !b)
        goto done;

    /* out of memory: caught by the program, which goes on */
    st = run(a, &out_a,
             "l = []\n"
             "try:\n"
             "    while True:\n"
             "        l.append([0] * 50)\n"
             "except MemoryError:\n"
             "    n = len(l)\n"
             "    l = None\n"
             "    print('recovered', n > 10)\n");
    check(st == TERN_OK && strcmp(out_a.text, "recovered True\n") == 0, "MemoryError caught, program goes on");

    /* after a collection, what is free can be allocated in one piece */
    tern_gc_collect(a);
    before = tern_gc_mem_free(a);
    st = run(a, &out_a,
             "import gc\n"
             "gc.collect()\n"
             "free = gc.mem_free()\n"
             "big = [None] * ((free - 512) // 8)\n"
             "print('ok', len(big) > 1000)\n"
             "del big\n");
    check(st == TERN_OK && strcmp(out_a.text, "ok True\n") == 0, "allocate nearly all free memory at once");
    check(before > HEAP_SIZE / 2, "most of the heap is free after a collection");

    /* an uncaught MemoryError comes back as an error with a traceback */
    st = run(a, &out_a, "x = [1] * (10 ** 9)\n");
    check(st == TERN_ERROR && ends_with(tern_error_text(a), "MemoryError\n"), "uncaught MemoryError reported");
    tern_gc_collect(a);
    after = tern_gc_mem_free(a);
    check(after + 4096 >= before, "memory comes back after the failed run");

    /* syntax errors */
    st = run(a, &out_a, "x = = 1\n");
    check(st == TERN_ERROR && ends_with(tern_error_text(a), "SyntaxError: invalid syntax\n"), "SyntaxError reported");
    check(strstr(tern_error_text(a), "File \"test.py\", line 1") != NULL, "SyntaxError names file and line");

    /* deep recursion */
    st = run(a, &out_a, "def f(n):\n    return f(n + 1)\nf(0)\n");
    check(st == TERN_ERROR && ends_with(tern_error_text(a), "RecursionError: maximum recursion depth exceeded\n"),
          "runaway recursion gives RecursionError");
    check(strstr(tern_error_text(a), "Traceback (most recent call last):") != NULL, "traceback header");

    /* a stack region sized by the embedder (values and frame records share
     * it): running out is a RecursionError, and what fits still runs */
    {
        tern_config cfg;
        capture out_c;
        tern_vm *c;
        out_c.len = 0;
        tern_config_init(&cfg);
        cfg.heap = &heap_c;
        cfg.heap_size = HEAP_SIZE;
        cfg.stack_slots = 300;
        cfg.write = capture_write;
        cfg.user_data = &out_c;
        c = tern_open(&cfg);
        check(c != NULL, "open with stack_slots = 300");
        if (c) {
            st = run(c, &out_c, "def f(n):\n    return f(n + 1)\nf(0)\n");
            check(st == TERN_ERROR && ends_with(tern_error_text(c), "RecursionError: maximum recursion depth exceeded\n"),
                  "small stack region: runaway recursion gives RecursionError");
            st = run(c, &out_c, "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(20))\n"
                                "def g(n):\n    yield from g(n + 1)\ntry:\n    list(g(0))\n"
                                "except RecursionError:\n    print('gen')\n");
            check(st == TERN_OK && strcmp(out_c.text, "20\ngen\n") == 0,
                  "small stack region: 20 levels fit, generators recurse into RecursionError");
            tern_close(c);
        }
    }

    /* SystemExit */
    st = run(a, &out_a, "import sys\nsys.exit(3)\n");
    check(st == TERN_EXIT && tern_exit_code(a) == 3, "sys.exit(3) gives TERN_EXIT and code 3");

    /* the other VM never noticed */
    st = run(b, &out_b, "print(sum(range(10)))\n");
    check(st == TERN_OK && strcmp(out_b.text, "45\n") == 0, "second VM unaffected");

    /* and the first still works */
    st = run(a, &out_a, "print('still', n > 10)\n");
    check(st == TERN_OK && strcmp(out_a.text, "still True\n") == 0, "first VM keeps its globals after errors");

    /* REPL helper */
    check(tern_source_incomplete(a, "def f():", 8) == 1, "incomplete: block header");
    check(tern_source_incomplete(a, "x = (1,", 7) == 1, "incomplete: open bracket");
    check(tern_source_incomplete(a, "x = 1", 5) == 0, "complete statement");

    tern_close(a);
    tern_close(b);
done:
    return check_summary();
}
