#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The leak check of issue 5: "tern_close returns everything; nothing leaks".

Runs, on the ASan+UBSan build with LeakSanitizer on (ASAN_OPTIONS
detect_leaks=1), every C API test (build/asan/api/*), every embedding example
(build/asan/examples/*), build/asan/tern-multi round-robin and with --threads
on programs that end normally and ones that end in an uncaught exception,
MemoryError, RecursionError, SyntaxError or sys.exit, and build/asan/tern on
the same programs, alone and with a growing heap (-X heapmax=). A run fails
if a sanitizer reports anything (a leak, a bad access, undefined behaviour)
or if its exit status is not the expected one.

First a self-test proves the checker works here: a tiny host that lets its
VM's heap grow into a block from its heap_alloc callback and then "forgets"
tern_close must be reported as leaking that block. (LeakSanitizer needs to
stop the process's threads with ptrace; where it cannot, it fails loudly and
so does this self-test.)

Usage: tests/leaks/run_leaks.py [--build build] [--tally FILE] [--label NAME]
The builds must exist: make build/asan/tern build/asan/tern-multi
build/asan-api asan-examples (make test builds them).
Ends with "N passed, N failed".
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 180
SANITIZER_WORDS = ("LeakSanitizer", "AddressSanitizer", "runtime error:", "ThreadSanitizer")

# Programs written to a temporary folder: name -> (source, expected exit
# status, expected last line of stderr or None).
PROGRAMS = {
    "ok_classes.py": ("""
import imp_helper, json
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'P(%r)' % self.x
data = [P(i) for i in range(200)]
big = [[i] * 10 for i in range(5000)]   # live at the end: a grown heap stays grown
print(len(data), data[-1], imp_helper.twice(21), json.dumps({'a': [1, 2]}))
def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(1000)))
""", 0, None),
    "exc_uncaught.py": ("""
d = {'a': 1}
def f(): return d['missing']
f()
""", 1, "KeyError: 'missing'"),
    "memory_error.py": ("""
keep = []
while True:
    keep.append([0] * 1000)
""", 1, "MemoryError"),
    "recursion_error.py": ("""
def down(n): return down(n + 1) + 1
down(0)
""", 1, None),     # the RecursionError message differs by stack size
    "syntax_error.py": ("""
x = (1,
""", 1, "SyntaxError: '(' was never closed"),
    "sys_exit.py": ("""
import sys
big = [[i] * 10 for i in range(5000)]
print('bye')
sys.exit(3)
""", 3, None),
}
HELPER = "def twice(x):\n    return 2 * x\n"

SELFTEST = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tern.h"

static void *grow(void *ud, void *old, size_t old_size, size_t new_size) {
    (void)ud; (void)old_size;
    if (new_size == 0) { free(old); return NULL; }
    return malloc(new_size);
}

int main(void) {
    void *block = malloc(64 * 1024);
    tern_config cfg;
    tern_vm *vm;
    tern_gc_stats st;
    const char *src = "keep = [[i] * 10 for i in range(3000)]\n";
    tern_config_init(&cfg);
    cfg.heap = block;
    cfg.heap_size = 64 * 1024;
    cfg.heap_alloc = grow;
    cfg.heap_max = 8u << 20;
    vm = tern_open(&cfg);
    if (!vm || tern_run_source(vm, src, strlen(src), "<leak>", TERN_MODE_FILE) != TERN_OK)
        return 2;
    tern_gc_info(vm, &st);
    printf("grows %zu\n", st.grows);
    fflush(stdout);     /* LeakSanitizer ends the process with _exit */
    /* no tern_close: the block from grow() is never given back, and once
     * the home block (which points to it) is freed, nothing reaches it */
    free(block);
    return st.grows ? 0 : 2;
}
"""


def env_with_leaks():
    env = dict(os.environ)
    extra = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = "detect_leaks=1:" + extra if extra else "detect_leaks=1"
    env.pop("LSAN_OPTIONS", None)
    return env


ENV = env_with_leaks()


def run(cmd, cwd=None):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                           timeout=TIMEOUT, cwd=cwd, env=ENV)
    except subprocess.TimeoutExpired:
        return None, "", "timeout after %d s" % TIMEOUT
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def sanitizer_report(text):
    return any(w in text for w in SANITIZER_WORDS)


class Counter:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, problems, detail=""):
        if problems:
            self.failed += 1
            print("FAIL leaks %s" % name)
            for p in problems:
                print("    " + p)
            if detail:
                print("    | " + "\n    | ".join(detail.splitlines()[-40:]))
        else:
            self.passed += 1
            print("ok   leaks %s" % name)


def selftest(c, build, tmp):
    """A host that skips tern_close must be caught leaking its heap block."""
    src = os.path.join(tmp, "selftest_leak.c")
    exe = os.path.join(tmp, "selftest_leak")
    with open(src, "w") as f:
        f.write(SELFTEST)
    cc = os.environ.get("CC", "cc")
    r = subprocess.run([cc, "-I", os.path.join(ROOT, "include"), "-g", "-O1", "-fsanitize=address,undefined",
                        "-fno-omit-frame-pointer", "-o", exe, src, os.path.join(build, "asan", "libtern.a"),
                        "-lm", "-pthread"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode:
        c.check("self-test: a forgotten tern_close is reported", ["cannot build the self-test"],
                r.stdout.decode("utf-8", "replace"))
        return
    rc, out, err = run([exe])
    problems = []
    if "grows" not in out or out.strip() == "grows 0":
        problems.append("the self-test's heap did not grow (%r)" % out)
    if "ERROR: LeakSanitizer: detected memory leaks" not in err:
        problems.append("LeakSanitizer reported no leak: the leak check does not work here")
    elif rc == 0:
        problems.append("a leak was reported but the exit status is 0")
    c.check("self-test: a forgotten tern_close is reported", problems, err if problems else "")


def check_run(c, name, cmd, want_rc, want_last=None, cwd=None):
    rc, out, err = run(cmd, cwd)
    problems = []
    if rc is None:
        problems.append(err)
    elif sanitizer_report(err):
        problems.append("sanitizer report")
    elif want_rc is not None and rc != want_rc:
        problems.append("exit status %r, expected %r" % (rc, want_rc))
    if want_last is not None and rc is not None:
        lines = err.splitlines()
        if not lines or lines[-1] != want_last:
            problems.append("last stderr line %r, expected %r" % (lines[-1] if lines else "", want_last))
    c.check(name, problems, err if problems else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--tally")
    ap.add_argument("--label", default="leaks")
    args = ap.parse_args()
    b = os.path.abspath(args.build)
    c = Counter()

    with tempfile.TemporaryDirectory() as tmp:
        selftest(c, b, tmp)

        # the C API tests and the embedding examples
        for kind in ("api", "examples"):
            d = os.path.join(b, "asan", kind)
            names = sorted(os.listdir(d)) if os.path.isdir(d) else []
            if not names:
                c.check("%s: %s" % (kind, d), ["nothing built there"])
            for n in names:
                check_run(c, "%s: %s" % (kind, n), [os.path.join(d, n)], 0)

        progs = os.path.join(tmp, "progs")
        os.mkdir(progs)
        with open(os.path.join(progs, "imp_helper.py"), "w") as f:
            f.write(HELPER)
        for name, (src, _, _) in PROGRAMS.items():
            with open(os.path.join(progs, name), "w") as f:
                f.write(src.lstrip("\n"))
        names = sorted(PROGRAMS)

        # the command, alone and with a heap that grows (and, for the
        # MemoryError, stops at its bound while grown)
        tern = os.path.join(b, "asan", "tern")
        for n in names:
            _, want_rc, want_last = PROGRAMS[n]
            check_run(c, "tern: %s" % n, [tern, "-X", "heapsize=2m", n], want_rc, want_last, progs)
            check_run(c, "tern -X heapmax=4m: %s" % n, [tern, "-X", "heapsize=64k", "-X", "heapmax=4m", n],
                      want_rc, want_last, progs)
        check_run(c, "tern: -c with an import", [tern, "-c", "import imp_helper; print(imp_helper.twice(2))"],
                  0, None, progs)

        # many VMs in one process, in slices and in threads
        multi = os.path.join(b, "asan", "tern-multi")
        all_ok = all(PROGRAMS[n][1] == 0 for n in names)
        for mode in ("rr", "threads"):
            for budget in ("7", "1000"):
                out = os.path.join(tmp, "out-%s-%s" % (mode, budget))
                os.mkdir(out)
                cmd = [multi, "--budget", budget, "--heap", "2m", "--out", out]
                if mode == "threads":
                    cmd.append("--threads")
                rc, _, err = run(cmd + names, progs)
                problems = []
                if rc is None:
                    problems.append(err)
                elif sanitizer_report(err):
                    problems.append("sanitizer report")
                elif (rc == 0) != all_ok:
                    problems.append("exit status %r" % rc)
                for i, n in enumerate(names, 1):
                    want_last = PROGRAMS[n][2]
                    if want_last is None:
                        continue
                    p = os.path.join(out, "%d.err" % i)
                    lines = open(p, encoding="utf-8").read().splitlines() if os.path.exists(p) else []
                    if not lines or lines[-1] != want_last:
                        problems.append("%s: last line of %d.err %r, expected %r"
                                        % (n, i, lines[-1] if lines else "", want_last))
                c.check("tern-multi %s budget %s (%d programs)" % (mode, budget, len(names)), problems,
                        err if problems else "")

    print("%d passed, %d failed" % (c.passed, c.failed))
    if args.tally:
        with open(args.tally, "a") as f:
            f.write("%s\t%d\t%d\t%d\n" % (args.label, c.passed, c.failed, 0))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
