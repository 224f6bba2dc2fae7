/* SPDX-License-Identifier: MIT */
/*
 * handles.c — handles and slots across collections: values held only by a
 * handle (or a slot) survive Python code that allocates enough to collect
 * and move everything many times, and come back intact; a handle keeps its
 * object alive and freeing it lets the object go (seen through a weakref);
 * handles made inside a C function called from Python outlive it; freed,
 * double-freed, forged and foreign handles are refused with a SystemError;
 * a thousand handles grow the table and all go away. Uses only tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap, heap2;

static char out[1024];
static size_t out_len;

static void capture(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd;
    if (out_len + len < sizeof out) {
        memcpy(out + out_len, data, len);
        out_len += len;
        out[out_len] = 0;
    }
}

static int run(tern_vm *vm, const char *src) {
    int st;
    out_len = 0;
    out[0] = 0;
    st = tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
    if (st != TERN_OK)
        printf("     run: %s", tern_error_text(vm));
    return st;
}

static int is_error(tern_vm *vm, int st, const char *type, const char *part) {
    const char *t = tern_error_type(vm);
    if (st != TERN_ERROR || !t || strcmp(t, type) != 0 || !strstr(tern_error_text(vm), part)) {
        printf("     status %d, type %s, text %s", st, t ? t : "-", tern_error_text(vm));
        return 0;
    }
    return 1;
}

/* Python code that allocates a few MB in small and large pieces: with a
 * 256 KiB heap, many collections, every one moving what survives. */
static const char churn[] =
    "junk = None\n"
    "for i in range(8000):\n"
    "    junk = [str(i) * 5, (i, i + 1), {'k': i}, bytes(i % 200)]\n"
    "    if i % 100 == 0:\n"
    "        big = list(range(2000))\n";

/* keep(x): store a handle to x in the C array given as user data */
typedef struct kept {
    tern_handle h[8];
    int n;
} kept;

static int c_keep(tern_vm *vm, int nargs, void *ud) {
    kept *k = (kept *)ud;
    if (nargs != 1 || k->n == 8)
        return tern_raise_error(vm, "TypeError", "keep(x)");
    k->h[k->n] = tern_handle_new(vm, 1);
    if (k->h[k->n].gen == 0)
        return TERN_ERROR;
    k->n++;
    return TERN_OK;
}

static int str_is(tern_vm *vm, int slot, const char *want) {
    const char *s;
    size_t n;
    return tern_get_str(vm, slot, &s, &n) == TERN_OK && n == strlen(want) && memcmp(s, want, n) == 0;
}

