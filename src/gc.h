/* SPDX-License-Identifier: MIT */
/*
 * gc.h — allocation and the compacting collector.
 *
 * Allocation bumps a pointer. When the heap is full, the collector marks
 * from the precise roots, then slides every live object to the bottom of
 * the heap, so the free space is always one run at the top. Anything that
 * allocates may therefore move every object: see the rooting rules in vm.h.
 */
#ifndef TERN_GC_H
#define TERN_GC_H

#include "vm.h"

/* Allocate an object of `bytes` bytes (header included) of the given kind.
 * The header is set and the rest zero-filled. Raises MemoryError if the
 * heap cannot hold it even after a collection. May collect, moving every
 * object. */
void *tern_alloc(tern_vm *vm, unsigned kind, size_t bytes);

/* As tern_alloc, but returns NULL instead of raising. */
void *tern_alloc_try(tern_vm *vm, unsigned kind, size_t bytes);

/* Shrink the most recent allocation `p` to `bytes` if nothing was allocated
 * after it (used by builders that over-allocate); otherwise a no-op. */
void tern_alloc_shrink(tern_vm *vm, void *p, size_t bytes);
int tern_alloc_grow(tern_vm *vm, void *p, size_t bytes);
void tern_weak_set(tern_vm *vm, tern_val ref, tern_val target);
tern_val tern_weak_get(tern_vm *vm, tern_val ref);
int tern_weak_should_collect(tern_vm *vm);
tern_val tern_weak_take_dead(tern_vm *vm);

/* A blob of `len` bytes in the pinned region: it never moves. With `held`
 * it lives until tern_pin_free (C owns it); otherwise while reachable.
 * NULL if there is no room even after a collection. May collect. */
tern_blob *tern_alloc_pinned(tern_vm *vm, size_t len, int held);
int tern_is_pinned(tern_vm *vm, const void *p);

/* One character per `cell` bytes of the object area (see mem_info(1)). */
void tern_gc_map(tern_vm *vm, char *out, size_t first, size_t ncells, size_t cell);

/* Collect and compact. */
void tern_gc_collect_(tern_vm *vm);

/* Is `p` inside the object area (as opposed to ROM)? */
#define TERN_IN_HEAP(vm, p) ((const uint8_t *)(p) >= (vm)->heap_lo && (const uint8_t *)(p) < (vm)->heap_hi)

/* Size in bytes of heap object `p`. */
#define TERN_OBJ_BYTES(p)   (TERN_HDR_GRANULES(*(const tern_hdr *)(p)) * TERN_GRANULE)

/* Set up the heap in [lo, hi) at open. Returns 0 if it is too small. */
int tern_gc_init(tern_vm *vm, uint8_t *lo, uint8_t *hi);

/* ---- growing heaps (gc_area.c) ---- */

/* Granules per block of the side tables: one mark word and one count each. */
#define TERN_GC_BLOCK_BYTES (32u * TERN_GRANULE)

/* A growing heap (tern_config.heap_alloc): the object area lives either
 * in the embedder's block ("home", [home_lo, home_hi)) or in a block from
 * the callback. */
typedef struct tern_grow {
    tern_heap_alloc_fn alloc;
    size_t max;             /* bound on object area + side tables; 0: none */
    uint8_t *home_lo, *home_hi;
    void *block;            /* the callback's block in use, or NULL at home */
    size_t size;
    size_t grows, shrinks;  /* moves to a larger / smaller block */
} tern_grow;

/* An object area laid out in a block of memory: objects in [lo, hi), then
 * the mark bits and block counts (side bytes). `block`/`size`: the
 * heap_alloc block it lies in, or NULL for the embedder's block. */
typedef struct tern_area {
    uint8_t *lo, *hi;
    uint32_t *mark_bits, *block_live;
    size_t side;
    void *block;
    size_t size;
} tern_area;

/* Lay out an area in [lo, hi); 0 if too small. No alloc. */
int tern_area_layout(uint8_t *lo, uint8_t *hi, tern_area *a);

/* During a collection, after marking, with `live` bytes surviving (the
 * pinned region is swept) and `need` bytes wanted by the allocation that
 * started it: whether the heap should move to another block, and if so
 * that block's layout in *to (its memory already obtained). */
int tern_area_pick(tern_vm *vm, size_t live, size_t need, tern_area *to);

/* After compaction into `to`: make it the heap and give back the old one. */
void tern_area_install(tern_vm *vm, const tern_area *to);

/* The largest object area the heap could have: the bound on one object. */
size_t tern_area_bound(tern_vm *vm);

/* At close: give back the heap_alloc block, if any. */
void tern_area_close(tern_vm *vm);

/* The ISR reserve (irq.c): set aside after a collection; allocate from it
 * in a hard callback (NULL when it is spent). */
void tern_irq_carve(tern_vm *vm);
void *tern_irq_alloc(tern_vm *vm, unsigned kind, size_t bytes);
/* Register f(arg) as a hard callback (its id), or forget id (irq.c). */
int tern_irq_add(tern_vm *vm, tern_val f, tern_val arg);
void tern_irq_remove(tern_vm *vm, int id);
/* Soft callbacks (irq.c): make the queue; queue f(arg) (0: full); run the
 * queued ones (main program, at a safe point). */
void tern_sched_init(tern_vm *vm);
int tern_sched_put(tern_vm *vm, tern_val f, tern_val arg);
void tern_sched_run(tern_vm *vm);

#endif /* TERN_GC_H */
