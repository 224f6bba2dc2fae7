/* SPDX-License-Identifier: MIT */
/*
 * vm.h — the interpreter state, frames, and the rooting discipline.
 *
 * ROOTING. The collector moves objects and never scans the C stack. So C
 * code that holds an object across anything that can allocate (which
 * includes anything that can run Python code or raise) must keep it where
 * the collector looks:
 *
 *   - on the VM value stack (args of a tern_cfn are there already), or
 *   - in a tern_val local registered as a C root:
 *
 *         tern_val list = tern_list_new(vm, 0), item = TERN_NULL;
 *         TERN_ROOTS(vm);
 *         TERN_ROOT(vm, list);
 *         TERN_ROOT(vm, item);
 *         ...  item = tern_str_new(vm, ...);   // may move `list`:
 *         ...  tern_list_append(vm, list, item); // the root was updated
 *         TERN_UNROOT(vm);   // before every return
 *
 * A rooted variable is updated by the collector, so after a collection it
 * holds the object's new address. Typed pointers (tern_list *) derived
 * from it must be derived again after any allocation. Raising unwinds the
 * root stack automatically (tern_pcall restores its depth), so no UNROOT
 * is needed on the exception path.
 *
 * Every field of tern_vm below says whether it is a root.
 */
#ifndef TERN_VM_H
#define TERN_VM_H

#include "tern.h"
#include "object.h"
#include "nlr.h"

/* The stop-request flag (tern_request_stop): written by another thread or
 * a signal handler, read by the VM's thread at its checks. A C11 atomic
 * where there is one; GCC's builtins in C++ (which has no _Atomic before
 * C++23); else a volatile sig_atomic_t, enough for a signal handler. */
#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
    !defined(__STDC_NO_ATOMICS__)
#include <stdatomic.h>
typedef atomic_int tern_stop_flag;
#define TERN_STOP_GET(p)    atomic_load_explicit((p), memory_order_relaxed)
#define TERN_STOP_SET(p, v) atomic_store_explicit((p), (v), memory_order_relaxed)
#define TERN_STOP_OR(p, v)  atomic_fetch_or((p), (v))
#define TERN_STOP_AND(p, v) atomic_fetch_and((p), (v))
#elif defined(__GNUC__)
typedef int tern_stop_flag;
#define TERN_STOP_GET(p)    __atomic_load_n((p), __ATOMIC_RELAXED)
#define TERN_STOP_SET(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define TERN_STOP_OR(p, v)  __atomic_fetch_or((p), (v), __ATOMIC_SEQ_CST)
#define TERN_STOP_AND(p, v) __atomic_fetch_and((p), (v), __ATOMIC_SEQ_CST)
#else
#include <signal.h>
typedef volatile sig_atomic_t tern_stop_flag;
#define TERN_STOP_GET(p)    (*(p))
#define TERN_STOP_SET(p, v) (*(p) = (v))
#define TERN_STOP_OR(p, v)  (*(p) |= (v))
#define TERN_STOP_AND(p, v) (*(p) &= (v))
#endif
/* Its bits: what the interpreter does at its next safe point (slice.c). */
#define TERN_SAFE_STOP      1   /* raise KeyboardInterrupt (tern_request_stop) */
#define TERN_SAFE_COLLECT   2   /* collect: the ISR reserve runs low (irq.c) */
#define TERN_SAFE_SCHEDULE  4   /* run the queued soft callbacks (irq.c) */

/* Words an interrupt handler and the code it interrupts (or a nested
 * handler) both update: the reserve's bump pointer, the pending bits.
 * The same three ways as the stop flag. */
#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
    !defined(__STDC_NO_ATOMICS__)
