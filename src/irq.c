/* SPDX-License-Identifier: MIT */
/*
 * irq.c — hard callbacks: Python run inside an interrupt (docs/interrupts.md).
 *
 * A hard callback stops the main program wherever it is and runs to
 * completion before it resumes. It gets a context of its own: everything
 * the interpreter keeps per execution (value stack and frames, C-local
 * roots, the non-local exit chain, the exception state, the scratch roots,
 * the preallocated MemoryError) is saved in run_hard's C frame and replaced
 * by the region of its nesting level; the main program's stack is never
 * written, not even above its top.
 *
 * It allocates from the ISR reserve: a run of the object area the
 * collector sets aside at the end of each collection, just above the live
 * objects, with the main program's bump area above it. Allocation there is
 * an atomic bump (a nested interrupt may come in the middle), and keeps
 * the rest of the reserve one dead blob, so the object area stays a walk
 * of headers. A callback never collects; when the reserve is spent its
 * allocations fail and it gets MemoryError. The next collection treats
 * the reserve's objects as any others (the dead blob is garbage) and sets
 * a new reserve aside.
 *
 * An interrupt that arrives inside a collection or a TERN_IRQ_DEFER
 * section is not run then: its bit is set in irq_pending, and the end of
 * the section (TERN_IRQ_UNDEFER) runs it.
 */
#include "api_int.h"
#include "vm_int.h"

/* ------------------------------------------------------------------ */
/* The reserve                                                         */
/* ------------------------------------------------------------------ */

/* Make [p, end) one dead blob (nothing refers to it: garbage). */
static void dead_blob(uint8_t *p, uint8_t *end) {
    if (p < end)
        *(tern_hdr *)p = TERN_HDR_MAKE(TERN_K_BLOB, (size_t)(end - p) / TERN_GRANULE);
}

void tern_irq_carve(tern_vm *vm) {
    size_t want = (vm->irq_reserve + TERN_GRANULE - 1) & ~(size_t)(TERN_GRANULE - 1);
    vm->irq_lo = vm->irq_hi = NULL;
    TERN_IRQ_STORE(&vm->irq_top, 0);
    if (!want || !vm->irq_levels || (size_t)(vm->pin_lo - vm->heap_top) < want + TERN_GRANULE)
        return;
    vm->irq_lo = vm->heap_top;
    vm->irq_hi = vm->heap_top + want;
    TERN_IRQ_STORE(&vm->irq_top, (uintptr_t)vm->irq_lo);
    dead_blob(vm->irq_lo, vm->irq_hi);
    vm->heap_top = vm->irq_hi;
    if (vm->heap_limit < vm->heap_top)
        vm->heap_limit = vm->heap_top;
}

void *tern_irq_alloc(tern_vm *vm, unsigned kind, size_t bytes) {
    size_t granules = (bytes + TERN_GRANULE - 1) / TERN_GRANULE, need;
    uintptr_t old, top;
    uint8_t *p;
    if (granules == 0)
        granules = 1;
    need = granules * TERN_GRANULE;
    old = TERN_IRQ_LOAD(&vm->irq_top);
    do {
        if (!vm->irq_lo || need > (size_t)((uintptr_t)vm->irq_hi - old)) {
            vm->irq_oom++;
            return NULL;
        }
        top = old + need;
    } while (!TERN_IRQ_CAS(&vm->irq_top, &old, top));
    p = (uint8_t *)old;
    dead_blob((uint8_t *)top, vm->irq_hi);
    memset(p, 0, need);
    *(tern_hdr *)p = TERN_HDR_MAKE(kind, granules);
    return p;
}

/* ------------------------------------------------------------------ */
/* Running a hard callback                                             */
/* ------------------------------------------------------------------ */

/* What run_hard replaces and puts back. */
typedef struct irq_saved {
    tern_val *stack, *sp;
    tern_frame *frame, *frame_top;
    int c_depth;
    uintptr_t c_stack_base;
    tern_val **roots;
    size_t roots_cap, nroots;
    int root_overflow;
    tern_nlr *nlr;
    tern_val exc, handled, pending_throw, memory_error, fresh_str;
    tern_val scratch[4];
    int throw_yf, tb_skip, slice_arm, sliced;
    uint32_t fresh_loads;
    uint8_t *heap_limit;
    size_t api_base, api_count;
} irq_saved;

