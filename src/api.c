/* SPDX-License-Identifier: MIT */
/*
 * api.c — the embedding API of include/tern.h: opening and closing a VM,
 * running source, reporting errors.
 *
 * The embedder's block is laid out as
 *   [tern_vm][stack region][C roots][attr cache][object area][mark bits][block counts]
 * and nothing else is ever used, unless the embedder gives an allocator
 * callback: then the object area and its side tables may move to blocks
 * from it (gc_area.c) while the rest stays. The stack region (a twelfth of
 * the block by default) holds the value stack, growing up from its bottom,
 * and the frame records, growing down from its top: a deep recursion of
 * small frames and a shallow one of big frames use the same bytes, and
 * they meet in a RecursionError.
 */
#include "vm_int.h"
#include "obj_num.h"

void tern_config_init(tern_config *cfg) {
    if (!cfg)
        return;
    memset(cfg, 0, sizeof *cfg);
    cfg->max_depth = TERN_DEFAULT_MAX_DEPTH;
}

static uint8_t *align_up(uint8_t *p, size_t a) {
    return (uint8_t *)(((uintptr_t)p + a - 1) & ~(uintptr_t)(a - 1));
}

typedef struct open_args {
    const tern_config *cfg;
} open_args;

static void open_body(tern_vm *vm, void *ud) {
    const tern_config *cfg = ((open_args *)ud)->cfg;
    tern_val name, path0 = TERN_NULL;
    int i;
    vm->memory_error = tern_exc_new(vm, &tern_type_MemoryError, TERN_NULL);
    vm->modules = tern_dict_new(vm, 4);     /* __main__, builtins, and room */
    tern_builtins_init(vm);
    tern_site_init(vm);
    name = TERN_N(__main__);
    vm->main_module = tern_module_new(vm, name);
    tern_dict_set(vm, vm->modules, name, vm->main_module);
    {
        /* __main__.__builtins__ is the builtins module, as in CPython */
        tern_val b = tern_import(vm, TERN_N(builtins), TERN_NULL, 0, TERN_NULL);
        tern_dict_set(vm, TERN_AS(tern_module, vm->main_module)->dict, TERN_N(__builtins__), b);
    }
    vm->sys_argv = tern_list_new(vm, (size_t)(cfg->argc > 0 ? cfg->argc : 1));
    for (i = 0; i < cfg->argc; i++) {
        tern_val s = tern_str_from_c(vm, cfg->argv[i]);
        tern_list_append(vm, vm->sys_argv, s);
    }
    if (cfg->argc == 0)
        tern_list_append(vm, vm->sys_argv, TERN_N(empty_str));
    vm->sys_path = tern_list_new(vm, 2);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, path0);
    if (cfg->path0) {
        path0 = tern_str_from_c(vm, cfg->path0);
    } else if (cfg->argc > 0) {
        /* sys.path[0] is the script's directory, as in CPython */
        const char *a0 = cfg->argv[0];
        const char *slash = strrchr(a0, '/');
        path0 = slash ? tern_str_new(vm, a0, (size_t)(slash - a0)) : TERN_N(empty_str);
        if (slash == a0)
            path0 = tern_str_new(vm, "/", 1);
    } else {
        path0 = TERN_N(empty_str);
    }
    tern_list_append(vm, vm->sys_path, path0);
    /* then the library frozen into the binary (lib/, see frozen.h) */
    tern_list_append(vm, vm->sys_path, TERN_N(_frozen));
    TERN_UNROOT(vm);
}

