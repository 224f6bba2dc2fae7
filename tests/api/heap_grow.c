/* SPDX-License-Identifier: MIT */
/*
 * heap_grow.c — a growing heap (tern_config.heap_alloc, heap_max) through
 * the public API: a VM opened on a 64 KiB block grows into larger blocks
 * as Python builds live data (also deep in recursion, so frames whose code
 * moves keep running), gives them back when the data dies, stops at the
 * bound with a MemoryError Python can catch, keeps its place while a
 * pinned block exists or the callback fails, and returns its block at
 * close. Freed blocks are poisoned, so a stale pointer shows. Uses only
 * include/tern.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HOME_SIZE (64 * 1024)
#define HEAP_MAX (1024 * 1024)

static union { double d; void *p; unsigned char bytes[HOME_SIZE]; } home;

/* The embedder's allocator: malloc, with accounting and a failure switch. */
typedef struct host {
    int blocks;             /* blocks handed out and not given back */
    size_t bytes, peak;     /* their bytes now, and at most */
    int fail;               /* refuse every request */
    int calls;
    char out[4096];
    size_t out_len;
} host;

static void *heap_alloc(void *ud, void *old, size_t old_size, size_t new_size) {
    host *h = (host *)ud;
    h->calls++;
    if (new_size == 0) {
        if (old) {
            memset(old, 0xA5, old_size);
            free(old);
            h->blocks--;
            h->bytes -= old_size;
        }
        return NULL;
    }
    if (old || h->fail)
        return NULL;
    old = malloc(new_size);
    if (old) {
        h->blocks++;
        h->bytes += new_size;
        if (h->bytes > h->peak)
            h->peak = h->bytes;
    }
    return old;
}

static void capture(void *ud, int fd, const char *data, size_t len) {
    host *h = (host *)ud;
    (void)fd;
    if (h->out_len + len < sizeof h->out) {
        memcpy(h->out + h->out_len, data, len);
        h->out_len += len;
        h->out[h->out_len] = 0;
    }
}

static int run(tern_vm *vm, host *h, const char *src) {
    h->out_len = 0;
    h->out[0] = 0;
    return tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
}