static void save(tern_vm *vm, irq_saved *s) {
    s->stack = vm->stack;
    s->sp = vm->sp;
    s->frame = vm->frame;
    s->frame_top = vm->frame_top;
    s->c_depth = vm->c_depth;
    s->c_stack_base = vm->c_stack_base;
    s->roots = vm->roots;
    s->roots_cap = vm->roots_cap;
    s->nroots = vm->nroots;
    s->root_overflow = vm->root_overflow;
    s->nlr = vm->nlr;
    s->exc = vm->exc;
    s->handled = vm->handled;
    s->pending_throw = vm->pending_throw;
    s->memory_error = vm->memory_error;
    s->fresh_str = vm->fresh_str;
    memcpy(s->scratch, vm->scratch, sizeof s->scratch);
    s->throw_yf = vm->throw_yf;
    s->tb_skip = vm->tb_skip;
    s->slice_arm = vm->slice_arm;
    s->sliced = vm->sliced;
    s->fresh_loads = vm->fresh_loads;
    s->heap_limit = vm->heap_limit;
    s->api_base = vm->api_base;
    s->api_count = vm->api_count;
}

static void restore(tern_vm *vm, const irq_saved *s) {
    vm->stack = s->stack;
    vm->sp = s->sp;
    vm->frame = s->frame;
    vm->frame_top = s->frame_top;
    vm->c_depth = s->c_depth;
    vm->c_stack_base = s->c_stack_base;
    vm->roots = s->roots;
    vm->roots_cap = s->roots_cap;
    vm->nroots = s->nroots;
    vm->root_overflow = s->root_overflow;
    vm->nlr = s->nlr;
    vm->exc = s->exc;
    vm->handled = s->handled;
    vm->pending_throw = s->pending_throw;
    vm->memory_error = s->memory_error;
    vm->fresh_str = s->fresh_str;
    memcpy(vm->scratch, s->scratch, sizeof s->scratch);
    vm->throw_yf = s->throw_yf;
    vm->tb_skip = s->tb_skip;
    vm->slice_arm = s->slice_arm;
    vm->sliced = s->sliced;
    vm->fresh_loads = s->fresh_loads;
    vm->heap_limit = s->heap_limit;
    vm->api_base = s->api_base;
    vm->api_count = s->api_count;
}

static void call_body(tern_vm *vm, void *ud) {
    int id = *(int *)ud;
    tern_val *items = TERN_AS(tern_array, vm->irq_table)->items;
    tern_val f = items[2 * id], arg = items[2 * id + 1];
    if (!f)
        return;         /* unregistered since it was raised */
    tern_call1(vm, f, arg);
}

static void report_body(tern_vm *vm, void *ud) {
    tern_val t;
    (void)ud;
    t = tern_format_exception(vm, vm->scratch[0]);
    tern_write(vm, 2, TERN_STR_CHARS(t), TERN_STR_LEN(t));
}

/* Print the exception a callback let escape, as an uncaught one (with
 * its traceback); if that needs more memory than there is, say so. */
static void report(tern_vm *vm) {
    static const char msg[] = "MemoryError: out of memory while reporting an exception in a callback\n";
    if (vm->exc == TERN_NONE)
        return;
    vm->scratch[0] = vm->exc;
    vm->exc = TERN_NULL;
    if (tern_pcall(vm, report_body, NULL)) {
        vm->exc = TERN_NULL;
        tern_write(vm, 2, msg, sizeof msg - 1);
    }
    vm->scratch[0] = TERN_NULL;
}

