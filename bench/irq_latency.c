/* SPDX-License-Identifier: MIT */
/*
 * irq_latency.c — how long a hard callback waits, and what it costs
 * (issue 6; the figures in docs/interrupts.md, "Measured").
 *
 * A POSIX timer (timer_create, CLOCK_MONOTONIC) sends SIGALRM every
 * PERIOD_US microseconds. The signal handler takes a timestamp and calls
 * tern_irq_hard; the Python callback's first statement calls stamp(), a C
 * function that takes the second timestamp. The difference is the latency
 * from the signal handler to the callback's first bytecode (plus one
 * global lookup and one call of a C function, a few tens of ns).
 *
 * Only one measurement is outstanding at a time: a signal that arrives
 * while the previous one's callback has not stamped yet (it is waiting for
 * a collection to end) does not call tern_irq_hard and is counted as
 * "skipped". Tern would run such a pair once anyway (pending interrupts are
 * a bit per handler), so each sample is the wait of the first signal of a
 * group: the longer one.
 *
 * Scenarios:
 *   1. the main program does integer arithmetic (nothing allocated, so no
 *      collection can be under way): the direct path;
 *   2. the main program churns a heap with several MiB live, so signals
 *      land inside collections and wait for their end (tern_irq_stats
 *      counts them as deferred; the handler tells each sample's kind);
 *   3. the cost of one callback, timed in the handler around tern_irq_hard
 *      (only the calls that ran at once): one that does nothing, and one
 *      that builds a tuple, a str, a list and a dict and raises and
 *      catches an exception (and, for scale, scenario 1's, which calls
 *      a C function).
 *
 * Times vary with the machine (and a shared VM's neighbours: the worst
 * case includes the host descheduling us); the medians less so.
 *
 *   make build/bench/irq_latency && build/bench/irq_latency [samples]
 */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime, timer_create, sigaction */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tern.h"

#define PERIOD_US 300
#define MAX_SAMPLES 50000
#define TIME_LIMIT_S 20.0           /* per scenario, in case a scenario is slow */
#define HEAP_SIZE (16 * 1024 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

/* ---- clock ---- */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);    /* async-signal-safe */
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* This thread's CPU time: a latency much longer than the CPU time spent in
 * it means the host ran something else meanwhile (a shared VM). */
static long long cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static double port_clock(void *ud, int which) {
    (void)ud, (void)which;
    return (double)now_ns() * 1e-9;         /* gives the collector its pause figures */
}

static void discard(void *ud, int fd, const char *d, size_t n) {
    (void)ud;
    if (fd == 2)
        fwrite(d, 1, n, stderr);            /* an escaping exception is a bug here: show it */
}

/* ---- what the signal handler and stamp() share ---- */

enum { MODE_OFF, MODE_LATENCY, MODE_COST };

static tern_vm *the_vm;
static volatile sig_atomic_t mode = MODE_OFF;
static volatile sig_atomic_t the_id = -1;
static volatile sig_atomic_t waiting;       /* a signal's stamp is outstanding */
static volatile sig_atomic_t was_deferred;  /* ... and tern_irq_hard deferred it */
static volatile long long t_signal, c_signal;
static volatile long signals, skipped, nsamples, target = 20000;
static long long start_ns;

static long long lat[MAX_SAMPLES];          /* latency samples, ns */
static unsigned char lat_deferred[MAX_SAMPLES];
static long long off_cpu[MAX_SAMPLES];      /* latency minus CPU time, ns */

static void on_alarm(int sig) {
    tern_irq_info a, b;
    long long t0;
    (void)sig;
    signals = signals + 1;
    if (the_id < 0 || mode == MODE_OFF || nsamples >= target)
        return;
    if (mode == MODE_LATENCY) {
        if (waiting) {
            skipped = skipped + 1;
            return;
        }
        tern_irq_stats(the_vm, &a);
        waiting = 1;
        was_deferred = 0;
        c_signal = cpu_ns();    /* outside the timed interval: it is a system call */
        t_signal = now_ns();
        tern_irq_hard(the_vm, the_id);
        tern_irq_stats(the_vm, &b);
        if (b.deferred != a.deferred)
            was_deferred = 1;   /* stamp() runs later, at the end of the section */
    } else {
        /* the cost of a whole callback: only the calls that run at once */
        tern_irq_stats(the_vm, &a);
        t0 = now_ns();
        tern_irq_hard(the_vm, the_id);
        t0 = now_ns() - t0;
        tern_irq_stats(the_vm, &b);
        if (b.deferred == a.deferred && nsamples < MAX_SAMPLES) {
            lat[nsamples] = t0;
            nsamples = nsamples + 1;
        } else
            skipped = skipped + 1;
    }
}

