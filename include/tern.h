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
    /* Hard interrupt callbacks (tern_irq_hard, docs/interrupts.md): how
     * many may nest (0, the default: none), and each level's stack region
     * in words (0: TERN_IRQ_STACK_SLOTS). Both are carved from `heap`. */
    int irq_levels;
    size_t irq_stack_slots;
} tern_config;

/* Fill `cfg` with defaults (no heap, output discarded). */
TERN_API void tern_config_init(tern_config *cfg);

/*
 * Open a VM in cfg->heap. The tern_vm struct itself is placed at the start
 * of that block, so the block must outlive the VM. Returns NULL if the block
 * is too small to hold the VM's fixed parts.
 */
TERN_API tern_vm *tern_open(const tern_config *cfg);

/*
 * Close a VM: gives back every block the VM took from heap_alloc; the heap
 * block is the embedder's again afterwards. Nothing else was ever
 * allocated, so nothing leaks.
 *
 * A closed VM is detected while its block is still untouched by the
 * embedder (tern_close clears the tern_vm struct at the start of the
 * block): every function of this API called with it returns at once
 * without touching memory, with TERN_ERROR (0, NULL, TERN_T_INVALID or a
 * gen-0 handle for the functions that return no status; nothing becomes
 * pending), and tern_error_text returns a constant "SystemError: the VM is
 * closed..." text. The same holds for a NULL vm, and tern_close of a
 * closed or NULL VM does nothing. NOT detectable: a block the embedder has
 * freed or reused since (that is a use after free, as with any pointer).
 * tern_close called while the VM runs (from a C function or a callback it
 * called) does nothing: the VM is in use.
 */
TERN_API void tern_close(tern_vm *vm);

/* ===================================================================
 * Running code
 * =================================================================== */

