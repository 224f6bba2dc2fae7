/* SPDX-License-Identifier: MIT */
/*
 * port.c — the POSIX services of the Unix commands (port.h), shared by
 * main.c (tern) and multi.c (tern-multi). Compiles as C and C++.
 */
#define _POSIX_C_SOURCE 200809L
/* 64-bit inode numbers and sizes on 32-bit builds too: readdir and stat
 * fail with EOVERFLOW otherwise */
#define _FILE_OFFSET_BITS 64

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>

#include "port.h"

/* The time module's clock and sleep (POSIX clock_gettime/nanosleep). */
double port_clock(void *ud, int which) {
    struct timespec ts;
    (void)ud;
    clock_gettime(which == TERN_CLOCK_WALL ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void port_sleep(void *ud, double seconds) {
    struct timespec ts;
    (void)ud;
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* Directories and metadata for the os module (POSIX). */
static int port_getcwd(void *ud, char *buf, size_t cap) {
    (void)ud;
    return getcwd(buf, cap) ? 0 : errno;
}

static int port_chdir(void *ud, const char *path) {
    (void)ud;
    return chdir(path) == 0 ? 0 : errno;
}

static int port_mkdir(void *ud, const char *path, int mode) {
    (void)ud;
    return mkdir(path, (mode_t)mode) == 0 ? 0 : errno;
}

static int port_rmdir(void *ud, const char *path) {
    (void)ud;
    return rmdir(path) == 0 ? 0 : errno;
}

static int port_listdir(void *ud, const char *path, char *buf, size_t cap, size_t *len) {
    DIR *d;
    struct dirent *e;
    size_t n = 0;
    int err = 0;
    (void)ud;
    if (!(d = opendir(path)))
        return errno;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        size_t k = strlen(e->d_name);
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n + k + 1 > cap) {
            err = ERANGE;
            break;
        }
        memcpy(buf + n, e->d_name, k + 1);
        n += k + 1;
    }
    if (!err && errno)
        err = errno;
    closedir(d);
    *len = n;
    return err;
}

static double ts_seconds(struct timespec ts) {
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int port_stat(void *ud, const char *path, int follow, tern_stat_result *out) {
    struct stat st;
    (void)ud;
    if ((follow ? stat(path, &st) : lstat(path, &st)) != 0)
        return errno;
    out->mode = (long long)st.st_mode;
    out->ino = (long long)st.st_ino;
    out->dev = (long long)st.st_dev;
    out->nlink = (long long)st.st_nlink;
    out->uid = (long long)st.st_uid;
    out->gid = (long long)st.st_gid;
    out->size = (long long)st.st_size;
    out->atime = ts_seconds(st.st_atim);
    out->mtime = ts_seconds(st.st_mtim);
    out->ctime = ts_seconds(st.st_ctim);
    return 0;
}

const tern_fs port_fs = {
    port_getcwd, port_chdir, port_mkdir, port_rmdir, port_listdir, port_stat
};

/* Read a whole file into a malloc'ed buffer (NUL-terminated for
 * convenience; *len excludes the NUL). NULL with errno set on failure. */
/* The absolute form of a script path: the working directory joined, as
 * CPython gives the main module's __file__ and its traceback lines; with
 * `normal`, also "." and ".." segments and doubled slashes removed, as in
 * its sys.path[0]. NULL if out of memory or no cwd. */
char *absolute_path(const char *path, int normal) {
    size_t cap = 4096, n, i, o;
    char *buf, *out;
    if (path[0] == '/') {
        buf = strdup(path);
    } else {
        buf = (char *)malloc(cap + strlen(path) + 2);
        if (buf == NULL || getcwd(buf, cap) == NULL) {
            free(buf);
            return NULL;
        }
        n = strlen(buf);
        buf[n++] = '/';
        strcpy(buf + n, path);
    }
    if (buf == NULL || !normal)
        return buf;
    out = (char *)malloc(strlen(buf) + 2);
    if (out == NULL) {
        free(buf);
        return NULL;
    }
    /* copy segment by segment */
    o = 0;
    for (i = 0; buf[i];) {
        size_t j = i, len;
        while (buf[j] == '/')
            j++;
        i = j;
        while (buf[j] && buf[j] != '/')
            j++;
        len = j - i;
        if (len == 0 || (len == 1 && buf[i] == '.')) {
            /* nothing */
        } else if (len == 2 && buf[i] == '.' && buf[i + 1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, buf + i, len);
            o += len;
        }
        i = j;
    }
    if (o == 0)
        out[o++] = '/';
    out[o] = 0;
    free(buf);
    return out;
}

char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (f == NULL)
        return NULL;
    for (;;) {
        if (cap - n < 4096 + 1) {
            size_t ncap = cap ? cap * 2 : 8192;
            char *nbuf = (char *)realloc(buf, ncap);
            if (nbuf == NULL) {
                free(buf);
                fclose(f);
                errno = ENOMEM;
                return NULL;
            }
            buf = nbuf;
            cap = ncap;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        int saved = errno ? errno : EIO;
        free(buf);
        fclose(f);
        errno = saved;
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The loader used by import: whole files, released by port_release. */
const char *port_load(void *ud, const char *path, size_t *len)
{
    (void)ud;
    return read_file(path, len);
}

void port_release(void *ud, const char *buf)
{
    (void)ud;
    free((void *)buf);
}

/* A growing heap's blocks (-X heapmax=N): plain malloc and free. */
void *port_heap_alloc(void *ud, void *old, size_t old_size, size_t new_size) {
    (void)ud, (void)old_size;
    if (new_size == 0) {
        free(old);
        return NULL;
    }
    return malloc(new_size);
}

