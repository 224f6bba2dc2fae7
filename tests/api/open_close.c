/* SPDX-License-Identifier: MIT */
/*
 * open_close.c — the simplest embedding test: open VMs on static buffers,
 * run code, capture its output, see an exception reported, and run two VMs
 * interleaved in one thread. Uses only include/tern.h.
 *
 * Prints one line per check and ends with "N passed, N failed"; exits 1 if
 * any check failed.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (64 * 1024)

/* Captured output of one VM: whatever it wrote to stdout or stderr. */
typedef struct capture {
    char text[1024];
    size_t len;
} capture;

/* The test's own bookkeeping (a test program, not the core: statics are
 * fine here). */
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

/* Heaps for the VMs: static, aligned storage owned by the embedder. */
static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap_a, heap_b;

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

static int run(tern_vm *vm, const char *src)
{
    return tern_run_source(vm, src, strlen(src), "<test>", TERN_MODE_FILE);
}

int main(void)
{
    capture out_a, out_b;
    tern_vm *a, *b;
    int status;

    capture_reset(&out_a);
    capture_reset(&out_b);

    /* One VM: output and errors. */
    a = open_vm(heap_a.bytes, &out_a);
    check(a != NULL, "open a VM on a 64 KiB static buffer");
    if (a == NULL)
        goto done;
    status = run(a, "print(1+1)\n");
    check(status == TERN_OK, "print(1+1) returns TERN_OK");
    check(strcmp(out_a.text, "2\n") == 0, "print(1+1) writes \"2\\n\"");

    capture_reset(&out_a);
    status = run(a, "x = 1\ny = x / 0\n");
    check(status == TERN_ERROR, "1/0 returns TERN_ERROR");
    check(status == TERN_ERROR && tern_error_text(a) != NULL &&
              strstr(tern_error_text(a), "ZeroDivisionError") != NULL,
          "tern_error_text names ZeroDivisionError");

    /* The VM still works after an error. */
    capture_reset(&out_a);
    status = run(a, "print(1+1)\n");
    check(status == TERN_OK && strcmp(out_a.text, "2\n") == 0,
          "the VM runs again after an error");

    /* A second VM, interleaved with the first. */
    b = open_vm(heap_b.bytes, &out_b);
    check(b != NULL, "open a second VM on another buffer");
    if (b != NULL) {
        capture_reset(&out_a);
        capture_reset(&out_b);
        int s1 = run(a, "v = 'a'\n");
        int s2 = run(b, "v = 'b'\n");
        int s3 = run(a, "print(v)\n");
        int s4 = run(b, "print(v)\n");
        check(s1 == TERN_OK && s2 == TERN_OK && s3 == TERN_OK && s4 == TERN_OK,
              "interleaved runs return TERN_OK");
        check(strcmp(out_a.text, "a\n") == 0 && strcmp(out_b.text, "b\n") == 0,
              "interleaved VMs keep separate globals");
        tern_close(b);
        check(1, "close the second VM");
    }
    tern_close(a);
    check(1, "close the first VM");

done:
    return check_summary();
}
