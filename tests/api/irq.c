/* SPDX-License-Identifier: MIT */
/*
 * irq.c — hard callbacks raised by a real interrupt: a POSIX interval
 * timer's SIGALRM, every 200 us, whose handler calls tern_irq_hard while
 * the main program churns a small heap (so signals land in the middle of
 * bytecodes, allocations, dict insertions and collections). The callback
 * allocates and records into a preallocated list; at the end the counts
 * and contents are exact. Also: registration, the reserve, statistics,
 * misuse. Uses only tern.h (and POSIX for the timer).
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (2 * 1024 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static tern_vm *the_vm;         /* what the signal handler raises the interrupt in */
static volatile sig_atomic_t the_id = -1;
static volatile sig_atomic_t signals;

static void on_alarm(int sig) {
    (void)sig;
    signals = signals + 1;
    if (the_id >= 0)
        tern_irq_hard(the_vm, the_id);
}

/* raise_irq(): raises the interrupt from Python (no signals) */
static int raise_irq(tern_vm *vm, int nargs, void *ud) {
    (void)nargs;
    return tern_irq_hard(vm, *(int *)ud);
}

static char err[4096];
static size_t err_len;

static void capture(void *ud, int fd, const char *data, size_t len) {
    (void)ud;
    if (fd == 2 && err_len + len < sizeof err) {
        memcpy(err + err_len, data, len);
        err_len += len;
        err[err_len] = 0;
    }
}

static int run(tern_vm *vm, const char *src) {
    int st = tern_run_source(vm, src, strlen(src), "irq_test.py", TERN_MODE_FILE);
    if (st != TERN_OK)
        printf("     run: %s", tern_error_text(vm));
    return st;
}

static int64_t global_int(tern_vm *vm, const char *name) {
    int64_t v = -1;
    if (tern_get_global(vm, name, 0) != TERN_OK || tern_get_int(vm, 0, &v) != TERN_OK)
        return -1;
    return v;
}

static const char setup[] =
    "N = 2000\n"
    "log = [None] * N\n"
    "count = 0\n"
    "oom = 0\n"
    "def cb(tag):\n"
    "    global count, oom\n"
    "    i = count\n"
    "    if i >= N:\n"
    "        return\n"
    "    try:\n"
    "        t = (i, tag, 'tick %d' % i, [i] * 3, {'k': i})\n"
    "        try:\n"
    "            raise ValueError(i)\n"
    "        except ValueError as e:\n"
    "            assert e.args[0] == i\n"
    "    except MemoryError:\n"
    "        oom += 1\n"
    "        return\n"
    "    log[i] = t\n"
    "    count = i + 1\n";

static const char churn[] =
    "d = {}\n"
    "rounds = 0\n"
    "while count < N and rounds < 3000000:\n"
    "    d['k%d' % (rounds % 500)] = [rounds] * 4\n"
    "    if len(d) > 400:\n"
    "        d = {}\n"
    "    rounds += 1\n";

