/* SPDX-License-Identifier: MIT */
/*
 * hello.c — the smallest host: give Tern a block of memory, run a string
 * of Python, report an error if there is one, close.
 *
 *   make build/examples/hello && build/examples/hello
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"

/* All of the VM's memory: its state, stacks and heap. */
static union { double align; unsigned char bytes[256 * 1024]; } memory;

/* print() output arrives here. */
static void write_out(void *ud, int fd, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, fd == 2 ? stderr : stdout);
}

int main(void) {
    const char *program =
        "import sys\n"
        "squares = [n * n for n in range(10)]\n"
        "print('Hello from Tern', sys.version_info[:2], sum(squares))\n";
    tern_config cfg;
    tern_vm *vm;
    int status;

    tern_config_init(&cfg);
    cfg.heap = memory.bytes;
    cfg.heap_size = sizeof memory.bytes;
    cfg.write = write_out;
    vm = tern_open(&cfg);
    if (!vm) {
        fprintf(stderr, "the memory block is too small\n");
        return 1;
    }
    status = tern_run_source(vm, program, strlen(program), "<hello>", TERN_MODE_FILE);
    if (status == TERN_ERROR)
        fputs(tern_error_text(vm), stderr);
    tern_close(vm);
    return status == TERN_OK ? 0 : 1;
}
