#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run a dozen test programs side by side in build/tern-multi (one VM
each, docs/timeslicing.md), round-robin in one thread and in threads, at
several instruction budgets, and compare each program's output with what
CPython prints for it alone. One test per (mode, budget, program).

Usage: tests/multi/run_multi.py [--tern-multi build/tern-multi]
           [--modes rr,threads] [--budgets 1,7,100,10000] [--tally FILE]
           [--label NAME] [--tsan] [--heap BYTES] [--from DIR,DIR --group N]

With --from, the programs are every program of those suite directories fit
for the driver (no directive, input or .exp file), run N at a time: a wide
check with programs not chosen for it.

With --tsan (a ThreadSanitizer build), a data race report in tern-multi's
stderr also fails every program of that run.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Varied, deterministic, no input, no heap directive, no .exp file: classes,
# generators, closures, exceptions (two end in an uncaught one), pattern
# matching, sorting with keys, floats, strings, recursion.
PROGRAMS = [
    "tests/programs/bank_accounts.py",
    "tests/programs/generators_pipeline.py",
    "tests/programs/matrix_ops.py",
    "tests/programs/recursion_algos.py",
    "tests/programs/text_adventure_state.py",
    "tests/programs/word_stats.py",
    "tests/basics/class_super.py",
    "tests/basics/exc_finally.py",
    "tests/basics/func_closure.py",
    "tests/basics/match_patterns.py",
    "tests/basics/list_sort.py",
    "tests/basics/float_repr.py",
    "tests/basics/exc_uncaught_key.py",
    "tests/basics/exc_uncaught_custom.py",
]

TIMEOUT = 120


def usable(path):
    """The driver's own guard: a program picked must stay fit for it.
    Both interpreters run in the repository's root (relative paths)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    base = os.path.splitext(path)[0]
    return not ("# tern:" in text or "input(" in text or "sys.stdin" in text or
                os.path.exists(base + ".exp") or os.path.exists(path + ".exp"))


def cpython(path):
    # str hashes as tests/run.py fixes them: Tern's set order matches
    # CPython's with PYTHONHASHSEED=0
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       timeout=TIMEOUT, cwd=ROOT, env=env)
    err = p.stderr.decode("utf-8", "replace")
    lines = err.splitlines()
    return p.stdout.decode("utf-8", "replace"), p.returncode, lines[-1] if lines else "", err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tern-multi", default=os.path.join(ROOT, "build", "tern-multi"))
    ap.add_argument("--modes", default="rr,threads")
    ap.add_argument("--budgets", default="1,7,100,10000")
    ap.add_argument("--tally")
    ap.add_argument("--label", default="multi")
    ap.add_argument("--tsan", action="store_true")
    ap.add_argument("--heap", help="heap of each VM (tern-multi --heap)")
    ap.add_argument("--from", dest="dirs", help="comma-separated suite directories to take programs from")
    ap.add_argument("--group", type=int, default=12, help="programs per tern-multi run with --from")
    args = ap.parse_args()

    if args.dirs:
        progs = sorted(os.path.join(ROOT, d, f) for d in args.dirs.split(",")
                       for f in os.listdir(os.path.join(ROOT, d)) if f.endswith(".py"))
        progs = [p for p in progs if usable(p)]
    else:
        progs = [os.path.join(ROOT, p) for p in PROGRAMS]
    passed = failed = 0
    for p in progs:
        if not usable(p):
            print("FAIL %s: not fit for this driver (directive, input or .exp)" % p)
            failed += 1
    progs = [p for p in progs if usable(p)]
    expected = {p: cpython(p) for p in progs}
    group = args.group if args.dirs else len(progs)
    groups = [progs[i:i + group] for i in range(0, len(progs), group)]

    env = dict(os.environ)
    if args.tsan:
        env["TSAN_OPTIONS"] = "halt_on_error=0 exitcode=0 report_signal_unsafe=0"
    for mode, budget, progs in [(m, b, g) for m in args.modes.split(",")
                                for b in args.budgets.split(",") for g in groups]:
        if True:
            with tempfile.TemporaryDirectory() as out:
                cmd = [args.tern_multi, "--budget", budget, "--out", out]
                if args.heap:
                    cmd += ["--heap", args.heap]
                if mode == "threads":
                    cmd.append("--threads")
                try:
                    r = subprocess.run(cmd + progs, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       stdin=subprocess.DEVNULL, timeout=TIMEOUT, cwd=ROOT)
                    rc, stderr = r.returncode, r.stderr.decode("utf-8", "replace")
                except subprocess.TimeoutExpired:
                    rc, stderr = None, "timeout after %d s" % TIMEOUT
                race = args.tsan and "ThreadSanitizer" in stderr
                all_ok = all(expected[p][1] == 0 for p in progs)
                for i, p in enumerate(progs, 1):
                    name = "%s budget %s: %s" % (mode, budget, os.path.relpath(p, ROOT))
                    want_out, want_rc, want_last, want_err = expected[p]
                    problems = []
                    if rc is None:
                        problems.append(stderr)
                    if race:
                        problems.append("ThreadSanitizer reports:\n" + stderr[:3000])
                    try:
                        with open(os.path.join(out, "%d.out" % i), encoding="utf-8") as f:
                            got = f.read()
                    except OSError:
                        got = None
                    if got != want_out:
                        problems.append("output differs from CPython's (%r...)" % (got or "")[:200])
                    errpath = os.path.join(out, "%d.err" % i)
                    err = open(errpath, encoding="utf-8").read() if os.path.exists(errpath) else ""
                    lines = err.splitlines()
                    if want_rc != 0 and (lines[-1] if lines else "") != want_last:
                        problems.append("last line of %d.err %r, expected %r"
                                        % (i, lines[-1] if lines else "", want_last))
                    # (Tern prints no warnings: CPython's are not compared)
                    if want_rc == 0 and err != want_err and "Warning" not in want_err:
                        problems.append("%d.err %r, CPython's stderr %r" % (i, err[:300], want_err[:300]))
                    if problems:
                        failed += 1
                        print("FAIL multi %s" % name)
                        for pr in problems:
                            print("    " + pr.replace("\n", "\n    "))
                    else:
                        passed += 1
                if rc is not None and (rc == 0) != all_ok:
                    failed += 1
                    print("FAIL multi %s budget %s: exit status %r" % (mode, budget, rc))
                else:
                    passed += 1
    print("%d passed, %d failed" % (passed, failed))
    if args.tally:
        with open(args.tally, "a") as f:
            f.write("%s\t%d\t%d\t%d\n" % (args.label, passed, failed, 0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
