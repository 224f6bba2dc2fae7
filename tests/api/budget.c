/* SPDX-License-Identifier: MIT */
/*
 * budget.c — time slicing and stop requests (docs/timeslicing.md): a run
 * stopped on its instruction budget and resumed, at every budget from 1
 * to 50, prints exactly what it prints in one go; errors, SystemExit and
 * code run from C (sort keys, __init__, generators) under a budget; a stop
 * request from a second thread raises KeyboardInterrupt; an error in one
 * of two interleaved VMs leaves the other untouched. Uses only tern.h.
 *
 * Prints one line per check and ends with "N passed, N failed"; exits 1 if
 * any check failed.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (512 * 1024)

typedef struct capture {
    char text[8192];
    size_t len;
} capture;

static void capture_write(void *ud, int fd, const char *data, size_t len)
{
    capture *c = (capture *)ud;
    (void)fd;
    if (len > sizeof c->text - 1 - c->len)
        len = sizeof c->text - 1 - c->len;
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

static void capture_reset(capture *c)
{
    c->len = 0;
    c->text[0] = '\0';
}

static tern_vm *open_vm(void *heap, capture *out)
{
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = heap;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture_write;
    cfg.user_data = out;
    return tern_open(&cfg);
}

static int run_str(tern_vm *vm, const char *src)
{
    return tern_run_source(vm, src, strlen(src), "<test>", TERN_MODE_FILE);
}

/* Run src with `budget`, resuming until the run ends; *yields counts the
 * stops. */
static int run_sliced(tern_vm *vm, const char *src, unsigned long budget, long *yields)
{
    int st;
    *yields = 0;
    st = tern_run_budget(vm, src, strlen(src), "<test>", TERN_MODE_FILE, budget);
    while (st == TERN_YIELD) {
        ++*yields;
        st = tern_resume(vm);
    }
    return st;
}

/* A little of everything: calls, a closure, a class whose __init__ runs
 * from C, a generator, a sort key (Python run from C), exceptions caught
 * and a with block, f-strings and a list comprehension. */
