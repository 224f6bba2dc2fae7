#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run test programs with one allocation failing, for many choices of which.

Usage: tests/oom/run_oom.py --tern build/oom/tern [--jobs 2] [--full | --sample]
                            [--budget S] [--tally FILE] [--label NAME]
                            [files or dirs ...]

The tern command must be the allocation-failure build (`make oom`,
build/oom/tern: ASan+UBSan and -DTERN_OOM_INJECT=1). For each program:

  1. a reference run with `-X oomcount -X oomcheck` gives its allocation
     count (and its normal exit status and last stderr line);
  2. then one run per chosen N with `-X oomat=N -X oomcheck` (the N-th
     allocation fails once), and a few with `-X oomfrom=N` (that one and
     every later allocation fail: the no-free-memory-at-all case).

A run is fine if it completed as the reference run did, or ended in a
MemoryError that reached the top level (exit 1, last line of the traceback
starting with "MemoryError"), AND the port's check program then ran in the
same VM ("oomcheck ok" on stderr), AND no sanitizer spoke, AND it did not
hang. Anything else is a failure, printed with N and the command that
reproduces it. A run that completed with an output other than the
reference's is reported as "diverged" (a note, not a failure: a program
may catch the MemoryError with `except Exception`).

Which N: every N up to the count for programs of at most --dense
allocations; otherwise all N up to --dense, then --spread evenly spaced
ones and --random random ones (fixed seed). Without --full, only the
SAMPLE programs below (what `make test` runs) with smaller settings, and
the run stops starting new programs after --budget seconds.

