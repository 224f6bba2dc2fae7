/* SPDX-License-Identifier: MIT */
/*
 * tern.h — the embedding API of Tern, a small Python 3 interpreter.
 *
 * This is the one header an embedder includes. A VM (`tern_vm`) holds all of
 * an interpreter's state; there is no global state, so any number of VMs may
 * live side by side in one process or one thread.
 *
 * Memory: the embedder hands `tern_open` one block of memory. Everything the
 * VM ever allocates (objects, the value stack, the collector's side tables)
 * comes from that block, unless the embedder also supplies an allocator
 * callback to let the object heap grow and shrink (tern_config.heap_alloc);
 * the core never calls malloc itself. Objects move when the
 * collector compacts the heap, so this API never gives out raw object
 * pointers that outlive a call.
 */
#ifndef TERN_H
#define TERN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && !defined(TERN_API)
#define TERN_API __attribute__((visibility("default")))
#elif !defined(TERN_API)
#define TERN_API
#endif

#define TERN_VERSION_MAJOR 0
#define TERN_VERSION_MINOR 1
#define TERN_VERSION_PATCH 0
#define TERN_VERSION_STRING "0.1.0"

typedef struct tern_vm tern_vm;

/* ===================================================================
 * State
 * =================================================================== */

/*
 * Output callback: receives `len` bytes of text for stream `fd` (1 = stdout,
 * 2 = stderr). `ud` is the `user_data` of the config. The bytes are valid only
 * during the call.
 */
typedef void (*tern_write_fn)(void *ud, int fd, const char *data, size_t len);

/*
 * Input callback, used by `input()` and `sys.stdin`: fill at most `cap` bytes
 * of `buf` and return how many were written, 0 at end of input.
 */
typedef size_t (*tern_read_fn)(void *ud, char *buf, size_t cap);

/*
 * File loader, used by `import` and `open()` for reading: return a pointer to
 * the contents of `path` and set *len, or NULL if the file does not exist.
 * The returned buffer must stay valid until `release` is called on it.
 */
typedef const char *(*tern_load_fn)(void *ud, const char *path, size_t *len);
typedef void (*tern_release_fn)(void *ud, const char *buf);

/*
 * Clock callback, used by the time module: seconds as a double, for
 * `which` = TERN_CLOCK_WALL (since the Unix epoch) or TERN_CLOCK_MONOTONIC
 * (from any fixed origin, never going back). NULL: the time module falls
 * back to ISO C's time() and clock().
 */
typedef double (*tern_clock_fn)(void *ud, int which);
enum { TERN_CLOCK_WALL = 0, TERN_CLOCK_MONOTONIC = 1 };

/* Sleep callback, used by time.sleep(); NULL: time.sleep() waits by
 * polling the clock. */
typedef void (*tern_sleep_fn)(void *ud, double seconds);

/*
 * File-system services the os module needs and ISO C lacks: the working
 * directory, directories and file metadata. Every function returns 0 or an
 * errno value (ENOSYS for what the platform cannot do); any member may be
 * NULL, and so may tern_config.fs: those os functions then raise OSError.
 * Paths are NUL-terminated UTF-8. The core passes its own buffers (valid
 * only during the call) and retries with a larger one on ERANGE.
 */
typedef struct tern_stat_result {
    long long mode, ino, dev, nlink, uid, gid, size;
    double atime, mtime, ctime;     /* seconds since the Unix epoch */
} tern_stat_result;

typedef struct tern_fs {
    int (*getcwd)(void *ud, char *buf, size_t cap);     /* NUL-terminated */
    int (*chdir)(void *ud, const char *path);
    int (*mkdir)(void *ud, const char *path, int mode);
    int (*rmdir)(void *ud, const char *path);
    /* the entries of a directory except . and .., each followed by a NUL,
     * `*len` bytes in all */
    int (*listdir)(void *ud, const char *path, char *buf, size_t cap, size_t *len);
    int (*stat)(void *ud, const char *path, int follow_symlinks, tern_stat_result *st);
} tern_fs;

/*
 * Heap allocator, optional (see tern_config.heap_alloc): Lua-style, but Tern
 * only ever makes two kinds of call. With `old` NULL: return a new block of
 * `new_size` bytes (any alignment malloc would give), or NULL if there is
 * none. With `new_size` 0: give back `old`, a block of `old_size` bytes this
 * callback returned earlier; the result is ignored. It is called from inside
 * a collection: it must not call into the VM.
 */
typedef void *(*tern_heap_alloc_fn)(void *ud, void *old, size_t old_size, size_t new_size);

/*
 * Configuration, filled with defaults by tern_config_init and then
 * overridden by the embedder. Only `heap` and `heap_size` are required.
 */
