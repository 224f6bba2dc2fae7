/* SPDX-License-Identifier: MIT */
/*
 * fs_hooks.c — the file-system hooks of tern_config (tern_fs) as the os
 * module uses them: an embedder's own in-memory answers reach os.getcwd,
 * os.listdir, os.stat and os.path; a buffer too small (ERANGE) is retried
 * larger; without hooks the same calls raise OSError(ENOSYS). Uses only
 * include/tern.h.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (1024 * 1024)

typedef struct capture {
    char text[4096];
    size_t len;
} capture;

static void capture_write(void *ud, int fd, const char *data, size_t len) {
    capture *c = (capture *)ud;
    (void)fd;
    if (len > sizeof c->text - 1 - c->len)
        len = sizeof c->text - 1 - c->len;
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

/* a working directory name longer than the core's first buffer */
static char long_cwd[400];

static int fake_getcwd(void *ud, char *buf, size_t cap) {
    (void)ud;
    if (cap < sizeof long_cwd)
        return ERANGE;
    memcpy(buf, long_cwd, sizeof long_cwd);
    return 0;
}

static int fake_listdir(void *ud, const char *path, char *buf, size_t cap, size_t *len) {
    static const char names[] = "one\0two.txt\0";
    (void)ud;
    if (strcmp(path, "/data") != 0)
        return ENOENT;
    if (cap < sizeof names - 1)
        return ERANGE;
    memcpy(buf, names, sizeof names - 1);
    *len = sizeof names - 1;
    return 0;
}

static int fake_stat(void *ud, const char *path, int follow, tern_stat_result *st) {
    (void)ud;
    (void)follow;
    if (strcmp(path, "/data") == 0) {
        st->mode = 0040755;
        return 0;
    }
    if (strcmp(path, "/data/two.txt") == 0) {
        st->mode = 0100644;
        st->size = 42;
        st->mtime = 1e9;
        return 0;
    }
    return ENOENT;
}

/* mkdir, rmdir and chdir are left out: they raise ENOSYS */
static const tern_fs fake_fs = { fake_getcwd, NULL, NULL, NULL, fake_listdir, fake_stat };

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static int run(const tern_fs *fs, capture *out, const char *src) {
    tern_config cfg;
    tern_vm *vm;
    int st;
    tern_config_init(&cfg);
    cfg.heap = &heap;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = capture_write;
    cfg.user_data = out;
    cfg.fs = fs;
    out->len = 0;
    out->text[0] = '\0';
    vm = tern_open(&cfg);
    if (!vm)
        return -1;
    st = tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
    if (st == TERN_ERROR)
        printf("%s", tern_error_text(vm));
    tern_close(vm);
    return st;
}

int main(void) {
    capture out;
    int st;
    char expect[512];
    memset(long_cwd, 'd', sizeof long_cwd - 1);
    long_cwd[0] = '/';

    st = run(&fake_fs, &out, "import os\nprint(len(os.getcwd()), os.getcwd()[:3])\n");
    snprintf(expect, sizeof expect, "%d /dd\n", (int)sizeof long_cwd - 1);
    check(st == TERN_OK && strcmp(out.text, expect) == 0, "getcwd retried after ERANGE");

    st = run(&fake_fs, &out, "import os\nprint(os.listdir('/data'))\n");
    check(st == TERN_OK && strcmp(out.text, "['one', 'two.txt']\n") == 0, "listdir");

    st = run(&fake_fs, &out,
             "import os\ns = os.stat('/data/two.txt')\n"
             "print(s.st_size, s.st_mtime, os.path.getsize('/data/two.txt'))\n"
             "print(os.path.isdir('/data'), os.path.isfile('/data/two.txt'), os.path.exists('/nope'))\n");
    check(st == TERN_OK && strcmp(out.text, "42 1000000000.0 42\nTrue True False\n") == 0, "stat and os.path");

    st = run(&fake_fs, &out,
             "import os, errno\ntry:\n    os.listdir('/nope')\nexcept FileNotFoundError as e:\n    print(e.errno, e.filename)\n"
             "try:\n    os.mkdir('/x')\nexcept OSError as e:\n    print(e.errno == errno.ENOSYS)\n");
    check(st == TERN_OK && strcmp(out.text, "2 /nope\nTrue\n") == 0, "errors from the hooks, ENOSYS for missing ones");

    st = run(NULL, &out,
             "import os, errno\nfor f in (os.getcwd, lambda: os.listdir('.'), lambda: os.stat('.')):\n"
             "    try:\n        f()\n    except OSError as e:\n        print(e.errno == errno.ENOSYS)\n"
             "print(os.path.exists('/nonexistent/file'))\n");
    check(st == TERN_OK && strcmp(out.text, "True\nTrue\nTrue\nFalse\n") == 0, "no hooks: OSError(ENOSYS), os.path by opening");

    return check_summary();
}
