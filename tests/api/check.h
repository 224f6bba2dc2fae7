/* SPDX-License-Identifier: MIT */
/*
 * check.h — the counting every C API test shares: check(ok, what) prints
 * one line per check ("ok  what" or "FAIL what"), and check_summary()
 * prints the last line, "N passed, N failed", and gives the exit status.
 * Included by one .c file each: the definitions are static.
 */
#ifndef TERN_TEST_CHECK_H
#define TERN_TEST_CHECK_H

#include <stdio.h>

static int passed, failed;

static void check(int ok, const char *what) {
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (ok)
        passed++;
    else
        failed++;
}

static int check_summary(void) {
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#endif
