/* SPDX-License-Identifier: MIT */
/*
 * multi.c — the `tern-multi` command: many programs, each in its own VM
 * with its own heap, in one process (docs/timeslicing.md).
 *
 *   tern-multi [--budget N] [--threads] [--heap BYTES] --out DIR prog1.py ...
 *
 * Without --threads every VM runs in the calling thread, round-robin, N
 * bytecode instructions per turn (tern_set_budget / tern_resume); with
 * --threads each VM runs in a POSIX thread of its own (still in slices of
 * N, resumed at once). Program i writes its output to DIR/i.out and its
 * stderr, with an uncaught exception's traceback, to DIR/i.err (made only
 * if there is any); i counts from 1. Exit status 0 only if every program
 * succeeded; 2 for a usage error. The VMs share the process: os.chdir in
 * one moves them all. An embedder using only include/tern.h and port.h;
 * compiles as C and C++.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tern.h"
#include "port.h"

#define DEFAULT_HEAP ((size_t)8 * 1024 * 1024)
#define DEFAULT_BUDGET 1000UL

typedef struct prog {
    int index;              /* from 1: names DIR/index.out and .err */
    const char *path;       /* as given (sys.argv[0]) */
    char *abs, *dir;        /* absolute path (__file__), its directory (sys.path[0]) */
    char *src;
    size_t len;
    void *heap;
    tern_vm *vm;
    FILE *out, *err;
    const char *outdir;
    int status;             /* TERN_* of the last run or resume */
    int rc;                 /* the exit status it would have alone */
    unsigned long budget;
} prog;

static void prog_write(void *ud, int fd, const char *data, size_t len)
{
    prog *p = (prog *)ud;
    FILE **f = fd == 2 ? &p->err : &p->out;
    if (*f == NULL) {
        char name[4096];
        snprintf(name, sizeof name, "%s/%d.%s", p->outdir, p->index, fd == 2 ? "err" : "out");
        *f = fopen(name, "wb");
        if (*f == NULL)
            return;
    }
    fwrite(data, 1, len, *f);
}

static size_t prog_read(void *ud, char *buf, size_t cap)
{
    (void)ud, (void)buf, (void)cap;
    return 0;               /* no input: every program reads end of file */
}

/* After the last run or resume: the exit status the program would have
 * alone, its traceback written out. */
static void prog_finish(prog *p)
{
    if (p->status == TERN_ERROR) {
        const char *t = tern_error_text(p->vm);
        prog_write(p, 2, t, strlen(t));
        p->rc = 1;
    } else if (p->status == TERN_EXIT) {
        p->rc = tern_exit_code(p->vm);
    } else {
        p->rc = 0;
    }
}

static void *prog_thread(void *ud)
{
    prog *p = (prog *)ud;
    p->status = tern_run_budget(p->vm, p->src, p->len, p->abs, TERN_MODE_FILE, p->budget);
    while (p->status == TERN_YIELD)
        p->status = tern_resume(p->vm);
    prog_finish(p);
    return NULL;
}

static int usage(const char *what)
{
    fprintf(stderr, "tern-multi: %s\nusage: tern-multi [--budget N] [--threads] [--heap BYTES] "
            "--out DIR prog1.py [prog2.py ...]\n", what);
    return 2;
}

/* A size: decimal digits with an optional k or m suffix (KiB, MiB). */
static int parse_count(const char *s, unsigned long *out)
{
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno || end == s)
        return 0;
    if (*end == 'k' || *end == 'K')
        v *= 1024, end++;
    else if (*end == 'm' || *end == 'M')
        v *= 1024 * 1024, end++;
    if (*end)
        return 0;
    *out = v;
    return 1;
}

