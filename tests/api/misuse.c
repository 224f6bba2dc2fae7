/* SPDX-License-Identifier: MIT */
/*
 * misuse.c — the embedding API used wrongly gets a clear error, never a
 * crash (issue 5): every entry point with a closed VM and with NULL (it
 * returns at once and touches no byte of the block), wrong types, slots
 * out of range for every slot-taking function, NULL pointers, stale and
 * forged handles, tern_close from inside a run, and API calls made while a
 * run waits suspended by its budget (globals read and written, functions
 * called, then the run resumed and checked). Run under ASan with
 * LeakSanitizer by tests/leaks/run_leaks.py: the closed VM's grown heap
 * must have been given back. Uses only tern.h.
 *
 * Prints one line per check and ends with "N passed, N failed"; exits 1 if
 * any check failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static char out[4096];
static size_t out_len;

static void capture(void *ud, int fd, const char *data, size_t len)
{
    (void)ud;
    (void)fd;
    if (len > sizeof out - 1 - out_len)
        len = sizeof out - 1 - out_len;
    memcpy(out + out_len, data, len);
    out_len += len;
    out[out_len] = 0;
}

/* heap_alloc counting its calls and the bytes it has out */
static long alloc_calls;
static size_t alloc_out;

static void *grow(void *ud, void *old, size_t old_size, size_t new_size)
{
    (void)ud;
    alloc_calls++;
    if (new_size == 0) {
        alloc_out -= old_size;
        free(old);
        return NULL;
    }
    alloc_out += new_size;
    return malloc(new_size);
}

static tern_vm *open_in(void *block, int growing)
{
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = block;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture;
    if (growing) {
        cfg.heap_alloc = grow;
        cfg.heap_max = 16u << 20;
    }
    return tern_open(&cfg);
}

static int run(tern_vm *vm, const char *src)
{
    out_len = 0;
    out[0] = 0;
    return tern_run_source(vm, src, strlen(src), "<misuse>", TERN_MODE_FILE);
}

/* st is TERN_ERROR and the pending error is of `type` */
static int is_error(tern_vm *vm, int st, const char *type)
{
    const char *t = tern_error_type(vm);
    return st == TERN_ERROR && t && strcmp(t, type) == 0;
}

static int cfn_ok(tern_vm *vm, int nargs, void *ud)
{
    (void)nargs;
    (void)ud;
    return tern_set_int(vm, 0, 7);
}

/* ------------------------------------------------------------------ */
/* A closed or NULL VM: every entry point, nothing touched              */
/* ------------------------------------------------------------------ */

/* Call every function of the API on vm (closed or NULL); count the calls
 * that did not answer as a dead VM must, and name them. */