static const char program[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "class P:\n"
    "    def __init__(self, x):\n"
    "        self.x = x * 2\n"
    "    def __repr__(self):\n"
    "        return f'P({self.x})'\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "class Ctx:\n"
    "    def __enter__(self):\n"
    "        print('enter')\n"
    "        return self\n"
    "    def __exit__(self, *a):\n"
    "        print('exit', a[0].__name__ if a[0] else None)\n"
    "        return True\n"
    "print(fib(12))\n"
    "print([P(i) for i in range(4)])\n"
    "print(sum(gen(10)), list(gen(4)))\n"
    "print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))\n"
    "try:\n"
    "    {}['k']\n"
    "except KeyError as e:\n"
    "    print('KeyError', e)\n"
    "with Ctx():\n"
    "    raise ValueError('x')\n"
    "total = 0\n"
    "for i in range(50):\n"
    "    total += i % 7\n"
    "print('total', total)\n";

static const char raising[] =
    "def f(n):\n"
    "    if n == 0:\n"
    "        raise RuntimeError('bottom')\n"
    "    return f(n - 1)\n"
    "print('before')\n"
    "f(3)\n";

static void test_every_budget(tern_vm *vm, capture *out)
{
    char ref[8192], ref_err[16384], what[128];
    unsigned long b;
    long yields;
    int st, all_same = 1, all_err_same = 1, all_yielded = 1;

    capture_reset(out);
    st = run_sliced(vm, program, 0, &yields);
    check(st == TERN_OK && yields == 0, "the program runs to its end without a budget");
    strcpy(ref, out->text);
    check(strstr(ref, "P(0), P(2)") != NULL && strstr(ref, "total 147") != NULL,
          "and prints what CPython prints");

    capture_reset(out);
    st = run_sliced(vm, raising, 0, &yields);
    check(st == TERN_ERROR, "the raising program fails without a budget");
    snprintf(ref_err, sizeof ref_err, "%s%s", out->text, tern_error_text(vm));

    for (b = 1; b <= 50; b++) {
        capture_reset(out);
        st = run_sliced(vm, program, b, &yields);
        if (st != TERN_OK || strcmp(out->text, ref) != 0) {
            all_same = 0;
            printf("  budget %lu: status %d, output:\n%s", b, st, out->text);
        }
        if (yields == 0)
            all_yielded = 0;
        if (b == 1 && tern_suspended(vm))
            all_same = 0;
        capture_reset(out);
        st = run_sliced(vm, raising, b, &yields);
        {
            char got[16384];
            snprintf(got, sizeof got, "%s%s", out->text, st == TERN_ERROR ? tern_error_text(vm) : "");
            if (st != TERN_ERROR || strcmp(got, ref_err) != 0 || (b < 10 && yields == 0)) {
                all_err_same = 0;
                printf("  budget %lu: status %d, got:\n%s", b, st, got);
            }
        }
    }
    check(all_same, "at every budget from 1 to 50 the output is the same");
    check(all_yielded, "and every such run stopped at least once");
    check(all_err_same, "an uncaught error gives the same output and traceback at every budget");

    /* SystemExit under a budget */
    capture_reset(out);
    st = run_sliced(vm, "for i in range(20): pass\nraise SystemExit(7)\n", 3, &yields);
    check(st == TERN_EXIT && tern_exit_code(vm) == 7 && yields > 0, "SystemExit(7) after stops: TERN_EXIT, code 7");

    /* budget 1: exactly one instruction per slice, so the stops grow with the loop */
    {
        long y10, y20;
        run_sliced(vm, "for i in range(10): pass\n", 1, &y10);
        run_sliced(vm, "for i in range(20): pass\n", 1, &y20);
        snprintf(what, sizeof what, "budget 1 stops at each instruction (%ld, %ld stops)", y10, y20);
        check(y20 - y10 >= 20, what);
    }

    /* a new run gives up a stopped one */
    capture_reset(out);
    st = tern_run_budget(vm, "while True: pass\n", strlen("while True: pass\n"), "<test>", TERN_MODE_FILE, 100);
    check(st == TERN_YIELD && tern_suspended(vm), "an endless loop with a budget stops");
    tern_set_budget(vm, 0);
    st = run_str(vm, "print('fresh')\n");
    check(st == TERN_OK && strcmp(out->text, "fresh\n") == 0 && !tern_suspended(vm),
          "tern_run_source then gives it up and runs the new source");
    check(tern_resume(vm) == TERN_OK, "tern_resume with nothing stopped returns TERN_OK");
}

typedef struct stopper {
    tern_vm *vm;
    int ms;
} stopper;

static void *stop_later(void *ud)
{
    stopper *s = (stopper *)ud;
    struct timespec ts;
    ts.tv_sec = s->ms / 1000;
    ts.tv_nsec = (long)(s->ms % 1000) * 1000000L;
    nanosleep(&ts, NULL);
    tern_request_stop(s->vm);
    return NULL;
}

static void test_stop(tern_vm *vm, capture *out)
{
    pthread_t t;
    stopper s;
    int st;
    long yields;
    s.vm = vm;
    s.ms = 50;

    tern_set_budget(vm, 0);
    capture_reset(out);
    pthread_create(&t, NULL, stop_later, &s);
    st = run_str(vm, "i = 0\nwhile True:\n    i += 1\n");
    pthread_join(t, NULL);
    check(st == TERN_ERROR && strstr(tern_error_text(vm), "KeyboardInterrupt") != NULL,
          "a stop request from another thread ends an endless loop with KeyboardInterrupt");

    capture_reset(out);
    pthread_create(&t, NULL, stop_later, &s);
    st = run_str(vm, "try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n");
    pthread_join(t, NULL);
    check(st == TERN_OK && strcmp(out->text, "caught\n") == 0, "the program can catch it");

    /* deeper down: an endless loop in a sort key, run from C */
    capture_reset(out);
    pthread_create(&t, NULL, stop_later, &s);
    {
        const char *src = "def k(x):\n    while True: pass\nsorted([1, 2], key=k)\n";
        st = tern_run_source(vm, src, strlen(src), "<test>", TERN_MODE_FILE);
    }
    pthread_join(t, NULL);
    check(st == TERN_ERROR && strstr(tern_error_text(vm), "KeyboardInterrupt") != NULL,
          "a stop request also reaches Python code run from C");

    /* with a budget, in the threads' usual pattern: the stop comes while running slices */
    capture_reset(out);
    pthread_create(&t, NULL, stop_later, &s);
    st = run_sliced(vm, "while True: pass\n", 1000, &yields);
    pthread_join(t, NULL);
    check(st == TERN_ERROR && strstr(tern_error_text(vm), "KeyboardInterrupt") != NULL && yields > 0,
          "a stop request ends a sliced run");

    /* requested while stopped: raised as the resumed run starts */
    st = tern_run_budget(vm, "while True: pass\n", strlen("while True: pass\n"), "<test>", TERN_MODE_FILE, 10);
    tern_request_stop(vm);
    st = tern_resume(vm);
    check(st == TERN_ERROR && strstr(tern_error_text(vm), "KeyboardInterrupt") != NULL && !tern_suspended(vm),
          "a stop requested while stopped is raised on resume");
    tern_set_budget(vm, 0);
    capture_reset(out);
    st = run_str(vm, "print('still fine')\n");
    check(st == TERN_OK && strcmp(out->text, "still fine\n") == 0, "the VM works after a stop");
}

static void test_two_vms(tern_vm *a, capture *oa, tern_vm *b, capture *ob)
{
    const char *pa = "x = 0\nfor i in range(100):\n    x += i\nprint(x)\n[][1]\n";
    const char *pb = "s = []\nfor i in range(200):\n    s.append(i * 3)\nprint(sum(s))\n";
    int sa, sb;
    capture_reset(oa);
    capture_reset(ob);
    tern_set_budget(a, 5);
    tern_set_budget(b, 7);
    sa = tern_run_source(a, pa, strlen(pa), "<a>", TERN_MODE_FILE);
    sb = tern_run_source(b, pb, strlen(pb), "<b>", TERN_MODE_FILE);
    while (sa == TERN_YIELD || sb == TERN_YIELD) {
        if (sa == TERN_YIELD)
            sa = tern_resume(a);
        if (sb == TERN_YIELD)
            sb = tern_resume(b);
    }
    check(sa == TERN_ERROR && strcmp(oa->text, "4950\n") == 0 &&
              strstr(tern_error_text(a), "IndexError: list index out of range") != NULL,
          "interleaved: the first VM fails with IndexError after its output");
    check(sb == TERN_OK && strcmp(ob->text, "59700\n") == 0, "the second VM, interleaved with it, is untouched");
}

/* A C function that calls Python back (nested: never stopped by the budget). */
static int c_call_back(tern_vm *vm, int nargs, void *ud)
{
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "call_back(f, x)");
    if (tern_copy_slot(vm, 0, 1) != TERN_OK || tern_copy_slot(vm, 1, 2) != TERN_OK)
        return TERN_ERROR;
    return tern_call_slot(vm, 0, 1);
}

