/* SPDX-License-Identifier: MIT */
/*
 * fuzz_compile.c — libFuzzer target for the front end: every input is
 * compiled (never run) in one long-lived VM. Any crash, hang, sanitizer
 * report or leak of the heap (a compile error must leave it as it was) is
 * a bug. Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

#define HEAP_SIZE (4u * 1024 * 1024)

/* The fuzzer's own state, not the core's: statics are fine here. */
static tern_vm *vm;
static void *heap;

typedef struct job {
    const uint8_t *data;
    size_t size;
    int mode;
} job;

static void compile_body(tern_vm *v, void *ud) {
    job *j = (job *)ud;
    tern_compile(v, (const char *)j->data, j->size, TERN_N(ANGLE_string), j->mode);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    job j;
    if (!vm) {
        tern_config cfg;
        heap = malloc(HEAP_SIZE);
        tern_config_init(&cfg);
        cfg.heap = heap;
        cfg.heap_size = HEAP_SIZE;
        vm = tern_open(&cfg);
        if (!vm)
            abort();
    }
    j.data = data;
    j.size = size;
    /* the first byte picks the mode, so REPL and eval input get fuzzed too */
    j.mode = size > 0 ? data[0] % 3 : 0;
    if (tern_pcall(vm, compile_body, &j))
        vm->exc = TERN_NULL;
    (void)tern_compile_incomplete(vm, (const char *)data, size);
    return 0;
}