static void info(tern_vm *vm, tern_gc_stats *st) {
    tern_gc_collect(vm);
    tern_gc_info(vm, st);
}

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    tern_gc_stats st0, st;
    host h;
    size_t grows;
    void *pin;
    int ok;

    memset(&h, 0, sizeof h);
    tern_config_init(&cfg);
    cfg.heap = home.bytes;
    cfg.heap_size = HOME_SIZE;
    cfg.write = capture;
    cfg.user_data = &h;
    cfg.heap_alloc = heap_alloc;
    cfg.heap_max = HEAP_MAX;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a growable VM on a 64 KiB block");
    if (!vm)
        goto done;
    info(vm, &st0);
    check(st0.total < HOME_SIZE && st0.grows == 0 && st0.heap_max == HEAP_MAX && h.blocks == 0,
          "it starts at home, bound to heap_max");

    /* grow, also deep in recursion: the frames' code moves with the heap */
    ok = run(vm, &h,
             "def build(n, depth):\n"
             "    if depth:\n"
             "        return build(n, depth - 1)\n"
             "    return [(i, str(i), [i] * (i % 4)) for i in range(n)]\n"
             "data = build(3000, 40)\n"
             "print(all(t == (i, str(i), [i] * (i % 4)) for i, t in enumerate(data)))\n") == TERN_OK;
    check(ok && strcmp(h.out, "True\n") == 0, "Python builds ~300 KiB of live data, intact");
    info(vm, &st);
    check(st.grows >= 2 && st.total > 256 * 1024 && st.total <= HEAP_MAX, "the heap grew, within the bound");
    check(st.total == st.used + st.free && h.blocks == 1 && h.bytes >= st.total,
          "one block from the callback holds it all; the figures add up");
    check(h.peak <= 2 * HEAP_MAX, "at most two blocks at a time");

    ok = run(vm, &h, "data = None\n") == TERN_OK;
    info(vm, &st);
    check(ok && st.shrinks >= 1 && st.total == st0.total && h.blocks == 0,
          "when the data dies the heap goes home and gives its block back");

    /* the bound: Python catches the MemoryError, and the VM goes on */
    ok = run(vm, &h,
             "keep = []\n"
             "try:\n"
             "    while True:\n"
             "        keep.append(bytes(500))\n"
             "except MemoryError:\n"
             "    print('MemoryError', len(keep) > 1000)\n"
             "keep = None\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && strcmp(h.out, "MemoryError True\n") == 0, "filling the heap ends in a MemoryError at the bound");
    check(st.total <= HEAP_MAX && st.total > HEAP_MAX / 2, "the heap reached the bound, not more");
    ok = run(vm, &h, "x = [bytes(500) for i in range(10000)]\n") == TERN_ERROR;
    check(ok && strstr(tern_error_text(vm), "MemoryError") != NULL, "uncaught, it is reported as a MemoryError");
    ok = run(vm, &h, "print(sum(range(100)))\n") == TERN_OK;
    info(vm, &st);
    check(ok && strcmp(h.out, "4950\n") == 0 && st.total == st0.total && h.blocks == 0,
          "the VM still runs and shrinks home");

    /* a failing callback: MemoryError at the current size */
    grows = st.grows;
    h.fail = 1;
    ok = run(vm, &h,
             "try:\n"
             "    x = [bytes(500) for i in range(1000)]\n"
             "except MemoryError:\n"
             "    print('MemoryError')\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && strcmp(h.out, "MemoryError\n") == 0 && st.grows == grows && h.blocks == 0,
          "when the callback fails the allocation fails, nothing moves");
    h.fail = 0;

    /* a pinned block holds the heap in place */
    pin = tern_pin_alloc(vm, 100);
    memset(pin, 0x5C, 100);
    ok = run(vm, &h,
             "try:\n"
             "    x = [bytes(500) for i in range(1000)]\n"
             "except MemoryError:\n"
             "    print('MemoryError')\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && strcmp(h.out, "MemoryError\n") == 0 && st.grows == grows,
          "while a block is pinned the heap does not grow");
    check(((unsigned char *)pin)[0] == 0x5C && ((unsigned char *)pin)[99] == 0x5C, "the pinned block is intact");
    tern_pin_free(vm, pin);
    ok = run(vm, &h, "x = [bytes(500) for i in range(1000)]\nprint(len(x))\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && strcmp(h.out, "1000\n") == 0 && st.grows > grows && h.blocks == 1,
          "once it is freed the heap grows again");

    /* a request beyond the bound fails without growing */
    ok = run(vm, &h, "x = None\n") == TERN_OK;
    info(vm, &st0);
    ok = run(vm, &h,
             "try:\n"
             "    bytearray(4 * 1024 * 1024)\n"
             "except MemoryError:\n"
             "    print('MemoryError')\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && strcmp(h.out, "MemoryError\n") == 0 && st.grows == st0.grows, "a hopeless request does not grow the heap");

    /* close gives back a grown heap's block */
    ok = run(vm, &h, "x = [str(i) for i in range(5000)]\n") == TERN_OK;
    check(ok && h.blocks == 1, "grown again");
    tern_close(vm);
    check(h.blocks == 0 && h.bytes == 0, "tern_close gives the block back");

    /* without a callback: the heap never moves, heap_max is the total */
    cfg.heap_alloc = NULL;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a fixed VM on the same block");
    if (vm) {
        ok = run(vm, &h, "try:\n    x = [bytes(500) for i in range(1000)]\nexcept MemoryError:\n    print('MemoryError')\n") == TERN_OK;
        tern_gc_info(vm, &st);
        check(ok && strcmp(h.out, "MemoryError\n") == 0 && st.grows == 0 && st.heap_max == st.total,
              "a fixed heap stays fixed");
        tern_close(vm);
    }
done:
    return check_summary();
}
