/* SPDX-License-Identifier: MIT */
/*
 * gc.c — bump allocation and the precise, sliding, compacting collector.
 *
 * The object area [heap_lo, heap_hi) is filled from the bottom by a bump
 * pointer. A collection:
 *
 *   1. marks every object reachable from the roots (vm.h lists them),
 *      setting one bit per 8-byte granule for *every* granule of a live
 *      object (not just its first), with an explicit mark stack kept in the
 *      free space above the bump pointer; if that overflows, marking goes on
 *      by rescanning the heap for marked objects until nothing changes;
 *   2. computes, for each 256-byte block, the number of live granules below
 *      it (block_live). An object's new address is then heap_lo plus its
 *      block's count plus the live granules before it in its block — one
 *      popcount. No forwarding word is stored in the objects;
 *   3. rewrites the roots, then walks the heap bottom to top: each live
 *      object has its references rewritten and is slid down to its new
 *      address (never above its old one, so the walk is safe).
 *
 * With an allocator callback (gc_area.c), step 3 may slide the objects
 * into another, larger or smaller, block instead: the same forwarding with
 * another base.
 *
 * After a collection the free space is one run at the top: an allocation
 * fails only when live bytes + request > heap. The side tables (mark bits,
 * block counts) are carved from the embedder's block and counted as used.
 *
 * In the GC-stress build every allocation collects, and every collection
 * ends by shifting all live objects up by one granule pair behind a dead
 * filler, so the next collection moves every object again; vacated memory
 * is poisoned.
 */
#include "runtime.h"

#define BLOCK_GRANULES 32u
#define BLOCK_BYTES TERN_GC_BLOCK_BYTES

/* Where an object kind keeps its references: `skip` raw words after the
 * header, then `nvals` reference words (-1: to the end of the object). */
typedef struct kind_info {
    uint8_t skip;
    int8_t nvals;
} kind_info;

static const kind_info kind_table[TERN_K__COUNT] = {
    /* TYPE */        {0, 5},
    /* BIGINT */      {0, 0},
    /* FLOAT */       {0, 0},
    /* STR */         {0, 0},
    /* BYTES */       {0, 0},
    /* TUPLE */       {1, -1},
    /* LIST */        {0, 1},
    /* DICT */        {0, 2},
    /* SET */         {0, 2},
    /* RANGE */       {0, 0},
    /* SLICE */       {0, 3},
    /* ITER */        {0, 1},
    /* FUNC */        {0, 10},
    /* CFUNC */       {0, 1},
    /* BOUND */       {0, 2},
    /* CODE */        {0, 10},
    /* CELL */        {0, 1},
    /* MODULE */      {0, 2},
    /* PROPERTY */    {0, 4},
    /* STATICMETHOD */{0, 4},
    /* CLASSMETHOD */ {0, 4},
    /* SUPER */       {0, 2},
    /* GEN */         {0, TERN_GEN_NVALS},
    /* ARRAY */       {1, -1},
    /* BLOB */        {0, 0},
    /* TRACEBACK */   {0, 2},
    /* BYTEARRAY */   {0, 1},
    /* OBJECT */      {0, TERN_OBJECT_NVALS},
    /* NATIVE */      {0, TERN_NATIVE_NVALS},
    /* INSTANCE */    {0, 2},
    /* EXC */         {0, 6},
};

/* The reference words of heap object p: [*first, *end). */
static void refs_of(uint8_t *p, tern_val **first, tern_val **end) {
    tern_hdr h = *(tern_hdr *)p;
    const kind_info *ki = &kind_table[TERN_HDR_KIND(h)];
    tern_val *w = (tern_val *)(p + sizeof(tern_hdr)) + ki->skip;
    *first = w;
    if (ki->nvals < 0)
        *end = (tern_val *)(p + TERN_HDR_GRANULES(h) * TERN_GRANULE);
    else
        *end = w + ki->nvals;
}

static void collect(tern_vm *vm, size_t need);

static inline int in_heap(tern_vm *vm, tern_val v) {
    return TERN_IS_OBJ(v) && TERN_IN_HEAP(vm, TERN_PTR(v));
}

static inline size_t granule_of(tern_vm *vm, const void *p) {
    return (size_t)((const uint8_t *)p - vm->heap_lo) / TERN_GRANULE;
}

static inline int is_marked(tern_vm *vm, const void *p) {
    size_t g = granule_of(vm, p);
    return (vm->mark_bits[g / 32] >> (g % 32)) & 1u;
}

/* Set the mark bits of all granules [g, g + n), n >= 1: most objects are a
 * few granules and take one or two word updates. */
static inline void mark_range(uint32_t *mark_bits, size_t g, size_t n) {
    uint32_t *bits = mark_bits + g / 32;
    unsigned b = (unsigned)(g % 32);
    if (b + n <= 32) {
        *bits |= (n == 32 ? 0xFFFFFFFFu : ((1u << n) - 1u)) << b;
        return;
    }
    *bits++ |= 0xFFFFFFFFu << b;
    n -= 32 - b;
    for (; n >= 32; n -= 32)
        *bits++ = 0xFFFFFFFFu;
    if (n)
        *bits |= (1u << n) - 1u;
}