/* tern_call_slot, tern_call_method and tern_eval stop on the budget too,
 * at the top level, and tern_resume delivers their result to the slot. */
static void test_calls(tern_vm *vm, capture *out)
{
    static const char defs[] =
        "def work(n):\n"
        "    t = 0\n"
        "    for i in range(n):\n"
        "        t += i * i\n"
        "    return t\n"
        "def bad(n):\n"
        "    for i in range(n):\n"
        "        pass\n"
        "    raise ValueError('bad %d' % n)\n"
        "def gen(n):\n"
        "    yield from range(n)\n"
        "class Acc:\n"
        "    def add(self, n):\n"
        "        return work(n) + 1\n"
        "acc = Acc()\n"
        "def outer(n):\n"
        "    return call_back(work, n)\n";
    unsigned long budget;
    int st, ok_all = 1, yielded_all = 1, ok_eval = 1, ok_method = 1;
    long yields;
    int64_t v;
    tern_set_budget(vm, 0);
    capture_reset(out);
    check(tern_register_function(vm, "call_back", c_call_back, NULL) == TERN_OK && run_str(vm, defs) == TERN_OK,
          "define the functions");
    tern_ensure_slots(vm, 6);
    for (budget = 1; budget <= 40; budget++) {
        tern_set_budget(vm, budget);
        tern_get_global(vm, "work", 1);
        tern_set_int(vm, 2, 300);
        yields = 0;
        st = tern_call_slot(vm, 1, 1);
        while (st == TERN_YIELD) {
            yields++;
            st = tern_resume(vm);
        }
        if (st != TERN_OK || tern_get_int(vm, 1, &v) != TERN_OK || v != 8955050)
            ok_all = 0;
        if (yields == 0)
            yielded_all = 0;
        /* a method */
        tern_get_global(vm, "acc", 1);
        tern_set_int(vm, 2, 100);
        st = tern_call_method(vm, 1, "add", 1);
        while (st == TERN_YIELD)
            st = tern_resume(vm);
        if (st != TERN_OK || tern_get_int(vm, 1, &v) != TERN_OK || v != 328351)
            ok_method = 0;
        /* an expression */
        st = tern_eval(vm, "sum(i for i in range(50)) + work(20)", 3);
        while (st == TERN_YIELD)
            st = tern_resume(vm);
        if (st != TERN_OK || tern_get_int(vm, 3, &v) != TERN_OK || v != 1225 + 2470)
            ok_eval = 0;
    }
    check(ok_all, "tern_call_slot at budgets 1..40: the result reaches the slot after the resumes");
    check(yielded_all, "and each call stopped at least once");
    check(ok_method, "tern_call_method likewise");
    check(ok_eval, "tern_eval likewise");

    tern_set_budget(vm, 7);
    tern_get_global(vm, "bad", 1);
    tern_set_int(vm, 2, 50);
    yields = 0;
    st = tern_call_slot(vm, 1, 1);
    while (st == TERN_YIELD) {
        yields++;
        st = tern_resume(vm);
    }
    check(st == TERN_ERROR && yields > 0 && strstr(tern_error_text(vm), "ValueError: bad 50") != NULL
          && strstr(tern_error_text(vm), "line 9, in bad") != NULL,
          "an exception after stops: TERN_ERROR with its traceback");

    tern_get_global(vm, "gen", 1);
    tern_set_int(vm, 2, 1000);
    st = tern_call_slot(vm, 1, 1);
    check(st == TERN_OK && tern_type_of(vm, 1) == TERN_T_OBJECT, "a generator function returns its generator at once");

    tern_set_budget(vm, 1);
    tern_get_global(vm, "outer", 1);
    tern_set_int(vm, 2, 300);
    yields = 0;
    st = tern_call_slot(vm, 1, 1);
    while (st == TERN_YIELD) {
        yields++;
        st = tern_resume(vm);
    }
    check(st == TERN_OK && tern_get_int(vm, 1, &v) == TERN_OK && v == 8955050 && yields > 0,
          "Python -> C -> Python: the outer call stops, the nested one runs through");

    /* a run given up: its slot is left alone */
    tern_get_global(vm, "work", 1);
    tern_set_int(vm, 2, 100000);
    tern_set_cstr(vm, 3, "untouched");
    st = tern_call_slot(vm, 1, 1);
    check(st == TERN_YIELD && tern_suspended(vm), "a long call stops");
    tern_set_budget(vm, 0);
    check(tern_get_global(vm, "work", 4) == TERN_OK && tern_set_int(vm, 5, 10) == TERN_OK
          && tern_call_slot(vm, 4, 1) == TERN_OK && tern_get_int(vm, 4, &v) == TERN_OK && v == 285,
          "while it is stopped, another call runs to its end");
    capture_reset(out);
    check(run_str(vm, "print('next')") == TERN_OK && strcmp(out->text, "next\n") == 0 && !tern_suspended(vm),
          "tern_run_source gives the stopped call up");
    check(tern_resume(vm) == TERN_OK && tern_type_of(vm, 1) == TERN_T_FUNCTION, "and its slot keeps the callee");
}