/* Run handler `id` now, in the context of nesting level irq_level + 1. */
static void run_hard(tern_vm *vm, int id) {
    irq_saved s;
    tern_irq_region *r = &vm->irq_regions[vm->irq_level];
    char base;
    save(vm, &s);
    vm->stack = vm->sp = r->stack;
    vm->frame = vm->frame_top = r->frame_top;
    vm->c_depth = 0;
    vm->c_stack_base = (uintptr_t)&base;
    vm->roots = r->roots;
    vm->roots_cap = r->roots_cap;
    vm->nroots = 0;
    vm->root_overflow = 0;
    vm->nlr = NULL;
    vm->exc = vm->handled = vm->pending_throw = vm->fresh_str = TERN_NULL;
    memset(vm->scratch, 0, sizeof vm->scratch);
    vm->throw_yf = vm->tb_skip = vm->slice_arm = vm->sliced = 0;
    vm->fresh_loads = 0;
    vm->heap_limit = vm->heap_top;      /* no room: every allocation takes tern_alloc_try's path */
    vm->memory_error = TERN_TUPLE_ITEMS(vm->irq_memerrs)[vm->irq_level];
    vm->api_base = vm->api_base + vm->api_count;    /* C functions get slots above the main's */
    vm->api_count = 0;
    vm->irq_level = vm->irq_level + 1;
    vm->irq_runs++;
    vm->irq_running |= (uintptr_t)1 << id;
    if (tern_pcall(vm, call_body, &id))
        report(vm);
    vm->irq_running &= ~((uintptr_t)1 << id);
    vm->irq_level = vm->irq_level - 1;
    restore(vm, &s);
    if (!vm->irq_level && vm->irq_hi &&
        (uintptr_t)vm->irq_hi - TERN_IRQ_LOAD(&vm->irq_top) < (size_t)(vm->irq_hi - vm->irq_lo) / 2)
        TERN_STOP_OR(&vm->stop_request, TERN_SAFE_COLLECT);    /* half the reserve spent: the
                                           main program collects at its next safe point, which sets a
                                           new one aside */
}

/* Can a hard callback run now? Not inside a collection or a deferred
 * section, nor past the last level. */
static int can_run(tern_vm *vm) {
    return !vm->irq_defer && !vm->irq_disabled && !vm->gc_busy && vm->irq_level < vm->irq_levels &&
           vm->irq_table;
}

void tern_irq_run_pending(tern_vm *vm) {
    uintptr_t bits, busy;
    int id;
    if (!can_run(vm))
        return;
    /* a handler that is running (an outer level) keeps its bit: it runs
     * again when that run ends, never inside itself (as an IRQ line stays
     * masked while its handler runs) */
    while ((bits = TERN_IRQ_XCHG(&vm->irq_pending, 0) ) != 0) {
        busy = bits & vm->irq_running;
        if (busy)
            TERN_IRQ_OR(&vm->irq_pending, busy);
        bits &= ~busy;
        if (!bits)
            break;
        for (id = 0; bits; id++, bits >>= 1)
            if (bits & 1)
                run_hard(vm, id);
    }
}

/* ------------------------------------------------------------------ */
/* Soft callbacks: a bounded queue run at the main program's safe points */
/* ------------------------------------------------------------------ */

/* Make the queue (main program, before any interrupt needs it). */
void tern_sched_init(tern_vm *vm) {
    tern_array *a;
    if (vm->sched)
        return;
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * TERN_SCHEDULE_DEPTH));
    a->cap = 2 * TERN_SCHEDULE_DEPTH;
    vm->sched = TERN_VAL(a);
}

/* Queue f(arg); 0 if the queue is full (or not made yet). Allocates
 * nothing: a hard callback and a signal handler may call it. */
int tern_sched_put(tern_vm *vm, tern_val f, tern_val arg) {
    tern_val *items;
    int at;
    if (!vm->sched || vm->sched_len >= TERN_SCHEDULE_DEPTH)
        return 0;
    TERN_IRQ_DEFER(vm);
    items = TERN_AS(tern_array, vm->sched)->items;
    at = (vm->sched_head + vm->sched_len) % TERN_SCHEDULE_DEPTH;
    items[2 * at] = f;
    items[2 * at + 1] = arg;
    vm->sched_len = vm->sched_len + 1;
    vm->irq_defer = vm->irq_defer - 1;  /* (no UNDEFER: the pending ones run at the caller's end) */
    TERN_STOP_OR(&vm->stop_request, TERN_SAFE_SCHEDULE);
    return 1;
}

static void sched_call(tern_vm *vm, void *ud) {
    tern_val *fa = (tern_val *)ud;
    tern_call1(vm, fa[0], fa[1]);
}

