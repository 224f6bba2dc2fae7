/* SPDX-License-Identifier: MIT */
/*
 * machine.c — the Unix port's `_machine` module: POSIX timers whose signal
 * is the interrupt. Each timer's handler id (tern_irq_register) travels
 * in the signal's value; the signal handler raises it as a hard callback
 * (tern_irq_hard: the Python function runs inside the handler, and may
 * allocate from the ISR reserve) or queues it as a soft one
 * (tern_irq_soft). lib/machine.py builds machine.Timer on it.
 *
 * The port runs one VM, so the module keeps its timers in a static table:
 * this is port code, not the core (which has no globals).
 */
#define _XOPEN_SOURCE 700   /* sigaltstack, SA_ONSTACK; POSIX timers */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include "tern.h"
#include "port.h"

#define MAX_TIMERS 16

typedef struct unix_timer {
    timer_t timer;
    int id;             /* the VM's handler id */
    int hard;
    int used;
} unix_timer;

static unix_timer timers[MAX_TIMERS];
static tern_vm *timers_vm;
static int handler_installed;
/* the handler runs on a stack of its own: a callback may start deep in
 * the main program's C recursion */
static union { double align; char bytes[256 * 1024]; } alt_stack;

static void on_timer(int sig, siginfo_t *si, void *uc) {
    int k = si->si_value.sival_int, saved = errno;
    (void)sig, (void)uc;
    if (k >= 0 && k < MAX_TIMERS && timers[k].used && timers_vm) {
        if (timers[k].hard)
            tern_irq_hard(timers_vm, timers[k].id);
        else
            tern_irq_soft(timers_vm, timers[k].id);
    }
    errno = saved;
}

static int install(tern_vm *vm) {
    struct sigaction sa;
    stack_t ss;
    if (handler_installed)
        return TERN_OK;
    ss.ss_sp = alt_stack.bytes;
    ss.ss_size = sizeof alt_stack.bytes;
    ss.ss_flags = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_timer;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
    if (sigaltstack(&ss, NULL) != 0 || sigaction(SIGRTMIN, &sa, NULL) != 0)
        return tern_raise_error(vm, "OSError", "cannot install the timer signal handler");
    handler_installed = 1;
    return TERN_OK;
}

/* _machine.timer_start(period_us, periodic, callback, arg, hard) -> handle */
static int m_timer_start(tern_vm *vm, int nargs, void *ud) {
    int64_t period, periodic, hard;
    struct sigevent sev;
    struct itimerspec its;
    int k, id;
    (void)ud;
    if (nargs != 5)
        return tern_raise_error(vm, "TypeError", "timer_start(period_us, periodic, callback, arg, hard)");
    if (tern_get_int(vm, 1, &period) != TERN_OK || tern_get_int(vm, 2, &periodic) != TERN_OK ||
        tern_get_int(vm, 5, &hard) != TERN_OK)
        return TERN_ERROR;
    if (period <= 0)
        return tern_raise_error(vm, "ValueError", "timer period must be positive");
    for (k = 0; k < MAX_TIMERS && timers[k].used; k++)
        ;
    if (k == MAX_TIMERS)
        return tern_raise_error(vm, "OSError", "too many timers");
    if (install(vm) != TERN_OK)
        return TERN_ERROR;
    id = tern_irq_register(vm, 3, 4);
    if (id < 0)
        return TERN_ERROR;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN;
    sev.sigev_value.sival_int = k;
    if (timer_create(CLOCK_MONOTONIC, &sev, &timers[k].timer) != 0) {
        tern_irq_unregister(vm, id);
        return tern_raise_error(vm, "OSError", "timer_create failed");
    }
    timers[k].id = id;
    timers[k].hard = hard != 0;
    timers_vm = vm;
    timers[k].used = 1;
    memset(&its, 0, sizeof its);
    its.it_value.tv_sec = (time_t)(period / 1000000);
    its.it_value.tv_nsec = (long)(period % 1000000) * 1000;
    if (periodic)
        its.it_interval = its.it_value;
    if (timer_settime(timers[k].timer, 0, &its, NULL) != 0) {
        timers[k].used = 0;
        timer_delete(timers[k].timer);
        tern_irq_unregister(vm, id);
        return tern_raise_error(vm, "OSError", "timer_settime failed");
    }
    return tern_set_int(vm, 0, k);
}

/* _machine.timer_stop(handle) */
static int m_timer_stop(tern_vm *vm, int nargs, void *ud) {
    int64_t k;
    (void)ud;
    if (nargs != 1 || tern_get_int(vm, 1, &k) != TERN_OK)
        return nargs != 1 ? tern_raise_error(vm, "TypeError", "timer_stop(handle)") : TERN_ERROR;
    if (k < 0 || k >= MAX_TIMERS || !timers[k].used)
        return TERN_OK;
    timer_delete(timers[k].timer);      /* no more signals from it */
    timers[k].used = 0;
    tern_irq_unregister(vm, timers[k].id);
    return TERN_OK;
}

static const tern_function_def machine_functions[] = {
    { "timer_start", m_timer_start },
    { "timer_stop", m_timer_stop },
    { NULL, NULL }
};

int port_define_machine(tern_vm *vm) {
    tern_module_def def;
    memset(&def, 0, sizeof def);
    def.name = "_machine";
    def.functions = machine_functions;
    return tern_define_module(vm, &def);
}

void port_stop_timers(void) {
    int k;
    for (k = 0; k < MAX_TIMERS; k++)
        if (timers[k].used) {
            timer_delete(timers[k].timer);
            timers[k].used = 0;
        }
    timers_vm = NULL;
}