/* stamp(): the callback's first statement. */
static int c_stamp(tern_vm *vm, int nargs, void *ud) {
    long long t1 = now_ns(), c1;
    (void)nargs, (void)ud;
    if (mode == MODE_LATENCY && waiting && nsamples < MAX_SAMPLES) {
        c1 = cpu_ns();
        lat[nsamples] = t1 - t_signal;
        off_cpu[nsamples] = (t1 - t_signal) - (c1 - c_signal);
        lat_deferred[nsamples] = (unsigned char)was_deferred;
        nsamples = nsamples + 1;
        waiting = 0;
    }
    return tern_set_none(vm, 0);
}

/* done(): the main program's loop condition. */
static int c_done(tern_vm *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    return tern_set_bool(vm, 0, nsamples >= target || (now_ns() - start_ns) * 1e-9 > TIME_LIMIT_S);
}

/* ---- the timer ---- */

static timer_t timer;

static void timer_start(void) {
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    its.it_interval.tv_nsec = PERIOD_US * 1000L;
    its.it_value.tv_nsec = PERIOD_US * 1000L;
    timer_settime(timer, 0, &its, NULL);
}

static void timer_stop(void) {
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    timer_settime(timer, 0, &its, NULL);
}

/* ---- statistics ---- */

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

#define ALL (1LL << 62)
#define OFF_CPU_NS 20000    /* latency - CPU time above this: the host ran something else */

/* Median, 99th percentile and worst of the samples whose deferred flag is
 * `which` (-1: all) and whose value is in [lo, hi) ns, in microseconds. */
static void report(const char *what, int which, long long lo, long long hi) {
    static long long v[MAX_SAMPLES];
    long i, n = 0, off = 0, worst_at = 0;
    long long worst_on = 0;
    for (i = 0; i < nsamples; i++)
        if ((which < 0 || lat_deferred[i] == which) && lat[i] >= lo && lat[i] < hi) {
            v[n++] = lat[i];
            if (lat[i] > lat[worst_at] || (n == 1))
                worst_at = i;
            if (off_cpu[i] > OFF_CPU_NS)
                off++;
            else if (lat[i] > worst_on)
                worst_on = lat[i];
        }
    if (!n) {
        printf("  %-28s none\n", what);
        return;
    }
    qsort(v, (size_t)n, sizeof v[0], cmp_ll);
    printf("  %-28s n=%6ld  median %8.2f us  p99 %8.2f us  worst %8.2f us"
           " (sample %ld)\n"
           "  %-28s (%ld off the CPU > %d us; worst of the others %.2f us)\n", what, n,
           v[n / 2] / 1e3, v[(n * 99) / 100] / 1e3, v[n - 1] / 1e3, worst_at, "", off, OFF_CPU_NS / 1000, worst_on / 1e3);
}


static long deferred_samples(void) {
    long i, n = 0;
    for (i = 0; i < nsamples; i++)
        n += lat_deferred[i];
    return n;
}

static long long median_ns(void) {
    long n = nsamples;
    if (!n)
        return -1;
    qsort(lat, (size_t)n, sizeof lat[0], cmp_ll);
    return lat[n / 2];
}

/* ---- the VM ---- */

static int run(tern_vm *vm, const char *src) {
    int st = tern_run_source(vm, src, strlen(src), "irq_latency.py", TERN_MODE_FILE);
    if (st != TERN_OK)
        fprintf(stderr, "irq_latency: %s\n", tern_error_text(vm));
    return st;
}

static tern_vm *open_vm(void) {
    tern_config cfg;
    tern_vm *vm;
    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = sizeof heap.bytes;
    cfg.write = discard;
    cfg.clock = port_clock;
    cfg.irq_levels = 2;
    vm = tern_open(&cfg);
    if (!vm) {
        fprintf(stderr, "irq_latency: tern_open failed\n");
        exit(1);
    }
    tern_register_function(vm, "stamp", c_stamp, NULL);
    tern_register_function(vm, "done", c_done, NULL);
    return vm;
}