typedef struct tern_config {
    void *heap;             /* the block all VM memory comes from */
    size_t heap_size;       /* its size in bytes */
    size_t stack_slots;     /* words of the stack region: values and frame records;
                               0: a twelfth of the block */
    size_t max_depth;       /* Python call depth before RecursionError */
    size_t c_stack_limit;   /* bytes of C stack the VM may use; 0: TERN_C_STACK_LIMIT */
    tern_write_fn write;    /* output; NULL discards it */
    tern_read_fn read;      /* input; NULL means always at end of input */
    tern_load_fn load;      /* file loader for import; NULL: no imports from files */
    tern_release_fn release;
    tern_clock_fn clock;    /* time.time() and friends; NULL: ISO C time()/clock() */
    tern_sleep_fn sleep;    /* time.sleep(); NULL: poll the clock */
    const tern_fs *fs;      /* os.listdir, os.stat...; NULL: they raise OSError */
    void *user_data;        /* passed back to every callback */
    int argc;               /* sys.argv, copied into the heap at open */
    const char *const *argv;
    const char *path0;      /* sys.path[0] (the main script's directory, absolute in
                               CPython); NULL: the directory part of argv[0] */
    /* A growing heap. NULL (the default): the object heap is the part of
     * `heap` the VM struct, stack and frames leave, and never changes. With
     * a callback, a collection that leaves the heap more than half full (or
     * cannot make room for the allocation that started it) moves the
     * objects into a larger block from heap_alloc, and one that leaves it
     * less than an eighth full moves them into a smaller one, or back into
     * `heap`; the heap then stays about a third full. The tern_vm and its
     * stack and frames never move. While any pinned block exists the heap
     * keeps its place and size. heap_max bounds the heap (objects plus the
     * collector's side tables, tern_gc_stats.total); 0: no bound but the
     * callback's. During a move the old and the new block both exist. */
    tern_heap_alloc_fn heap_alloc;
    size_t heap_max;
} tern_config;

/* Fill `cfg` with defaults (no heap, output discarded). */
TERN_API void tern_config_init(tern_config *cfg);

/*
 * Open a VM in cfg->heap. The tern_vm struct itself is placed at the start
 * of that block, so the block must outlive the VM. Returns NULL if the block
 * is too small to hold the VM's fixed parts.
 */
TERN_API tern_vm *tern_open(const tern_config *cfg);

/* Close a VM. The heap block is the embedder's again afterwards. */
TERN_API void tern_close(tern_vm *vm);

/* ===================================================================
 * Running code
 * =================================================================== */

/* Status codes returned by the run functions. */
enum {
    TERN_OK = 0,        /* ran to completion */
    TERN_ERROR = 1,     /* an uncaught exception; see tern_error_text */
    TERN_EXIT = 2,      /* SystemExit was raised; see tern_exit_code */
    TERN_YIELD = 3      /* the instruction budget ran out: see tern_resume */
};

/* Modes for tern_run_source. */
enum {
    TERN_MODE_FILE = 0,     /* a module: statements, nothing echoed */
    TERN_MODE_SINGLE = 1,   /* one REPL entry: expression results echoed */
    TERN_MODE_EVAL = 2      /* one expression */
};

/*
 * Compile and run `len` bytes of UTF-8 source in the __main__ module.
 * `filename` is used in tracebacks and SyntaxErrors. The source buffer is only
 * read during the call.
 */
TERN_API int tern_run_source(tern_vm *vm, const char *src, size_t len,
                             const char *filename, int mode);

/*
 * After a run returned TERN_ERROR: the formatted traceback, exactly as
 * CPython would print it (ends with a newline). Valid until the next call
 * into the VM.
 */
TERN_API const char *tern_error_text(tern_vm *vm);

/* After a run returned TERN_EXIT: the exit status SystemExit asked for. */
TERN_API int tern_exit_code(tern_vm *vm);

/*
 * True if `src` is an incomplete statement that needs more lines (an open
 * bracket, a block header without body, an unterminated triple-quoted
 * string). Used by REPLs to decide between `>>> ` and `... `.
 */
TERN_API int tern_source_incomplete(tern_vm *vm, const char *src, size_t len);

/* ===================================================================
 * Time slicing and stop requests (src/slice.c, docs/timeslicing.md)
 * =================================================================== */

/*
 * Give the VM's runs a budget of `n` bytecode instructions per slice
 * (0: unlimited, the default). A tern_run_source or tern_resume that has
 * run `n` instructions returns TERN_YIELD with all its state kept;
 * tern_resume continues it exactly where it stopped. It takes effect at
 * the next tern_run_source or tern_resume.
 *
 * The budget counts the instructions of the interpreter loop the API call
 * entered (Python calling Python stays in it); a run can stop only there,
 * between any two of its instructions. Python code that C code of the VM
 * runs (a sort key, a __init__ run by a class call, __repr__, a generator
 * driven by a for loop, an imported module's body) is neither counted nor
 * stopped: the run stops at the first check after control is back at the
 * API level. Budgets above 2**31 - 2 are cut to it.
 */