static int open_prog(prog *p, size_t heap_size)
{
    tern_config cfg;
    char *slash;
    p->src = read_file(p->path, &p->len);
    if (p->src == NULL) {
        fprintf(stderr, "tern-multi: can't open file '%s': [Errno %d] %s\n", p->path, errno,
                strerror(errno));
        return 0;
    }
    p->abs = absolute_path(p->path, 0);
    p->dir = absolute_path(p->path, 1);
    if (p->abs == NULL || p->dir == NULL)
        return 0;
    slash = strrchr(p->dir, '/');
    if (slash == p->dir)
        slash[1] = 0;
    else if (slash != NULL)
        *slash = 0;
    p->heap = malloc(heap_size);
    if (p->heap == NULL)
        return 0;
    tern_config_init(&cfg);
    cfg.heap = p->heap;
    cfg.heap_size = heap_size;
    cfg.write = prog_write;
    cfg.read = prog_read;
    cfg.load = port_load;
    cfg.release = port_release;
    cfg.clock = port_clock;
    cfg.sleep = port_sleep;
    cfg.fs = &port_fs;
    cfg.user_data = p;
    cfg.argc = 1;
    cfg.argv = &p->path;
    cfg.path0 = p->dir;
    p->vm = tern_open(&cfg);
    if (p->vm == NULL) {
        fprintf(stderr, "tern-multi: heap of %zu bytes is too small\n", heap_size);
        return 0;
    }
    {
        /* a fresh i.out (empty if the program prints nothing), no stale i.err */
        char name[4096];
        snprintf(name, sizeof name, "%s/%d.err", p->outdir, p->index);
        unlink(name);
        snprintf(name, sizeof name, "%s/%d.out", p->outdir, p->index);
        p->out = fopen(name, "wb");
        if (p->out == NULL) {
            fprintf(stderr, "tern-multi: can't write '%s': %s\n", name, strerror(errno));
            return 0;
        }
    }
    return 1;
}

/* Close every VM opened and free everything; returns rc. */
static int close_all(prog *progs, int n, int rc)
{
    int i;
    for (i = 0; i < n; i++) {
        prog *p = &progs[i];
        if (p->vm)
            tern_close(p->vm);
        if (p->out)
            fclose(p->out);
        if (p->err)
            fclose(p->err);
        free(p->heap);
        free(p->src);
        free(p->abs);
        free(p->dir);
    }
    free(progs);
    return rc;
}

int main(int argc, char **argv)
{
    unsigned long budget = DEFAULT_BUDGET, heap = DEFAULT_HEAP;
    const char *outdir = NULL;
    int threads = 0, i, n, first = 0, rc = 0, running;
    prog *progs;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--budget") == 0 && i + 1 < argc) {
            if (!parse_count(argv[++i], &budget))
                return usage("bad --budget");
        } else if (strcmp(a, "--heap") == 0 && i + 1 < argc) {
            if (!parse_count(argv[++i], &heap))
                return usage("bad --heap");
        } else if (strcmp(a, "--out") == 0 && i + 1 < argc) {
            outdir = argv[++i];
        } else if (strcmp(a, "--threads") == 0) {
            threads = 1;
        } else if (a[0] == '-' && a[1] == '-') {
            return usage("unknown option");
        } else {
            first = i;
            break;
        }
    }
    if (outdir == NULL || first == 0)
        return usage("--out DIR and at least one program are needed");
    n = argc - first;
    progs = (prog *)calloc((size_t)n, sizeof *progs);
    if (progs == NULL)
        return 1;
    for (i = 0; i < n; i++) {
        progs[i].index = i + 1;
        progs[i].path = argv[first + i];
        progs[i].outdir = outdir;
        progs[i].budget = budget;
    }
    /* every exit after this point goes through close_all, so that even a
     * failed start gives back all it took (the leak check runs this) */
    for (i = 0; i < n; i++)
        if (!open_prog(&progs[i], (size_t)heap))
            return close_all(progs, n, 1);

    if (threads) {
        pthread_t *t = (pthread_t *)calloc((size_t)n, sizeof *t);
        int started;
        if (t == NULL)
            return close_all(progs, n, 1);
        for (started = 0; started < n; started++)
            if (pthread_create(&t[started], NULL, prog_thread, &progs[started]) != 0) {
                fprintf(stderr, "tern-multi: can't start a thread\n");
                rc = 1;
                break;
            }
        for (i = 0; i < started; i++)
            pthread_join(t[i], NULL);
        free(t);
        if (rc)
            return close_all(progs, n, rc);
    } else {
        /* round-robin: each VM runs one slice per turn */
        for (i = 0; i < n; i++) {
            prog *p = &progs[i];
            p->status = tern_run_budget(p->vm, p->src, p->len, p->abs, TERN_MODE_FILE, budget);
            if (p->status != TERN_YIELD)
                prog_finish(p);
        }
        do {
            running = 0;
            for (i = 0; i < n; i++) {
                prog *p = &progs[i];
                if (p->status != TERN_YIELD)
                    continue;
                p->status = tern_resume(p->vm);
                if (p->status == TERN_YIELD)
                    running = 1;
                else
                    prog_finish(p);
            }
        } while (running);
    }

    for (i = 0; i < n; i++)
        if (progs[i].rc != 0)
            rc = 1;
    return close_all(progs, n, rc);
}