/* Register the global `name` as the hard callback (argument None). */
static int register_cb(tern_vm *vm, const char *name) {
    int id;
    tern_ensure_slots(vm, 2);
    tern_get_global(vm, name, 0);
    tern_set_none(vm, 1);
    id = tern_irq_register(vm, 0, 1);
    if (id < 0) {
        fprintf(stderr, "irq_latency: tern_irq_register: %s\n", tern_error_text(vm));
        exit(1);
    }
    return id;
}

/* Run `main_src` with interrupts on until `target` samples are taken. */
static void measure(tern_vm *vm, int id, int m, const char *main_src) {
    nsamples = 0;
    signals = 0;
    skipped = 0;
    waiting = 0;
    the_vm = vm;
    the_id = id;
    mode = m;
    start_ns = now_ns();
    timer_start();
    run(vm, main_src);
    timer_stop();
    mode = MODE_OFF;
    the_id = -1;
}

static void show_stats(tern_vm *vm, const tern_irq_info *before) {
    tern_irq_info st;
    tern_gc_stats gs;
    tern_irq_stats(vm, &st);
    tern_gc_info(vm, &gs);
    printf("  signals %ld, skipped %ld, callbacks run %lu (deferred %lu), reserve refusals %lu\n",
           (long)signals, (long)skipped, (unsigned long)(st.runs - before->runs),
           (unsigned long)(st.deferred - before->deferred),
           (unsigned long)(st.failed_allocations - before->failed_allocations));
    printf("  heap: %lu collections, last pause %lu us, longest %lu us, %lu live objects\n",
           (unsigned long)gs.collections, gs.pause_last_us, gs.pause_max_us,
           (unsigned long)gs.live_objects);
}

static const char cb_stamp[] =
    "def cb(a):\n"
    "    stamp()\n";

/* No allocation in the loop: small ints, local variables. */
static const char int_loop[] =
    "def work():\n"
    "    x = 1\n"
    "    while not done():\n"
    "        j = 0\n"
    "        while j < 2000:\n"
    "            x = (x * 75 + 74) % 65537\n"
    "            j += 1\n"
    "    return x\n"
    "work()\n";

/* Several MiB live, and churn: tuples, strs and lists replaced at random
 * in a big list, plus garbage. */
static const char build_live[] =
    "LIVE = 25000\n"
    "live = [None] * LIVE\n"
    "for i in range(LIVE):\n"
    "    live[i] = ('item %d' % i, [i, i + 1, i + 2], {'k': i})\n";

static const char churn[] =
    "def work():\n"
    "    k = 0\n"
    "    while not done():\n"
    "        for j in range(500):\n"
    "            k += 1\n"
    "            live[(k * 7919) % LIVE] = ('item %d' % k, [k, k + 1, k + 2], {'k': k})\n"
    "            g = [k] * 16\n"
    "work()\n";

static const char cb_nop[] =
    "def nop(a):\n"
    "    pass\n";

static const char cb_alloc[] =
    "oom = 0\n"
    "def alloc(a):\n"
    "    global oom\n"
    "    try:\n"
    "        t = (a, 'tick %d' % 7, [1, 2, 3], {'k': 1})\n"
    "        try:\n"
    "            raise ValueError(7)\n"
    "        except ValueError as e:\n"
    "            pass\n"
    "    except MemoryError:\n"
    "        oom += 1\n";

/* `live`: with scenario 2's several MiB live (the main program still only
 * does integer arithmetic), to see what the collections that a spent
 * reserve asks for cost the main program. */