TERN_API void tern_set_budget(tern_vm *vm, unsigned long n);
TERN_API unsigned long tern_get_budget(tern_vm *vm);

/* tern_set_budget(vm, budget) then tern_run_source. */
TERN_API int tern_run_budget(tern_vm *vm, const char *src, size_t len, const char *filename,
                             int mode, unsigned long budget);

/*
 * Continue the run that returned TERN_YIELD: returns TERN_OK, TERN_ERROR,
 * TERN_EXIT or TERN_YIELD as tern_run_source does. TERN_OK at once when
 * no run is stopped. A tern_run_source while a run is stopped gives that
 * run up first (its frames are dropped; finally blocks do not run).
 */
TERN_API int tern_resume(tern_vm *vm);

/* True while a run stopped by its budget waits for tern_resume. */
TERN_API int tern_suspended(tern_vm *vm);

/*
 * Ask the VM to raise KeyboardInterrupt: at the next backward jump of the
 * running Python code (every loop has one), at any level, or at its next
 * slice check; before the first instruction of the next run or resume if
 * no code runs. A long call into C (sum(range(10**9))) is not cut short.
 * Safe to call from another thread and from a signal handler; the only
 * function of this API that is.
 */
TERN_API void tern_request_stop(tern_vm *vm);

/* ===================================================================
 * Memory
 * =================================================================== */

/* Collect and compact now. */
TERN_API void tern_gc_collect(tern_vm *vm);

/* Bytes free in the heap (after a collection, the largest allocatable block). */
TERN_API size_t tern_gc_mem_free(tern_vm *vm);

/* Bytes used by live and not yet collected objects. */
TERN_API size_t tern_gc_mem_alloc(tern_vm *vm);

/* The heap's figures, as micropython.mem_info() prints them. Sizes are in
 * bytes; total = used + free. Without heap_alloc, total is the block given
 * to tern_open minus the VM struct, its value stack, frames and caches; with
 * it, total is the size of the heap's current block (its objects' part and
 * side tables). */
typedef struct tern_gc_stats {
    size_t total;           /* object area plus the collector's side tables */
    size_t used;            /* objects (live or not yet collected), side tables, pinned region */
    size_t free;            /* free space; after a collection, all of it in one piece */
    size_t largest_free;    /* the largest block an allocation can get (== free) */
    size_t side;            /* the collector's side tables (mark bits, block counts) */
    size_t pinned;          /* the pinned region, its free chunks included */
    size_t pinned_free;     /* free chunks inside the pinned region */
    size_t collections;     /* collections so far */
    size_t live_objects;    /* objects that survived the last collection */
    size_t freed_objects;   /* objects the last collection reclaimed */
    size_t freed_bytes;     /* bytes the last collection reclaimed */
    size_t threshold;       /* bytes allocated between collections; 0: automatic */
    unsigned long pause_last_us, pause_max_us;  /* 0 without a clock callback */
    unsigned long long pause_total_us;
    size_t grows, shrinks;  /* moves to a larger or smaller block (heap_alloc) */
    size_t heap_max;        /* the bound on total: heap_max, or total when the heap cannot grow */
} tern_gc_stats;
TERN_API void tern_gc_info(tern_vm *vm, tern_gc_stats *stats);

/* Collect after every `bytes` allocated (0: automatically, when the heap is
 * full or live data has doubled). */
TERN_API void tern_gc_set_threshold(tern_vm *vm, size_t bytes);

/*
 * Pinned memory: `n` bytes that never move (a DMA buffer, or memory C code
 * keeps a pointer to), carved from the top of the heap. NULL when the heap
 * cannot hold it even after a collection. It stays until tern_pin_free.
 * Pinned blocks are not compacted: freeing some in the middle leaves holes
 * in the pinned region that only pinned blocks can reuse, until the blocks
 * below them are freed too.
 */
TERN_API void *tern_pin_alloc(tern_vm *vm, size_t n);
TERN_API void tern_pin_free(tern_vm *vm, void *p);

#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
/*
 * Allocation-failure injection, only in a build compiled with
 * -DTERN_OOM_INJECT=1 (the test build build/oom, see docs/memory-oom.md).
 * tern_oom_inject resets the allocation counter and makes the `at`-th
 * allocation from now fail as if the heap were full (0 disarms); with
 * `sticky`, that one and every later allocation fail. tern_oom_count
 * returns the allocations counted since the last tern_oom_inject (or
 * since the end of tern_open).
 */
TERN_API void tern_oom_inject(tern_vm *vm, size_t at, int sticky);
TERN_API size_t tern_oom_count(tern_vm *vm);
#endif

#ifdef __cplusplus
}
#endif

#endif /* TERN_H */