tern_vm *tern_open(const tern_config *cfg) {
    uint8_t *lo, *hi, *p;
    tern_vm *vm;
    size_t slots, depth;
    open_args oa;
    if (!cfg)
        return NULL;
    if (!cfg->heap || cfg->heap_size < sizeof(tern_vm) + 1024)
        return NULL;
    lo = (uint8_t *)cfg->heap;
    hi = lo + cfg->heap_size;
    slots = cfg->stack_slots;
    depth = cfg->max_depth ? cfg->max_depth : TERN_DEFAULT_MAX_DEPTH;
    p = align_up(lo, 16);
    vm = (tern_vm *)p;
    memset(vm, 0, sizeof *vm);
    vm->attr_epoch = 1;
    p += sizeof(tern_vm);
    if (!slots) {
        /* default: a twelfth of the block, within sensible bounds (in a
         * 512 KiB block, about 680 levels of a small recursive function) */
        slots = cfg->heap_size / 12 / sizeof(tern_val);
        if (slots > TERN_MAX_STACK_SLOTS)
            slots = TERN_MAX_STACK_SLOTS;
        if (slots < TERN_MIN_STACK_SLOTS)
            slots = TERN_MIN_STACK_SLOTS;
    }
    /* Values from the bottom of the region up, frame records from the top
     * down: neither has a share of its own. The recursion limit is not cut
     * to what the region holds: a recursion that fills the region raises
     * the same RecursionError first, and C recursion, which the limit also
     * bounds, has its own bounds in the root array and the C stack. */
    p = align_up(p, 2 * sizeof(void *));
    vm->stack = (tern_val *)p;
    vm->sp = vm->stack;
    vm->frame_top = (tern_frame *)(void *)(vm->stack + slots);
    vm->frame = vm->frame_top;
    p = (uint8_t *)vm->frame_top;
    p = align_up(p, sizeof(void *));
    vm->roots = (tern_val **)p;
    {
        /* C-local roots: an eighth as many as stack slots, and at least
         * TERN_ROOT_SLOTS (fewer in very small blocks, never under 64);
         * each level of C recursion (repr of nested containers) takes a few */
        size_t least = cfg->heap_size / 256 < TERN_ROOT_SLOTS ? cfg->heap_size / 256 : TERN_ROOT_SLOTS;
        if (least < 64)
            least = 64;
        vm->roots_cap = slots / 8 > least ? slots / 8 : least;
    }
    p = (uint8_t *)(vm->roots + vm->roots_cap);
#if TERN_ATTR_CACHE_SIZE
    {
        /* the attribute cache: a 512th of the block, a power of two */
        size_t n = TERN_ATTR_CACHE_SIZE;
        while (n > 16 && n * 512 > cfg->heap_size)
            n /= 2;
        p = align_up(p, sizeof(tern_val));
        vm->attr_cache = (tern_attr_cache_entry *)p;
        vm->attr_cache_mask = n - 1;
        p += n * sizeof *vm->attr_cache;
        if (p < hi)
            memset(vm->attr_cache, 0, n * sizeof *vm->attr_cache);
    }
#endif
    if (cfg->irq_levels > 0) {
        /* hard callbacks: per nesting level a stack region and a root
         * array (irq.c) */
        int k, levels = cfg->irq_levels > 8 ? 8 : cfg->irq_levels;
        size_t n = cfg->irq_stack_slots ? cfg->irq_stack_slots : TERN_IRQ_STACK_SLOTS;
        p = align_up(p, 2 * sizeof(void *));
        vm->irq_regions = (tern_irq_region *)p;
        p += (size_t)levels * sizeof(tern_irq_region);
        for (k = 0; k < levels; k++) {
            tern_irq_region *r = (tern_irq_region *)vm->irq_regions + k;
            p = align_up(p, 2 * sizeof(void *));
            if (p + n * sizeof(tern_val) + 64 * sizeof(tern_val *) >= hi)
                return NULL;
            r->stack = (tern_val *)p;
            p += n * sizeof(tern_val);
            r->frame_top = (tern_frame *)(void *)p;
            r->roots = (tern_val **)p;
            r->roots_cap = 64;
            p += 64 * sizeof(tern_val *);
        }
        vm->irq_levels = levels;
        vm->irq_reserve = TERN_IRQ_RESERVE;
    }
    if (cfg->heap_alloc) {
        /* a growing heap's state, before the object area (gc_area.c) */
        p = align_up(p, sizeof(void *));
        vm->grow = (tern_grow *)p;
        p += sizeof(tern_grow);
        if (p >= hi)
            return NULL;
        memset(vm->grow, 0, sizeof *vm->grow);
        vm->grow->alloc = cfg->heap_alloc;
        vm->grow->max = cfg->heap_max;
    }
    if (p >= hi || !tern_gc_init(vm, p, hi))
        return NULL;
    vm->max_depth = depth;
    vm->int_max_str_digits = TERN_INT_MAX_STR_DIGITS;
    vm->c_stack_limit = cfg->c_stack_limit ? cfg->c_stack_limit : TERN_C_STACK_LIMIT;
    vm->write = cfg->write;
    vm->read = cfg->read;
    vm->load = cfg->load;
    vm->release = cfg->release;
    vm->clock = cfg->clock;
    vm->sleep = cfg->sleep;
    vm->fs = cfg->fs;
    vm->user_data = cfg->user_data;
    oa.cfg = cfg;
    if (tern_pcall(vm, open_body, &oa)) {
        tern_area_close(vm);    /* a heap that grew during open */
        return NULL;
    }
#if TERN_OOM_INJECT
    vm->oom_count = 0;      /* count the embedder's allocations, not open's */
#endif
    vm->open_mark = TERN_OPEN_MARK;
    return vm;
}

#if TERN_OOM_INJECT
void tern_oom_inject(tern_vm *vm, size_t at, int sticky) {
    if (!TERN_VM_OPEN(vm))
        return;
    vm->oom_count = 0;
    vm->oom_at = at;
    vm->oom_sticky = sticky;
}

