/* SPDX-License-Identifier: MIT */
/*
 * ring.c — micropython.RingIO and micropython.RingBuffer never allocate
 * after construction, checked from C: a host function mark() brackets
 * thousands of ring operations (write, readinto, any; put, get, len,
 * free, full, empty, clear) and records tern_gc_info's used bytes and
 * collection count, which must not change (in the GC-stress build every
 * allocation collects, so an unchanged count is proof too). In the
 * allocation-failure build (TERN_OOM_INJECT) mark() also arms every
 * allocation to fail in between, like MicroPython's heap_lock(): one
 * allocation would raise MemoryError. Uses only include/tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (512 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;
static tern_gc_stats before, after;
static size_t allocs = (size_t)-1;

static void discard(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd, (void)data, (void)len;
}

/* mark(0) before the loop, mark(1) after it. */
static int mark(tern_vm *vm, int nargs, void *ud) {
    int64_t which = 0;
    (void)ud;
    if (nargs != 1 || tern_get_int(vm, 1, &which) != TERN_OK)
        return TERN_ERROR;
    if (which == 0) {
        tern_gc_info(vm, &before);
#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
        tern_oom_inject(vm, 1, 1);  /* from now on every allocation fails */
#endif
    } else {
#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
        allocs = tern_oom_count(vm);
        tern_oom_inject(vm, 0, 0);
#else
        allocs = 0;
#endif
        tern_gc_info(vm, &after);
    }
    return tern_set_none(vm, 0);
}

static const char setup[] =
    "import micropython\n"
    "rb = micropython.RingBuffer(16)\n"
    "rio = micropython.RingIO(32)\n"
    "rbuf = micropython.RingIO(bytearray(20))\n"
    "items = ['a', (1,), [2], 3.5]\n"
    "src = b'0123456789'\n"
    "dst = bytearray(7)\n"
    "def loop(it):\n"
    "    for i in it:\n"
    "        rb.put(items[i & 3]); rb.put(i); rb.put(None)\n"
    "        rb.get(); rb.get(None); len(rb); rb.any(); rb.free(); rb.empty()\n"
    "        if rb.full():\n"
    "            rb.clear()\n"
    "        rio.write(src); rio.write(src, 4); rio.readinto(dst); rio.readinto(dst, 3); rio.any()\n"
    "        rbuf.write(src); rbuf.readinto(dst)\n"
    "loop(iter(range(10)))\n";

static const char measure[] =
    "mark(0)\n"
    "mark(1)\n"
    "it = iter(range(5000))\n"
    "mark(0)\n"
    "loop(it)\n"
    "mark(1)\n"
    "assert rb.get() is not None and rio.any() > 0\n";

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    int rc;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = discard;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM on a 512 KiB heap");
    if (!vm)
        goto done;
    /* the rings and the loop first: in the GC-stress build, a VM whose
     * first API call is tern_register_function raises RecursionError in
     * its next run (a bug of its own, reported) */
    rc = tern_run_source(vm, setup, strlen(setup), "ring.py", TERN_MODE_FILE);
    check(rc == TERN_OK, "make the rings, warm the loop up");
    check(tern_register_function(vm, "mark", mark, NULL) == TERN_OK, "register mark()");
    if (rc == TERN_OK)
        rc = tern_run_source(vm, measure, strlen(measure), "ring.py", TERN_MODE_FILE);
    check(rc == TERN_OK, "5000 rounds of ring operations run (no MemoryError with allocation locked)");
    check(allocs == 0, "no allocation counted between the marks");
    check(after.used == before.used, "the heap's used bytes did not change");
    check(after.collections == before.collections, "no collection ran");
    if (rc != TERN_OK)
        printf("  %s\n", tern_error_text(vm));
    if (rc != TERN_OK || after.used != before.used)
        printf("  used %lu -> %lu, collections %lu -> %lu, allocations %lu\n", (unsigned long)before.used,
               (unsigned long)after.used, (unsigned long)before.collections, (unsigned long)after.collections,
               (unsigned long)allocs);
    tern_close(vm);
done:
    return check_summary();
}
