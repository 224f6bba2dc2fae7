/* SPDX-License-Identifier: MIT */
/*
 * pinned.c — pinned memory and the heap figures through the public API:
 * blocks from tern_pin_alloc keep their address and contents while Python
 * code churns the heap through many collections; freeing them gives the
 * space back (at once for the lowest block, at the next collection for the
 * rest); misuse is ignored; tern_gc_info's figures add up. Uses only
 * include/tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (128 * 1024)
#define NBLOCKS 8

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static void discard(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd, (void)data, (void)len;
}

static int run(tern_vm *vm, const char *src) {
    return tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
}

static int intact(unsigned char *p, size_t n, int seed) {
    size_t i;
    for (i = 0; i < n; i++)
        if (p[i] != (unsigned char)(seed + i * 7))
            return 0;
    return 1;
}

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    tern_gc_stats st, st0;
    unsigned char *blk[NBLOCKS];
    size_t sizes[NBLOCKS], free0;
    int i, ok;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = discard;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM on a 128 KiB heap");
    if (!vm)
        goto done;

    tern_gc_collect(vm);
    tern_gc_info(vm, &st0);
    free0 = st0.free;
    check(st0.total == st0.used + st0.free, "total = used + free");
    check(st0.largest_free == st0.free, "after a collection the largest free block is all the free space");
    check(st0.pinned == 0 && st0.collections >= 1, "no pinned memory yet; the collection is counted");

    for (i = 0; i < NBLOCKS; i++) {
        size_t j;
        sizes[i] = 100 + (size_t)i * 300;
        blk[i] = (unsigned char *)tern_pin_alloc(vm, sizes[i]);
        if (!blk[i])
            break;
        for (j = 0; j < sizes[i]; j++)
            blk[i][j] = (unsigned char)(i + j * 7);
    }
    check(i == NBLOCKS, "allocate 8 pinned blocks");
    tern_gc_info(vm, &st);
    check(st.pinned >= 8 * 100 && st.free + st.pinned <= free0, "the pinned blocks come out of the free space");

    ok = run(vm,
             "import gc\n"
             "keep = []\n"
             "for r in range(300):\n"
             "    keep.append([str(i) * (r % 5) for i in range(40)])\n"
             "    if len(keep) > 6:\n"
             "        keep.pop(0)\n"
             "    if r % 10 == 0:\n"
             "        gc.collect()\n"
             "keep = None\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && st.collections > st0.collections + 20, "Python code churns the heap through many collections");
    for (ok = 1, i = 0; i < NBLOCKS; i++)
        ok &= intact(blk[i], sizes[i], i);
    check(ok, "pinned blocks kept their addresses and contents");

    /* free every other block: the holes stay inside the pinned region */
    for (i = 1; i < NBLOCKS; i += 2)
        tern_pin_free(vm, blk[i]);
    tern_gc_collect(vm);
    tern_gc_info(vm, &st);
    check(st.pinned_free > 0, "freed blocks in the middle are holes in the pinned region");
    {
        unsigned char *again = (unsigned char *)tern_pin_alloc(vm, 100);
        check(again != NULL && (again == blk[1] || again == blk[3] || again == blk[5] || again == blk[7]),
              "a new pinned block reuses a hole");
        tern_pin_free(vm, again);
    }
    for (ok = 1, i = 0; i < NBLOCKS; i += 2)
        ok &= intact(blk[i], sizes[i], i);
    check(ok, "the other blocks are untouched");

    /* misuse is ignored */
    tern_pin_free(vm, NULL);
    tern_pin_free(vm, blk[1]);                 /* freed already */
    tern_pin_free(vm, blk[0] + 8);             /* not the start of a block */
    tern_pin_free(vm, heap.bytes);             /* not pinned at all */
    check(tern_pin_alloc(vm, HEAP_SIZE) == NULL, "a block larger than the heap gives NULL");
    check(run(vm, "print(sum(range(10)))\n") == TERN_OK, "the VM still runs after misuse");
    tern_gc_collect(vm);
    tern_gc_info(vm, &st);
    free0 = st.free + st.pinned;   /* what freeing all the blocks should give */

    for (i = 0; i < NBLOCKS; i += 2)
        tern_pin_free(vm, blk[i]);
    tern_gc_collect(vm);
    tern_gc_info(vm, &st);
    check(st.pinned == 0, "freeing every block empties the pinned region");
    check(st.free >= free0, "and gives the space back to the heap");

    /* the threshold: collect after every 4 KiB allocated */
    tern_gc_set_threshold(vm, 4096);
    tern_gc_info(vm, &st0);
    ok = run(vm, "x = [str(i) for i in range(2000)]\nx = None\n") == TERN_OK;
    tern_gc_info(vm, &st);
    check(ok && st.threshold == 4096 && st.collections > st0.collections + 5, "a threshold makes collections frequent");
    tern_gc_set_threshold(vm, 0);

    tern_close(vm);
done:
    return check_summary();
}