/* tern_abandon: a stopped run cleans up (finally, with) before it goes */
static void test_abandon(tern_vm *vm, capture *out)
{
    static const char setup[] =
        "log = []\n"
        "class Res:\n"
        "    def __enter__(self):\n"
        "        log.append('open')\n"
        "        return self\n"
        "    def __exit__(self, *a):\n"
        "        log.append('close ' + a[0].__name__)\n";
    static const char looping[] =
        "try:\n"
        "    with Res():\n"
        "        while True:\n"
        "            pass\n"
        "finally:\n"
        "    log.append('finally')\n";
    static const char stubborn[] =
        "while True:\n"
        "    try:\n"
        "        while True:\n"
        "            pass\n"
        "    except BaseException:\n"
        "        log.append('caught')\n";
    static const char failing[] =
        "try:\n"
        "    while True:\n"
        "        pass\n"
        "finally:\n"
        "    raise ValueError('in cleanup')\n";
    int st;
    tern_set_budget(vm, 0);
    check(run_str(vm, setup) == TERN_OK, "abandon: setup");
    st = tern_run_budget(vm, looping, strlen(looping), "<test>", TERN_MODE_FILE, 50);
    st = tern_resume(vm);
    check(st == TERN_YIELD && tern_suspended(vm), "abandon: a run stopped inside a with inside a try");
    check(tern_abandon(vm) == TERN_OK && !tern_suspended(vm), "tern_abandon ends it");
    capture_reset(out);
    tern_set_budget(vm, 0);
    check(run_str(vm, "print(log)") == TERN_OK &&
          strcmp(out->text, "['open', 'close GeneratorExit', 'finally']\n") == 0,
          "its with-exit and finally ran, with GeneratorExit");
    check(tern_abandon(vm) == TERN_OK, "tern_abandon with nothing stopped: TERN_OK");

    run_str(vm, "log.clear()");
    st = tern_run_budget(vm, stubborn, strlen(stubborn), "<test>", TERN_MODE_FILE, 40);
    check(st == TERN_YIELD && tern_abandon(vm) == TERN_OK && !tern_suspended(vm),
          "a run that swallows GeneratorExit is cut at the end of the budget");
    capture_reset(out);
    tern_set_budget(vm, 0);
    check(run_str(vm, "print(log)") == TERN_OK && strcmp(out->text, "['caught']\n") == 0,
          "its handler ran once");

    st = tern_run_budget(vm, failing, strlen(failing), "<test>", TERN_MODE_FILE, 30);
    check(st == TERN_YIELD, "a run whose cleanup raises");
    st = tern_abandon(vm);
    check(st == TERN_ERROR && strstr(tern_error_text(vm), "ValueError: in cleanup") != NULL && !tern_suspended(vm),
          "tern_abandon reports the cleanup's exception");

    run_str(vm, "log.clear()");
    st = tern_run_budget(vm, looping, strlen(looping), "<test>", TERN_MODE_FILE, 50);
    capture_reset(out);
    check(st == TERN_YIELD && run_str(vm, "print(log)") == TERN_OK, "a new run while one is stopped");
    check(strcmp(out->text, "['open', 'close GeneratorExit', 'finally']\n") == 0,
          "tern_run_source gave the stopped run up with its cleanup first");
    tern_set_budget(vm, 0);
}

int main(void)
{
    capture out_a, out_b;
    void *heap_a = malloc(HEAP_SIZE), *heap_b = malloc(HEAP_SIZE);
    tern_vm *a, *b;
    capture_reset(&out_a);
    capture_reset(&out_b);
    a = open_vm(heap_a, &out_a);
    b = open_vm(heap_b, &out_b);
    check(a != NULL && b != NULL, "open two VMs");
    if (a && b) {
        test_every_budget(a, &out_a);
        test_stop(a, &out_a);
        test_two_vms(a, &out_a, b, &out_b);
        test_calls(a, &out_a);
        test_abandon(a, &out_a);
        tern_close(a);
        tern_close(b);
    }
    free(heap_a);
    free(heap_b);
    return check_summary();
}