size_t tern_oom_count(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? vm->oom_count : 0;
}
#endif

void tern_close(tern_vm *vm) {
    /* Everything lives in the embedder's block, except a heap that grew
     * into a heap_alloc block: give that back. Clear the struct so that
     * every later call with this pointer finds the VM closed (TERN_VM_OPEN)
     * while the block is still the embedder's. A closed VM, NULL, or a VM
     * that is running (tern_close from a C function or callback it called:
     * its C frames still use the VM) is left alone. */
    if (!TERN_VM_OPEN(vm) || vm->c_stack_base != 0)
        return;
    tern_area_close(vm);
    memset(vm, 0, sizeof *vm);
}

/* ------------------------------------------------------------------ */
/* Running                                                             */
/* ------------------------------------------------------------------ */

/* How many distinct names code stores with `op` (STORE_NAME: module and
 * exec bodies) that `d` does not hold yet. Names past the first 2048 are
 * counted without removing duplicates (an over-estimate). No alloc. */
static size_t names_to_store(tern_val code, unsigned op, tern_val d) {
    const tern_code *c = TERN_AS(tern_code, code);
    const uint8_t *ip = TERN_CODE_BYTES(c), *end = ip + c->ncode;
    tern_val names = c->names;
    size_t nnames = TERN_AS(tern_tuple, names)->len, n = 0;
    uint32_t seen[64];
    memset(seen, 0, sizeof seen);
    while (ip < end) {
        unsigned o = *ip++, arg;
        if (o < TERN_BC_HAVE_ARG)
            continue;
        arg = (unsigned)ip[0] | ((unsigned)ip[1] << 8);
        ip += 2;
        if (o != op || arg >= nnames)
            continue;
        if (arg < 64 * 32) {
            if (seen[arg / 32] & (1u << (arg % 32)))
                continue;
            seen[arg / 32] |= 1u << (arg % 32);
        }
        if (tern_dict_get_name(d, TERN_TUPLE_ITEMS(names)[arg]) == TERN_NULL)
            n++;
    }
    return n;
}

tern_val tern_run_code(tern_vm *vm, tern_val code, tern_val globals, tern_val locals) {
    tern_val *saved = vm->sp, r;
    int yielded;
    /* Give a module (or exec) body's namespace room for every name it
     * assigns, now: otherwise the dict grows when the program stores a new
     * name, and a program that measured gc.mem_free() and then assigned
     * the result would find less memory than it measured. */
    if (TERN_IS_KIND(code, TERN_K_CODE) && locals && TERN_IS_KIND(locals, TERN_K_DICT)) {
        size_t n = names_to_store(code, TERN_BC_STORE_NAME, locals);
        if (n) {
            tern_val *s = tern_push(vm, code);
            tern_push(vm, globals);
            tern_push(vm, locals);
            tern_dict_reserve(vm, s[2], n);
            code = s[0];
            globals = s[1];
            locals = s[2];
            tern_popn(vm, 3);
        }
    }
    tern_vm_push_body(vm, code, globals, locals, TERN_NULL);
    r = tern_vm_execute(vm, &yielded);
    if (vm->sliced) {
        /* the API-level run stopped on its budget: its frames and values
         * stay where they are until tern_resume (slice.c) */
        vm->slice_sp = saved;
        return r;
    }
    vm->sp = saved;
    return r;
}

tern_val tern_run_class_body(tern_vm *vm, tern_val func, tern_val ns) {
    tern_val *saved = vm->sp, r;
    int yielded;
    tern_func *fn = TERN_AS(tern_func, func);
    tern_vm_push_body(vm, fn->code, fn->globals, ns, fn->closure);
    r = tern_vm_execute(vm, &yielded);
    vm->sp = saved;
    return r;
}


typedef struct run_args {
    const char *src;
    size_t len;
    const char *filename;
    int mode;
} run_args;

static void run_body(tern_vm *vm, void *ud) {
    run_args *ra = (run_args *)ud;
    tern_val fname, code, d;
    if (!ra->src && ra->len)
        tern_raise_fmt(vm, &tern_type_SystemError, "tern_run_source: NULL source");
    if (!ra->src)
        ra->src = "";
    fname = tern_str_from_c(vm, ra->filename);
    code = TERN_NULL;
    {
        TERN_ROOTS(vm);
        TERN_ROOT(vm, fname);
        TERN_ROOT(vm, code);    /* setting __file__ may allocate (the dict grows) */
        code = tern_compile(vm, ra->src, ra->len, fname, ra->mode);
        if (ra->mode == TERN_MODE_FILE)
            tern_dict_set(vm, TERN_AS(tern_module, vm->main_module)->dict, TERN_N(__file__), fname);
        TERN_UNROOT(vm);
    }
    d = TERN_AS(tern_module, vm->main_module)->dict;
    tern_run_code(vm, code, d, d);
}

