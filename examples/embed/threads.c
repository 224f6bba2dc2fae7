/* SPDX-License-Identifier: MIT */
/*
 * threads.c — one VM per POSIX thread. Tern has no global state: each VM
 * is a block of memory the host gives it, so four threads can each run
 * their own interpreter at the same time without any lock. The main
 * thread then asks a fifth VM, stuck in an endless loop, to stop
 * (tern_request_stop may be called from any thread): it ends with a
 * KeyboardInterrupt. Each VM's output is collected apart.
 *
 *   make build/examples/threads && build/examples/threads
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tern.h"

#define NTHREADS 4
#define BLOCK (256 * 1024)

typedef struct job {
    int n;              /* which thread: the script computes with it */
    tern_vm *vm;
    void *block;
    const char *src;
    int status;
    char out[256];
    size_t len;
} job;

/* The fifth VM says when it is in its loop (its first output). */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t looping = PTHREAD_COND_INITIALIZER;

static void write_out(void *ud, int fd, const char *data, size_t len) {
    job *j = (job *)ud;
    (void)fd;
    pthread_mutex_lock(&lock);
    if (len > sizeof j->out - 1 - j->len)
        len = sizeof j->out - 1 - j->len;
    memcpy(j->out + j->len, data, len);
    j->len += len;
    pthread_cond_signal(&looping);
    pthread_mutex_unlock(&lock);
}

static int open_vm(job *j) {
    tern_config cfg;
    tern_config_init(&cfg);
    cfg.heap = j->block = malloc(BLOCK);
    cfg.heap_size = BLOCK;
    cfg.write = write_out;
    cfg.user_data = j;
    j->vm = cfg.heap ? tern_open(&cfg) : NULL;
    return j->vm != NULL;
}

static void *run(void *arg) {
    job *j = (job *)arg;
    char src[512];
    snprintf(src, sizeof src,
             "n = %d\n"
             "total = 0\n"
             "for i in range(20000):\n"
             "    total = (total + i * n) %% 1000003\n"
             "print('thread', n, 'total', total, 'squares', [k * k for k in range(n + 2)])\n",
             j->n);
    j->status = tern_run_source(j->vm, j->src ? j->src : src, strlen(j->src ? j->src : src), "<thread>",
                                TERN_MODE_FILE);
    return NULL;
}

int main(void) {
    static job jobs[NTHREADS + 1];
    pthread_t tid[NTHREADS + 1];
    int i, ok = 1;
    struct timespec pause = { 0, 50 * 1000 * 1000 };
    for (i = 0; i <= NTHREADS; i++) {
        jobs[i].n = i + 1;
        if (!open_vm(&jobs[i])) {
            fprintf(stderr, "cannot open VM %d\n", i + 1);
            return 1;
        }
    }
    /* the fifth VM loops until stopped from outside */
    jobs[NTHREADS].src = "print('looping')\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('stopped')\n    raise\n";
    for (i = 0; i <= NTHREADS; i++)
        if (pthread_create(&tid[i], NULL, run, &jobs[i]) != 0) {
            fprintf(stderr, "cannot start thread %d\n", i + 1);
            return 1;
        }
    for (i = 0; i < NTHREADS; i++)
        pthread_join(tid[i], NULL);
    pthread_mutex_lock(&lock);
    while (jobs[NTHREADS].len == 0)
        pthread_cond_wait(&looping, &lock);
    pthread_mutex_unlock(&lock);
    nanosleep(&pause, NULL);    /* let it spin a little */
    tern_request_stop(jobs[NTHREADS].vm);
    pthread_join(tid[NTHREADS], NULL);
    for (i = 0; i <= NTHREADS; i++) {
        jobs[i].out[jobs[i].len] = 0;
        printf("VM %d: status %d: %s", i + 1, jobs[i].status, jobs[i].out);
    }
    for (i = 0; i < NTHREADS; i++) {
        /* the same as CPython prints for that script alone */
        long total = 0, k;
        char want[256];
        int n = jobs[i].n, m;
        for (k = 0; k < 20000; k++)
            total = (total + k * n) % 1000003;
        m = snprintf(want, sizeof want, "thread %d total %ld squares [", n, total);
        for (k = 0; k < n + 2; k++)
            m += snprintf(want + m, sizeof want - (size_t)m, "%s%ld", k ? ", " : "", k * k);
        snprintf(want + m, sizeof want - (size_t)m, "]\n");
        if (jobs[i].status != TERN_OK || strcmp(jobs[i].out, want) != 0) {
            printf("  expected: %s", want);
            ok = 0;
        }
    }
    if (jobs[NTHREADS].status != TERN_ERROR || strcmp(jobs[NTHREADS].out, "looping\nstopped\n") != 0 ||
        !strstr(tern_error_text(jobs[NTHREADS].vm), "KeyboardInterrupt")) {
        printf("  the stopped VM: %s", tern_error_text(jobs[NTHREADS].vm));
        ok = 0;
    } else {
        printf("  its error: %s", strstr(tern_error_text(jobs[NTHREADS].vm), "KeyboardInterrupt"));
    }
    for (i = 0; i <= NTHREADS; i++) {
        tern_close(jobs[i].vm);
        free(jobs[i].block);
    }
    return ok ? 0 : 1;
}
