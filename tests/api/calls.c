/* SPDX-License-Identifier: MIT */
/*
 * calls.c — calling Python from C and C from Python: tern_call_slot and
 * tern_call_method with results and exceptions (type, traceback text);
 * C functions registered as globals and as a module (`import`), with user
 * data, reading their arguments from slots, raising exceptions Python
 * catches, propagating a Python callback's exception, nesting C -> Python
 * -> C; a C module used like a class from Python; misuse. Uses only tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static char out[4096];
static size_t out_len;

static void capture(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd;
    if (out_len + len < sizeof out) {
        memcpy(out + out_len, data, len);
        out_len += len;
        out[out_len] = 0;
    }
}

/* Run source; print the error unless one is expected (run_err). */
static int run_(tern_vm *vm, const char *src, int quiet) {
    int st;
    out_len = 0;
    out[0] = 0;
    st = tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
    if (st != TERN_OK && !quiet)
        printf("     run: %s", tern_error_text(vm));
    return st;
}

static int run(tern_vm *vm, const char *src) {
    return run_(vm, src, 0);
}

static int run_err(tern_vm *vm, const char *src) {
    return run_(vm, src, 1);
}

static int has(const char *text, const char *part) {
    if (!strstr(text, part)) {
        printf("     missing \"%s\" in: %s\n", part, text);
        return 0;
    }
    return 1;
}

/* ---- C functions ---- */

/* add(a, b) -> a + b for ints */
static int c_add(tern_vm *vm, int nargs, void *ud) {
    int64_t a, b;
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "add() takes 2 arguments");
    if (tern_get_int(vm, 1, &a) != TERN_OK || tern_get_int(vm, 2, &b) != TERN_OK)
        return TERN_ERROR;     /* the TypeError of tern_get_int goes to Python */
    return tern_set_int(vm, 0, a + b);
}

/* fail(msg) raises ValueError(msg) */
static int c_fail(tern_vm *vm, int nargs, void *ud) {
    const char *msg = "no message";
    (void)ud;
    if (nargs >= 1 && tern_get_str(vm, 1, &msg, NULL) != TERN_OK)
        return TERN_ERROR;
    return tern_raise_error(vm, "ValueError", msg);
}

/* apply(f, x) -> f(x), through slots 2.. of its own context */
static int c_apply(tern_vm *vm, int nargs, void *ud) {
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "apply() takes 2 arguments");
    if (tern_ensure_slots(vm, 5) != TERN_OK)
        return TERN_ERROR;
    tern_copy_slot(vm, 3, 1);
    tern_copy_slot(vm, 4, 2);
    if (tern_call_slot(vm, 3, 1) != TERN_OK)
        return TERN_ERROR;     /* the callback's exception, traceback and all */
    return tern_copy_slot(vm, 0, 3);
}

/* count() -> how many times it was called: state in user data */
static int c_count(tern_vm *vm, int nargs, void *ud) {
    int *n = (int *)ud;
    (void)nargs;
    return tern_set_int(vm, 0, ++*n);
}

/* nothing() returns None by leaving slot 0 alone */
static int c_nothing(tern_vm *vm, int nargs, void *ud) {
    (void)vm, (void)nargs, (void)ud;
    return TERN_OK;
}

/* bad() returns TERN_ERROR without an exception */
static int c_bad(tern_vm *vm, int nargs, void *ud) {
    (void)vm, (void)nargs, (void)ud;
    return TERN_ERROR;
}

/* swallow(f) calls f(), ignores its error, returns the error's type name */
static int c_swallow(tern_vm *vm, int nargs, void *ud) {
    const char *t;
    (void)ud, (void)nargs;
    if (tern_call_slot(vm, 1, 0) == TERN_OK)
        return tern_set_cstr(vm, 0, "no error");
    t = tern_error_type(vm);
    tern_clear_error(vm);
    return tern_set_cstr(vm, 0, t ? t : "?");
}

/* ---- a module: accumulators kept in C, used like a class ---- */

typedef struct accs {
    double total[16];
    int n;
} accs;

static int acc_new(tern_vm *vm, int nargs, void *ud) {
    accs *a = (accs *)ud;
    (void)nargs;
    if (a->n == 16)
        return tern_raise_error(vm, "MemoryError", "no more accumulators");
    a->total[a->n] = 0;
    return tern_set_int(vm, 0, a->n++);
}

