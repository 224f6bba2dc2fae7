/* SPDX-License-Identifier: MIT */
/*
 * api_costs.c — what the embedding API costs (issue 5's figures):
 * the size of the VM struct, the smallest block in which a VM opens and
 * runs print(1), the time to open and close a VM, and the time of the
 * common calls (Python -> C, C -> Python, globals, values, host-class
 * methods). Times are medians of several rounds, in nanoseconds; they
 * vary with the machine, the ratios between them less.
 *
 *   make build/bench/api_costs && build/bench/api_costs
 */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tern.h"

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

#define ROUNDS 7
static double median(double *v) {
    qsort(v, ROUNDS, sizeof *v, cmp_double);
    return v[ROUNDS / 2];
}

static void discard(void *ud, int fd, const char *d, size_t n) {
    (void)ud, (void)fd, (void)d, (void)n;
}

static char printed[64];
static void keep(void *ud, int fd, const char *d, size_t n) {
    size_t have = strlen(printed);
    (void)ud, (void)fd;
    if (have + n < sizeof printed) {
        memcpy(printed + have, d, n);
        printed[have + n] = 0;
    }
}

static tern_vm *open_in(void *block, size_t size, tern_write_fn w) {
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = block;
    cfg.heap_size = size;
    cfg.write = w;
    return tern_open(&cfg);
}

/* Does a VM open in `size` bytes and print "1"? */
static int print1_fits(void *block, size_t size) {
    tern_vm *vm = open_in(block, size, keep);
    int ok;
    if (!vm)
        return 0;
    printed[0] = 0;
    ok = tern_run_source(vm, "print(1)", 8, "<bench>", TERN_MODE_FILE) == TERN_OK && strcmp(printed, "1\n") == 0;
    tern_close(vm);
    return ok;
}

static int c_ident(tern_vm *vm, int nargs, void *ud) {
    (void)ud;
    return nargs == 1 ? tern_copy_slot(vm, 0, 1) : TERN_ERROR;
}

typedef struct counter { int64_t n; } counter;
extern const tern_class_def counter_class;
static int counter_bump(tern_vm *vm, int nargs, void *ud) {
    void *p;
    (void)nargs, (void)ud;
    if (tern_get_data(vm, 1, &counter_class, &p) != TERN_OK)
        return TERN_ERROR;
    ((counter *)p)->n++;
    return TERN_OK;
}
static const tern_function_def counter_methods[] = { { "bump", counter_bump }, { NULL, NULL } };
const tern_class_def counter_class = { "Counter", counter_methods, sizeof(counter), NULL };

/* ns per iteration of the Python loop `body` (n iterations), minus the
 * empty loop's */
static double per_iter_py(tern_vm *vm, const char *setup, const char *body, long n) {
    char src[512];
    double t[ROUNDS], e[ROUNDS];
    int r;
    tern_run_source(vm, setup, strlen(setup), "<bench>", TERN_MODE_FILE);
    for (r = 0; r < ROUNDS; r++) {
        double t0;
        snprintf(src, sizeof src, "for _ in range(%ld):\n    %s\n", n, body);
        t0 = now_ns();
        if (tern_run_source(vm, src, strlen(src), "<bench>", TERN_MODE_FILE) != TERN_OK) {
            fputs(tern_error_text(vm), stderr);
            exit(1);
        }
        t[r] = now_ns() - t0;
        snprintf(src, sizeof src, "for _ in range(%ld):\n    pass\n", n);
        t0 = now_ns();
        tern_run_source(vm, src, strlen(src), "<bench>", TERN_MODE_FILE);
        e[r] = now_ns() - t0;
    }
    return (median(t) - median(e)) / n;
}

int main(void) {
    static union { double d; unsigned char b[1 << 20]; } mem;
    double t[ROUNDS];
    size_t lo, hi;
    long i, n = 200000;
    int r;
    tern_vm *vm;

    {
        tern_gc_stats st;
        vm = open_in(mem.b, 64 * 1024, discard);
        tern_gc_info(vm, &st);
        printf("in a 64 KiB block: heap %u bytes, fixed part (VM struct, stack region, caches) %u bytes;"
               " nothing outside the block\n", (unsigned)st.total, (unsigned)(64 * 1024 - st.total));
        tern_close(vm);
    }

    /* smallest block for print(1): bisect (it is monotonic in practice) */
    lo = 1024, hi = 64 * 1024;
    if (!print1_fits(mem.b, hi)) {
        printf("print(1) does not fit in 64 KiB\n");
        return 1;
    }
    while (hi - lo > 16) {
        size_t mid = (lo + hi) / 2 & ~(size_t)7;
        if (print1_fits(mem.b, mid))
            hi = mid;
        else
            lo = mid;
    }
    printf("smallest block that opens and runs print(1): %u bytes\n", (unsigned)hi);

    /* open + close */
    for (r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (i = 0; i < 2000; i++) {
            vm = open_in(mem.b, 64 * 1024, discard);
            tern_close(vm);
        }
        t[r] = (now_ns() - t0) / 2000;
    }
    printf("tern_open + tern_close (64 KiB block): %.0f ns\n", median(t));
    for (r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (i = 0; i < 2000; i++) {
            vm = open_in(mem.b, 64 * 1024, discard);
            tern_run_source(vm, "print(1)", 8, "<bench>", TERN_MODE_FILE);
            tern_close(vm);
        }
        t[r] = (now_ns() - t0) / 2000;
    }
    printf("open + run print(1) + close: %.0f ns\n", median(t));

    vm = open_in(mem.b, sizeof mem.b, discard);
    tern_ensure_slots(vm, 4);
    tern_register_function(vm, "ident", c_ident, NULL);
    tern_new_class(vm, 0, &counter_class);
    tern_set_global(vm, "Counter", 0);
    printf("Python calling a C function ident(x): %.0f ns\n", per_iter_py(vm, "x = 1", "ident(x)", n));
    printf("Python calling a Python function f(x): %.0f ns\n",
           per_iter_py(vm, "def f(a):\n    return a\nx = 1", "f(x)", n));
    printf("Python calling a host-class method c.bump(): %.0f ns\n",
           per_iter_py(vm, "c = Counter()", "c.bump()", n));
    printf("Python calling a Python method o.m(): %.0f ns\n",
           per_iter_py(vm, "class O:\n    def m(self):\n        pass\no = O()", "o.m()", n));

    tern_run_source(vm, "def f(a):\n    return a\n", 24, "<bench>", TERN_MODE_FILE);
    for (r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (i = 0; i < n; i++) {
            tern_get_global(vm, "f", 0);
            tern_set_int(vm, 1, i);
            tern_call_slot(vm, 0, 1);
        }
        t[r] = (now_ns() - t0) / n;
    }
    printf("C calling Python: tern_get_global + tern_set_int + tern_call_slot: %.0f ns\n", median(t));
    for (r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (i = 0; i < n; i++)
            tern_get_global(vm, "f", 0);
        t[r] = (now_ns() - t0) / n;
    }
    printf("tern_get_global: %.0f ns\n", median(t));
    for (r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        int64_t v;
        for (i = 0; i < n; i++) {
            tern_set_int(vm, 1, i);
            tern_get_int(vm, 1, &v);
        }
        t[r] = (now_ns() - t0) / n;
    }
    printf("tern_set_int + tern_get_int: %.0f ns\n", median(t));
    tern_close(vm);
    return 0;
}