static void format_body(tern_vm *vm, void *ud) {
    (void)ud;
    vm->error_text = tern_format_exception(vm, vm->scratch[3]);
}

static int exit_status(tern_vm *vm, tern_val exc) {
    tern_val args = TERN_AS(tern_exc, exc)->args;
    tern_val code = (args && TERN_TUPLE_LEN(args) > 0) ? TERN_TUPLE_ITEMS(args)[0] : TERN_NONE;
    if (code == TERN_NONE)
        return 0;
    if (TERN_IS_SMALL(code))
        return (int)TERN_SMALL_VALUE(code);
    if (TERN_IS_BOOL(code))
        return code == TERN_TRUE;
    /* sys.exit("message"): print it to stderr, status 1 */
    vm->scratch[3] = code;
    {
        tern_val s = tern_to_str(vm, vm->scratch[3]);
        tern_write(vm, 2, TERN_STR_CHARS(s), TERN_STR_LEN(s));
        tern_write(vm, 2, "\n", 1);
    }
    return 1;
}

static void exit_body(tern_vm *vm, void *ud) {
    vm->exit_code = exit_status(vm, *(tern_val *)ud);
}

/* Run body(vm, ud) as an API-level run: from the embedder's top level (not
 * from a C function Python called, nor from a callback while Python runs)
 * a run its budget stopped is first given up (tern_abandon), and this one
 * may stop on its budget (slice.c); SystemExit and uncaught errors become
 * the status. tern_run_source, tern_run_bytecode and tern_run_file. */
int tern_api_run(tern_vm *vm, void (*body)(tern_vm *vm, void *ud), void *ud) {
    int status, failed;
    char base;
    int top;
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;
    top = vm->c_stack_base == 0;
    if (top) {
        vm->c_stack_base = (uintptr_t)&base;
        tern_slice_abandon(vm);
    }
    vm->error_text = TERN_NULL;
    vm->sliced = 0;
    vm->slice_arm = top && vm->frame == vm->frame_top;
    failed = tern_pcall(vm, body, ud);
    vm->slice_arm = 0;
    status = tern_run_status(vm, failed);
    if (top)
        vm->c_stack_base = 0;
    vm->fresh_str = TERN_NULL;  /* the embedder may now hold any value (tern_str_append) */
    return status;
}

int tern_run_source(tern_vm *vm, const char *src, size_t len, const char *filename, int mode) {
    run_args ra;
    ra.src = src;
    ra.len = len;
    ra.filename = filename ? filename : "<string>";
    ra.mode = mode;
    return tern_api_run(vm, run_body, &ra);
}

/* The status of an API-level run after its tern_pcall (`failed`: it
 * raised): SystemExit and uncaught exceptions are dealt with here. */
int tern_run_status(tern_vm *vm, int failed) {
    tern_val exc;
    if (!failed) {
        if (!vm->sliced)
            return TERN_OK;
        /* stopped on its budget: tern_suspended tells it from now on.
         * vm->sliced must not stay set: code the embedder runs while the
         * run waits (tern_eval, tern_import_module) would take its own end
         * for a stop (tern_run_code) and clobber the waiting run's stack */
        vm->sliced = 0;
        return TERN_YIELD;
    }
    exc = vm->exc;
    vm->exc = TERN_NULL;
    vm->handled = TERN_NULL;
    if (exc == TERN_NONE) {
        vm->error_text = TERN_NULL;
        return TERN_ERROR;
    }
    if (tern_isinstance(exc, &tern_type_SystemExit)) {
        vm->scratch[3] = exc;
        vm->exit_code = 1;
        if (tern_pcall(vm, exit_body, &vm->scratch[3]))
            vm->exc = TERN_NULL;
        vm->scratch[3] = TERN_NULL;
        return TERN_EXIT;
    }
    vm->scratch[3] = exc;
    if (tern_pcall(vm, format_body, NULL)) {
        /* formatting failed (out of memory): say what we can */
        vm->exc = TERN_NULL;
        vm->error_text = TERN_NULL;
    }
    vm->scratch[3] = TERN_NULL;
    return TERN_ERROR;
}

const char *tern_error_text(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return "SystemError: the VM is closed (tern_close) or NULL\n";
    if (!vm->error_text)
        return "MemoryError: out of memory while formatting the error\n";
    return TERN_STR_CHARS(vm->error_text);
}

int tern_exit_code(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? vm->exit_code : 0;
}

int tern_source_incomplete(tern_vm *vm, const char *src, size_t len) {
    if (!TERN_VM_OPEN(vm) || !src)
        return 0;
    return tern_compile_incomplete(vm, src, len);
}