typedef atomic_uintptr_t tern_irq_word;
#define TERN_IRQ_LOAD(p)            atomic_load_explicit((p), memory_order_relaxed)
#define TERN_IRQ_STORE(p, v)        atomic_store_explicit((p), (v), memory_order_relaxed)
#define TERN_IRQ_CAS(p, expp, v)    atomic_compare_exchange_weak((p), (expp), (v))
#define TERN_IRQ_OR(p, v)           atomic_fetch_or((p), (v))
#define TERN_IRQ_XCHG(p, v)         atomic_exchange((p), (v))
#elif defined(__GNUC__)
typedef uintptr_t tern_irq_word;
#define TERN_IRQ_LOAD(p)            __atomic_load_n((p), __ATOMIC_RELAXED)
#define TERN_IRQ_STORE(p, v)        __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define TERN_IRQ_CAS(p, expp, v)    __atomic_compare_exchange_n((p), (expp), (v), 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)
#define TERN_IRQ_OR(p, v)           __atomic_fetch_or((p), (v), __ATOMIC_SEQ_CST)
#define TERN_IRQ_XCHG(p, v)         __atomic_exchange_n((p), (v), __ATOMIC_SEQ_CST)
#else
/* no atomics: correct for one level of interrupts (a handler is never
 * interrupted by another while it updates these) */
typedef volatile uintptr_t tern_irq_word;
#define TERN_IRQ_LOAD(p)            (*(p))
#define TERN_IRQ_STORE(p, v)        (*(p) = (v))
#define TERN_IRQ_CAS(p, expp, v)    (*(p) == *(expp) ? (*(p) = (v), 1) : (*(expp) = *(p), 0))
#define TERN_IRQ_OR(p, v)           (*(p) |= (v))
#define TERN_IRQ_XCHG(p, v)         tern_irq_xchg_plain_((p), (v))
static inline uintptr_t tern_irq_xchg_plain_(tern_irq_word *p, uintptr_t v) {
    uintptr_t o = *p;
    *p = v;
    return o;
}
#endif

/* One nesting level of hard callbacks: its own stack region (values up,
 * frame records down) and C-local root array, carved from the block at
 * open (irq.c). */
typedef struct tern_irq_region {
    tern_val *stack;
    struct tern_frame *frame_top;
    tern_val **roots;
    size_t roots_cap;
} tern_irq_region;

/* A Python call frame. Frame records and values share one region of the
 * block: values grow up from vm->stack, frame records grow down from
 * vm->frame_top, and running out of either is a RecursionError when they
 * would meet. Locals and temporaries live on the value stack from `base`
 * up. 40 bytes on 64-bit hosts, 20 on 32-bit ones. */
typedef struct tern_frame {
    tern_val code;          /* ROOT: tern_code being run */
    tern_val globals;       /* ROOT: dict */
    tern_val ctx;           /* ROOT: the locals dict of a module or class body
                               (LOAD_NAME), the generator a generator frame runs,
                               or NULL: see tern_frame_locals, tern_frame_gen */
    const uint8_t *ip;      /* next instruction, saved before anything that can
                               allocate or raise; the collector rebases it when
                               `code` moves */
    tern_val *base;         /* first local slot on the value stack; base[-1]
                               receives the result (for a call, the slot of
                               the function called) */
} tern_frame;

/* A body's locals can never be a generator (tern_vm_push_body refuses
 * one), so the kind of ctx tells the two uses apart. */
static inline tern_val tern_frame_gen(const tern_frame *f) {
    return TERN_IS_OBJ(f->ctx) && TERN_KIND_OF(f->ctx) == TERN_K_GEN ? f->ctx : TERN_NULL;
}
static inline tern_val tern_frame_locals(const tern_frame *f) {
    return f->ctx && !(TERN_IS_OBJ(f->ctx) && TERN_KIND_OF(f->ctx) == TERN_K_GEN) ? f->ctx : TERN_NULL;
}

/* One entry of the attribute-lookup cache (tern_type_lookup). */
typedef struct tern_attr_cache_entry {
    tern_val type, name, value;
} tern_attr_cache_entry;

/* tern_vm.open_mark while the VM is open: tern_open sets it last and
 * tern_close clears the whole struct, so every API entry detects a closed
 * VM (whose block is still the embedder's) with one load and compare. */
#define TERN_OPEN_MARK 0x7465726eu     /* "tern" */
#define TERN_VM_OPEN(vm) ((vm) != NULL && (vm)->open_mark == TERN_OPEN_MARK)

struct tern_vm {
    uint32_t open_mark;     /* TERN_OPEN_MARK while open, 0 once closed */
    /* ---- host interface (not roots) ---- */
    tern_write_fn write;
    tern_read_fn read;
    tern_load_fn load;
    tern_release_fn release;
    tern_clock_fn clock;
    tern_sleep_fn sleep;
    const tern_fs *fs;
    void *user_data;