static const char verify[] =
    "exact = all(log[i] == (i, 'T', 'tick %d' % i, [i] * 3, {'k': i}) for i in range(N))\n";

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    tern_irq_info info;
    struct itimerval tv;
    struct sigaction sa;
    int id, id2;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = sizeof heap.bytes;
    cfg.write = capture;
    cfg.irq_levels = 2;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM with 2 interrupt levels");
    if (!vm)
        return check_summary();
    tern_irq_stats(vm, &info);
    check(info.levels == 2 && info.level == 0 && info.runs == 0, "tern_irq_stats: 2 levels, none run");

    check(run(vm, setup) == TERN_OK, "define the callback");
    tern_ensure_slots(vm, 4);
    tern_get_global(vm, "cb", 1);
    tern_set_cstr(vm, 2, "T");
    id = tern_irq_register(vm, 1, 2);
    check(id >= 0, "tern_irq_register gives an id");
    tern_irq_stats(vm, &info);
    check(info.reserve > 0 && info.reserve_free == info.reserve, "registering set the reserve aside");
    check(tern_irq_set_reserve(vm, 3072) == TERN_OK, "tern_irq_set_reserve(3072)");
    tern_irq_stats(vm, &info);
    check(info.reserve == 3072, "the reserve is 3072 bytes");

    /* a direct call from the main program runs it at once */
    check(tern_irq_hard(vm, id) == TERN_OK && global_int(vm, "count") == 1, "tern_irq_hard runs the callback");

    /* the real thing: SIGALRM every 200 us while the main program churns
     * (under an emulator, qemu-user, whose signals are unreliable: the
     * interrupts come from the loop itself, through a C function) */
    if (getenv("TERN_WRAPPER") && *getenv("TERN_WRAPPER")) {
        printf("     (under %s: no signals, the loop raises the interrupts)\n", getenv("TERN_WRAPPER"));
        tern_register_function(vm, "raise_irq", raise_irq, &id);
        check(run(vm, "while count < N:\n    raise_irq()\n    d = {'k': [count] * 4}\n") == TERN_OK,
              "the main program raises the interrupts itself");
    } else {
    the_vm = vm;
    the_id = id;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    memset(&tv, 0, sizeof tv);
    tv.it_interval.tv_usec = 200;
    tv.it_value.tv_usec = 200;
    setitimer(ITIMER_REAL, &tv, NULL);
    check(run(vm, churn) == TERN_OK, "the main program churns the heap under the interrupts");
    memset(&tv, 0, sizeof tv);
    setitimer(ITIMER_REAL, &tv, NULL);
    the_id = -1;
    }

    check(global_int(vm, "count") == 2000, "2000 callbacks recorded");
    check(run(vm, verify) == TERN_OK && tern_get_global(vm, "exact", 0) == TERN_OK &&
          tern_type_of(vm, 0) == TERN_T_BOOL, "verify");
    {
        int b = 0;
        tern_get_bool(vm, 0, &b);
        check(b, "every record exact (tuple, str, list, dict made in the callback)");
    }
    tern_irq_stats(vm, &info);
    printf("     signals %d, runs %u, deferred %u, reserve refusals %u, oom retries %d\n", (int)signals,
           (unsigned)info.runs, (unsigned)info.deferred, (unsigned)info.failed_allocations,
           (int)global_int(vm, "oom"));
    check(info.level == 0 && info.runs >= 2000, "back at level 0, every run counted");
    check(err_len == 0, "nothing printed to stderr");

    /* an exception escaping a callback is printed, and goes no further */
    check(run(vm, "def bad(x):\n    raise KeyError('escaped')\n") == TERN_OK, "a failing callback");
    tern_get_global(vm, "bad", 1);
    tern_set_none(vm, 2);
    id2 = tern_irq_register(vm, 1, 2);
    check(id2 >= 0 && id2 != id, "a second id");
    err_len = 0;
    check(tern_irq_hard(vm, id2) == TERN_OK && strstr(err, "KeyError: 'escaped'") && strstr(err, "in bad"),
          "its traceback is printed");
    check(run(vm, "ok = 1\n") == TERN_OK, "the VM goes on");

    /* a soft interrupt runs at the next safe point of the main program */
    check(run(vm, "soft = []\ndef on_soft(x):\n    soft.append(x)\n") == TERN_OK, "a soft callback");
    tern_get_global(vm, "on_soft", 1);
    tern_set_int(vm, 2, 7);
    id2 = tern_irq_register(vm, 1, 2);
    check(tern_irq_soft(vm, id2) == TERN_OK && tern_irq_soft(vm, id2) == TERN_OK, "tern_irq_soft, twice");
    check(run(vm, "got = list(soft)\n") == TERN_OK && run(vm, "assert got == [7], got\n") == TERN_OK,
          "it ran once (two raises before it ran), before the next run's first instruction");
    tern_irq_unregister(vm, id2);
    check(tern_irq_soft(vm, 77) == TERN_ERROR && tern_irq_soft(NULL, 0) == TERN_ERROR, "tern_irq_soft: bad id, NULL");

    /* unregister, misuse */
    check(tern_irq_unregister(vm, id2) == TERN_OK, "unregister");
    err_len = 0;
    check(tern_irq_hard(vm, id2) == TERN_OK && err_len == 0, "an unregistered id runs nothing");
    check(tern_irq_hard(vm, 40) == TERN_ERROR && tern_irq_hard(vm, -1) == TERN_ERROR, "bad ids refused");
    check(tern_irq_unregister(vm, 99) == TERN_ERROR, "unregister a bad id: error");
    check(tern_irq_register(vm, 1, 77) == -1 && strcmp(tern_error_type(vm), "SystemError") == 0,
          "register with a slot out of range: SystemError");
    check(tern_irq_hard(NULL, 0) == TERN_ERROR && tern_irq_register(NULL, 0, 0) == -1 &&
          tern_irq_unregister(NULL, 0) == TERN_ERROR && tern_irq_set_reserve(NULL, 10) == TERN_ERROR,
          "NULL vm");
    tern_close(vm);

    /* a VM without interrupt levels refuses */
    cfg.irq_levels = 0;
    vm = tern_open(&cfg);
    tern_ensure_slots(vm, 2);
    tern_eval(vm, "print", 0);
    check(tern_irq_register(vm, 0, 1) == -1 && strcmp(tern_error_type(vm), "RuntimeError") == 0,
          "without irq_levels: RuntimeError");
    tern_close(vm);
    return check_summary();
}
