/* SPDX-License-Identifier: MIT */
/*
 * api_oom.c — the value, call and handle API when allocations fail. In the
 * allocation-failure build (build/oom, -DTERN_OOM_INJECT=1) a scenario of
 * API calls (building values, calling Python, a C function called from
 * Python that calls back, a C module, handles) is run again and again with
 * the N-th allocation failing, for every N until one run needs no failure:
 * every call must return TERN_OK or TERN_ERROR (MemoryError), never crash
 * or leave the VM unusable. In the other builds the scenario runs once.
 * Uses only tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static void discard(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd, (void)data, (void)len;
}

/* twice(f, x) -> f(f(x)) */
static int c_twice(tern_vm *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "twice(f, x)");
    if (tern_ensure_slots(vm, 5) || tern_copy_slot(vm, 3, 1) || tern_copy_slot(vm, 4, 2) ||
        tern_call_slot(vm, 3, 1) || tern_copy_slot(vm, 4, 3) || tern_copy_slot(vm, 3, 1) ||
        tern_call_slot(vm, 3, 1))
        return TERN_ERROR;
    return tern_copy_slot(vm, 0, 3);
}

static int c_hello(tern_vm *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    return tern_set_cstr(vm, 0, "hello from C");
}

static const tern_function_def m_functions[] = { { "hello", c_hello }, { NULL, NULL } };
static const tern_constant_def m_constants[] = {
    { "BIG", TERN_T_INT, INT64_MAX, 0, NULL },
    { "NAME", TERN_T_STR, 0, 0, "m" },
    { NULL, 0, 0, 0, NULL }
};

static int run(tern_vm *vm, const char *src) {
    return tern_run_source(vm, src, strlen(src), "oom.py", TERN_MODE_FILE);
}

#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
static size_t allocations;     /* made by the last scenario that succeeded */
#endif

/* Count a status: 0 for OK, 1 for a MemoryError, -1 for anything else. */
static int outcome(tern_vm *vm, int st) {
    const char *t;
    if (st == TERN_OK)
        return 0;
    t = tern_error_type(vm);
    if (t && strcmp(t, "MemoryError") == 0)
        return 1;
    /* no memory left even to format the error */
    return !t && strstr(tern_error_text(vm), "MemoryError") ? 1 : -1;
}

/* The scenario: returns 0 if every call succeeded (and the results are
 * right), 1 if it stopped at a MemoryError, -1 for any other failure. */
static int scenario(tern_vm *vm) {
    tern_module_def def;
    tern_handle h;
    int64_t i64 = -1;
    const char *s = NULL;
    int r;
    /* stop at the first failure, as a host would: it must be a MemoryError */
#define STEP(call) do { r = outcome(vm, (call)); if (r < 0) { printf("     failed: %s: %s", #call, tern_error_text(vm)); return -1; } if (r) return 1; } while (0)
    STEP(tern_ensure_slots(vm, 6));
    STEP(tern_new_list(vm, 0));
    STEP(tern_set_cstr(vm, 1, "item"));
    STEP(tern_append(vm, 0, 1));
    STEP(tern_set_int_text(vm, 2, "123456789012345678901234567890", 10));
    STEP(tern_append(vm, 0, 2));
    STEP(tern_new_dict(vm, 3));
    STEP(tern_set_item(vm, 3, 1, 2));
    STEP(tern_new_tuple(vm, 4, 1, 3));
    STEP(tern_set_global(vm, "data", 0));
    STEP(tern_register_function(vm, "twice", c_twice, NULL));
    memset(&def, 0, sizeof def);
    def.name = "m";
    def.functions = m_functions;
    def.constants = m_constants;
    STEP(tern_define_module(vm, &def));
    STEP(run(vm, "import m\nresult = twice(lambda x: x * 3, len(data)) + len(m.hello())\n"));
    STEP(tern_get_global(vm, "twice", 5));
    STEP(tern_import_module(vm, "m", 1));
    STEP(tern_get_attr(vm, 1, "hello", 1));
    STEP(tern_set_none(vm, 2));
    STEP(tern_call_slot(vm, 1, 0));
    h = tern_handle_new(vm, 1);
    if (!h.gen)
        return outcome(vm, TERN_ERROR) ? 1 : -1;
    STEP(tern_handle_get(vm, h, 2));
    STEP(tern_handle_free(vm, h));
    STEP(tern_get_int_text(vm, 2, &s, NULL) == TERN_OK || tern_type_of(vm, 2) != TERN_T_INT ? TERN_OK : TERN_ERROR);
#undef STEP
    {
        /* everything succeeded: disarm, then check the results */
#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
        allocations = tern_oom_count(vm);
        tern_oom_inject(vm, 0, 0);
#endif
        if (tern_get_global(vm, "result", 0) || tern_get_int(vm, 0, &i64) || i64 != 2 * 9 + 12 ||
            tern_get_str(vm, 2, &s, NULL) || strcmp(s, "hello from C") != 0) {
            printf("     wrong results (result %lld, str %s): %s", (long long)i64, s ? s : "-", tern_error_text(vm));
            return -1;
        }
    }
    return 0;
}

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    int r;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = discard;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM");
    if (!vm)
        goto done;
#if defined(TERN_OOM_INJECT) && TERN_OOM_INJECT
    {
        size_t at, runs = 0, with_errors = 0;
        int ok = 1;
        for (at = 1; at < 20000; at++) {
            /* a fresh VM each time, so that nothing is cached from the last run */
            tern_close(vm);
            vm = tern_open(&cfg);
            if (!vm) {
                ok = 0;
                break;
            }
            tern_oom_inject(vm, at, (int)(at % 3 == 0));    /* every third run: sticky */
            r = scenario(vm);
            tern_oom_inject(vm, 0, 0);
            runs++;
            if (r < 0) {
                printf("     allocation %u failing: a wrong outcome\n", (unsigned)at);
                ok = 0;
                break;
            }
            if (r > 0)
                with_errors++;
            /* the VM must still work, whatever state the scenario left */
            if (run(vm, "x = [1, 2, 3]\nassert sum(x) == 6\n") != TERN_OK) {
                printf("     allocation %u failing: the VM is broken: %s", (unsigned)at, tern_error_text(vm));
                ok = 0;
                break;
            }
            if (r == 0 && allocations < at)
                break;      /* a run with no failure: every allocation was covered */
        }
        printf("     %u runs, %u with a MemoryError; the scenario makes %u allocations\n", (unsigned)runs,
               (unsigned)with_errors, (unsigned)allocations);
        check(ok && with_errors > 10, "every allocation of the scenario failing in turn: statuses only, no crash");
    }
#endif
    if (!vm)
        goto done;
    r = scenario(vm);
    check(r == 0, "the scenario without failures");
    tern_close(vm);
done:
    return check_summary();
}