    /* ---- heap (gc.c) ---- */
    uint8_t *heap_lo;       /* bottom of the object area (mark bits count from here) */
    uint8_t *heap_start;    /* first object (above heap_lo only in the stress build) */
    uint8_t *heap_dest;     /* where compaction slides the live objects to: heap_lo,
                               or the bottom of a new block when the heap moves */
    uint8_t *heap_top;      /* bump pointer: next object goes here */
    uint8_t *pin_lo;        /* bottom of the pinned region [pin_lo, heap_hi); bump area ends here */
    uint8_t *heap_hi;       /* end of the object area */
    uint8_t *heap_limit;    /* allocating past this triggers a collection (<= pin_lo) */
    uint32_t *mark_bits;    /* one bit per granule of [heap_lo, heap_hi) */
    uint32_t *block_live;   /* live granules before each 256-byte block (compaction) */
    size_t side_bytes;      /* bytes of the side tables, counted as used */
    struct tern_grow *grow; /* a growing heap's state (gc_area.c), carved from the
                               block only when there is a heap_alloc; NULL: fixed heap */
    size_t gc_count;        /* collections so far */
    size_t gc_epoch_alloc;  /* bytes allocated since the last collection */
    size_t gc_epoch_objs;   /* objects allocated since the last collection */
    size_t gc_live_objs;    /* objects that survived the last collection */
    size_t gc_freed_objs;   /* objects the last collection reclaimed */
    size_t gc_freed_bytes;  /* bytes the last collection reclaimed */
    size_t gc_threshold;    /* bytes between collections (gc.threshold); 0: automatic */
    uint32_t gc_pause_last_us, gc_pause_max_us;  /* collection pauses (needs a clock) */
    uint64_t gc_pause_total_us;
    int gc_busy;            /* inside a collection */

    /* ---- value stack and frames: one region [stack, frame_top) ---- */
    tern_val *stack;        /* ROOTS: slots [stack, sp), growing up */
    tern_val *sp;           /* top of the value stack, as published to the collector;
                               never above (tern_val *)frame */
    tern_frame *frame;      /* innermost frame: frames [frame, frame_top) are live,
                               growing down; frame == frame_top when none */
    tern_frame *frame_top;  /* end of the region; frame_top - 1 is the outermost frame */
    int c_depth;            /* nested C-level interpreter entries and recursions */
    uintptr_t c_stack_base; /* address of a C local at the outermost entry, or 0 */
    size_t c_stack_limit;   /* bytes of C stack the VM may use below c_stack_base */

    /* ---- C-local roots ---- */
    tern_val **roots;       /* ROOTS: each points at a C local; carved from the block */
    size_t roots_cap;
    size_t nroots;
    int root_overflow;      /* raising the RecursionError for running out of roots */

    /* ---- non-local exits ---- */
    tern_nlr *nlr;          /* innermost handler (tern_pcall) */

    /* ---- interpreter roots ---- */
    tern_val exc;           /* ROOT: the exception being raised, or NULL */
    tern_val handled;       /* ROOT: the exception being handled (sys.exc_info), or NULL */
    tern_val modules;       /* ROOT: dict, sys.modules */
    tern_val main_module;   /* ROOT: __main__ */
    tern_val builtins;      /* ROOT: dict of the builtins module (filled at open) */
    tern_val interned;      /* ROOT: dict of interned heap strings (key -> key) */
    tern_val memory_error;  /* ROOT: preallocated MemoryError, raised without allocating */
    tern_val error_text;    /* ROOT: str, traceback text of the last uncaught error */
    tern_val sys_path;      /* ROOT: list, sys.path */
    tern_val sys_argv;      /* ROOT: list, sys.argv */
    tern_val scratch[4];    /* ROOTS: general-purpose rooted temporaries for the VM core */

    /* ---- embedding API: slots, handles, pending error (api_value.c) ---- */
    tern_val api_slots;     /* ROOT: tern_array, the slots of every C context, or NULL */
    tern_val api_handles;   /* ROOT: tern_array, two words per handle entry, or NULL */
    tern_val api_exc;       /* ROOT: the exception pending in the API, or NULL */
    tern_val api_errtext;   /* ROOT: the error_text formatted for api_exc, or NULL */
    tern_val api_text;      /* ROOT: str given out by tern_get_int_text, or NULL */
    size_t api_base;        /* first slot of the current C context */
    size_t api_count;       /* slots of the current C context */
    size_t api_hused;       /* handle entries used so far (live or free) */
    size_t api_hlive;       /* live handles */
    size_t api_hfree;       /* first free handle entry + 1; 0: none */
    char api_type[64];      /* tern_error_type's answer, NUL-terminated */

