/* SPDX-License-Identifier: MIT */
/*
 * call.c — calling Python from C and C from Python.
 *
 * The host defines a C function `clamp(x, lo, hi)` that Python calls, then
 * calls the Python function `score` for some inputs, reading the results
 * from a slot, and shows how a Python exception comes back to C.
 *
 *   make build/examples/call && build/examples/call
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"

static union { double align; unsigned char bytes[256 * 1024]; } memory;

static void write_out(void *ud, int fd, const char *data, size_t len) {
    (void)ud;
    fwrite(data, 1, len, fd == 2 ? stderr : stdout);
}

/* clamp(x, lo, hi): the arguments are in slots 1..3, the result goes to
 * slot 0. A failed read (a str instead of a number...) is returned as is:
 * Python then sees the TypeError. */
static int clamp(tern_vm *vm, int nargs, void *ud) {
    double x, lo, hi;
    (void)ud;
    if (nargs != 3)
        return tern_raise_error(vm, "TypeError", "clamp() takes 3 arguments");
    if (tern_get_float(vm, 1, &x) || tern_get_float(vm, 2, &lo) || tern_get_float(vm, 3, &hi))
        return TERN_ERROR;
    if (lo > hi)
        return tern_raise_error(vm, "ValueError", "clamp(): lo > hi");
    return tern_set_float(vm, 0, x < lo ? lo : x > hi ? hi : x);
}

static const char program[] =
    "def score(name, points):\n"
    "    if points < 0:\n"
    "        raise ValueError('negative points for ' + name)\n"
    "    return '%s: %.1f' % (name, clamp(points / 10, 0, 5))\n"
    "print('Python sees', clamp(7, 0, 5))\n"
    "try:\n"
    "    clamp(1, 5, 0)\n"
    "except ValueError as e:\n"
    "    print('Python caught:', e)\n";

int main(void) {
    static const struct { const char *name; int points; } players[] = {
        { "ada", 42 }, { "bob", 77 }, { "cy", -3 }
    };
    tern_config cfg;
    tern_vm *vm;
    size_t i;
    int ok = 1;

    tern_config_init(&cfg);
    cfg.heap = memory.bytes;
    cfg.heap_size = sizeof memory.bytes;
    cfg.write = write_out;
    vm = tern_open(&cfg);
    if (!vm)
        return 1;
    tern_register_function(vm, "clamp", clamp, NULL);
    if (tern_run_source(vm, program, strlen(program), "game.py", TERN_MODE_FILE) != TERN_OK) {
        fputs(tern_error_text(vm), stderr);
        return 1;
    }

    /* slot 0: the function, then the result; slots 1, 2: the arguments */
    tern_ensure_slots(vm, 3);
    for (i = 0; i < sizeof players / sizeof players[0]; i++) {
        const char *text;
        tern_get_global(vm, "score", 0);
        tern_set_cstr(vm, 1, players[i].name);
        tern_set_int(vm, 2, players[i].points);
        if (tern_call_slot(vm, 0, 2) == TERN_OK && tern_get_str(vm, 0, &text, NULL) == TERN_OK) {
            printf("C got %s\n", text);
        } else {
            /* the exception, with the Python traceback */
            printf("C caught a %s:\n%s", tern_error_type(vm), tern_error_text(vm));
            ok = strcmp(tern_error_type(vm), "ValueError") == 0 && i == 2;
        }
    }
    tern_close(vm);
    return ok ? 0 : 1;
}