int main(void) {
    tern_config cfg;
    tern_vm *vm, *vm2;
    tern_handle hl, hs, hf, hb, hw, stale, many[1000], none = { 0, 0 }, forged, foreign;
    tern_gc_stats g0, g1;
    kept k;
    int64_t i64;
    size_t n;
    const char *s;
    int i, ok, st;

    memset(&k, 0, sizeof k);
    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM on 256 KiB");
    if (!vm)
        goto done;
    tern_ensure_slots(vm, 4);

    /* values held only by handles */
    tern_new_list(vm, 0);
    for (i = 0; i < 50; i++) {
        tern_set_int(vm, 1, i * i);
        tern_append(vm, 0, 1);
    }
    hl = tern_handle_new(vm, 0);
    tern_set_cstr(vm, 0, "a string kept by a handle");
    hs = tern_handle_new(vm, 0);
    run(vm, "def square(x):\n    return x * x\n");
    tern_get_global(vm, "square", 0);
    hf = tern_handle_new(vm, 0);
    tern_set_int_text(vm, 0, "-123456789012345678901234567890123456789", 10);
    hb = tern_handle_new(vm, 0);
    check(hl.gen && hs.gen && hf.gen && hb.gen && tern_handle_count(vm) == 4, "four handles");
    tern_set_cstr(vm, 3, "a string kept by a slot");
    for (i = 0; i < 3; i++)
        tern_set_none(vm, i);
    run(vm, "import gc\ngc.collect()\n");   /* so the figures below start here */

    tern_gc_info(vm, &g0);
    check(run(vm, churn) == TERN_OK, "churn the heap");
    tern_gc_info(vm, &g1);
    printf("     %u collections during the churn\n", (unsigned)(g1.collections - g0.collections));
    check(g1.collections - g0.collections >= 10, "at least 10 collections happened");

    check(tern_handle_get(vm, hl, 0) == TERN_OK && tern_length(vm, 0, &n) == TERN_OK && n == 50, "the list is back");
    ok = 1;
    for (i = 0; i < 50; i++) {
        tern_set_int(vm, 1, i);
        if (tern_get_item(vm, 0, 1, 2) != TERN_OK || tern_get_int(vm, 2, &i64) != TERN_OK || i64 != (int64_t)i * i)
            ok = 0;
    }
    check(ok, "with all its items");
    check(tern_handle_get(vm, hs, 0) == TERN_OK && str_is(vm, 0, "a string kept by a handle"), "the str is back");
    check(str_is(vm, 3, "a string kept by a slot"), "a value in a slot survived too");
    tern_handle_get(vm, hf, 0);
    tern_set_int(vm, 1, 12);
    check(tern_call_slot(vm, 0, 1) == TERN_OK && tern_get_int(vm, 0, &i64) == TERN_OK && i64 == 144,
          "the function still works");
    check(tern_handle_get(vm, hb, 0) == TERN_OK && tern_get_int_text(vm, 0, &s, &n) == TERN_OK &&
          strcmp(s, "-123456789012345678901234567890123456789") == 0, "the big int is intact");

    /* a handle keeps its object alive; freeing it lets it go */
    check(run(vm, "import weakref\nclass T:\n    pass\nt = T()\nw = weakref.ref(t)\n") == TERN_OK &&
          tern_get_global(vm, "t", 0) == TERN_OK, "a Python object and a weakref to it");
    hw = tern_handle_new(vm, 0);
    tern_set_none(vm, 0);
    check(run(vm, "del t\ngc.collect()\nprint(w() is not None)\n") == TERN_OK && strcmp(out, "True\n") == 0,
          "held only by a handle, it survives a collection");
    check(tern_handle_free(vm, hw) == TERN_OK, "free the handle");
    check(run(vm, "gc.collect()\nprint(w() is None)\n") == TERN_OK && strcmp(out, "True\n") == 0,
          "then it is collected");

    /* stale, double-freed, forged, foreign */
    stale = hs;
    check(tern_handle_free(vm, hs) == TERN_OK && tern_handle_count(vm) == 3, "free the str's handle");
    st = tern_handle_get(vm, stale, 0);
    check(is_error(vm, st, "SystemError", "tern_handle_get: stale handle"), "using it: SystemError (stale)");
    st = tern_handle_free(vm, stale);
    check(is_error(vm, st, "SystemError", "stale handle"), "freeing it again: SystemError");
    tern_set_cstr(vm, 0, "new");
    hs = tern_handle_new(vm, 0);
    check(hs.index == stale.index && hs.gen != stale.gen, "the entry is reused with a new generation");
    check(tern_handle_get(vm, stale, 0) == TERN_ERROR, "the old copy is still stale");
    check(tern_handle_get(vm, hs, 0) == TERN_OK && str_is(vm, 0, "new"), "the new handle works");
    st = tern_handle_get(vm, none, 0);
    check(is_error(vm, st, "SystemError", "invalid handle"), "the zero handle: SystemError");
    forged.index = 12345;
    forged.gen = hs.gen;
    check(tern_handle_get(vm, forged, 0) == TERN_ERROR, "an index never given out: error");
    forged.index = hl.index;
    forged.gen = hl.gen + 1;
    check(tern_handle_get(vm, forged, 0) == TERN_ERROR, "a wrong generation: error");
    st = tern_handle_get(vm, hl, 9);
    check(is_error(vm, st, "SystemError", "slot 9 out of range"), "a bad slot with a good handle: SystemError");
    check(tern_handle_new(vm, 17).gen == 0, "a handle of a missing slot: gen 0");
    check(tern_handle_get(NULL, hl, 0) == TERN_ERROR && tern_handle_free(NULL, hl) == TERN_ERROR &&
          tern_handle_new(NULL, 0).gen == 0 && tern_handle_count(NULL) == 0, "NULL vm");

    cfg.heap = heap2.bytes;
    vm2 = tern_open(&cfg);
    check(vm2 != NULL, "open a second VM");
    if (vm2) {
        tern_ensure_slots(vm2, 1);
        tern_set_int(vm2, 0, 7);
        foreign = tern_handle_new(vm2, 0);
        check(foreign.index == 0 && foreign.gen != hl.gen, "the other VM's first handle has another generation");
        check(tern_handle_get(vm, foreign, 0) == TERN_ERROR, "so it is refused by this VM");
        check(tern_handle_get(vm2, foreign, 0) == TERN_OK && tern_get_int(vm2, 0, &i64) == TERN_OK && i64 == 7,
              "and works in its own");
        tern_close(vm2);
    }

    /* set */
    tern_set_int(vm, 0, 5);
    check(tern_handle_set(vm, hl, 0) == TERN_OK && tern_handle_get(vm, hl, 1) == TERN_OK &&
          tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 5, "tern_handle_set replaces the value");

    /* handles made inside a C function outlive its context */
    tern_register_function(vm, "keep", c_keep, &k);
    check(run(vm, "keep([1, 2, 3])\nkeep('kept' * 3)\n") == TERN_OK && k.n == 2, "keep() made two handles in C functions");
    run(vm, churn);
    check(tern_handle_get(vm, k.h[0], 0) == TERN_OK && tern_length(vm, 0, &n) == TERN_OK && n == 3 &&
          tern_handle_get(vm, k.h[1], 0) == TERN_OK && str_is(vm, 0, "keptkeptkept"),
          "their values survive at the top level after more churn");
    tern_handle_free(vm, k.h[0]);
    tern_handle_free(vm, k.h[1]);

    /* many */
    n = tern_handle_count(vm);
    ok = 1;
    for (i = 0; i < 1000; i++) {
        tern_set_int(vm, 0, i);
        many[i] = tern_handle_new(vm, 0);
        if (!many[i].gen)
            ok = 0;
    }
    check(ok && tern_handle_count(vm) == n + 1000, "a thousand handles");
    run(vm, churn);
    ok = 1;
    for (i = 0; i < 1000; i++)
        if (tern_handle_get(vm, many[i], 0) != TERN_OK || tern_get_int(vm, 0, &i64) != TERN_OK || i64 != i)
            ok = 0;
    check(ok, "all read back after a churn");
    for (i = 0; i < 1000; i += 2)
        tern_handle_free(vm, many[i]);
    for (i = 1; i < 1000; i += 2)
        tern_handle_free(vm, many[i]);
    check(tern_handle_count(vm) == n, "all freed");
    check(tern_handle_free(vm, hl) == TERN_OK && tern_handle_free(vm, hs) == TERN_OK &&
          tern_handle_free(vm, hf) == TERN_OK && tern_handle_free(vm, hb) == TERN_OK && tern_handle_count(vm) == 0,
          "no handle left");
    check(run(vm, "print(sum(range(10)))\n") == TERN_OK && strcmp(out, "45\n") == 0, "the VM still works");
    tern_close(vm);
done:
    return check_summary();
}