#define BAD(cond) \
    do { \
        if (cond) { \
            bad++; \
            printf("     (misuse.c:%d: %s)\n", __LINE__, #cond); \
        } \
    } while (0)
static const tern_class_def misuse_class = { "C", NULL, 8, NULL };

static int dead_vm_calls(tern_vm *vm)
{
    void *dp;
    int bad = 0, b;
    int64_t i = 0;
    double f = 0;
    size_t n = 0;
    const char *s = NULL;
    const void *p = NULL;
    tern_gc_stats st;
    tern_handle h, none = { 0, 0 };
    tern_function_def fns[] = { { "f", cfn_ok }, { NULL, NULL } };
    tern_module_def mod = { "m", fns, NULL, NULL, NULL };

    BAD(tern_run_source(vm, "x = 1", 5, "<t>", TERN_MODE_FILE) != TERN_ERROR);
    BAD(strstr(tern_error_text(vm), "closed") == NULL);
    BAD(tern_exit_code(vm) != 0);
    BAD(tern_source_incomplete(vm, "if x:", 5) != 0);
    tern_set_budget(vm, 10);
    BAD(tern_get_budget(vm) != 0);
    BAD(tern_run_budget(vm, "x = 1", 5, "<t>", TERN_MODE_FILE, 10) != TERN_ERROR);
    BAD(tern_resume(vm) != TERN_ERROR);
    BAD(tern_suspended(vm) != 0);
    tern_request_stop(vm);
    tern_gc_collect(vm);
    BAD(tern_gc_mem_free(vm) != 0);
    BAD(tern_gc_mem_alloc(vm) != 0);
    memset(&st, 0xff, sizeof st);
    tern_gc_info(vm, &st);
    BAD(st.total != 0 || st.collections != 0);
    tern_gc_set_threshold(vm, 1000);
    BAD(tern_pin_alloc(vm, 64) != NULL);
    tern_pin_free(vm, &st);     /* not a pinned block either: ignored */
    BAD(tern_ensure_slots(vm, 4) != TERN_ERROR);
    BAD(tern_slot_count(vm) != 0);
    BAD(tern_copy_slot(vm, 0, 1) != TERN_ERROR);
    BAD(tern_type_of(vm, 0) != TERN_T_INVALID);
    BAD(tern_set_none(vm, 0) != TERN_ERROR);
    BAD(tern_set_bool(vm, 0, 1) != TERN_ERROR);
    BAD(tern_set_int(vm, 0, 1) != TERN_ERROR);
    BAD(tern_set_int_text(vm, 0, "12", 10) != TERN_ERROR);
    BAD(tern_set_float(vm, 0, 1.5) != TERN_ERROR);
    BAD(tern_set_str(vm, 0, "ab", 2) != TERN_ERROR);
    BAD(tern_set_cstr(vm, 0, "ab") != TERN_ERROR);
    BAD(tern_set_bytes(vm, 0, "ab", 2) != TERN_ERROR);
    BAD(tern_new_list(vm, 0) != TERN_ERROR);
    BAD(tern_new_dict(vm, 0) != TERN_ERROR);
    BAD(tern_new_tuple(vm, 0, 1, 2) != TERN_ERROR);
    b = 5;
    BAD(tern_get_bool(vm, 0, &b) != TERN_ERROR);
    BAD(tern_get_int(vm, 0, &i) != TERN_ERROR);
    BAD(tern_get_int_text(vm, 0, &s, &n) != TERN_ERROR);
    BAD(tern_get_float(vm, 0, &f) != TERN_ERROR);
    BAD(tern_get_str(vm, 0, &s, &n) != TERN_ERROR);
    BAD(tern_get_bytes(vm, 0, &p, &n) != TERN_ERROR);
    BAD(tern_length(vm, 0, &n) != TERN_ERROR);
    BAD(tern_append(vm, 0, 1) != TERN_ERROR);
    BAD(tern_get_item(vm, 0, 1, 2) != TERN_ERROR);
    BAD(tern_set_item(vm, 0, 1, 2) != TERN_ERROR);
    BAD(tern_get_attr(vm, 0, "x", 1) != TERN_ERROR);
    BAD(tern_set_attr(vm, 0, "x", 1) != TERN_ERROR);
    BAD(tern_get_global(vm, "x", 0) != TERN_ERROR);
    BAD(tern_set_global(vm, "x", 0) != TERN_ERROR);
    BAD(tern_import_module(vm, "math", 0) != TERN_ERROR);
    BAD(tern_eval(vm, "1 + 1", 0) != TERN_ERROR);
    BAD(tern_call_slot(vm, 0, 0) != TERN_ERROR);
    BAD(tern_call_method(vm, 0, "f", 0) != TERN_ERROR);
    BAD(tern_new_function(vm, 0, "f", cfn_ok, NULL) != TERN_ERROR);
    BAD(tern_register_function(vm, "f", cfn_ok, NULL) != TERN_ERROR);
    BAD(tern_define_module(vm, &mod) != TERN_ERROR);
    BAD(tern_raise_error(vm, "ValueError", "x") != TERN_ERROR);
    BAD(tern_get_iter(vm, 0, 1) != TERN_ERROR);
    BAD(tern_iter_next(vm, 0, 1) != TERN_ERROR);
    BAD(tern_new_class(vm, 0, &misuse_class) != TERN_ERROR);
    dp = &b;
    BAD(tern_get_data(vm, 0, &misuse_class, &dp) != TERN_ERROR || dp != NULL);
    BAD(tern_abandon(vm) != TERN_ERROR);
    BAD(tern_compile_bytecode(vm, "x = 1", 5, "<t>", 0) != TERN_ERROR);
    BAD(tern_run_bytecode(vm, "\x7fTBC", 4) != TERN_ERROR);
    BAD(tern_run_file(vm, "nowhere.py") != TERN_ERROR);
    BAD(tern_irq_register(vm, 0, 0) != -1);
    BAD(tern_irq_unregister(vm, 0) != TERN_ERROR);
    BAD(tern_irq_hard(vm, 0) != TERN_ERROR);
    BAD(tern_irq_soft(vm, 0) != TERN_ERROR);
    BAD(tern_irq_set_reserve(vm, 64) != TERN_ERROR);
    {
        tern_irq_info ii;
        tern_irq_stats(vm, &ii);
        BAD(ii.levels != 0 || ii.runs != 0);
    }
    BAD(tern_error_type(vm) != NULL);
    tern_clear_error(vm);
    h = tern_handle_new(vm, 0);
    BAD(h.gen != 0);
    none.index = 0;
    none.gen = 1;
    BAD(tern_handle_get(vm, none, 0) != TERN_ERROR);
    BAD(tern_handle_set(vm, none, 0) != TERN_ERROR);
    BAD(tern_handle_free(vm, none) != TERN_ERROR);
    BAD(tern_handle_count(vm) != 0);
    tern_close(vm);     /* closing again does nothing */
    return bad;
}

static void closed_vm(void)
{
    unsigned char *block = (unsigned char *)malloc(HEAP_SIZE), *snap = (unsigned char *)malloc(HEAP_SIZE);
    tern_vm *vm;
    tern_handle h;
    tern_gc_stats st;
    long calls;
    int bad;
    if (!block || !snap) {
        check(0, "memory for the closed-VM test");
        free(block);
        free(snap);
        return;
    }
    vm = open_in(block, 1);
    check(vm != NULL, "open a VM whose heap may grow");
    tern_ensure_slots(vm, 1);
    if (!vm) {
        free(block);
        free(snap);
        return;
    }
    check(run(vm, "keep = [[i] * 8 for i in range(20000)]\n") == TERN_OK, "it builds data");
    tern_gc_info(vm, &st);
    check(st.grows > 0 && alloc_out > 0, "its heap grew into a block from heap_alloc");
    tern_set_int(vm, 0, 1);
    h = tern_handle_new(vm, 0);
    check(h.gen != 0, "a handle before closing");
    tern_close(vm);
    check(alloc_out == 0, "tern_close gave back every heap_alloc block");

    memcpy(snap, block, HEAP_SIZE);
    calls = alloc_calls;
    bad = dead_vm_calls(vm);
    check(bad == 0, "every API function on a closed VM: TERN_ERROR, 0 or NULL");
    check(memcmp(snap, block, HEAP_SIZE) == 0, "... and not a byte of its block changed");
    check(alloc_calls == calls, "... and heap_alloc was not called");
    check(tern_handle_get(vm, h, 0) == TERN_ERROR, "a handle of the closed VM: error");

    /* the same block opened again is a fresh VM; the old handle is not in it */
    vm = open_in(block, 0);
    check(vm != NULL && run(vm, "print(1 + 1)") == TERN_OK && strcmp(out, "2\n") == 0,
          "the block opens again as a new VM");
    check(tern_ensure_slots(vm, 1) == TERN_OK &&
              is_error(vm, tern_handle_get(vm, h, 0), "SystemError"),
          "a handle of the VM closed before: SystemError in the new one");
    tern_close(vm);
    free(block);
    free(snap);

    bad = dead_vm_calls(NULL);
    check(bad == 0, "every API function on NULL: TERN_ERROR, 0 or NULL");
    tern_close(NULL);
    check(1, "tern_close(NULL) does nothing");
    check(tern_open(NULL) == NULL, "tern_open(NULL) returns NULL");
    {
        tern_config cfg;
        tern_config_init(&cfg);
        check(tern_open(&cfg) == NULL, "tern_open without a heap returns NULL");
        tern_config_init(NULL);
        check(1, "tern_config_init(NULL) does nothing");
    }
}

/* ------------------------------------------------------------------ */
/* Slots out of range, for every function that takes a slot            */
/* ------------------------------------------------------------------ */

static int slot_call(tern_vm *vm, int which, int s)
{
    int64_t i;
    double f;
    int b;
    size_t n;
    const char *t;
    const void *p;
    switch (which) {
    case 0: return tern_copy_slot(vm, s, 0);
    case 1: return tern_copy_slot(vm, 0, s);
    case 2: return tern_set_none(vm, s);
    case 3: return tern_set_bool(vm, s, 1);
    case 4: return tern_set_int(vm, s, 1);
    case 5: return tern_set_int_text(vm, s, "1", 10);
    case 6: return tern_set_float(vm, s, 1.0);
    case 7: return tern_set_str(vm, s, "a", 1);
    case 8: return tern_set_cstr(vm, s, "a");
    case 9: return tern_set_bytes(vm, s, "a", 1);
    case 10: return tern_new_list(vm, s);
    case 11: return tern_new_dict(vm, s);
    case 12: return tern_new_tuple(vm, s, 0, 1);
    case 13: return tern_new_tuple(vm, 0, s, 1);
    case 14: return tern_get_bool(vm, s, &b);
    case 15: return tern_get_int(vm, s, &i);
    case 16: return tern_get_int_text(vm, s, &t, &n);
    case 17: return tern_get_float(vm, s, &f);
    case 18: return tern_get_str(vm, s, &t, &n);
    case 19: return tern_get_bytes(vm, s, &p, &n);
    case 20: return tern_length(vm, s, &n);
    case 21: return tern_append(vm, s, 0);
    case 22: return tern_append(vm, 0, s);
    case 23: return tern_get_item(vm, s, 0, 0);
    case 24: return tern_get_item(vm, 0, s, 0);
    case 25: return tern_get_item(vm, 0, 0, s);
    case 26: return tern_set_item(vm, s, 0, 0);
    case 27: return tern_set_item(vm, 0, s, 0);
    case 28: return tern_set_item(vm, 0, 0, s);
    case 29: return tern_get_attr(vm, s, "x", 0);
    case 30: return tern_get_attr(vm, 0, "x", s);
    case 31: return tern_set_attr(vm, s, "x", 0);
    case 32: return tern_set_attr(vm, 0, "x", s);
    case 33: return tern_get_global(vm, "print", s);
    case 34: return tern_set_global(vm, "x", s);
    case 35: return tern_import_module(vm, "math", s);
    case 36: return tern_eval(vm, "1", s);
    case 37: return tern_call_slot(vm, s, 0);
    case 38: return tern_call_slot(vm, 0, s);     /* arguments 1..s: past the end */
    case 39: return tern_call_method(vm, s, "f", 0);
    case 40: return tern_new_function(vm, s, "f", cfn_ok, NULL);
    case 41: return tern_handle_new(vm, s).gen == 0 ? TERN_ERROR : TERN_OK;
    default: return -1;
    }
}
#define SLOT_CALLS 42

static void slots_out_of_range(void)
{
    static union { double d; unsigned char b[HEAP_SIZE]; } heap;
    tern_vm *vm = open_in(heap.b, 0);
    int which, bad_neg = 0, bad_high = 0, bad_huge = 0, count;
    tern_handle h;
    if (!vm) {
        check(0, "open");
        return;
    }
    tern_ensure_slots(vm, 4);
    tern_new_list(vm, 0);
    count = tern_slot_count(vm);
    for (which = 0; which < SLOT_CALLS; which++) {
        bad_neg += !is_error(vm, slot_call(vm, which, -1), "SystemError");
        bad_high += !is_error(vm, slot_call(vm, which, count), "SystemError");
        bad_huge += !is_error(vm, slot_call(vm, which, 0x7fffffff), "SystemError");
        if (strstr(tern_error_text(vm), "out of range") == NULL && strstr(tern_error_text(vm), "slots") == NULL)
            printf("     (call %d: %s)\n", which, tern_error_text(vm));
        tern_new_list(vm, 0);
    }
    check(slot_call(vm, SLOT_CALLS, 0) == -1, "every slot-taking call tried");
    check(bad_neg == 0, "slot -1: SystemError from every slot-taking function");
    check(bad_high == 0, "slot == tern_slot_count: SystemError from every one");
    check(bad_huge == 0, "slot 2**31-1: SystemError from every one");
    check(tern_type_of(vm, -1) == TERN_T_INVALID && tern_type_of(vm, count) == TERN_T_INVALID,
          "tern_type_of a bad slot: TERN_T_INVALID");
    check(is_error(vm, tern_new_tuple(vm, 0, 1, count), "SystemError"), "a tuple of slots past the end");
    check(is_error(vm, tern_new_tuple(vm, 0, 1, -1), "SystemError"), "a tuple of -1 slots");
    check(is_error(vm, tern_call_slot(vm, 0, -1), "SystemError"), "a call with -1 arguments");
    check(is_error(vm, tern_ensure_slots(vm, -1), "SystemError") &&
              is_error(vm, tern_ensure_slots(vm, 65537), "SystemError"),
          "tern_ensure_slots(-1), (65537): SystemError");
    check(tern_slot_count(vm) == count, "the slots are as they were");
    tern_set_int(vm, 1, 5);
    h = tern_handle_new(vm, 1);
    check(is_error(vm, tern_handle_get(vm, h, count), "SystemError") &&
              is_error(vm, tern_handle_set(vm, h, -1), "SystemError"),
          "tern_handle_get/set with a bad slot: SystemError");
    tern_handle_free(vm, h);
    tern_close(vm);
}

/* ------------------------------------------------------------------ */
/* Wrong types, NULL pointers, stale and forged handles                */
/* ------------------------------------------------------------------ */

static void wrong_types_and_nulls(void)
{
    static union { double d; unsigned char b[HEAP_SIZE]; } heap;
    tern_vm *vm = open_in(heap.b, 0);
    int64_t i;
    double f;
    size_t n;
    const char *s;
    const void *p;
    tern_handle h, stale, forged;
    tern_module_def nameless = { NULL, NULL, NULL, NULL, NULL };
    if (!vm) {
        check(0, "open");
        return;
    }
    tern_ensure_slots(vm, 6);
    tern_set_cstr(vm, 1, "text");
    tern_set_int(vm, 2, 42);
    tern_new_dict(vm, 3);
    tern_set_float(vm, 4, 2.5);

    check(is_error(vm, tern_get_int(vm, 1, &i), "TypeError"), "get_int of a str: TypeError");
    check(is_error(vm, tern_get_int(vm, 4, &i), "TypeError"), "get_int of a float: TypeError");
    check(is_error(vm, tern_get_float(vm, 1, &f), "TypeError"), "get_float of a str: TypeError");
    check(is_error(vm, tern_get_str(vm, 2, &s, &n), "TypeError"), "get_str of an int: TypeError");
    check(is_error(vm, tern_get_bytes(vm, 1, &p, &n), "TypeError"), "get_bytes of a str: TypeError");
    check(is_error(vm, tern_get_int_text(vm, 1, &s, &n), "TypeError"), "get_int_text of a str: TypeError");
    check(is_error(vm, tern_length(vm, 2, &n), "TypeError"), "length of an int: TypeError");
    check(tern_append(vm, 3, 2) == TERN_ERROR, "append to a dict: error");
    check(is_error(vm, tern_get_item(vm, 2, 2, 5), "TypeError"), "an int subscripted: TypeError");
    check(is_error(vm, tern_get_item(vm, 3, 2, 5), "KeyError"), "a missing key: KeyError");
    check(is_error(vm, tern_set_item(vm, 1, 2, 2), "TypeError"), "item assignment to a str: TypeError");
    check(is_error(vm, tern_call_slot(vm, 2, 0), "TypeError"), "calling an int: TypeError");
    check(is_error(vm, tern_call_method(vm, 2, "nope", 0), "AttributeError"), "a missing method: AttributeError");
    check(is_error(vm, tern_get_attr(vm, 2, "nope", 5), "AttributeError"), "a missing attribute: AttributeError");
    check(is_error(vm, tern_set_attr(vm, 2, "real", 2), "AttributeError"), "setting an int's attribute");
    check(is_error(vm, tern_set_int_text(vm, 5, "12x", 10), "ValueError"), "int text not a number: ValueError");
    check(tern_set_int_text(vm, 5, "12", 99) == TERN_ERROR, "int text in base 99: error");
    check(is_error(vm, tern_set_str(vm, 5, "\xff\xfe", 2), "ValueError"), "a str of bad UTF-8: ValueError");
    check(is_error(vm, tern_import_module(vm, "no_such_module_x", 5), "ModuleNotFoundError"),
          "importing a missing module");
    check(is_error(vm, tern_eval(vm, "1 +", 5), "SyntaxError"), "eval of bad text: SyntaxError");
    check(is_error(vm, tern_get_global(vm, "no_such_global", 5), "NameError"), "a missing global: NameError");
    check(is_error(vm, tern_raise_error(vm, "NoSuchError", "m"), "SystemError"), "raising a non-exception name");
    check(is_error(vm, tern_raise_error(vm, "int", "m"), "SystemError"), "raising a type that is no exception");

    /* NULL pointers */
    check(tern_set_str(vm, 5, NULL, 3) == TERN_ERROR, "set_str(NULL, 3): error");
    check(tern_set_cstr(vm, 5, NULL) == TERN_OK && tern_get_str(vm, 5, &s, &n) == TERN_OK && n == 0,
          "set_cstr(NULL): the empty str, as set_str(NULL, 0)");
    check(tern_set_bytes(vm, 5, NULL, 3) == TERN_ERROR, "set_bytes(NULL, 3): error");
    check(tern_set_int_text(vm, 5, NULL, 10) == TERN_ERROR, "set_int_text(NULL): error");
    check(tern_get_int(vm, 2, NULL) == TERN_ERROR, "get_int into NULL: error");
    check(tern_get_float(vm, 4, NULL) == TERN_ERROR, "get_float into NULL: error");
    check(tern_get_bool(vm, 2, NULL) == TERN_ERROR, "get_bool into NULL: error");
    check(tern_get_str(vm, 1, NULL, &n) == TERN_ERROR, "get_str into NULL: error");
    check(tern_get_str(vm, 1, &s, NULL) == TERN_OK && strcmp(s, "text") == 0, "get_str without a length: fine");
    check(tern_get_bytes(vm, 1, NULL, NULL) == TERN_ERROR, "get_bytes into NULL: error");
    check(tern_get_int_text(vm, 2, NULL, NULL) == TERN_ERROR, "get_int_text into NULL: error");
    check(tern_length(vm, 1, NULL) == TERN_ERROR, "length into NULL: error");
    check(tern_get_attr(vm, 1, NULL, 5) == TERN_ERROR, "get_attr(NULL name): error");
    check(tern_set_attr(vm, 1, NULL, 5) == TERN_ERROR, "set_attr(NULL name): error");
    check(tern_get_global(vm, NULL, 5) == TERN_ERROR, "get_global(NULL): error");
    check(tern_set_global(vm, NULL, 5) == TERN_ERROR, "set_global(NULL): error");
    check(tern_import_module(vm, NULL, 5) == TERN_ERROR, "import_module(NULL): error");
    check(tern_eval(vm, NULL, 5) == TERN_ERROR, "eval(NULL): error");
    check(tern_call_method(vm, 1, NULL, 0) == TERN_ERROR, "call_method(NULL name): error");
    check(tern_new_function(vm, 5, "f", NULL, NULL) == TERN_ERROR, "new_function(NULL fn): error");
    check(tern_new_function(vm, 5, NULL, cfn_ok, NULL) == TERN_ERROR, "new_function(NULL name): error");
    check(tern_register_function(vm, NULL, cfn_ok, NULL) == TERN_ERROR, "register_function(NULL name): error");
    check(tern_define_module(vm, NULL) == TERN_ERROR, "define_module(NULL): error");
    check(tern_define_module(vm, &nameless) == TERN_ERROR, "define_module without a name: error");
    check(tern_raise_error(vm, NULL, NULL) == TERN_ERROR && tern_error_type(vm) != NULL,
          "raise_error(NULL, NULL): an error all the same");
    check(tern_run_source(vm, NULL, 5, "<t>", TERN_MODE_FILE) == TERN_ERROR &&
              strstr(tern_error_text(vm), "NULL source") != NULL,
          "run_source(NULL, 5): SystemError");
    check(tern_run_source(vm, NULL, 0, NULL, TERN_MODE_FILE) == TERN_OK, "run_source(NULL, 0): nothing to run");
    check(tern_source_incomplete(vm, NULL, 3) == 0, "source_incomplete(NULL): 0");
    tern_gc_info(vm, NULL);
    tern_pin_free(vm, NULL);
    tern_pin_free(vm, &i);
    check(1, "gc_info(NULL), pin_free(NULL), pin_free(a non-pinned pointer): ignored");
    check(tern_pin_alloc(vm, (size_t)-1) == NULL, "pin_alloc of SIZE_MAX bytes: NULL");
    check(run(vm, "print('still fine')") == TERN_OK && strcmp(out, "still fine\n") == 0,
          "after all of that, the VM runs code");

    /* stale and forged handles */
    tern_set_int(vm, 1, 99);
    h = tern_handle_new(vm, 1);
    stale = h;
    check(tern_handle_free(vm, h) == TERN_OK, "free a handle");
    check(is_error(vm, tern_handle_get(vm, stale, 5), "SystemError"), "get a freed handle: SystemError");
    check(is_error(vm, tern_handle_set(vm, stale, 5), "SystemError"), "set a freed handle: SystemError");
    check(is_error(vm, tern_handle_free(vm, stale), "SystemError"), "free it again: SystemError");
    forged.index = 0xffffffffu;
    forged.gen = stale.gen;
    check(is_error(vm, tern_handle_get(vm, forged, 5), "SystemError"), "a forged index: SystemError");
    forged.index = stale.index;
    forged.gen = 0;
    check(is_error(vm, tern_handle_get(vm, forged, 5), "SystemError"), "gen 0: SystemError");
    check(tern_handle_count(vm) == 0, "no handle alive");
    tern_close(vm);
}

/* ------------------------------------------------------------------ */
/* tern_close from inside a run                                        */
/* ------------------------------------------------------------------ */

static int cfn_close(tern_vm *vm, int nargs, void *ud)
{
    (void)nargs;
    (void)ud;
    tern_close(vm);     /* refused: the VM is running this very call */
    return tern_set_cstr(vm, 0, "alive");
}

static void close_while_running(void)
{
    static union { double d; unsigned char b[HEAP_SIZE]; } heap;
    tern_vm *vm = open_in(heap.b, 0);
    if (!vm) {
        check(0, "open");
        return;
    }
    tern_register_function(vm, "close_me", cfn_close, NULL);
    check(run(vm, "r = close_me()\nprint(r, sum(range(10)))") == TERN_OK && strcmp(out, "alive 45\n") == 0,
          "tern_close from a C function of the running VM is refused; the run goes on");
    tern_close(vm);
    check(tern_run_source(vm, "1", 1, "<t>", TERN_MODE_FILE) == TERN_ERROR, "closed afterwards");
}

/* ------------------------------------------------------------------ */
/* API calls while a run is suspended by its budget                    */
/* ------------------------------------------------------------------ */

static const char SLICED[] =
    "def scale(x):\n"
    "    return x * factor\n"
    "total = 0\n"
    "for i in range(2000):\n"
    "    total += scale(i)\n"
    "    if i == 1000:\n"
    "        mid = total\n"
    "print(total, mid, factor, extra)\n";

static void suspended_run(void)
{
    static union { double d; unsigned char b[HEAP_SIZE]; } heap;
    tern_vm *vm = open_in(heap.b, 0);
    int st, yields = 0, stage = 0, ok_reads = 1;
    int64_t v = 0;
    if (!vm) {
        check(0, "open");
        return;
    }
    out_len = 0;
    out[0] = 0;
    tern_ensure_slots(vm, 4);
    tern_set_int(vm, 1, 1);
    tern_set_global(vm, "factor", 1);
    st = tern_run_budget(vm, SLICED, sizeof SLICED - 1, "<sliced>", TERN_MODE_FILE, 500);
    check(st == TERN_YIELD && tern_suspended(vm), "a run stops on its budget");
    check(tern_get_budget(vm) == 500, "tern_get_budget: 500");
    while (st == TERN_YIELD) {
        yields++;
        /* read what the run has made so far */
        if (tern_get_global(vm, "total", 1) != TERN_OK || tern_get_int(vm, 1, &v) != TERN_OK || v < 0)
            ok_reads = 0;
        if (stage == 0 && tern_get_global(vm, "mid", 1) == TERN_OK) {
            /* the first slice after i == 1000: change the factor, add a
             * global, call the run's own function, evaluate, collect */
            stage = 1;
            tern_set_int(vm, 1, 2);
            check(tern_set_global(vm, "factor", 1) == TERN_OK, "set a global while suspended");
            tern_set_cstr(vm, 1, "x");
            check(tern_set_global(vm, "extra", 1) == TERN_OK, "add a global while suspended");
            check(tern_get_global(vm, "scale", 2) == TERN_OK && tern_set_int(vm, 3, 21) == TERN_OK &&
                      tern_call_slot(vm, 2, 1) == TERN_OK && tern_get_int(vm, 2, &v) == TERN_OK && v == 42,
                  "call the run's function while suspended (it sees the new factor)");
            check(tern_eval(vm, "factor + 1", 2) == TERN_OK && tern_get_int(vm, 2, &v) == TERN_OK && v == 3,
                  "eval while suspended");
            check(tern_import_module(vm, "json", 2) == TERN_OK && tern_type_of(vm, 2) == TERN_T_MODULE,
                  "import a module (its body runs) while suspended");
            check(is_error(vm, tern_eval(vm, "1 / 0", 2), "ZeroDivisionError") && tern_suspended(vm),
                  "an error in a call while suspended leaves the run suspended");
            tern_clear_error(vm);
            tern_gc_collect(vm);
            check(tern_suspended(vm), "still suspended after the calls and a collection");
        }
        st = tern_resume(vm);
    }
    check(ok_reads, "globals read between slices");
    check(stage == 1, "the run was caught suspended after i == 1000");
    {
        /* what the run must print: factor 1 up to the slice boundary where
         * it changed, 2 after; recompute from the run's own `mid` */
        int64_t mid = 0;
        char want[128];
        tern_get_global(vm, "mid", 1);
        tern_get_int(vm, 1, &mid);
        tern_get_global(vm, "total", 1);
        tern_get_int(vm, 1, &v);
        snprintf(want, sizeof want, "%lld %lld 2 x\n", (long long)v, (long long)mid);
        check(st == TERN_OK && yields > 3 && strcmp(out, want) == 0, "resumed to the end: it prints the new values");
        if (strcmp(out, want) != 0)
            printf("     (st %d, yields %d, printed %s, expected %s; %s)\n", st, yields, out, want, st == TERN_ERROR ? tern_error_text(vm) : "");
        check(mid == 500500 && v > 1999000, "mid is the sum at factor 1, the total larger");
    }
    check(!tern_suspended(vm) && tern_resume(vm) == TERN_OK, "nothing suspended now: resume is TERN_OK");
    tern_close(vm);
}

int main(void)
{
    closed_vm();
    slots_out_of_range();
    wrong_types_and_nulls();
    close_while_running();
    suspended_run();
    return check_summary();
}