/* Status codes returned by the run functions. */
enum {
    TERN_OK = 0,        /* ran to completion */
    TERN_ERROR = 1,     /* an uncaught exception; see tern_error_text */
    TERN_EXIT = 2,      /* SystemExit was raised; see tern_exit_code */
    TERN_YIELD = 3,     /* the instruction budget ran out: see tern_resume */
    TERN_DONE = 4       /* tern_iter_next: the iterator has no more items */
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
 * Precompiled bytecode (docs/bytecode.md). A program compiled once with
 * tern_compile_bytecode (or `tern --compile`) is a byte string, a .tbc
 * file, that any build of the same Tern version loads, whatever its word
 * size, without compiling. A damaged, truncated or foreign file is refused
 * with ValueError("bad bytecode: ...") and never run; a file deliberately
 * crafted to pass the checks (its CRC made to match) is not fully
 * verified: run bytecode only from sources you trust, as with CPython's
 * .pyc files.
 */

/*
 * Compile `len` bytes of UTF-8 source as a module (as TERN_MODE_FILE does)
 * and store its serialized bytecode, a bytes object, into `slot` (see the
 * slot API below; read it with tern_get_bytes and copy it out to keep it).
 * `filename` (NUL-terminated; NULL: "<string>") is recorded for
 * tracebacks. Returns TERN_OK, or TERN_ERROR with the exception pending
 * (a SyntaxError for bad source; tern_error_text formats it). Nothing runs.
 */
TERN_API int tern_compile_bytecode(tern_vm *vm, const char *src, size_t len,
                                   const char *filename, int slot);

/*
 * Load the `len` bytes of serialized bytecode at `data` and run them in the
 * __main__ module, as tern_run_source(..., TERN_MODE_FILE) runs source:
 * the same statuses, TERN_YIELD under a budget (continue with
 * tern_resume), TERN_EXIT for SystemExit. __file__ is the file name
 * recorded at compile time. Bytes that are not valid bytecode are a
 * TERN_ERROR (ValueError "bad bytecode: ..."). The bytes are only read
 * during the call, and must not point into the VM's movable heap (copy
 * what tern_get_bytes gave first: the collector would move it; a pinned
 * block, tern_pin_alloc, is fine).
 */
TERN_API int tern_run_bytecode(tern_vm *vm, const void *data, size_t len);

/*
 * Run the file at `path`, read through the config's `load` callback (and
 * handed back to `release` before returning): as bytecode if it starts
 * with the bytecode magic, else as UTF-8 source compiled with `path` as
 * its file name. __file__ is `path`. A file that cannot be loaded (or no
 * `load` callback) is a TERN_ERROR with FileNotFoundError. Statuses as
 * tern_run_source.
 */
TERN_API int tern_run_file(tern_vm *vm, const char *path);

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
 * (0: unlimited, the default). A tern_run_source, tern_call_slot,
 * tern_call_method, tern_eval or tern_resume that has
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
 * no run is stopped. A tern_run_source at the top level while a run is
 * stopped gives that run up first, as tern_abandon does.
 */
TERN_API int tern_resume(tern_vm *vm);

/*
 * Give up the run that returned TERN_YIELD, letting it clean up:
 * GeneratorExit is raised where it stopped, so its except and finally
 * blocks and the exits of its with blocks run (counted by the budget: a
 * cleanup that catches GeneratorExit and runs on past the budget is cut
 * there and its frames dropped). A stopped tern_call_slot's slot keeps
 * what it held. Returns TERN_OK (nothing was stopped, or the run ended),
 * or the status of another exception its cleanup raised (TERN_ERROR,
 * TERN_EXIT). From a C function or callback while Python runs, it does
 * nothing and returns TERN_ERROR (a SystemError).
 */
TERN_API int tern_abandon(tern_vm *vm);

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

/* ===================================================================
 * Values, calls and references (src/api_value.c)
 *
 * Objects move at every allocation, so C code never holds one directly.
 * It works on numbered SLOTS instead: a per-VM array of values that the
 * collector scans as roots and updates when objects move. Slot 0, 1, ...
 * are the slots of the current C context: at the top level (outside any
 * call from Python) the embedder's own, and while a C function
 * (tern_cfunction) called from Python runs, a fresh set of its own (slot 0
 * for its result, slots 1..nargs its arguments), gone when it returns. Values
 * that must outlive a context are kept in HANDLES (tern_handle_new).
 *
 * Status: every function here that can fail returns TERN_OK or
 * TERN_ERROR. TERN_ERROR means an exception is now PENDING in the VM:
 * tern_error_text gives it formatted as CPython prints it (with its
 * traceback when Python code raised it), tern_error_type its type's name.
 * It stays pending until tern_clear_error or the next call that fails;
 * a C function called from Python that returns TERN_ERROR raises it in
 * the Python caller. Misuse is reported the same way, never by a crash:
 * a slot out of range or a bad argument is a SystemError, reading a slot
 * as the wrong type a TypeError, an int too big for int64_t an
 * OverflowError, a freed or stale handle a SystemError. With a NULL or
 * closed vm (see tern_close), functions return TERN_ERROR (or 0, NULL,
 * TERN_T_INVALID) and do nothing. Python exceptions and MemoryError never escape into the
 * embedder's C code as a longjmp or a C++ exception.
 *
 * Strings returned as `const char *` (tern_get_str, tern_get_bytes,
 * tern_get_int_text, tern_error_text, tern_error_type) point into the
 * heap: they stay valid until the next call on the same VM that may
 * allocate or run code: any call that fails (the exception is an
 * object), and any other call than tern_get_int, tern_get_float,
 * tern_get_str, tern_get_bytes, tern_copy_slot, tern_type_of,
 * tern_slot_count, tern_handle_count and tern_error_*. Copy them if you
 * need them longer. Passing one straight back into this API (the
 * text of tern_get_str to tern_set_str or tern_raise_error) is allowed:
 * a text of up to 511 bytes that points into the heap is copied before
 * anything moves; a longer one is refused with a SystemError (copy it, or
 * move the value itself with tern_copy_slot).
 * =================================================================== */

/* What tern_type_of reports. Instances of subclasses of the built-in
 * types (class L(list)) are TERN_T_OBJECT. */
enum {
    TERN_T_INVALID = -1,    /* no such slot (or NULL vm) */
    TERN_T_NONE = 0,
    TERN_T_BOOL,
    TERN_T_INT,             /* any size */
    TERN_T_FLOAT,
    TERN_T_STR,
    TERN_T_BYTES,
    TERN_T_LIST,
    TERN_T_TUPLE,
    TERN_T_DICT,
    TERN_T_FUNCTION,        /* a Python function, built-in or C function, bound method */
    TERN_T_MODULE,
    TERN_T_TYPE,            /* a class */
    TERN_T_OBJECT           /* anything else */
};

/* ---- slots ---- */

/* Make sure the current context has at least `n` slots (0 <= n <= 65536);
 * new slots hold None. Never shrinks. */
TERN_API int tern_ensure_slots(tern_vm *vm, int n);

/* Slots the current context has. */
TERN_API int tern_slot_count(tern_vm *vm);

/* Copy slot `src` into slot `dst`. */
TERN_API int tern_copy_slot(tern_vm *vm, int dst, int src);

/* The type of the value in `slot` (TERN_T_*), TERN_T_INVALID for a bad
 * slot (which is not an error: nothing becomes pending). */
TERN_API int tern_type_of(tern_vm *vm, int slot);

/* ---- building values: each stores a new value into `slot` ---- */

TERN_API int tern_set_none(tern_vm *vm, int slot);
TERN_API int tern_set_bool(tern_vm *vm, int slot, int v);
TERN_API int tern_set_int(tern_vm *vm, int slot, int64_t v);
/* An int of any size from text in `base` (2..36, or 0 for Python's
 * literal rules: 0x, 0o, 0b prefixes), as int(text, base): leading and
 * trailing spaces, a sign and underscores between digits are allowed.
 * ValueError for invalid text. */
TERN_API int tern_set_int_text(tern_vm *vm, int slot, const char *text, int base);
TERN_API int tern_set_float(tern_vm *vm, int slot, double v);
/* A str of `len` bytes of UTF-8 (copied; ValueError if not valid UTF-8).
 * tern_set_cstr takes a NUL-terminated string. */
TERN_API int tern_set_str(tern_vm *vm, int slot, const char *s, size_t len);
TERN_API int tern_set_cstr(tern_vm *vm, int slot, const char *s);
/* A bytes object of `len` bytes (copied). */
TERN_API int tern_set_bytes(tern_vm *vm, int slot, const void *data, size_t len);
/* An empty list or dict. */
TERN_API int tern_new_list(tern_vm *vm, int slot);
TERN_API int tern_new_dict(tern_vm *vm, int slot);
/* A tuple of the `n` values in slots first..first+n-1 (n may be 0). */
TERN_API int tern_new_tuple(tern_vm *vm, int slot, int first, int n);

/* ---- reading values (no allocation unless said) ---- */

/* A bool, or any value's truth as Python's bool() sees it (may run
 * __bool__ / __len__). */
TERN_API int tern_get_bool(tern_vm *vm, int slot, int *out);
/* An int (or bool) that fits in int64_t; OverflowError otherwise,
 * TypeError for other types. */
TERN_API int tern_get_int(tern_vm *vm, int slot, int64_t *out);
/* Any int as text in base 10 (allocates: valid as said above). */
TERN_API int tern_get_int_text(tern_vm *vm, int slot, const char **text, size_t *len);
/* A float, or an int converted to one (OverflowError if too big). */
TERN_API int tern_get_float(tern_vm *vm, int slot, double *out);
/* A str's UTF-8 bytes, NUL-terminated; `len` (may be NULL) gets its length
 * in bytes. */
TERN_API int tern_get_str(tern_vm *vm, int slot, const char **s, size_t *len);
/* A bytes or bytearray object's contents. */
TERN_API int tern_get_bytes(tern_vm *vm, int slot, const void **data, size_t *len);

/* ---- containers and other objects ---- */

/* len() of any value that has one (may run __len__). */
TERN_API int tern_length(tern_vm *vm, int slot, size_t *out);
/* Append the value in `item` to the list in `list`. */
TERN_API int tern_append(tern_vm *vm, int list, int item);
/* dst = obj[key] (any object with __getitem__; a negative list index
 * counts from the end; KeyError/IndexError as in Python). */
TERN_API int tern_get_item(tern_vm *vm, int obj, int key, int dst);
/* dst = iter(obj): an iterator over any iterable (a dict gives its keys;
 * call its "items" method first for pairs). */
TERN_API int tern_get_iter(tern_vm *vm, int obj, int dst);
/* dst = the next item of the iterator in `it`: TERN_OK, or TERN_DONE at
 * the end (dst unchanged), or TERN_ERROR (an exception the iterator
 * raised, or TypeError if `it` is not an iterator). The iterator may run
 * Python code (a generator). */
TERN_API int tern_iter_next(tern_vm *vm, int it, int dst);
/* obj[key] = value. */
TERN_API int tern_set_item(tern_vm *vm, int obj, int key, int value);
/* dst = getattr(obj, name); setattr(obj, name, value). */
TERN_API int tern_get_attr(tern_vm *vm, int obj, const char *name, int dst);
TERN_API int tern_set_attr(tern_vm *vm, int obj, const char *name, int value);
/* dst = the global `name` of __main__ (or the builtin of that name):
 * NameError if neither exists. */
TERN_API int tern_get_global(tern_vm *vm, const char *name, int dst);
/* Set the global `name` of __main__. */
TERN_API int tern_set_global(tern_vm *vm, const char *name, int value);
/* dst = the module `name` (dotted names allowed) as `import name` would
 * import it; the result is the named module itself, not its top package. */
TERN_API int tern_import_module(tern_vm *vm, const char *name, int dst);

/* ---- calling Python ----
 *
 * With a budget (tern_set_budget), a call made at the embedder's top level
 * (not from a C function Python called, nor from a callback while Python
 * runs) counts its instructions like tern_run_source, and may return
 * TERN_YIELD: tern_resume continues it, and the result reaches the slot
 * when the resume that ends it returns TERN_OK. An error after a stop is
 * reported by that resume (TERN_ERROR, tern_error_text). tern_eval stops
 * only in its expression; tern_call_slot and tern_call_method only when
 * the callable is a Python function or method (a class, a C function or
 * a generator function runs through). Calls made while a run is stopped
 * run to their end. */

/* dst = the value of the Python expression `expr` (NUL-terminated UTF-8),
 * evaluated in __main__: tern_eval(vm, "2 ** 100", 0). SyntaxError for
 * text that is not one expression. */
TERN_API int tern_eval(tern_vm *vm, const char *expr, int dst);

/* Call the callable in `slot` with the `nargs` values in slots
 * slot+1..slot+nargs as positional arguments; the result replaces the
 * callable in `slot`. The argument slots are left as they were. */
TERN_API int tern_call_slot(tern_vm *vm, int slot, int nargs);
/* Call method `name` of the object in `slot` (obj.name(args...)), the
 * arguments in the slots after it; the result replaces the object. */
TERN_API int tern_call_method(tern_vm *vm, int slot, const char *name, int nargs);

/* ---- C functions callable from Python ---- */

/*
 * A C function for Python. On entry its context has nargs + 1 slots:
 * slot 0 holds None and receives the result, slots 1..nargs hold the
 * positional arguments (keyword arguments are refused with a TypeError
 * before the call). It may use every function of this API, call Python,
 * and ensure more slots. It returns TERN_OK (the result is slot 0) or
 * TERN_ERROR: the pending exception is then raised in the caller (a
 * failed API call's, or one made with tern_raise_error). `user_data` is
 * what was given at registration.
 */
typedef int (*tern_cfunction)(tern_vm *vm, int nargs, void *user_data);

/* Store a new Python callable named `name` that calls `fn` into `slot`. */
TERN_API int tern_new_function(tern_vm *vm, int slot, const char *name,
                               tern_cfunction fn, void *user_data);
/* The same, stored as the global `name` of __main__. */
TERN_API int tern_register_function(tern_vm *vm, const char *name,
                                    tern_cfunction fn, void *user_data);

/* A module defined by the embedder: functions and constants. */
typedef struct tern_function_def {
    const char *name;
    tern_cfunction fn;
} tern_function_def;

typedef struct tern_constant_def {
    const char *name;
    int type;               /* TERN_T_NONE, _BOOL, _INT, _FLOAT or _STR */
    int64_t i;              /* for BOOL and INT */
    double f;               /* for FLOAT */
    const char *s;          /* for STR: NUL-terminated UTF-8 */
} tern_constant_def;

/*
 * A class defined by the embedder (Lua's full userdata with a metatable).
 * Each instance carries `data_size` bytes of C data, zeroed when it is
 * created and read or written through tern_get_data. It is otherwise an
 * ordinary Python class: Python code can subclass it, give its instances
 * attributes, and define more methods. Its methods are C functions called
 * with the instance in slot 1 and the arguments in slots 2..nargs
 * (`nargs` counts the instance); "__init__", "__repr__", "__len__",
 * "__getitem__" and the other special methods are found as in Python.
 * Collection moves the data with the instance: keep no pointer into it
 * (and no pointer to itself in it) across an allocation, and no Python
 * object in it (keep handles). The class's MRO shows the built-in base
 * `hostobject` after it.
 */
typedef struct tern_class_def {
    const char *name;                   /* __name__ */
    const tern_function_def *methods;   /* ends with a NULL name; may be NULL */
    size_t data_size;                   /* bytes of C data in each instance (up to 1 GiB) */
    void *user_data;                    /* passed to every method */
} tern_class_def;

typedef struct tern_module_def {
    const char *name;                   /* `import name` finds it */
    const tern_function_def *functions; /* ends with a NULL name; may be NULL */
    const tern_constant_def *constants; /* ends with a NULL name; may be NULL */
    void *user_data;                    /* passed to every function */
    const tern_class_def *const *classes; /* pointers, ending with NULL; may be NULL */
} tern_module_def;

/* Create the module now and enter it in sys.modules, so that `import name`
 * finds it; defining a name again replaces the module. The definition is
 * read during the call only. */
TERN_API int tern_define_module(tern_vm *vm, const tern_module_def *def);

/* Store a new host class made from `def` into `slot` (its __module__ is
 * "__main__"; set it as a global with tern_set_global). The definition's
 * strings are read during the call; the pointer `def` itself is the
 * class's identity for tern_get_data, so keep it valid and distinct
 * (a static const struct) for as long as the VM runs. */
TERN_API int tern_new_class(tern_vm *vm, int slot, const tern_class_def *def);
/* Point *data at the C data of the object in `slot`, which must be an
 * instance of the class made from `def` or of a Python subclass of it
 * (else TypeError, as Lua's luaL_checkudata). The pointer is valid until
 * the next call that may allocate: any API call that builds a value,
 * calls Python or defines something (the getters, tern_type_of and
 * tern_get_data do not allocate). */
TERN_API int tern_get_data(tern_vm *vm, int slot, const tern_class_def *def, void **data);

/* ---- interrupts (docs/interrupts.md) ----
 *
 * A hard callback is a Python callable the host runs from its interrupt
 * handler (a POSIX signal handler, an IRQ): it runs at once, stopping the
 * main program wherever it is, and may allocate from the ISR reserve that
 * each collection sets aside. The VM must have been opened with
 * tern_config.irq_levels > 0. Register it from the main program; raise it
 * from the interrupt. */

/* Register the callable in slot `callable`, to be called with the value in
 * slot `arg`: returns its id (0..31), or -1 with an error pending. */
TERN_API int tern_irq_register(tern_vm *vm, int callable, int arg);
/* Forget handler `id`. */
TERN_API int tern_irq_unregister(tern_vm *vm, int id);
/* From interrupt context: run handler `id` now, or, inside a collection or
 * another section that defers interrupts, as soon as it ends. An
 * exception it raises is printed (stderr) and goes no further. Returns
 * TERN_OK, or TERN_ERROR for a bad id or a closed VM. Calls for the same
 * id that arrive while it waits run it once. */
TERN_API int tern_irq_hard(tern_vm *vm, int id);
/* From interrupt context too: queue handler `id` as a soft callback, run
 * at the main program's next safe point (a loop's backward jump), as
 * micropython.schedule does. TERN_ERROR if the queue
 * (TERN_SCHEDULE_DEPTH) is full. Allocates nothing. */
TERN_API int tern_irq_soft(tern_vm *vm, int id);
/* Bytes the collector sets aside for hard callbacks at each collection
 * (collects now to do so): TERN_OK, or TERN_ERROR if there is no room.
 * Unset, it is a 64th of the heap, from TERN_IRQ_RESERVE up to 64 KiB. */
TERN_API int tern_irq_set_reserve(tern_vm *vm, size_t bytes);

typedef struct tern_irq_info {
    int levels;                 /* nesting levels (tern_config.irq_levels) */
    int level;                  /* 0 in the main program, n inside n callbacks */
    size_t reserve;             /* bytes set aside by the last collection */
    size_t reserve_free;        /* of which still free */
    size_t runs;                /* hard callbacks run */
    size_t deferred;            /* tern_irq_hard calls that had to wait for a section's end
                                   (several for one id may end in one run) */
    size_t failed_allocations;  /* allocations the reserve refused */
} tern_irq_info;
TERN_API void tern_irq_stats(tern_vm *vm, tern_irq_info *info);

/* ---- errors ---- */

/* Make an exception pending: an instance of the built-in exception type
 * named `type_name` ("ValueError"...; SystemError if there is no such
 * exception type) with message `msg`. Returns TERN_ERROR, so a C function
 * can `return tern_raise_error(vm, "ValueError", "bad value");`. */
TERN_API int tern_raise_error(tern_vm *vm, const char *type_name, const char *msg);
/* The name of the pending exception's type ("ValueError"), also after a
 * tern_run_source that returned TERN_ERROR; NULL if none is pending. */
TERN_API const char *tern_error_type(tern_vm *vm);
/* Forget the pending exception (a C function that handled an error). */
TERN_API void tern_clear_error(tern_vm *vm);

/* ---- handles: values kept across contexts and collections ---- */

/*
 * A reference to a value that keeps it alive (a root of the collector)
 * and follows it when it moves, until tern_handle_free. A handle is two
 * numbers, copied freely; a handle already freed is detected by its
 * generation and refused with a SystemError (so, most likely, is a handle
 * of another VM: generations start at a number derived from the VM's
 * address). A handle with gen 0 is never valid (what a failed
 * tern_handle_new returns). The table of handles lives in the heap and
 * counts against it (two words per handle ever live at once).
 */
typedef struct tern_handle {
    uint32_t index;
    uint32_t gen;
} tern_handle;

/* A new handle to the value in `slot`. */
TERN_API tern_handle tern_handle_new(tern_vm *vm, int slot);
/* Store the handle's value into `slot`. */
TERN_API int tern_handle_get(tern_vm *vm, tern_handle h, int slot);
/* Make the handle refer to the value in `slot` instead. */
TERN_API int tern_handle_set(tern_vm *vm, tern_handle h, int slot);
/* Release the handle; the value may be collected if nothing else holds it. */
TERN_API int tern_handle_free(tern_vm *vm, tern_handle h);
/* Handles alive (for finding leaks). */
TERN_API size_t tern_handle_count(tern_vm *vm);

#ifdef __cplusplus
}
#endif

#endif /* TERN_H */