Counts (the last line, for tests/tally.py): one test per program (it
passes if all its runs do) and one per PINNED case.
"""

import argparse
import concurrent.futures
import os
import random
import re
import shlex
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS_DIR = os.path.dirname(HERE)
sys.path.insert(0, TESTS_DIR)
from run import parse_directives, stdin_of, find_tests  # noqa: E402

# What `make test` runs: a few programs of each area.
SAMPLE = [
    "basics/func_closure.py", "basics/listcomp.py", "basics/func_kwargs.py",
    "basics/generators_flow.py", "basics/unpack.py", "basics/match_patterns.py",
    "classes/cls_inherit_mro.py", "classes/cls_dunder_arith.py", "classes/cls_property.py",
    "classes/cls_metaclass.py",
    "exceptions/exc_chaining.py", "exceptions/exc_nested_handlers.py",
    "exceptions/exc_uncaught_keyerror_chain.py", "exceptions/exc_traceback_text.py",
    "strings/methods_search.py", "strings/str_format.py", "strings/fstrings.py",
    "strings/bytes_ops.py",
    "containers/dict_views.py", "containers/list_basic.py", "containers/set_basic.py",
    "int/bigint_basic.py", "int/repr_str.py", "float/repr_shortest.py", "float/format_spec.py",
    "programs/bank_accounts.py", "programs/word_stats.py",
    "modules/math_basic.py", "modules/mod_import_basic.py", "modules/array_basic.py",
    "bad/memory_error.py",
]

# Single runs pinned because they once failed (file, N, sticky): the bugs
# that a Python regression test cannot reach.
PINNED = [
    # a MemoryError lost an asyncio callback and asyncio.run spun forever
    ("asyncio/basic_run.py", 4549, False),
    ("basics/syntax_features_probe.py", 5371, False),
]

SANITIZER = re.compile(rb"ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|"
                       rb"SUMMARY: UndefinedBehaviorSanitizer|tern: GC verify")
MARKER_OK = b"oomcheck ok"
CHAINED = re.compile(rb"^MemoryError\s*\n\s*\nDuring handling of the above exception", re.M)
PORT_LINE = re.compile(rb"^(oomcount \d+|oomcheck .*)$")


# The port frees what it mallocs and the core never calls malloc: leak
# checking would only cost time at every exit.
ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:" + os.environ.get("ASAN_OPTIONS", ""))


def run(cmd, cwd, timeout, stdin):
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin, env=ENV,
                           stdin=subprocess.DEVNULL if stdin is None else None,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None
    except OSError as e:
        return b"", ("ERROR: cannot run tern: %s" % e).encode(), 127


def program_last_line(err):
    """The last non-empty stderr line the program (not the port's check) wrote."""
    lines = [l for l in err.splitlines() if l.strip() and not PORT_LINE.match(l.strip())]
    # the check's own failure report follows its marker: stop at it
    return lines[-1].strip() if lines else b""


class Program:
    def __init__(self, path, args):
        self.path = path
        self.name = os.path.relpath(path, TESTS_DIR)
        self.dir = os.path.dirname(path)
        self.base = os.path.basename(path)
        opts = parse_directives(path)
        # a smaller heap than the port's default: under ASan, mapping and
        # clearing 64 MiB is most of a short program's run time
        self.base_cmd = [args.tern, "-X", "heapsize=" + opts.get("heapsize", args.heap)]
        self.stdin = stdin_of(path)
        self.count = None
        self.ref = None          # (stdout, exit code, last stderr line)
        self.seconds = 0.0

    def cmd(self, extra):
        return self.base_cmd + extra + [self.base]

    def repro(self, extra):
        return "cd %s && %s" % (shlex.quote(self.dir),
                                " ".join(shlex.quote(a) for a in self.cmd(extra)))


def check(prog, out, err, code, extra):
    """None if the run is fine, else a one-line reason."""
    if code is None:
        return "timeout"
    if SANITIZER.search(err):
        return "sanitizer report"
    if code < 0:
        return "killed by signal %d" % -code
    if MARKER_OK not in err:
        if b"oomcheck FAILED" in err:
            return "the VM was not usable afterwards (oomcheck failed)"
        return "no oomcheck marker (exit %d)" % code
    last = program_last_line(err)
    ref_out, ref_code, ref_last = prog.ref
    if code == 1 and last.startswith(b"MemoryError"):
        return None
    if code == ref_code and (code == 0 or last == ref_last):
        return None
    # a handler or finally clause that ran because of the MemoryError raised
    # something else (say an UnboundLocalError for a variable the failed
    # statement never set): ordinary Python, unless the core complains
    if code == 1 and CHAINED.search(err) and not last.startswith(b"SystemError"):
        return None
    # the normal run's uncaught exception, whose str() ran out of memory
    # while the top level formatted it (CPython words it the same way)
    if code == ref_code and last.endswith(b": <exception str() failed>") and \
            ref_last.startswith(last.split(b":")[0] + b":"):
        return None
    return "exit %d, last stderr line %r (normal run: exit %d, %r)" % (
        code, last.decode("utf-8", "replace")[:120], ref_code,
        ref_last.decode("utf-8", "replace")[:120])


def choose(count, dense, spread, rnd, seed):
    if count <= dense + spread:
        return list(range(1, count + 1))
    ns = set(range(1, dense + 1))
    if spread:
        step = (count - dense) / float(spread)
        ns.update(dense + 1 + int(i * step) for i in range(spread))
        ns.add(count)
    r = random.Random(seed)
    ns.update(r.randint(dense + 1, count) for _ in range(rnd))
    return sorted(ns)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tern", default="build/oom/tern")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--full", action="store_true",
                    help="all test programs, dense settings, no time budget")
    ap.add_argument("--dense", type=int, help="all N up to this")
    ap.add_argument("--spread", type=int, help="evenly spaced N beyond --dense")
    ap.add_argument("--random", type=int, help="random N beyond --dense")
    ap.add_argument("--sticky", type=int, help="oomfrom=N runs per program")
    ap.add_argument("--budget", type=float, help="stop starting programs after S seconds")
    ap.add_argument("--heap", default="16m", help="heap size unless the test says (heapsize=)")
    ap.add_argument("--timeout-factor", type=float, default=10.0)
    ap.add_argument("--tally", help="append the counts to this file (tests/tally.py)")
    ap.add_argument("--label", default="oom injection")
    ap.add_argument("--list", action="store_true", help="print each program's count and stop")
    ap.add_argument("--show-diverged", action="store_true",
                    help="print the runs that completed with another output")
    ap.add_argument("--quiet", "-q", action="store_true", help="print only failures")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    full = args.full or bool(args.paths)
    dense = args.dense if args.dense is not None else (200 if full else 25)
    spread = args.spread if args.spread is not None else (300 if full else 25)
    rnd = args.random if args.random is not None else (100 if full else 5)
    sticky = args.sticky if args.sticky is not None else (20 if full else 3)
    budget = args.budget if args.budget is not None else (None if full else 150.0)
    args.tern = os.path.abspath(args.tern)
    if not os.access(args.tern, os.X_OK):
        print("FAIL %s is not an executable" % args.tern)
        print("0 passed, 1 failed")
        return 1

    if args.paths:
        paths = find_tests(args.paths)
    elif args.full:
        paths = find_tests([])
    else:
        paths = [os.path.join(TESTS_DIR, p) for p in SAMPLE]
    progs = [Program(p, args) for p in paths]
    start = time.time()
    lock = threading.Lock()
    passed = failed = skipped = runs = diverged = 0

    def reference(prog):
        t0 = time.time()
        out, err, code = run(prog.cmd(["-X", "oomcount", "-X", "oomcheck"]), prog.dir, 120, prog.stdin)
        prog.seconds = time.time() - t0
        m = re.search(rb"^oomcount (\d+)$", err, re.M)
        if code is None or m is None or MARKER_OK not in err or SANITIZER.search(err):
            return "the normal run failed (exit %s)" % code, err
        prog.count = int(m.group(1))
        prog.ref = (out, code, program_last_line(err))
        return None, err

    def one(prog, n, sticky_run):
        extra = ["-X", ("oomfrom=%d" if sticky_run else "oomat=%d") % n, "-X", "oomcheck"]
        out, err, code = run(prog.cmd(extra), prog.dir,
                             max(5.0, args.timeout_factor * prog.seconds), prog.stdin)
        why = check(prog, out, err, code, extra)
        div = why is None and code == 0 and prog.ref[1] == 0 and out != prog.ref[0]
        return n, sticky_run, why, err, extra, div

    pool = concurrent.futures.ThreadPoolExecutor(max(1, args.jobs))

    def report_failure(prog, n, sticky_run, why, err, extra):
        print("FAIL %s %s=%d: %s" % (prog.name, "oomfrom" if sticky_run else "oomat", n, why))
        tail = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
        for line in tail[-12:]:
            print("    | " + line)
        print("    repro: " + prog.repro(extra))

    def do_program(prog, only=None):
        nonlocal runs, diverged
        why, err = reference(prog)
        if why:
            with lock:
                print("FAIL %s: %s" % (prog.name, why))
                for line in err.decode("utf-8", "replace").splitlines()[-12:]:
                    print("    | " + line)
            return False
        if args.list:
            with lock:
                print("%8d %6.2fs %s" % (prog.count, prog.seconds, prog.name))
            return True
        if only is not None:
            plan = [only]
        else:
            plan = [(n, False) for n in choose(prog.count, dense, spread, rnd, prog.name)]
            if sticky and prog.count:
                step = max(1, prog.count // sticky)
                plan += [(n, True) for n in range(1, prog.count + 1, step)][:sticky]
        ok = True
        ndiv = 0
        futs = [pool.submit(one, prog, n, s) for n, s in plan]
        for f in futs:
            n, s, why, err, extra, div = f.result()
            ndiv += div
            if div and args.show_diverged:
                with lock:
                    print("NOTE %s %s=%d completed with other output: %s" % (
                        prog.name, "oomfrom" if s else "oomat", n, prog.repro(extra)))
            if why:
                ok = False
                with lock:
                    report_failure(prog, n, s, why, err, extra)
        with lock:
            runs += len(plan)
            diverged += ndiv
            if not args.quiet:
                print("%s %s (%d allocations, %d runs%s)" % (
                    "PASS" if ok else "FAIL", prog.name, prog.count, len(plan),
                    ", %d diverged" % ndiv if ndiv else ""))
            sys.stdout.flush()
        return ok

    # Programs go one after the other; each one's runs are spread over the
    # jobs. Two programs at a time keep both cores busy between them.
    todo = [(p, None) for p in progs]
    if not args.paths and not args.list:
        todo += [(Program(os.path.join(TESTS_DIR, f), args), (n, s)) for f, n, s in PINNED]
    outer = concurrent.futures.ThreadPoolExecutor(2)
    futs = []
    for prog, only in todo:
        futs.append((prog, outer.submit(
            lambda p=prog, o=only: None if budget and time.time() - start > budget
            else do_program(p, o))))
    for prog, f in futs:
        r = f.result()
        if r is None:
            skipped += 1
        elif r:
            passed += 1
        else:
            failed += 1
    outer.shutdown()
    pool.shutdown()
    took = time.time() - start
    print("-- %d programs, %d runs, %d diverged, %.0f s%s" % (
        passed + failed, runs, diverged, took,
        ", %d skipped (time budget)" % skipped if skipped else ""))
    if args.tally:
        with open(args.tally, "a") as f:
            f.write("%s\t%d\t%d\t%d\n" % (args.label, passed, failed, skipped))
        print("-- %s: %d ok, %d failing, %d skipped" % (args.label, passed, failed, skipped))
    else:
        line = "%d passed, %d failed" % (passed, failed)
        if skipped:
            line += ", %d skipped" % skipped
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
