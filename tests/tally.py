#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Combine the counts of several test runs into one final line.

The tally file has one line per run: "label<TAB>passed<TAB>failed<TAB>skipped".
tests/run.py and tests/cli/run_cli.py append to it with --tally FILE; this
script adds lines for other checks and prints the total.

  tally.py FILE reset
  tally.py FILE add LABEL PASSED FAILED [SKIPPED]
  tally.py FILE run [--timeout S] [--counts] [--show] LABEL -- CMD ...
      Run CMD and count it as one test (PASS if it exits 0). With --counts,
      take the counts from a last line "N passed, N failed" of its output
      (at least one failure if it exited non-zero). The output is shown
      indented (always with --show, otherwise only on failure).
  tally.py FILE total
      Print "N passed, N failed[, N skipped]"; exit 1 if anything failed or
      nothing passed.
"""

import re
import subprocess
import sys

COUNTS = re.compile(r"(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$")


def add(path, label, passed, failed, skipped=0):
    with open(path, "a") as f:
        f.write("%s\t%d\t%d\t%d\n" % (label, passed, failed, skipped))


def show(text, limit=None):
    lines = text.splitlines()
    if limit and len(lines) > limit:
        print("    | ... (%d lines cut)" % (len(lines) - limit))
        lines = lines[-limit:]
    for line in lines:
        # The prefix keeps a sub-run's own "N passed, N failed" line from
        # looking like the final total.
        print("    | " + line)


def run(path, argv):
    timeout, counts, always = 600.0, False, False
    while argv and argv[0].startswith("--"):
        opt = argv.pop(0)
        if opt == "--timeout":
            timeout = float(argv.pop(0))
        elif opt == "--counts":
            counts = True
        elif opt == "--show":
            always = True
        else:
            sys.exit("tally.py: unknown option %s" % opt)
    label = argv.pop(0)
    if argv and argv[0] == "--":
        argv.pop(0)
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout)
        out, code = p.stdout.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired as e:
        out, code = (e.stdout or b"").decode("utf-8", "replace"), None
    except OSError as e:
        out, code = str(e), 127
    passed, failed = (1, 0) if code == 0 else (0, 1)
    if counts:
        lines = [l for l in out.splitlines() if l.strip()]
        m = COUNTS.search(lines[-1]) if lines else None
        if m:
            passed, failed = int(m.group(1)), int(m.group(2))
            if code != 0 and failed == 0:
                failed = 1
    ok = code == 0 and failed == 0
    why = "" if ok else " (timeout after %g s)" % timeout if code is None else \
        " (exit status %d)" % code if code != 0 else ""
    print("%s %s%s" % ("PASS" if ok else "FAIL", label, why))
    if always or not ok:
        show(out, None if always else 40)
    sys.stdout.flush()
    add(path, label, passed, failed)
    return 0 if ok else 1


def total(path):
    passed = failed = skipped = 0
    failing = []
    try:
        with open(path) as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3:
                    continue
                p, fl = int(parts[1]), int(parts[2])
                passed, failed = passed + p, failed + fl
                skipped += int(parts[3]) if len(parts) > 3 else 0
                if fl:
                    failing.append(parts[0])
    except FileNotFoundError:
        pass
    if failing:
        print("failures in: " + ", ".join(failing))
    line = "%d passed, %d failed" % (passed, failed)
    if skipped:
        line += ", %d skipped" % skipped
    print(line)
    return 1 if failed or not passed else 0


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    path, cmd, rest = argv[0], argv[1], argv[2:]
    if cmd == "reset":
        open(path, "w").close()
        return 0
    if cmd == "add":
        add(path, rest[0], *[int(x) for x in rest[1:]])
        return 0
    if cmd == "run":
        return run(path, rest)
    if cmd == "total":
        return total(path)
    sys.exit("tally.py: unknown command %s" % cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