    tern_val pending_throw; /* ROOT: exception to throw into a resuming generator */
    tern_val id_table;      /* ROOT: blob of tern_id_entry sorted by address: the objects
                               id() was asked for (weak: the collector drops dead ones
                               and follows moves; compaction keeps the order) */
    uintptr_t id_next;      /* the next id() to hand out */
    size_t id_count;        /* entries in use in id_table */
    tern_val weak_table;    /* ROOT: blob of tern_weak_entry sorted by ref address (weakref) */
    size_t weak_count;      /* entries in use in weak_table */
    uint32_t attr_epoch;    /* tern_attr_hint validity: bumped by every collection and
                               every change to a class namespace (never 0) */
    int throw_yf;           /* the value a generator resumes YIELD_FROM with is an
                               exception to throw into the delegate (gen.c) */
    tern_val fresh_str;     /* NOT a root (cleared by each collection): the str made by
                               the last `name += str`, which may grow in place */
    uint32_t fresh_loads;   /* loads of fresh_str from variables since it was made */
#if TERN_ATTR_CACHE_SIZE
    /* Cache of tern_type_lookup: (type, name) -> value, TERN_NULL meaning
     * absent; an entry with type 0 is empty. Not roots: cleared by every
     * collection and every change to a class's namespace. */
    tern_attr_cache_entry *attr_cache;  /* carved from the block at open: a power of two of */
    size_t attr_cache_mask; /* entries up to TERN_ATTR_CACHE_SIZE, fewer in small heaps */
#endif
    /* ---- time slicing (slice.c) ---- */
    long slice_budget;      /* instructions per slice of an API-level run; 0: unlimited */
    int slice_arm;          /* the next tern_vm_execute is the API level's */
    int sliced;             /* the last run stopped on its budget, its frames kept */
    tern_frame *slice_entry;    /* the stopped run's entry frame, or NULL: none */
    tern_val *slice_sp;     /* the value stack top to restore when it ends */
    long slice_slot;        /* a stopped tern_call_slot / tern_eval: 1 + the API slot
                               (absolute index) its result goes to; 0: none */
    tern_stop_flag stop_request;    /* tern_request_stop: raise KeyboardInterrupt */
    /* ---- interrupts (irq.c, docs/interrupts.md) ---- */
    volatile int irq_defer; /* > 0: inside a section a hard callback must not
                               interrupt; one arriving waits for its end */
    volatile int irq_level; /* 0: the main program; n: inside n nested hard callbacks */
    int irq_levels;         /* levels with a region (0: hard callbacks refused) */
    tern_irq_region *irq_regions;
    uint8_t *irq_lo;        /* the ISR reserve [irq_lo, irq_hi) in the object area, */
    uint8_t *irq_hi;        /* below the main program's bump area; NULL: none */
    tern_irq_word irq_top;  /* next reserve allocation (atomic bump) */
    size_t irq_reserve;     /* bytes to set aside at each collection */
    int irq_reserve_set;    /* irq_reserve was chosen (else scaled to the heap) */
    tern_irq_word irq_pending;  /* hard callbacks deferred: a bit per handler id */
    tern_irq_word irq_soft;     /* soft interrupts raised (tern_irq_soft): a bit per id */
    uintptr_t irq_running;      /* hard callbacks running now: a bit per id (none nests in itself) */
    tern_val irq_table;     /* ROOT: tern_array: callable, argument per handler id, or NULL */
    tern_val irq_memerrs;   /* ROOT: tuple, a preallocated MemoryError per level, or NULL */
    size_t irq_runs, irq_deferred, irq_oom;     /* counters (tern_irq_stats) */
    volatile int irq_disabled;  /* micropython.disable_irq(): hard callbacks wait */
    tern_val sched;         /* ROOT: tern_array, the soft-callback queue (callable,
                               argument pairs), or NULL until first used */
    volatile int sched_head, sched_len; /* its oldest entry and its length */
    int sched_running;      /* inside a soft callback: the next ones wait for its end */
    size_t irq_inject_every, irq_inject_count;  /* _tern.irq_inject (tests) */
    int irq_inject_id, irq_inject_id2, irq_inject_nested;
    int tb_skip;            /* RERAISE: don't add a traceback entry for this frame */
    int builtins_complete;  /* vm->builtins holds the whole builtins table */
    int exit_code;          /* set by SystemExit */
    size_t max_depth;       /* Python frames allowed */
    size_t int_max_str_digits;  /* sys.set_int_max_str_digits(); 0: no limit */
#if TERN_OOM_INJECT
    /* Failure injection (test build, gc.c): allocations counted since the
     * embedder armed it; the oom_at-th fails (0: none), and with
     * oom_sticky every later one too, until disarmed. */
    size_t oom_count;
    size_t oom_at;
    int oom_sticky;
#endif
};