/* Run the queued soft callbacks, oldest first (main program, at a safe
 * point). An exception one raises is printed, as a hard callback's. */
static void soft_call(tern_vm *vm, void *ud) {
    int id = *(int *)ud;
    tern_val *items = TERN_AS(tern_array, vm->irq_table)->items;
    if (items[2 * id])
        tern_call1(vm, items[2 * id], items[2 * id + 1]);
}

void tern_sched_run(tern_vm *vm) {
    uintptr_t bits;
    int id;
    if (vm->sched_running || vm->irq_level)
        return;
    vm->sched_running = 1;
    /* the soft interrupts (tern_irq_soft) first */
    while (vm->irq_table && (bits = TERN_IRQ_XCHG(&vm->irq_soft, 0)) != 0)
        for (id = 0; bits; id++, bits >>= 1)
            if ((bits & 1) && tern_pcall(vm, soft_call, &id))
                report(vm);
    while (vm->sched && vm->sched_len > 0) {
        tern_val *items, *fa = tern_push(vm, TERN_NULL);
        int at;
        tern_push(vm, TERN_NULL);
        TERN_IRQ_DEFER(vm);
        items = TERN_AS(tern_array, vm->sched)->items;
        at = vm->sched_head;
        fa[0] = items[2 * at];
        fa[1] = items[2 * at + 1];
        items[2 * at] = items[2 * at + 1] = TERN_NULL;
        vm->sched_head = (at + 1) % TERN_SCHEDULE_DEPTH;
        vm->sched_len = vm->sched_len - 1;
        TERN_IRQ_UNDEFER(vm);
        if (tern_pcall(vm, sched_call, fa))
            report(vm);
        tern_popn(vm, 2);
    }
    vm->sched_running = 0;
}

/* ------------------------------------------------------------------ */
/* The C API                                                           */
/* ------------------------------------------------------------------ */

#define MAX_HANDLERS 32

int tern_irq_hard(tern_vm *vm, int id) {
    /* (nothing in the heap is read before can_run: a collection may be
     * moving it) */
    if (!TERN_VM_OPEN(vm) || id < 0 || id >= MAX_HANDLERS || !vm->irq_table)
        return TERN_ERROR;
    if (!can_run(vm) || (vm->irq_running & ((uintptr_t)1 << id))) {
        TERN_IRQ_OR(&vm->irq_pending, (uintptr_t)1 << id);
        vm->irq_deferred++;
        return TERN_OK;
    }
    run_hard(vm, id);
    /* one that arrived while this one ran, and had to wait */
    if (TERN_IRQ_LOAD(&vm->irq_pending))
        tern_irq_run_pending(vm);
    return TERN_OK;
}

/* Register f(arg) as a hard callback: its id. Raises RuntimeError when the
 * VM has no interrupt levels or all ids are taken. */
int tern_irq_add(tern_vm *vm, tern_val f, tern_val arg) {
    tern_val *items, *fa;
    size_t i, cap;
    if (!vm->irq_levels)
        tern_raise_fmt(vm, &tern_type_RuntimeError,
                       "hard interrupts are not enabled in this VM (tern_config.irq_levels)");
    fa = tern_push(vm, f);
    tern_push(vm, arg);
    if (!vm->irq_table) {
        tern_array *a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * MAX_HANDLERS));
        a->cap = 2 * MAX_HANDLERS;
        vm->irq_table = TERN_VAL(a);
    }
    if (!vm->irq_memerrs) {
        tern_val *s = tern_push(vm, tern_tuple_new(vm, (size_t)vm->irq_levels));
        int k;
        for (k = 0; k < vm->irq_levels; k++) {
            tern_val e = tern_exc_new(vm, &tern_type_MemoryError, TERN_NULL);
            TERN_TUPLE_ITEMS(s[0])[k] = e;
        }
        vm->irq_memerrs = s[0];
        tern_popn(vm, 1);
    }
    tern_sched_init(vm);            /* (soft callbacks: tern_irq_soft) */
    if (!vm->irq_reserve_set) {
        /* the default reserve grows with the heap (a 64th, up to 64 KiB):
         * when half of it is spent the main program collects, and with a
         * large live heap each collection is long (docs/interrupts.md) */
        size_t heap = (size_t)(vm->heap_hi - vm->heap_lo) / 64;
        vm->irq_reserve = heap < TERN_IRQ_RESERVE ? TERN_IRQ_RESERVE : heap > 65536 ? 65536 : heap;
        vm->irq_reserve_set = 1;
    }
    if (!vm->irq_hi && vm->irq_reserve)
        tern_gc_collect_(vm);       /* the first handler: set the reserve aside */
    items = TERN_AS(tern_array, vm->irq_table)->items;
    cap = TERN_AS(tern_array, vm->irq_table)->cap / 2;
    for (i = 0; i < cap && items[2 * i]; i++)
        ;
    if (i == cap)
        tern_raise_fmt(vm, &tern_type_RuntimeError, "all %d interrupt handlers are in use", MAX_HANDLERS);
    /* the table is written with interrupts deferred: a handler may read it */
    vm->irq_defer = vm->irq_defer + 1;
    items[2 * i + 1] = fa[1];
    items[2 * i] = fa[0];
    vm->irq_defer = vm->irq_defer - 1;
    tern_popn(vm, 2);
    return (int)i;
}