static void cost(const char *name, const char *src, int live, size_t reserve) {
    tern_vm *vm = open_vm();
    tern_irq_info before, after;
    tern_gc_stats g0, g1;
    int id;
    long long clk, t;
    run(vm, src);
    if (live)
        run(vm, build_live);
    id = register_cb(vm, name);
    if (reserve)
        tern_irq_set_reserve(vm, reserve);
    /* one call from the main program: what it takes from the reserve */
    tern_irq_stats(vm, &before);
    tern_irq_hard(vm, id);
    tern_irq_stats(vm, &after);
    tern_gc_collect(vm);
    tern_irq_stats(vm, &before);
    tern_gc_info(vm, &g0);
    t = now_ns();
    measure(vm, id, MODE_COST, int_loop);
    t = now_ns() - t;
    tern_gc_info(vm, &g1);
    clk = median_ns();
    printf("\n  callback %-6s%s median %6lld ns per call, %lu bytes from the reserve of %lu"
           " (%ld timed; %ld signals, %ld deferred or past the target)\n",
           name, live ? " (MiBs live)" : "", clk, (unsigned long)(before.reserve_free - after.reserve_free),
           (unsigned long)before.reserve, (long)nsamples, (long)signals, (long)skipped);
    show_stats(vm, &before);
    printf("  collections during the run: %lu, %.1f%% of the time (%.2f ms of %.2f s)\n",
           (unsigned long)(g1.collections - g0.collections),
           100.0 * (double)(g1.pause_total_us - g0.pause_total_us) / (t / 1e3),
           (g1.pause_total_us - g0.pause_total_us) / 1e3, t / 1e9);
    tern_close(vm);
}

int main(int argc, char **argv) {
    struct sigevent sev;
    struct sigaction sa;
    tern_vm *vm;
    tern_irq_info before;
    tern_gc_stats gs;
    int id, i;

    if (argc > 1)
        target = atol(argv[1]);
    if (target < 1 || target > MAX_SAMPLES)
        target = 20000;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGALRM;
    if (timer_create(CLOCK_MONOTONIC, &sev, &timer) != 0) {
        perror("timer_create");
        return 1;
    }

    /* what a timestamp costs, for scale */
    {
        long long t, best = 1LL << 60;
        for (i = 0; i < 100000; i++) {
            t = now_ns();
            t = now_ns() - t;
            if (i < MAX_SAMPLES)
                lat[i] = t;
            if (t < best)
                best = t;
        }
        nsamples = MAX_SAMPLES;
        printf("clock_gettime: median %lld ns between two calls\n", median_ns());
        nsamples = 0;
    }
    printf("timer period %d us, %ld samples per scenario (at most %.0f s each)\n\n", PERIOD_US,
           (long)target, TIME_LIMIT_S);

    /* 1. no collection can be under way */
    vm = open_vm();
    run(vm, cb_stamp);
    id = register_cb(vm, "cb");
    tern_irq_stats(vm, &before);
    measure(vm, id, MODE_LATENCY, int_loop);
    printf("1. signal -> first bytecode, main program in an integer loop:\n");
    report("all", -1, 0, ALL);
    show_stats(vm, &before);
    tern_close(vm);

    /* 2. a churning heap with several MiB live */
    vm = open_vm();
    run(vm, cb_stamp);
    run(vm, build_live);
    tern_gc_collect(vm);
    tern_gc_info(vm, &gs);
    id = register_cb(vm, "cb");
    tern_irq_stats(vm, &before);
    measure(vm, id, MODE_LATENCY, churn);
    printf("\n2. signal -> first bytecode, main program churning %.1f MiB live in a %d MiB heap:\n",
           gs.used / 1048576.0, HEAP_SIZE >> 20);
    report("all", -1, 0, ALL);
    report("ran at once", 0, 0, ALL);
    report("deferred", 1, 0, ALL);
    /* a collection of MiBs takes milliseconds; a dict or table section a
     * few microseconds: the wait tells which one a deferred signal hit */
    report("  waited < 100 us", 1, 0, 100000);
    report("  waited >= 100 us", 1, 100000, ALL);
    printf("  signals that arrived while the previous one waited (skipped) or waited themselves: %.0f%%\n",
           100.0 * (double)(skipped + deferred_samples()) / (double)(signals ? signals : 1));
    show_stats(vm, &before);
    tern_close(vm);

    /* 3. the cost of a callback */
    printf("\n3. the cost of a callback, in the handler around tern_irq_hard (integer loop running):\n");
    cost("nop", cb_nop, 0, 0);
    cost("cb", cb_stamp, 0, 0);         /* scenario 1's: stamp() records nothing in this mode */
    cost("alloc", cb_alloc, 0, 0);
    cost("alloc", cb_alloc, 1, 0);      /* every third callback asks for a collection of MiBs */
    cost("alloc", cb_alloc, 1, 32768);  /* the same with a 32 KiB reserve */
    timer_delete(timer);
    return 0;
}
