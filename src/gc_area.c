/* SPDX-License-Identifier: MIT */
/*
 * gc_area.c — where the object heap lives, and growing and shrinking it.
 *
 * Without an allocator callback the object area is the part of the
 * embedder's block that tern_open leaves after the VM struct, stack and
 * frames (the "home" area), and this file only lays it out.
 *
 * With tern_config.heap_alloc, a collection may move the heap: after
 * marking, when the live data (plus the allocation that started the
 * collection) fills more than half of the area, or less than an eighth of
 * an area that came from the callback, this file gets a block of the size
 * that leaves the heap about a third full, and the compactor slides the
 * live objects into it instead of down to the bottom of the old one (the
 * forwarding addresses are the same computation with another base). The
 * old block is then given back; the home area cannot be given back, so
 * shrinking below it moves the heap home. Only the object area and its
 * side tables move: the tern_vm, its stack and frames stay in the home
 * block, so the embedder's tern_vm pointer stays valid.
 *
 * Pinned blocks must not move, so while the pinned region holds any, the
 * heap keeps its block. A callback that returns NULL leaves the heap as it
 * is: the allocation then fails with MemoryError as in a fixed heap.
 */
#include "runtime.h"

#define SIDE_PER_BLOCK 8u   /* one 32-bit mark word + one 32-bit count */
#define ROUND (16u * TERN_GC_BLOCK_BYTES)   /* sizes move in 4 KiB steps */

int tern_area_layout(uint8_t *lo, uint8_t *hi, tern_area *a) {
    uintptr_t start = ((uintptr_t)lo + TERN_GRANULE - 1) & ~(uintptr_t)(TERN_GRANULE - 1);
    size_t nblocks;
    if ((uintptr_t)hi < start + 2 * TERN_GC_BLOCK_BYTES)
        return 0;
    nblocks = (size_t)((uintptr_t)hi - start) / (TERN_GC_BLOCK_BYTES + SIDE_PER_BLOCK);
    a->lo = (uint8_t *)start;
    a->hi = a->lo + nblocks * TERN_GC_BLOCK_BYTES;
    a->mark_bits = (uint32_t *)a->hi;
    a->block_live = a->mark_bits + nblocks;
    a->side = nblocks * SIDE_PER_BLOCK;
    a->block = NULL;
    a->size = 0;
    return 1;
}

/* Bytes of block that hold an object area of `obj` bytes (a multiple of
 * TERN_GC_BLOCK_BYTES), its side tables and alignment slack. */
static size_t block_for(size_t obj) {
    return obj / TERN_GC_BLOCK_BYTES * (TERN_GC_BLOCK_BYTES + SIDE_PER_BLOCK) + TERN_GRANULE;
}

/* The largest object area heap_max allows (heap_max counts the side tables
 * too). Without a bound, a size whose arithmetic below cannot overflow. */
static size_t max_area(tern_vm *vm) {
    size_t total = vm->grow->max ? vm->grow->max : (size_t)-1 / 8;
    return total / (TERN_GC_BLOCK_BYTES + SIDE_PER_BLOCK) * TERN_GC_BLOCK_BYTES;
}

size_t tern_area_bound(tern_vm *vm) {
    size_t cur = (size_t)(vm->heap_hi - vm->heap_lo), max;
    if (!vm->grow)
        return cur;
    max = max_area(vm);
    return max > cur ? max : cur;
}

static size_t round_area(size_t n, size_t max) {
    size_t r = n / ROUND * ROUND;
    if (r < n)
        r += ROUND;
    if (r > max)
        r = max / TERN_GC_BLOCK_BYTES * TERN_GC_BLOCK_BYTES;
    return r;
}

/* Ask the callback for a block with an object area of `obj` bytes. */
static int get_block(tern_vm *vm, size_t obj, tern_area *to) {
    size_t size = block_for(obj);
    uint8_t *b = (uint8_t *)vm->grow->alloc(vm->user_data, NULL, 0, size);
    if (!b)
        return 0;
    if (!tern_area_layout(b, b + size, to) || (size_t)(to->hi - to->lo) < obj) {
        vm->grow->alloc(vm->user_data, b, size, 0);  /* cannot happen: block_for has the slack */
        return 0;
    }
    to->block = b;
    to->size = size;
    return 1;
}

/*
 * The policy. `want` is the live bytes plus what the pending allocation
 * needs (nothing if even the largest heap could not hold it: a hopeless
 * request must not inflate the heap). Grow when want > area/2, to
 * max(3 * want, 2 * area): at least doubling keeps the cost of moving
 * amortised over the allocations that filled it. Shrink a callback block
 * when want < area/8, to 3 * want, or home if that fits there. Both leave
 * the heap about a third full, far from either trigger.
 */
int tern_area_pick(tern_vm *vm, size_t live, size_t need, tern_area *to) {
    size_t cur, max, want, target, home;
    tern_area h;
    if (!vm->grow || vm->pin_lo != vm->heap_hi)
        return 0;
    cur = (size_t)(vm->heap_hi - vm->heap_lo);
    max = max_area(vm);
    if (live > max || need > max - live)
        need = 0;
    want = live + need;
    if (want > cur / 2) {
        if (cur >= max)
            return 0;
        target = round_area(3 * want > 2 * cur ? 3 * want : 2 * cur, max);
        if (target <= cur)
            return 0;
        if (get_block(vm, target, to))
            return 1;
        /* no block that large: settle for one that fits with a margin */
        target = round_area(want + want / 4, max);
        if (target > cur && want > cur && get_block(vm, target, to))
            return 1;
        return 0;
    }
    if (!vm->grow->block || want >= cur / 8)
        return 0;
    if (!tern_area_layout(vm->grow->home_lo, vm->grow->home_hi, &h))
        return 0;
    home = (size_t)(h.hi - h.lo);
    target = round_area(3 * want, max);
    if (target <= home) {
        *to = h;    /* back into the embedder's block */
        return 1;
    }
    return target < cur && get_block(vm, target, to);
}

void tern_area_install(tern_vm *vm, const tern_area *to) {
    tern_grow *g = vm->grow;
    void *old = g->block;
    size_t old_size = g->size;
    if (to->hi - to->lo > vm->heap_hi - vm->heap_lo)
        g->grows++;
    else
        g->shrinks++;
#if TERN_GC_STRESS
    if (!old)   /* leaving home: anything still pointing there must fail fast */
        memset(vm->heap_lo, TERN_GC_POISON, (size_t)(vm->heap_hi - vm->heap_lo));
#endif
    vm->heap_lo = to->lo;
    vm->heap_hi = to->hi;
    vm->pin_lo = to->hi;
    vm->mark_bits = to->mark_bits;
    vm->block_live = to->block_live;
    vm->side_bytes = to->side;
    g->block = to->block;
    g->size = to->size;
    if (old)
        g->alloc(vm->user_data, old, old_size, 0);
}

void tern_area_close(tern_vm *vm) {
    if (vm->grow && vm->grow->block)
        vm->grow->alloc(vm->user_data, vm->grow->block, vm->grow->size, 0);
}