/* A soft interrupt only sets its bit: the heap may be moving (a
 * collection) when it arrives. The main program's next safe point turns
 * the bits into calls (tern_sched_run); repeats before then run once. */
int tern_irq_soft(tern_vm *vm, int id) {
    if (!TERN_VM_OPEN(vm) || id < 0 || id >= MAX_HANDLERS || !vm->irq_table)
        return TERN_ERROR;
    TERN_IRQ_OR(&vm->irq_soft, (uintptr_t)1 << id);
    TERN_STOP_OR(&vm->stop_request, TERN_SAFE_SCHEDULE);
    return TERN_OK;
}

static void register_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_value_check_slots(vm, o, o->b, 1);
    o->oi = tern_irq_add(vm, TERN_API_SLOTS(vm)[o->a], TERN_API_SLOTS(vm)[o->b]);
}

int tern_irq_register(tern_vm *vm, int callable, int arg) {
    tern_api_op o;
    tern_api_op_init(&o, "tern_irq_register");
    o.a = callable;
    o.b = arg;
    if (tern_api_value_protect(vm, register_body, &o) != TERN_OK)
        return -1;
    return (int)o.oi;
}

void tern_irq_remove(tern_vm *vm, int id) {
    tern_val *items;
    if (!vm->irq_table || id < 0 || id >= MAX_HANDLERS)
        return;
    items = TERN_AS(tern_array, vm->irq_table)->items;
    vm->irq_defer = vm->irq_defer + 1;
    items[2 * id] = items[2 * id + 1] = TERN_NULL;
    vm->irq_defer = vm->irq_defer - 1;
}

int tern_irq_unregister(tern_vm *vm, int id) {
    if (!TERN_VM_OPEN(vm) || !vm->irq_table || id < 0 || id >= MAX_HANDLERS)
        return TERN_ERROR;
    tern_irq_remove(vm, id);
    return TERN_OK;
}

int tern_irq_set_reserve(tern_vm *vm, size_t bytes) {
    if (!TERN_VM_OPEN(vm) || vm->irq_level)
        return TERN_ERROR;
    vm->irq_reserve = bytes;
    vm->irq_reserve_set = 1;
    if (vm->gc_busy)
        return TERN_OK;
    tern_gc_collect_(vm);       /* set it aside now */
    return vm->irq_hi || !bytes ? TERN_OK : TERN_ERROR;
}

void tern_irq_stats(tern_vm *vm, tern_irq_info *st) {
    memset(st, 0, sizeof *st);
    if (!TERN_VM_OPEN(vm))
        return;
    st->levels = vm->irq_levels;
    st->level = vm->irq_level;
    st->reserve = vm->irq_hi ? (size_t)(vm->irq_hi - vm->irq_lo) : 0;
    st->reserve_free = vm->irq_hi ? (size_t)((uintptr_t)vm->irq_hi - TERN_IRQ_LOAD(&vm->irq_top)) : 0;
    st->runs = vm->irq_runs;
    st->deferred = vm->irq_deferred;
    st->failed_allocations = vm->irq_oom;
}