static inline unsigned popcount32(uint32_t x) {
#if defined(__GNUC__) && (defined(__POPCNT__) || defined(__ARM_NEON))
    return (unsigned)__builtin_popcount(x);
#else
    /* without a popcount instruction, GCC's builtin is a library call */
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (unsigned)((((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
#endif
}

static inline unsigned ctz32(uint32_t x) {
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(x);
#else
    unsigned n = 0;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* The first marked granule at or after p, below `end`, or `end`. Dead
 * objects have no mark bits and live ones have all theirs set, so after a
 * live object this is the start of the next live object: the walk skips
 * garbage a bitmap word (256 bytes) at a time. */
static uint8_t *next_marked(tern_vm *vm, uint8_t *p, uint8_t *end) {
    size_t g, gend;
    uint32_t w;
    if (p >= end)
        return end;
    g = granule_of(vm, p);
    gend = granule_of(vm, end);
    w = vm->mark_bits[g / 32] & (0xFFFFFFFFu << (g % 32));
    g -= g % 32;
    while (!w) {
        g += 32;
        if (g >= gend)
            return end;
        w = vm->mark_bits[g / 32];
    }
    g += ctz32(w);
    return g >= gend ? end : vm->heap_lo + g * TERN_GRANULE;
}

/* ------------------------------------------------------------------ */
/* Marking                                                             */
/* ------------------------------------------------------------------ */

typedef struct marker {
    tern_vm *vm;
    tern_val *stack;    /* in the free space above heap_top */
    size_t cap, len;
    int overflow;
} marker;

/* Mark v if it is an unmarked heap object and queue it for scanning.
 * Inlined: it runs for every reference word of every live object. */
static inline void mark_val(marker *m, tern_val v) {
    tern_vm *vm = m->vm;
    if (!in_heap(vm, v))
        return;
    uint8_t *p = (uint8_t *)TERN_PTR(v);
    if (is_marked(vm, p))
        return;
    mark_range(vm->mark_bits, granule_of(vm, p), TERN_HDR_GRANULES(*(tern_hdr *)p));
    if (m->len < m->cap)
        m->stack[m->len++] = v;
    else
        m->overflow = 1;
}

static void scan_object(marker *m, uint8_t *p) {
    tern_val *w, *end;
    refs_of(p, &w, &end);
    for (; w < end; w++)
        mark_val(m, *w);
}

/* Scan the queued objects until the mark stack is empty: the hot loop of
 * marking, so everything it reads stays in locals (the stores to the mark
 * bits and the stack would otherwise make the compiler reload the VM's
 * fields at every reference). A reference is followed if it is an object
 * in [lo, lo + span): one unsigned comparison, which also rules out NULL. */
static void drain(marker *m) {
    const tern_val lo = (tern_val)m->vm->heap_lo, span = (tern_val)(m->vm->heap_hi - m->vm->heap_lo);
    uint32_t *const bits = m->vm->mark_bits;
    tern_val *const stack = m->stack;
    const size_t cap = m->cap;
    size_t len = m->len;
    int overflow = m->overflow;
    while (len > 0) {
        tern_val *w, *end;
        refs_of((uint8_t *)TERN_PTR(stack[--len]), &w, &end);
        for (; w < end; w++) {
            tern_val v = *w;
            size_t g;
            if ((v & 3) || v - lo >= span)
                continue;
            g = (size_t)(v - lo) / TERN_GRANULE;
            if ((bits[g / 32] >> (g % 32)) & 1u)
                continue;
            mark_range(bits, g, TERN_HDR_GRANULES(*(const tern_hdr *)TERN_PTR(v)));
            if (len < cap)
                stack[len++] = v;
            else
                overflow = 1;
        }
    }
    m->len = 0;
    m->overflow = overflow;
}

/* Apply fn to every root slot. */
static void for_each_root(tern_vm *vm, void (*fn)(void *ctx, tern_val *slot), void *ctx) {
    tern_val *s;
    size_t i;
    tern_frame *f;
    for (s = vm->stack; s < vm->sp; s++)
        fn(ctx, s);
    for (f = vm->frame; f < vm->frame_top; f++) {
        fn(ctx, &f->code);
        fn(ctx, &f->globals);
        fn(ctx, &f->ctx);
    }
    for (i = 0; i < vm->nroots; i++)
        fn(ctx, vm->roots[i]);
    fn(ctx, &vm->exc);
    fn(ctx, &vm->handled);
    fn(ctx, &vm->modules);
    fn(ctx, &vm->main_module);
    fn(ctx, &vm->builtins);
    fn(ctx, &vm->interned);
    fn(ctx, &vm->memory_error);
    fn(ctx, &vm->error_text);
    fn(ctx, &vm->sys_path);
    fn(ctx, &vm->sys_argv);
    fn(ctx, &vm->pending_throw);
    fn(ctx, &vm->id_table);
    fn(ctx, &vm->weak_table);
    for (i = 0; i < sizeof(vm->scratch) / sizeof(vm->scratch[0]); i++)
        fn(ctx, &vm->scratch[i]);
    fn(ctx, &vm->api_slots);
    fn(ctx, &vm->api_handles);
    fn(ctx, &vm->api_exc);
    fn(ctx, &vm->api_errtext);
    fn(ctx, &vm->api_text);
    fn(ctx, &vm->irq_table);
    fn(ctx, &vm->sched);
    fn(ctx, &vm->irq_memerrs);
}

static void mark_root(void *ctx, tern_val *slot) {
    marker *m = (marker *)ctx;
    mark_val(m, *slot);
    drain(m);
}

static void mark_all(tern_vm *vm) {
    marker m;
    uint8_t *p;
    size_t words = (size_t)(vm->pin_lo - vm->heap_top) / sizeof(tern_val);
    m.vm = vm;
    m.stack = (tern_val *)vm->heap_top;
    m.cap = words;
#ifdef TERN_GC_TINY_MARK_STACK
    if (m.cap > 2)
        m.cap = 2;   /* test the overflow path */
#endif
    m.len = 0;
    m.overflow = 0;
    for_each_root(vm, mark_root, &m);
    /* The mark stack overflowed: some marked objects were not scanned.
     * Rescan every marked object until a pass pushes nothing new. */
    while (m.overflow) {
        m.overflow = 0;
        for (p = next_marked(vm, vm->heap_start, vm->heap_top); p < vm->heap_top;
             p = next_marked(vm, p + TERN_OBJ_BYTES(p), vm->heap_top)) {
            scan_object(&m, p);
            drain(&m);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Relocation                                                          */
/* ------------------------------------------------------------------ */

/* New address of marked heap object p. */
static inline uint8_t *forward(tern_vm *vm, const uint8_t *p) {
    size_t g = granule_of(vm, p);
    uint32_t below = vm->mark_bits[g / 32] & ((1u << (g % 32)) - 1u);
    return vm->heap_dest + ((size_t)vm->block_live[g / 32] + popcount32(below)) * TERN_GRANULE;
}

typedef struct relocator {
    tern_vm *vm;
    intptr_t delta;     /* 0: slide by forwarding; else shift every object by delta */
    const uint8_t *dense_end;   /* objects below this do not move */
    tern_val lo, span;  /* what moves: [lo, lo + span) = [dense_end, pin_lo) */
} relocator;

static void relocator_init(relocator *r, tern_vm *vm, intptr_t delta, const uint8_t *dense_end) {
    r->vm = vm;
    r->delta = delta;
    r->dense_end = dense_end;
    r->lo = (tern_val)dense_end;
    r->span = (tern_val)(vm->pin_lo - dense_end);
}

static inline tern_val moved(relocator *r, tern_val v) {
    /* one unsigned comparison: not below dense_end (nor NULL, nor ROM
     * below the heap), not pinned (nor ROM above it) */
    if ((v & 3) || v - r->lo >= r->span)
        return v;   /* not in the heap, not moving, or pinned */
    if (r->delta)
        return v + (tern_val)r->delta;
    return TERN_VAL(forward(r->vm, (const uint8_t *)TERN_PTR(v)));
}

/* The id() table: drop the entries of dead objects (when sweeping) and
 * rewrite the others to where their objects go. Runs before anything
 * moves, on the table at its current address. */
static void relocate_ids(relocator *r, int sweep) {
    tern_vm *vm = r->vm;
    tern_blob *b;
    tern_id_entry *e;
    size_t i, n, kept = 0;
    if (!vm->id_table)
        return;
    b = (tern_blob *)TERN_PTR(vm->id_table);
    e = (tern_id_entry *)TERN_BLOB_DATA(b);
    n = b->len / sizeof(tern_id_entry);
    for (i = 0; i < n; i++) {
        if (e[i].obj == 0)
            break;
        if (sweep && !is_marked(vm, TERN_PTR(e[i].obj)))
            continue;
        e[kept].obj = moved(r, e[i].obj);
        e[kept].id = e[i].id;
        kept++;
    }
    for (i = kept; i < n && e[i].obj; i++)
        e[i].obj = 0;
    vm->id_count = kept;
}

/* The weak-reference table, likewise: entries of dead weakref objects go,
 * referents that die are cleared (and marked dead for their callbacks),
 * the rest follow their objects. */
static void relocate_weak(relocator *r, int sweep) {
    tern_vm *vm = r->vm;
    tern_weak_entry *e;
    size_t i, kept = 0;
    if (!vm->weak_table)
        return;
    e = (tern_weak_entry *)TERN_BLOB_DATA(TERN_PTR(vm->weak_table));
    for (i = 0; i < vm->weak_count; i++) {
        tern_val t = e[i].target;
        if (sweep && !is_marked(vm, TERN_PTR(e[i].ref)))
            continue;
        if (t && in_heap(vm, t) && sweep && !is_marked(vm, TERN_PTR(t))) {
            t = 0;
            e[i].dead = 1;
        } else if (t) {
            t = moved(r, t);
        }
        e[kept].ref = moved(r, e[i].ref);
        e[kept].target = t;
        e[kept].dead = e[i].dead;
        kept++;
    }
    vm->weak_count = kept;
}

static void relocate_root(void *ctx, tern_val *slot) {
    *slot = moved((relocator *)ctx, *slot);
}

/* Rewrite the roots; frames' instruction pointers follow their code. */
static void relocate_roots(relocator *r) {
    tern_vm *vm = r->vm;
    tern_frame *f;
    for (f = vm->frame; f < vm->frame_top; f++) {
        if (in_heap(vm, f->code) && f->ip) {
            const uint8_t *old = (const uint8_t *)TERN_PTR(f->code);
            const uint8_t *now = (const uint8_t *)TERN_PTR(moved(r, f->code));
            f->ip = now + (f->ip - old);
        }
    }
    for_each_root(vm, relocate_root, r);
}

/* Rewrite the references of object p. The hot loop of compaction: its
 * inputs are loaded into locals once (see drain). */
static void relocate_fields(relocator *r, uint8_t *p) {
    tern_val *w, *end;
    const tern_val lo = r->lo, span = r->span;
    refs_of(p, &w, &end);
    if (w >= end)
        return;
    if (r->delta) {
        for (; w < end; w++)
            *w = moved(r, *w);
        return;
    }
    {
        const uint32_t *const bits = r->vm->mark_bits, *const counts = r->vm->block_live;
        const tern_val heap_lo = (tern_val)r->vm->heap_lo;
        uint8_t *const dest = r->vm->heap_dest;
        for (; w < end; w++) {
            tern_val v = *w;
            size_t g;
            if ((v & 3) || v - lo >= span)
                continue;
            g = (size_t)(v - heap_lo) / TERN_GRANULE;
            *w = TERN_VAL(dest + ((size_t)counts[g / 32] + popcount32(bits[g / 32] & ((1u << (g % 32)) - 1u))) *
                                     TERN_GRANULE);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Collection                                                          */
/* ------------------------------------------------------------------ */

/* After marking: the live granules below each block (block_live), and
 * the live granules in all. */
static size_t count_live(tern_vm *vm) {
    size_t nblocks = (size_t)(vm->heap_top - vm->heap_lo + BLOCK_BYTES - 1) / BLOCK_BYTES;
    size_t b, live = 0;
    for (b = 0; b < nblocks; b++) {
        uint32_t bits = vm->mark_bits[b];
        if (b == nblocks - 1 && granule_of(vm, vm->heap_top) % 32)
            bits &= (1u << (granule_of(vm, vm->heap_top) % 32)) - 1u;   /* pinned chunks may share the last word */
        vm->block_live[b] = (uint32_t)live;
        live += popcount32(bits);
    }
    return live;
}

/* Slide the `live` marked granules to vm->heap_dest: the bottom of the
 * object area, or of the block the heap is moving to (then every object
 * moves, and the old area is left as it was, to be given back). */
static void compact(tern_vm *vm, size_t live) {
    relocator r;
    size_t nblocks = (size_t)(vm->heap_top - vm->heap_lo + BLOCK_BYTES - 1) / BLOCK_BYTES;
    size_t b, objs = 0;
    uint8_t *p, *next, *to, *old_top = vm->heap_top;
    int moving = vm->heap_dest != vm->heap_lo;

    /* The dense prefix: objects below the first dead granule stay where
     * they are (a long-lived program's old objects, typically), so
     * references to them need no forwarding. */
    for (b = 0; b < nblocks && vm->mark_bits[b] == 0xFFFFFFFFu; b++)
        ;
    relocator_init(&r, vm, 0, moving ? vm->heap_lo
                                     : vm->heap_lo + (b * 32 + (b < nblocks ? ctz32(~vm->mark_bits[b]) : 0)) * TERN_GRANULE);
    relocate_ids(&r, 1);
    relocate_weak(&r, 1);
    relocate_roots(&r);
    /* The objects are visited in address order and packed in that order,
     * so each one's new address, forward(vm, p), is simply where the
     * previous one ended: `to`. */
    to = vm->heap_dest;
    for (p = next_marked(vm, vm->heap_start, old_top); p < old_top;
         p = next < old_top && is_marked(vm, next) ? next : next_marked(vm, next, old_top)) {
        size_t bytes = TERN_OBJ_BYTES(p);
        next = p + bytes;
        objs++;
        relocate_fields(&r, p);
        if (to != p)
            memmove(to, p, bytes);
        to += bytes;
    }
    vm->heap_start = vm->heap_dest;
    vm->heap_top = vm->heap_start + live * TERN_GRANULE;
    vm->gc_freed_bytes += (size_t)(old_top - vm->heap_lo) - live * TERN_GRANULE;
    vm->gc_freed_objs = vm->gc_live_objs + vm->gc_epoch_objs > objs ? vm->gc_live_objs + vm->gc_epoch_objs - objs : 0;
    vm->gc_live_objs = objs;
#if TERN_GC_STRESS
    if (!moving)
        memset(vm->heap_top, TERN_GC_POISON, (size_t)(old_top - vm->heap_top));
#endif
}

#if TERN_GC_STRESS
/* Shift every live object up by `gap` bytes, leaving the bottom empty, so
 * that the next collection must move every object back down. */
static void stress_shift(tern_vm *vm, size_t gap) {
    relocator r;
    uint8_t *p;
    size_t used = (size_t)(vm->heap_top - vm->heap_start);
    if (vm->heap_top + gap > vm->pin_lo)
        return;
    relocator_init(&r, vm, (intptr_t)gap, vm->heap_lo);
    relocate_ids(&r, 0);
    relocate_weak(&r, 0);
    relocate_roots(&r);
    for (p = vm->heap_start; p < vm->heap_top; p += TERN_OBJ_BYTES(p))
        relocate_fields(&r, p);
    memmove(vm->heap_start + gap, vm->heap_start, used);
    memset(vm->heap_start, TERN_GC_POISON, gap);
    vm->heap_start += gap;
    vm->heap_top += gap;
}
#endif

#if TERN_GC_STRESS
#include <stdio.h>
#include <stdlib.h>

/* A value the collector left behind must be an immediate, a ROM object or
 * the start of a heap object: check the last by its header. */
static void check_val(tern_vm *vm, tern_val v, const char *where) {
    const uint8_t *p;
    tern_hdr h;
    if (!TERN_IS_OBJ(v) || !TERN_IN_HEAP(vm, TERN_PTR(v)))
        return;
    p = (const uint8_t *)TERN_PTR(v);
    h = *(const tern_hdr *)p;
    if (p >= vm->pin_lo) {
        /* pinned: a live blob chunk of the pinned region */
        if (TERN_HDR_KIND(h) != TERN_K_BLOB || (h & TERN_HF_PIN_FREE) || TERN_HDR_GRANULES(h) == 0) {
            fprintf(stderr, "tern: GC verify: bad pinned reference %p in %s\n", (const void *)p, where);
            abort();
        }
        return;
    }
    if (p < vm->heap_start || p >= vm->heap_top || TERN_HDR_KIND(h) >= TERN_K__COUNT ||
        TERN_HDR_GRANULES(h) == 0 || p + TERN_HDR_GRANULES(h) * TERN_GRANULE > vm->heap_top) {
        fprintf(stderr, "tern: GC verify: bad reference %p in %s\n", (const void *)p, where);
        abort();
    }
}

static void check_root(void *ctx, tern_val *slot) {
    check_val((tern_vm *)ctx, *slot, "a root");
}

/* Stress build: after every collection, every reference is checked. */
static void verify_heap(tern_vm *vm) {
    uint8_t *p;
    for_each_root(vm, check_root, vm);
    for (p = vm->heap_start; p < vm->heap_top; p += TERN_OBJ_BYTES(p)) {
        tern_val *w, *end;
        if (TERN_HDR_GRANULES(*(tern_hdr *)p) == 0 || TERN_HDR_KIND(*(tern_hdr *)p) >= TERN_K__COUNT) {
            fprintf(stderr, "tern: GC verify: corrupt header at %p\n", (void *)p);
            abort();
        }
        refs_of(p, &w, &end);
        for (; w < end; w++)
            check_val(vm, *w, "an object");
    }
    for (p = vm->pin_lo; p < vm->heap_hi; p += TERN_OBJ_BYTES(p)) {
        if (TERN_HDR_GRANULES(*(tern_hdr *)p) == 0 || TERN_HDR_KIND(*(tern_hdr *)p) != TERN_K_BLOB) {
            fprintf(stderr, "tern: GC verify: corrupt pinned chunk at %p\n", (void *)p);
            abort();
        }
    }
}
#endif

/* The next collection comes after allocating max(survivors, budget), or
 * the threshold set by gc.threshold(). */
static void set_limit(tern_vm *vm) {
    size_t live = (size_t)(vm->heap_top - vm->heap_start);
    size_t room = (size_t)(vm->pin_lo - vm->heap_top);
    size_t budget = live > TERN_GC_MIN_BUDGET ? live : TERN_GC_MIN_BUDGET;
    if (vm->gc_threshold)
        budget = vm->gc_threshold;
    vm->heap_limit = budget < room ? vm->heap_top + budget : vm->pin_lo;
}

/* ------------------------------------------------------------------ */
/* The pinned region                                                   */
/* ------------------------------------------------------------------ */

/*
 * Pinned blobs never move: they live in [pin_lo, heap_hi), at the top of
 * the object area, a run of chunks each headed like a blob. A chunk is
 * either unused (flag TERN_HF_PIN_FREE), or held by C (flag TERN_HF_PIN_HELD)
 * until tern_pin_free, or live while something reachable refers to it. The
 * region grows down into the bump area's free space and gives back the free
 * chunks at its bottom at each collection; free chunks elsewhere are reused
 * first-fit. That is the cost of pinning: the region itself can fragment,
 * and its free chunks do not count in gc.mem_free().
 */

#if TERN_OOM_INJECT
/* Failure injection (test build): true if this allocation must fail. */
static int oom_injected(tern_vm *vm) {
    size_t n = ++vm->oom_count;
    return vm->oom_at && (n == vm->oom_at || (vm->oom_sticky && n > vm->oom_at));
}
#endif

/* Give the free chunks at the bottom of the pinned region back to the heap. */
static void pin_shrink(tern_vm *vm) {
    while (vm->pin_lo < vm->heap_hi && (*(tern_hdr *)vm->pin_lo & TERN_HF_PIN_FREE))
        vm->pin_lo += TERN_OBJ_BYTES(vm->pin_lo);
}

/* After marking: free the dead chunks, merge neighbours, shrink the region. */
static void sweep_pinned(tern_vm *vm) {
    uint8_t *p, *next, *run = NULL;
    for (p = vm->pin_lo; p < vm->heap_hi; p = next) {
        tern_hdr h = *(tern_hdr *)p;
        next = p + TERN_OBJ_BYTES(p);
        if (!(h & TERN_HF_PIN_FREE) && ((h & TERN_HF_PIN_HELD) || is_marked(vm, p))) {
            run = NULL;
            continue;
        }
        if (!(h & TERN_HF_PIN_FREE))
            vm->gc_freed_bytes += TERN_OBJ_BYTES(p);
        if (!run)
            run = p;
        *(tern_hdr *)run = TERN_HDR_MAKE(TERN_K_BLOB, (size_t)(next - run) / TERN_GRANULE) | TERN_HF_PIN_FREE;
#if TERN_GC_STRESS
        if (p == run)
            memset(p + sizeof(tern_hdr), TERN_GC_POISON, (size_t)(next - p) - sizeof(tern_hdr));
        else
            memset(p, TERN_GC_POISON, (size_t)(next - p));
#endif
    }
    pin_shrink(vm);
}

/* A chunk of `need` bytes: a free one, else carved below the region. */
static uint8_t *pin_take(tern_vm *vm, size_t need) {
    uint8_t *p;
    for (p = vm->pin_lo; p < vm->heap_hi; p += TERN_OBJ_BYTES(p)) {
        size_t have = TERN_OBJ_BYTES(p);
        if (!(*(tern_hdr *)p & TERN_HF_PIN_FREE) || have < need)
            continue;
        if (have > need)
            *(tern_hdr *)(p + need) = TERN_HDR_MAKE(TERN_K_BLOB, (have - need) / TERN_GRANULE) | TERN_HF_PIN_FREE;
        return p;
    }
    if ((size_t)(vm->pin_lo - vm->heap_top) < need)
        return NULL;
    vm->pin_lo -= need;
    if (vm->heap_limit > vm->pin_lo)
        vm->heap_limit = vm->pin_lo;
    return vm->pin_lo;
}

tern_blob *tern_alloc_pinned(tern_vm *vm, size_t len, int held) {
    size_t need = (sizeof(tern_blob) + len + TERN_GRANULE - 1) / TERN_GRANULE * TERN_GRANULE;
    uint8_t *p;
    if (len > tern_area_bound(vm))
        return NULL;
#if TERN_OOM_INJECT
    if (oom_injected(vm))
        return NULL;
#endif
#if TERN_GC_STRESS
    collect(vm, need);
#endif
    p = pin_take(vm, need);
    if (!p && !vm->gc_busy) {
        collect(vm, need);
        p = pin_take(vm, need);
    }
    if (!p)
        return NULL;
    memset(p, 0, need);
    *(tern_hdr *)p = TERN_HDR_MAKE(TERN_K_BLOB, need / TERN_GRANULE) | (held ? TERN_HF_PIN_HELD : 0);
    ((tern_blob *)p)->len = len;
    return (tern_blob *)p;
}

int tern_is_pinned(tern_vm *vm, const void *p) {
    return (const uint8_t *)p >= vm->pin_lo && (const uint8_t *)p < vm->heap_hi;
}

static double gc_clock(tern_vm *vm) {
    return vm->clock ? vm->clock(vm->user_data, TERN_CLOCK_MONOTONIC) : 0.0;
}

/* Collect; `need`: the bytes the allocation that asked for it wants (a
 * growing heap makes room for them). */
static void collect(tern_vm *vm, size_t need) {
    size_t nbits_words, pin_word, live;
    tern_area to;
    double t0;
    if (vm->gc_busy || vm->irq_level)
        return;     /* (a hard callback never collects: it has the reserve) */
    vm->gc_busy = 1;
    vm->irq_defer = vm->irq_defer + 1;    /* interrupts wait for the end (irq.c) */
    /* the reserve's objects join the others; its rest is a dead blob */
    vm->irq_lo = vm->irq_hi = NULL;
    t0 = gc_clock(vm);
    vm->fresh_str = TERN_NULL;     /* not a root: it is about to move or die */
    nbits_words = (size_t)(vm->heap_top - vm->heap_lo + BLOCK_BYTES - 1) / BLOCK_BYTES;
    memset(vm->mark_bits, 0, nbits_words * sizeof(uint32_t));
    pin_word = granule_of(vm, vm->pin_lo) / 32;
    if (vm->pin_lo < vm->heap_hi)
        memset(vm->mark_bits + pin_word, 0, ((size_t)(vm->heap_hi - vm->heap_lo) / BLOCK_BYTES - pin_word) * sizeof(uint32_t));
    mark_all(vm);
    vm->gc_freed_bytes = 0;
    sweep_pinned(vm);
    live = count_live(vm);
    vm->heap_dest = vm->heap_lo;
    if (vm->grow && tern_area_pick(vm, live * TERN_GRANULE, need, &to)) {
        vm->heap_dest = to.lo;      /* compact into the new block */
        compact(vm, live);
        tern_area_install(vm, &to);
        vm->heap_dest = vm->heap_lo;
    } else {
        compact(vm, live);
    }
#if TERN_GC_STRESS
    stress_shift(vm, 2 * TERN_GRANULE);
    verify_heap(vm);
#endif
    tern_attr_cache_clear(vm);      /* its keys moved, and so did the hints' types */
    if (vm->irq_table)
        tern_irq_carve(vm);         /* a new reserve above the live objects */
    set_limit(vm);
    vm->gc_count++;
    vm->gc_epoch_alloc = 0;
    vm->gc_epoch_objs = 0;
    if (vm->clock) {
        double us = (gc_clock(vm) - t0) * 1e6;
        vm->gc_pause_last_us = us < 0 ? 0 : us > 4e9 ? 4000000000u : (uint32_t)us;
        if (vm->gc_pause_last_us > vm->gc_pause_max_us)
            vm->gc_pause_max_us = vm->gc_pause_last_us;
        vm->gc_pause_total_us += vm->gc_pause_last_us;
    }
    vm->gc_busy = 0;
    TERN_IRQ_UNDEFER(vm);   /* and the interrupts that waited run now */
}

void tern_gc_collect_(tern_vm *vm) {
    collect(vm, 0);
}

/* ------------------------------------------------------------------ */
/* Allocation                                                          */
/* ------------------------------------------------------------------ */

void *tern_alloc_try(tern_vm *vm, unsigned kind, size_t bytes) {
    size_t granules = (bytes + TERN_GRANULE - 1) / TERN_GRANULE;
    size_t need;
    uint8_t *p;
#if TERN_OOM_INJECT
    if (oom_injected(vm))
        return NULL;
#endif
    if (vm->irq_inject_every && (!vm->irq_level || vm->irq_inject_nested) &&
        ++vm->irq_inject_count >= vm->irq_inject_every) {
        /* the tests' interrupt, in the middle of an allocation (irq.c);
         * inside a callback it nests, up to the last level */
        vm->irq_inject_count = 0;
        tern_irq_hard(vm, vm->irq_level ? vm->irq_inject_id2 : vm->irq_inject_id);
    }
    if (vm->irq_level)
        return tern_irq_alloc(vm, kind, bytes);     /* a hard callback: the reserve */
    if (granules == 0)
        granules = 1;
    if (granules > ((size_t)-1 >> 8) / 2 || granules > tern_area_bound(vm) / TERN_GRANULE)
        return NULL;
    need = granules * TERN_GRANULE;
#if TERN_GC_STRESS
    collect(vm, need);
#endif
    if ((size_t)(vm->heap_limit - vm->heap_top) < need) {
        collect(vm, need);
        if ((size_t)(vm->pin_lo - vm->heap_top) < need)
            return NULL;
        if ((size_t)(vm->heap_limit - vm->heap_top) < need)
            vm->heap_limit = vm->pin_lo;   /* a big object: let it through */
    }
    p = vm->heap_top;
    vm->heap_top += need;
    vm->gc_epoch_alloc += need;
    vm->gc_epoch_objs++;
    if ((kind == TERN_K_STR || kind == TERN_K_BYTES) && need > 2 * sizeof(tern_str)) {
        /* text is written by the caller: zero only the fixed fields and the
         * last granule (the NUL terminator lives there) */
        memset(p, 0, sizeof(tern_str));
        memset(p + need - TERN_GRANULE, 0, TERN_GRANULE);
    } else {
        memset(p, 0, need);
    }
    *(tern_hdr *)p = TERN_HDR_MAKE(kind, granules);
    return p;
}

void *tern_alloc(tern_vm *vm, unsigned kind, size_t bytes) {
    void *p;
#if !TERN_GC_STRESS && !TERN_OOM_INJECT
    /* fast path for small objects (floats, cells, bound methods, small
     * tuples): bump and clear a few words inline */
    size_t need = (bytes + TERN_GRANULE - 1) & ~(size_t)(TERN_GRANULE - 1);
    if (need - 1 < 64 && (size_t)(vm->heap_limit - vm->heap_top) >= need) {
        uint8_t *o = vm->heap_top;
        tern_val *w = (tern_val *)o;
        size_t i, n = need / sizeof(tern_val);
        vm->heap_top += need;
        vm->gc_epoch_alloc += need;
        vm->gc_epoch_objs++;
        for (i = 1; i < n; i++)
            w[i] = 0;
        *(tern_hdr *)o = TERN_HDR_MAKE(kind, need / TERN_GRANULE);
        return o;
    }
#endif
    p = tern_alloc_try(vm, kind, bytes);
    if (!p)
        tern_raise_memory_error(vm);
    return p;
}

void tern_alloc_shrink(tern_vm *vm, void *p, size_t bytes) {
    uint8_t *o = (uint8_t *)p;
    size_t granules = (bytes + TERN_GRANULE - 1) / TERN_GRANULE;
    if (granules == 0)
        granules = 1;
    if (vm->irq_level || o + TERN_OBJ_BYTES(o) != vm->heap_top || granules >= TERN_HDR_GRANULES(*(tern_hdr *)o))
        return;
    {
        size_t given_back = (TERN_HDR_GRANULES(*(tern_hdr *)o) - granules) * TERN_GRANULE;
        vm->gc_epoch_alloc -= given_back < vm->gc_epoch_alloc ? given_back : vm->gc_epoch_alloc;
    }
    vm->heap_top = o + granules * TERN_GRANULE;
    *(tern_hdr *)o = (*(tern_hdr *)o & 0xFF) | ((tern_hdr)granules << 8);
}

/* Grow the object at p, if it is the last one allocated and the heap has
 * room, to `bytes`; 1 if done. Never collects, so nothing moves. */
int tern_alloc_grow(tern_vm *vm, void *p, size_t bytes) {
    uint8_t *o = (uint8_t *)p;
    size_t granules = (bytes + TERN_GRANULE - 1) / TERN_GRANULE, have = TERN_HDR_GRANULES(*(tern_hdr *)o);
#if TERN_OOM_INJECT
    if (vm->oom_sticky && vm->oom_at && vm->oom_count >= vm->oom_at)
        return 0;   /* no memory at all: growing in place fails too */
#endif
    if (vm->irq_level || o + have * TERN_GRANULE != vm->heap_top || granules <= have ||
        (size_t)(vm->pin_lo - vm->heap_top) < (granules - have) * TERN_GRANULE)
        return 0;
    vm->heap_top = o + granules * TERN_GRANULE;
    if (vm->heap_top > vm->heap_limit)
        vm->heap_limit = vm->heap_top;  /* past the collection threshold: the next allocation collects */
    vm->gc_epoch_alloc += (granules - have) * TERN_GRANULE;
    *(tern_hdr *)o = (*(tern_hdr *)o & 0xFF) | ((tern_hdr)granules << 8);
    return 1;
}

/*
 * Lay out the object area and its side tables in [lo, hi). For an object
 * area of A bytes the mark bits take A/64 bytes and the block counts A/64,
 * so A is about 31/32 of what is left.
 */
int tern_gc_init(tern_vm *vm, uint8_t *lo, uint8_t *hi) {
    tern_area a;
    if (!tern_area_layout(lo, hi, &a))
        return 0;
    if (vm->grow) {
        vm->grow->home_lo = lo;
        vm->grow->home_hi = hi;
    }
    vm->heap_lo = a.lo;
    vm->heap_start = vm->heap_lo;
    vm->heap_dest = vm->heap_lo;
    vm->heap_top = vm->heap_lo;
    vm->heap_hi = a.hi;
    vm->pin_lo = vm->heap_hi;
    vm->heap_limit = vm->heap_hi;
    vm->mark_bits = a.mark_bits;
    vm->block_live = a.block_live;
    vm->side_bytes = a.side;
    set_limit(vm);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

void tern_gc_collect(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return;
    tern_gc_collect_(vm);
}

size_t tern_gc_mem_free(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return 0;
    return (size_t)(vm->pin_lo - vm->heap_top);
}

size_t tern_gc_mem_alloc(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return 0;
    return (size_t)(vm->heap_hi - vm->heap_lo) + vm->side_bytes - tern_gc_mem_free(vm);
}

void tern_gc_info(tern_vm *vm, tern_gc_stats *st) {
    uint8_t *p;
    if (!st)
        return;
    memset(st, 0, sizeof *st);
    if (!TERN_VM_OPEN(vm))
        return;
    st->total = (size_t)(vm->heap_hi - vm->heap_lo) + vm->side_bytes;
    st->free = tern_gc_mem_free(vm);
    st->used = st->total - st->free;
    st->largest_free = st->free;
    st->side = vm->side_bytes;
    for (p = vm->pin_lo; p < vm->heap_hi; p += TERN_OBJ_BYTES(p)) {
        st->pinned += TERN_OBJ_BYTES(p);
        if (*(tern_hdr *)p & TERN_HF_PIN_FREE)
            st->pinned_free += TERN_OBJ_BYTES(p);
    }
    st->collections = vm->gc_count;
    st->live_objects = vm->gc_live_objs;
    st->freed_objects = vm->gc_freed_objs;
    st->freed_bytes = vm->gc_freed_bytes;
    st->threshold = vm->gc_threshold;
    st->pause_last_us = vm->gc_pause_last_us;
    st->pause_max_us = vm->gc_pause_max_us;
    st->pause_total_us = vm->gc_pause_total_us;
    st->heap_max = st->total;
    if (vm->grow) {
        st->grows = vm->grow->grows;
        st->shrinks = vm->grow->shrinks;
        st->heap_max = vm->grow->max ? vm->grow->max : (size_t)-1;
    }
}

void tern_gc_set_threshold(tern_vm *vm, size_t bytes) {
    if (!TERN_VM_OPEN(vm))
        return;
    vm->gc_threshold = bytes;
    set_limit(vm);
}

void *tern_pin_alloc(tern_vm *vm, size_t n) {
    tern_blob *b;
    if (!TERN_VM_OPEN(vm))
        return NULL;
    b = tern_alloc_pinned(vm, n, 1);
    return b ? TERN_BLOB_DATA(b) : NULL;
}

void tern_pin_free(tern_vm *vm, void *p) {
    uint8_t *b, *q;
    if (!p || !TERN_VM_OPEN(vm))
        return;     /* (no arithmetic on NULL: undefined behaviour) */
    b = (uint8_t *)p - sizeof(tern_blob);
    if (!tern_is_pinned(vm, b))
        return;
    for (q = vm->pin_lo; q < b; q += TERN_OBJ_BYTES(q))
        ;
    if (q != b || !(*(tern_hdr *)b & TERN_HF_PIN_HELD))
        return;   /* not a block from tern_pin_alloc, or freed already */
    *(tern_hdr *)b = (*(tern_hdr *)b & ~TERN_HF_PIN_HELD) | TERN_HF_PIN_FREE;
    pin_shrink(vm);
    if (!vm->gc_busy)
        set_limit(vm);
}

/* The heap map's letter for each kind (legend in mod_micropython.c). */
static const char kind_letters[] = "CIFSBTLDERRiffmbcMwwwwgaxxBooOX";
typedef char kind_letters_cover_the_kinds[sizeof kind_letters == TERN_K__COUNT + 1 ? 1 : -1];

/* One character per `cell` bytes of the object area, from its bottom:
 * '.' free, a letter for the kind of the first object starting in the
 * cell, '=' for the rest of an object, 'P' pinned; cells [first,
 * first + ncells) into out. */
void tern_gc_map(tern_vm *vm, char *out, size_t first, size_t ncells, size_t cell) {
    uint8_t *p;
    size_t i;
    memset(out, '.', ncells);
    for (p = vm->heap_start; p < vm->heap_top; p += TERN_OBJ_BYTES(p)) {
        tern_hdr h = *(tern_hdr *)p;
        size_t c0 = (size_t)(p - vm->heap_lo) / cell;
        size_t c1 = (size_t)(p + TERN_OBJ_BYTES(p) - 1 - vm->heap_lo) / cell;
        if (c1 < first || c0 >= first + ncells)
            continue;
        if (c0 >= first && (out[c0 - first] == '.' || out[c0 - first] == '='))
            out[c0 - first] = TERN_HDR_KIND(h) < TERN_K__COUNT ? kind_letters[TERN_HDR_KIND(h)] : '?';
        for (i = c0 + 1 > first ? c0 + 1 : first; i <= c1 && i < first + ncells; i++)
            if (out[i - first] == '.')
                out[i - first] = '=';
    }
    for (p = vm->pin_lo; p < vm->heap_hi; p += TERN_OBJ_BYTES(p)) {
        size_t c0 = (size_t)(p - vm->heap_lo) / cell, c1 = (size_t)(p + TERN_OBJ_BYTES(p) - 1 - vm->heap_lo) / cell;
        if (*(tern_hdr *)p & TERN_HF_PIN_FREE)
            continue;
        for (i = c0 > first ? c0 : first; i <= c1 && i < first + ncells; i++)
            out[i - first] = 'P';
    }
}

/* ------------------------------------------------------------------ */
/* id(): unique and stable although objects move                       */
/* ------------------------------------------------------------------ */

/* In a table of n entries of `size` bytes sorted by the address in their
 * first word (the id and weak-reference tables), the index of the first
 * entry at or above v's address. */
static size_t table_search(tern_val table, size_t size, size_t n, tern_val v) {
    const uint8_t *e = (const uint8_t *)TERN_BLOB_DATA(TERN_PTR(table));
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (*(const tern_val *)(e + mid * size) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t id_search(tern_vm *vm, tern_val v) {
    return table_search(vm->id_table, sizeof(tern_id_entry), vm->id_count, v);
}

tern_val tern_object_id(tern_vm *vm, tern_val v) {
    tern_val *s;
    tern_id_entry *e;
    size_t cap, at;
    uintptr_t id;
    if (!TERN_IS_OBJ(v) || !TERN_IN_HEAP(vm, TERN_PTR(v)))
        return tern_int_from(vm, (tern_int)((uintptr_t)v >> 1));   /* immediates and ROM never move */
    s = tern_push(vm, v);
    cap = vm->id_table ? TERN_AS(tern_blob, vm->id_table)->len / sizeof(tern_id_entry) : 0;
    if (vm->id_table) {
        at = id_search(vm, s[0]);
        e = (tern_id_entry *)TERN_BLOB_DATA(TERN_PTR(vm->id_table));
        if (at < vm->id_count && e[at].obj == s[0]) {
            id = e[at].id;
            tern_popn(vm, 1);
            return tern_int_from(vm, (tern_int)id);
        }
    }
    if (vm->id_count == cap) {
        size_t ncap = cap ? 2 * cap : 16;
        tern_blob *nb = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap * sizeof(tern_id_entry));
        nb->len = ncap * sizeof(tern_id_entry);
        if (vm->id_table)       /* read after the allocation: it may have swept and moved */
            memcpy(TERN_BLOB_DATA(nb), TERN_BLOB_DATA(TERN_PTR(vm->id_table)), vm->id_count * sizeof(tern_id_entry));
        vm->id_table = TERN_VAL(nb);
    }
    at = id_search(vm, s[0]);
    e = (tern_id_entry *)TERN_BLOB_DATA(TERN_PTR(vm->id_table));
    memmove(&e[at + 1], &e[at], (vm->id_count - at) * sizeof(tern_id_entry));
    if (!vm->id_next)
        vm->id_next = 0x100000;
    id = vm->id_next;
    vm->id_next += 16;
    e[at].obj = s[0];
    e[at].id = id;
    vm->id_count++;
    tern_popn(vm, 1);
    return tern_int_from(vm, (tern_int)id);
}

/* ------------------------------------------------------------------ */
/* Weak references (the weakref module's primitives)                   */
/* ------------------------------------------------------------------ */

static size_t weak_search(tern_vm *vm, tern_val ref) {
    return table_search(vm->weak_table, sizeof(tern_weak_entry), vm->weak_count, ref);
}

/* Make heap object `ref` a weak reference to `target`. */
void tern_weak_set(tern_vm *vm, tern_val ref, tern_val target) {
    tern_val *s = tern_push(vm, ref);
    tern_weak_entry *e;
    size_t cap, at;
    tern_push(vm, target);
    cap = vm->weak_table ? TERN_AS(tern_blob, vm->weak_table)->len / sizeof(tern_weak_entry) : 0;
    if (vm->weak_count == cap) {
        size_t ncap = cap ? 2 * cap : 16;
        tern_blob *nb = (tern_blob *)tern_alloc(vm, TERN_K_BLOB, sizeof(tern_blob) + ncap * sizeof(tern_weak_entry));
        nb->len = ncap * sizeof(tern_weak_entry);
        if (vm->weak_table)     /* read after the allocation: it may have swept and moved */
            memcpy(TERN_BLOB_DATA(nb), TERN_BLOB_DATA(TERN_PTR(vm->weak_table)),
                   vm->weak_count * sizeof(tern_weak_entry));
        vm->weak_table = TERN_VAL(nb);
    }
    at = weak_search(vm, s[0]);
    e = (tern_weak_entry *)TERN_BLOB_DATA(TERN_PTR(vm->weak_table));
    if (at < vm->weak_count && e[at].ref == s[0]) {
        e[at].target = s[1];
        e[at].dead = 0;
    } else {
        memmove(&e[at + 1], &e[at], (vm->weak_count - at) * sizeof(tern_weak_entry));
        e[at].ref = s[0];
        e[at].target = s[1];
        e[at].dead = 0;
        vm->weak_count++;
    }
    tern_popn(vm, 2);
}

/* The referent of weakref object `ref`, or TERN_NULL if it died (or ref
 * is not one). No allocation. */
tern_val tern_weak_get(tern_vm *vm, tern_val ref) {
    const tern_weak_entry *e;
    size_t at;
    if (!vm->weak_table)
        return TERN_NULL;
    at = weak_search(vm, ref);
    e = (const tern_weak_entry *)TERN_BLOB_DATA(TERN_PTR(vm->weak_table));
    return at < vm->weak_count && e[at].ref == ref ? e[at].target : TERN_NULL;
}

/* Whether a collection may find newly dead referents: something was
 * allocated since the last one (without reference counts, dying is only
 * seen by collecting; on big heaps collect at most once per 1/8 of the
 * live data allocated, to bound the cost). */
int tern_weak_should_collect(tern_vm *vm) {
    size_t live = (size_t)(vm->heap_top - vm->heap_start) - vm->gc_epoch_alloc;
    if (!vm->weak_count || !vm->gc_epoch_alloc)
        return 0;
    return live < ((size_t)1 << 20) || vm->gc_epoch_alloc > live / 8;
}

/* Take the weakref objects whose referents died since the last call (their
 * callbacks are due), oldest table order, into a new list. */
tern_val tern_weak_take_dead(tern_vm *vm) {
    tern_val *s = tern_push(vm, tern_list_new(vm, 0)), r;
    size_t i;
    for (i = 0; i < vm->weak_count; i++) {
        tern_weak_entry *e = (tern_weak_entry *)TERN_BLOB_DATA(TERN_PTR(vm->weak_table));
        if (e[i].dead) {
            e[i].dead = 0;
            tern_list_append(vm, s[0], e[i].ref);
        }
    }
    r = s[0];
    tern_popn(vm, 1);
    return r;
}