/* ---- C-local roots ---- */

#define TERN_ROOTS(vm)          size_t tern_roots_mark_ = (vm)->nroots; (void)tern_roots_mark_
#define TERN_ROOT(vm, var)      tern_root_push_((vm), &(var))
#define TERN_UNROOT(vm)         ((vm)->nroots = tern_roots_mark_)

void tern_root_overflow_(tern_vm *vm);

/* The last TERN_ROOT_SPARE slots are kept for raising the RecursionError
 * that running out of the others causes. */
#define TERN_ROOT_SPARE 32
static inline void tern_root_push_(tern_vm *vm, tern_val *slot) {
    if (vm->nroots >= vm->roots_cap - TERN_ROOT_SPARE)
        tern_root_overflow_(vm);
    vm->roots[vm->nroots++] = slot;
}

/* ---- sections hard callbacks wait for (docs/interrupts.md) ----
 * TERN_IRQ_DEFER(vm) ... TERN_IRQ_UNDEFER(vm) around an update of a
 * structure an interrupt's callback may also use (a dict's layout, the
 * interned-string table, a ring buffer's indices). Sections nest; the
 * callbacks that arrived during one run when the outermost ends. */
#define TERN_IRQ_DEFER(vm)      ((vm)->irq_defer = (vm)->irq_defer + 1)
#define TERN_IRQ_UNDEFER(vm) \
    do { (vm)->irq_defer = (vm)->irq_defer - 1; \
         if ((vm)->irq_defer == 0 && TERN_IRQ_LOAD(&(vm)->irq_pending)) \
             tern_irq_run_pending(vm); } while (0)
void tern_irq_run_pending(tern_vm *vm);

/* ---- bounding C recursion ---- */

/* Raise RecursionError for runaway C recursion (nlr.c). */
void tern_c_overflow_(tern_vm *vm);

/* Every C-level recursion (C calling Python, repr of nested containers,
 * comparing nested tuples) enters with this and leaves with
 * `vm->c_depth--`. The depth is bounded by the recursion limit, as in
 * CPython (repr of a list nested 1100 deep is a RecursionError there too),
 * and by the bytes of C stack used since the VM was entered
 * (vm->c_stack_base), so no input can overflow the C stack whatever a
 * frame costs on this compiler. */
static inline void tern_enter_c(tern_vm *vm) {
    char here;
    uintptr_t used = vm->c_stack_base > (uintptr_t)&here ? vm->c_stack_base - (uintptr_t)&here
                                                          : (uintptr_t)&here - vm->c_stack_base;
    ++vm->c_depth;
    if ((size_t)vm->c_depth > vm->max_depth || vm->c_depth > TERN_MAX_C_DEPTH ||
        (vm->c_stack_base && used > vm->c_stack_limit))
        tern_c_overflow_(vm);
}

/* ---- protected calls (nlr.c) ---- */

/* Run fn(vm, ud). Returns 0 if it returned normally, 1 if it raised: the
 * exception is then in vm->exc, and the value stack, frames, roots and C
 * depth are as they were at the call. */
int tern_pcall(tern_vm *vm, void (*fn)(tern_vm *vm, void *ud), void *ud);

/* Jump to the innermost tern_pcall with vm->exc already set. */
#if defined(__GNUC__)
__attribute__((noreturn))
#endif
void tern_nlr_throw(tern_vm *vm);

#endif /* TERN_VM_H */