static int acc_id(tern_vm *vm, accs *a, int slot, int *id) {
    int64_t i;
    if (tern_get_int(vm, slot, &i) != TERN_OK)
        return TERN_ERROR;
    if (i < 0 || i >= a->n)
        return tern_raise_error(vm, "ValueError", "no such accumulator");
    *id = (int)i;
    return TERN_OK;
}

static int acc_add(tern_vm *vm, int nargs, void *ud) {
    accs *a = (accs *)ud;
    int id = 0;
    double v;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "add(id, value)");
    if (acc_id(vm, a, 1, &id) != TERN_OK || tern_get_float(vm, 2, &v) != TERN_OK)
        return TERN_ERROR;
    a->total[id] += v;
    return TERN_OK;
}

static int acc_total(tern_vm *vm, int nargs, void *ud) {
    accs *a = (accs *)ud;
    int id = 0;
    if (nargs != 1)
        return tern_raise_error(vm, "TypeError", "total(id)");
    if (acc_id(vm, a, 1, &id) != TERN_OK)
        return TERN_ERROR;
    return tern_set_float(vm, 0, a->total[id]);
}

static const tern_function_def acc_functions[] = {
    { "new", acc_new },
    { "add", acc_add },
    { "total", acc_total },
    { NULL, NULL }
};

