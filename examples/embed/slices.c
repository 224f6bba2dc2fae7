/* SPDX-License-Identifier: MIT */
/*
 * slices.c — one thread, four scripts, time-sliced: each VM runs for a
 * budget of bytecode instructions, returns TERN_YIELD with its state kept,
 * and the host resumes the next one, round-robin, until all have ended.
 * Each VM has its own block; their outputs are collected apart and printed
 * at the end, each exactly what the script prints alone.
 *
 *   make build/examples/slices && build/examples/slices
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tern.h"

#define NVM 4
#define BLOCK (128 * 1024)
#define BUDGET 500      /* instructions per turn */

typedef struct host_vm {
    void *block;        /* all of the VM's memory */
    tern_vm *vm;
    int status;         /* last status: TERN_YIELD while it still runs */
    int turns;
    char out[512];      /* what it printed */
    size_t len;
} host_vm;

static void write_out(void *ud, int fd, const char *data, size_t len) {
    host_vm *h = (host_vm *)ud;
    (void)fd;
    if (len > sizeof h->out - 1 - h->len)
        len = sizeof h->out - 1 - h->len;
    memcpy(h->out + h->len, data, len);
    h->len += len;
}

static const char *const scripts[NVM] = {
    "print('primes', [n for n in range(2, 60) if all(n % d for d in range(2, n))][-5:])\n",
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint('fib', fib(18))\n",
    "words = 'the quick brown fox jumps over the lazy dog the end'.split()\n"
    "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\n"
    "print('words', sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])\n",
    "class Acc:\n    def __init__(self):\n        self.total = 0\n"
    "    def add(self, x):\n        self.total += x\n        return self\n"
    "a = Acc()\nfor i in range(300):\n    a.add(i * i)\nprint('sum of squares', a.total)\n",
};

static const char *const expected[NVM] = {
    "primes [41, 43, 47, 53, 59]\n",
    "fib 2584\n",
    "words [('the', 3), ('brown', 1), ('dog', 1)]\n",
    "sum of squares 8955050\n",
};

int main(void) {
    static host_vm h[NVM];
    int i, running = NVM, ok = 1;
    for (i = 0; i < NVM; i++) {
        tern_config cfg;
        tern_config_init(&cfg);
        cfg.heap = h[i].block = malloc(BLOCK);
        cfg.heap_size = BLOCK;
        cfg.write = write_out;
        cfg.user_data = &h[i];
        h[i].vm = cfg.heap ? tern_open(&cfg) : NULL;
        if (!h[i].vm) {
            fprintf(stderr, "cannot open VM %d\n", i + 1);
            return 1;
        }
        tern_set_budget(h[i].vm, BUDGET);
        h[i].status = TERN_YIELD;
    }
    /* the first turn starts each script, the next ones resume it */
    for (i = 0; i < NVM; i++) {
        h[i].status = tern_run_source(h[i].vm, scripts[i], strlen(scripts[i]), "<script>", TERN_MODE_FILE);
        h[i].turns = 1;
        if (h[i].status != TERN_YIELD)
            running--;
    }
    while (running > 0) {
        for (i = 0; i < NVM; i++) {
            if (h[i].status != TERN_YIELD)
                continue;
            h[i].status = tern_resume(h[i].vm);
            h[i].turns++;
            if (h[i].status != TERN_YIELD)
                running--;
        }
    }
    for (i = 0; i < NVM; i++) {
        h[i].out[h[i].len] = 0;
        printf("VM %d: %d turns of %d instructions, status %d: %s", i + 1, h[i].turns, BUDGET, h[i].status,
               h[i].out);
        if (h[i].status != TERN_OK) {
            fputs(tern_error_text(h[i].vm), stdout);
            ok = 0;
        }
        if (strcmp(h[i].out, expected[i]) != 0) {
            printf("  expected: %s", expected[i]);
            ok = 0;
        }
    }
    for (i = 0; i < NVM; i++) {
        tern_close(h[i].vm);
        free(h[i].block);   /* the VM used nothing else */
    }
    return ok ? 0 : 1;
}
