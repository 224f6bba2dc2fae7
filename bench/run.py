#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compare Tern with CPython on the programs in bench/.

Usage: bench/run.py [--tern build/tern] [--python PY] [-n 3] [programs ...]

Each program runs with CPython and with tern alternately, n times each; the
table shows the median wall-clock times, their ratio, and the geometric mean
of the ratios. Tern's output must equal CPython's: a mismatch (or an error)
is marked and left out of the mean. Ratios, not absolute times, are what to
compare between machines.
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, timeout):
    """Run cmd; return (seconds, stdout, ok)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, b"", False
    except OSError as e:
        return 0.0, str(e).encode(), False
    return time.perf_counter() - start, p.stdout, p.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tern", default="build/tern")
    # The runner's own interpreter by default: a launcher script such as a
    # pyenv shim would add its start-up time to every CPython run.
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("-n", "--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()

    progs = args.programs or sorted(
        os.path.join(BENCH_DIR, f) for f in os.listdir(BENCH_DIR)
        if f.endswith(".py") and f != "run.py")
    tern = os.path.abspath(args.tern)

    print("%-16s %10s %10s %12s" % ("program", "cpython_s", "tern_s", "tern/cpython"))
    ratios = []
    mismatches = 0
    for prog in progs:
        name = os.path.splitext(os.path.basename(prog))[0]
        ct, tt = [], []
        c_out = t_out = None
        t_ok = c_ok = True
        for _ in range(args.runs):   # alternate, so drift affects both alike
            s, out, ok = timed([args.python, prog], args.timeout)
            ct.append(s)
            c_out, c_ok = out, c_ok and ok
            s, out, ok = timed([tern, prog], args.timeout)
            tt.append(s)
            t_out, t_ok = out, t_ok and ok
        cm, tm = statistics.median(ct), statistics.median(tt)
        note = ""
        if not c_ok:
            note = "  CPYTHON ERROR"
        elif not t_ok:
            note = "  TERN ERROR"
        elif t_out != c_out:
            note = "  MISMATCH"
        if note:
            mismatches += 1
            print("%-16s %10.3f %10.3f %12s%s" % (name, cm, tm, "-", note))
        else:
            ratio = tm / cm if cm > 0 else float("inf")
            ratios.append(ratio)
            print("%-16s %10.3f %10.3f %12.2f" % (name, cm, tm, ratio))
        sys.stdout.flush()
    if ratios:
        gmean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean of tern/cpython: %.2f (%d programs%s)"
              % (gmean, len(ratios), ", %d left out" % mismatches if mismatches else ""))
    else:
        print("geometric mean of tern/cpython: - (no program ran correctly)")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