static const tern_constant_def acc_constants[] = {
    { "MAX", TERN_T_INT, 16, 0, NULL },
    { "VERSION", TERN_T_STR, 0, 0, "1.0" },
    { "SCALE", TERN_T_FLOAT, 0, 0.5, NULL },
    { "ENABLED", TERN_T_BOOL, 1, 0, NULL },
    { "NOTHING", TERN_T_NONE, 0, 0, NULL },
    { NULL, 0, 0, 0, NULL }
};

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    int64_t i64;
    int counter = 0, st;
    const char *s;
    accs acc;
    tern_module_def accdef;
    static const tern_constant_def bad_constants[] = {
        { "X", 99, 0, 0, NULL },
        { NULL, 0, 0, 0, NULL }
    };

    memset(&acc, 0, sizeof acc);
    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM");
    if (!vm)
        goto done;
    tern_ensure_slots(vm, 6);

    /* ---- Python from C ---- */
    check(run(vm, "def mul(a, b):\n    return a * b\n"
                  "def boom(x):\n    return helper(x)\n"
                  "def helper(x):\n    raise KeyError(x)\n"
                  "def leave():\n    raise SystemExit(3)\n") == TERN_OK, "define Python functions");
    check(tern_get_global(vm, "mul", 0) == TERN_OK && tern_set_int(vm, 1, 6) == TERN_OK &&
          tern_set_int(vm, 2, 7) == TERN_OK && tern_call_slot(vm, 0, 2) == TERN_OK &&
          tern_get_int(vm, 0, &i64) == TERN_OK && i64 == 42, "call mul(6, 7) from C: 42");
    check(tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 6, "argument slots are left as they were");
    tern_get_global(vm, "mul", 0);
    tern_set_cstr(vm, 1, "ab");
    check(tern_call_slot(vm, 0, 2) == TERN_OK && tern_get_str(vm, 0, &s, NULL) == TERN_OK &&
          strcmp(s, "ababababababab") == 0, "mul('ab', 7)");
    tern_get_global(vm, "boom", 0);
    tern_set_cstr(vm, 1, "k");
    st = tern_call_slot(vm, 0, 1);
    check(st == TERN_ERROR && strcmp(tern_error_type(vm), "KeyError") == 0, "a Python exception: TERN_ERROR, KeyError");
    check(has(tern_error_text(vm), "Traceback (most recent call last):") &&
          has(tern_error_text(vm), "File \"test.py\", line 4, in boom") &&
          has(tern_error_text(vm), "File \"test.py\", line 6, in helper") &&
          has(tern_error_text(vm), "KeyError: 'k'"), "its traceback names both frames");
    tern_get_global(vm, "leave", 0);
    check(tern_call_slot(vm, 0, 0) == TERN_ERROR && strcmp(tern_error_type(vm), "SystemExit") == 0,
          "SystemExit from a call is an error of type SystemExit");
    tern_set_int(vm, 0, 5);
    st = tern_call_slot(vm, 0, 0);
    check(st == TERN_ERROR && has(tern_error_text(vm), "'int' object is not callable"), "calling an int: TypeError");
    st = tern_call_slot(vm, 4, 3);
    check(st == TERN_ERROR && has(tern_error_text(vm), "slots 4..7 out of range"), "arguments past the slots: SystemError");
    tern_new_list(vm, 0);
    tern_set_int(vm, 1, 3);
    check(tern_call_method(vm, 0, "append", 1) == TERN_OK && tern_type_of(vm, 0) == TERN_T_NONE,
          "call a method: list.append returns None");
    tern_set_cstr(vm, 0, "a,b,c");
    tern_set_cstr(vm, 1, ",");
    check(tern_call_method(vm, 0, "split", 1) == TERN_OK && tern_type_of(vm, 0) == TERN_T_LIST, "'a,b,c'.split(',')");
    check(tern_call_method(vm, 0, "nope", 0) == TERN_ERROR && strcmp(tern_error_type(vm), "AttributeError") == 0,
          "a missing method: AttributeError");
    check(tern_call_method(vm, 0, NULL, 0) == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0,
          "NULL method name: SystemError");

    /* ---- C from Python ---- */
    check(tern_register_function(vm, "add", c_add, NULL) == TERN_OK &&
          tern_register_function(vm, "fail", c_fail, NULL) == TERN_OK &&
          tern_register_function(vm, "apply", c_apply, NULL) == TERN_OK &&
          tern_register_function(vm, "count", c_count, &counter) == TERN_OK &&
          tern_register_function(vm, "nothing", c_nothing, NULL) == TERN_OK &&
          tern_register_function(vm, "bad", c_bad, NULL) == TERN_OK &&
          tern_register_function(vm, "swallow", c_swallow, NULL) == TERN_OK, "register C functions as globals");
    check(run(vm, "print(add(2, 3), add(-1, 10**3))\n") == TERN_OK && has(out, "5 999\n"), "Python calls add()");
    check(run(vm, "print(repr(add), add.__name__, nothing())\n") == TERN_OK &&
          has(out, "<built-in function add> add None\n"), "repr, __name__, None result");
    check(run(vm, "count(); count()\nprint(count())\n") == TERN_OK && has(out, "3\n") && counter == 3,
          "user data reaches the C function");
    check(run(vm, "try:\n    fail('bad value')\nexcept ValueError as e:\n    print('caught', e)\n") == TERN_OK &&
          has(out, "caught bad value\n"), "Python catches a ValueError raised in C");
    check(run(vm, "try:\n    add('x', 1)\nexcept TypeError as e:\n    print(e)\n") == TERN_OK &&
          has(out, "tern_get_int: expected int, got str (slot 1)"), "a wrong argument type is a TypeError in Python");
    check(run(vm, "try:\n    add(1)\nexcept TypeError as e:\n    print(e)\n") == TERN_OK &&
          has(out, "add() takes 2 arguments"), "wrong number of arguments");
    check(run(vm, "try:\n    add(a=1, b=2)\nexcept TypeError as e:\n    print(e)\n") == TERN_OK &&
          has(out, "add() takes no keyword arguments"), "keyword arguments refused");
    check(run(vm, "try:\n    add(2**70, 1)\nexcept OverflowError as e:\n    print('overflow')\n") == TERN_OK &&
          has(out, "overflow"), "OverflowError from a too big argument");
    check(run(vm, "try:\n    bad()\nexcept SystemError as e:\n    print(e)\n") == TERN_OK &&
          has(out, "bad() returned an error without setting one"), "an error status without exception: SystemError");
    st = run_err(vm, "def caller():\n    fail('from C')\ncaller()\n");
    check(st == TERN_ERROR && strcmp(tern_error_type(vm), "ValueError") == 0 &&
          has(tern_error_text(vm), "line 3, in <module>") && has(tern_error_text(vm), "line 2, in caller") &&
          has(tern_error_text(vm), "ValueError: from C"), "uncaught: traceback through Python into C");
    check(run(vm, "print(apply(lambda x: x * 2, 21), apply(lambda x: add(x, apply(str, 5) == '5'), 1))\n") == TERN_OK &&
          has(out, "42 2\n"), "C -> Python -> C -> Python nesting");
    check(run(vm, "def f(x):\n    raise IndexError('deep')\n"
                  "try:\n    apply(f, 1)\nexcept IndexError as e:\n    print('caught', e, e.__traceback__ is not None)\n") == TERN_OK &&
          has(out, "caught deep True"), "a callback's exception passes through C back to Python");
    st = run_err(vm, "def g(x):\n    return [][x]\napply(g, 3)\n");
    check(st == TERN_ERROR && has(tern_error_text(vm), "line 3, in <module>") &&
          has(tern_error_text(vm), "line 2, in g") && has(tern_error_text(vm), "IndexError: list index out of range"),
          "uncaught through C: the traceback has the frames on both sides");
    check(run(vm, "print(swallow(lambda: 1 // 0), swallow(lambda: 7))\n") == TERN_OK &&
          has(out, "ZeroDivisionError no error\n"), "a C function handles a Python error itself");
    check(tern_slot_count(vm) == 6, "the top-level context still has its 6 slots");
    check(run(vm, "import sys\nsys.setrecursionlimit(200)\n"
                  "def r(n):\n    return n if n == 0 else apply(r, n - 1)\n"
                  "try:\n    r(10000)\nexcept RecursionError:\n    print('deep recursion stopped')\n"
                  "print(r(20))\n") == TERN_OK && has(out, "deep recursion stopped\n0\n"),
          "deep C/Python recursion ends in RecursionError, and the VM goes on");
    check(tern_slot_count(vm) == 6 && tern_set_int(vm, 5, 1) == TERN_OK, "slots intact after the recursion");

    /* ---- a C module ---- */
    memset(&accdef, 0, sizeof accdef);
    accdef.name = "acc";
    accdef.functions = acc_functions;
    accdef.constants = acc_constants;
    accdef.user_data = &acc;
    check(tern_define_module(vm, &accdef) == TERN_OK, "define module acc");
    check(run(vm, "import acc\nprint(acc.MAX, acc.VERSION, acc.SCALE, acc.ENABLED, acc.NOTHING)\n") == TERN_OK &&
          has(out, "16 1.0 0.5 True None\n"), "import it; its constants");
    check(run(vm, "from acc import total\nprint(total.__module__, repr(acc)[:13])\n") == TERN_OK &&
          has(out, "acc <module 'acc"), "from acc import total");
    check(run(vm,
              "class Acc:\n"
              "    def __init__(self):\n        self.id = acc.new()\n"
              "    def add(self, v):\n        acc.add(self.id, v)\n        return self\n"
              "    def __float__(self):\n        return acc.total(self.id)\n"
              "a = Acc(); b = Acc()\n"
              "a.add(1).add(2.5)\nb.add(10)\n"
              "print(float(a), float(b))\n"
              "try:\n    acc.total(99)\nexcept ValueError as e:\n    print(e)\n") == TERN_OK &&
          has(out, "3.5 10.0\nno such accumulator\n") && acc.n == 2 && acc.total[0] == 3.5,
          "a Python class built on the C module; state in C");
    check(tern_import_module(vm, "acc", 0) == TERN_OK && tern_get_attr(vm, 0, "new", 0) == TERN_OK &&
          tern_call_slot(vm, 0, 0) == TERN_OK && tern_get_int(vm, 0, &i64) == TERN_OK && i64 == 2,
          "call a module function from C");
    accdef.constants = bad_constants;
    st = tern_define_module(vm, &accdef);
    check(st == TERN_ERROR && has(tern_error_text(vm), "unsupported type 99"), "a bad constant is refused");
    check(tern_define_module(vm, NULL) == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0,
          "a NULL definition is refused");
    accdef.constants = NULL;
    accdef.name = "acc";
    check(tern_define_module(vm, &accdef) == TERN_OK && run(vm, "import acc\nprint(hasattr(acc, 'MAX'))\n") == TERN_OK &&
          has(out, "False"), "defining again replaces the module");

    /* ---- tern_new_function, errors ---- */
    check(tern_new_function(vm, 1, "plus", c_add, NULL) == TERN_OK && tern_type_of(vm, 1) == TERN_T_FUNCTION,
          "tern_new_function into a slot");
    tern_set_int(vm, 2, 40);
    tern_set_int(vm, 3, 2);
    check(tern_call_slot(vm, 1, 2) == TERN_OK && tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 42,
          "call a C function from C through a slot");
    check(tern_new_function(vm, 1, "x", NULL, NULL) == TERN_ERROR, "NULL C function refused");
    check(tern_raise_error(vm, "KeyError", "k") == TERN_ERROR && strcmp(tern_error_type(vm), "KeyError") == 0 &&
          has(tern_error_text(vm), "KeyError: 'k'"), "tern_raise_error at the top level makes it pending");
    check(tern_raise_error(vm, "NoSuchError", "m") == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0 &&
          has(tern_error_text(vm), "no exception type NoSuchError"), "an unknown exception type: SystemError");
    check(tern_raise_error(vm, "len", "m") == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0,
          "a builtin that is no exception type: SystemError");

    tern_close(vm);
done:
    return check_summary();
}
