#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Run Tern's Python tests, with CPython as the oracle.

Usage: tests/run.py --tern build/tern [--heap 512k] [--jobs 2]
                    [--timeout 60] [--tally FILE] [--label NAME]
                    [--wrapper qemu-i386] [--cache-dir DIR]
                    [--bytecode] [dirs or files ...]

Every tests/<area>/*.py is run with tern (cwd = the test's directory) and
compared with what CPython does on the same file. See tests/README.md for
the rules (.exp files, `# tern:` directives, stderr, SKIP).

With --bytecode, each test is first compiled with `tern --compile` to a
hidden .tbc file next to it (so that its imports find their modules), and
that bytecode is run instead of the source; a test whose compilation fails
(a syntax error test) runs from source as usual. --compiler names another
tern to compile with (e.g. a 64-bit build for the 32-bit one's run).
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import re
import shlex
import subprocess
import sys
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
# Folders of tests/ that are not Python test programs for this runner.
NOT_PY_AREAS = {"api", "cli", "oom", "multi", "leaks"}
# Tests whose names start with one of these also compare the last line of
# stderr (the exception line of an uncaught error, e.g. "ValueError: bad").
STDERR_PREFIXES = ("exc_uncaught", "syntax_")
DIRECTIVE = re.compile(rb"^#\s*tern:\s*(.*)$")


class Expected:
    """What a test should do: stdout bytes, exit code, maybe stderr's last line."""

    def __init__(self, stdout, code, stderr_last=None):
        self.stdout = stdout
        self.code = code
        self.stderr_last = stderr_last


def parse_directives(path):
    """Read `# tern: key=value ...` lines from the comment block at the top.

    Keys: heapsize=N (heap for tern), heapmax=N (let it grow up to N),
    exit=N (expected exit code with .exp), native=1 (POSIX timers and
    signals: skipped when run through --wrapper, as qemu-user runs them badly),
    stderr=TEXT (expected last stderr line; the rest of the line).
    """
    opts = {}
    with open(path, "rb") as f:
        for raw in f:
            line = raw.strip()
            if not line.startswith(b"#"):
                break
            m = DIRECTIVE.match(line)
            if not m:
                continue
            text = m.group(1).decode("latin-1")
            while text:
                key, _, rest = text.partition("=")
                key = key.strip()
                if key == "stderr":
                    opts[key] = rest.strip()
                    break
                value, _, text = rest.strip().partition(" ")
                opts[key] = value
                text = text.strip()
    return opts


def last_line(data):
    """The last non-empty line of some output, decoded and stripped."""
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def stdin_of(path):
    """What a test reads on stdin: the contents of <test>.in, or nothing."""
    try:
        with open(path + ".in", "rb") as f:
            return f.read()
    except OSError:
        return None


def run(cmd, cwd, timeout, env=None, stdin=None):
    """Run cmd; return (stdout, stderr, exit code or None on timeout)."""
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin,
                           stdin=subprocess.DEVNULL if stdin is None else None,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, env=env)
        return p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None
    except OSError as e:
        return b"", str(e).encode(), 127


class Runner:
    def __init__(self, args):
        self.args = args
        self.tern = os.path.abspath(args.tern)
        self.cache = {}          # CPython results of this run, by content hash
        self.lock = threading.Lock()
        self.env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1",
                        PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")

    def expected(self, path, opts, wants_stderr):
        """The expected behaviour: from a .exp file, or from CPython."""
        exp = path + ".exp"
        if os.path.exists(exp):
            with open(exp, "rb") as f:
                return Expected(f.read(), int(opts.get("exit", "0")),
                                opts.get("stderr"))
        with open(path, "rb") as f:
            key = hashlib.sha1(f.read()).hexdigest() + path
        with self.lock:
            hit = self.cache.get(key)
        if hit is None:
            hit = self.cpython(path, key)
            with self.lock:
                self.cache[key] = hit
        out, err, code = hit
        if code is None:
            return None
        stderr_last = opts.get("stderr")
        if stderr_last is None and wants_stderr:
            stderr_last = last_line(err)
        return Expected(out, code, stderr_last)

    def cpython(self, path, key):
        """Run CPython, or take its result from --cache-dir (outside the repo)."""
        cdir = self.args.cache_dir
        cfile = os.path.join(cdir, hashlib.sha1(key.encode()).hexdigest()) if cdir else None
        if cfile and os.path.exists(cfile):
            with open(cfile, "rb") as f:
                blob = f.read()
            code, olen, rest = blob.split(b"\n", 2)
            olen = int(olen)
            return rest[:olen], rest[olen:], int(code)
        out, err, code = run([self.args.python, os.path.basename(path)],
                             os.path.dirname(path), self.args.timeout, self.env, stdin_of(path))
        if cfile and code is not None:
            with open(cfile, "wb") as f:
                f.write(b"%d\n%d\n" % (code, len(out)) + out + err)
        return out, err, code

    def run_test(self, path):
        """Run one test; return (status, name, details) with status PASS/FAIL/SKIP."""
        name = os.path.relpath(path, TESTS_DIR)
        base = os.path.basename(path)
        opts = parse_directives(path)
        wants_stderr = base.startswith(STDERR_PREFIXES)
        exp = self.expected(path, opts, wants_stderr)
        if exp is None:
            return "FAIL", name, ["CPython timed out on this test"]

        if opts.get("native") and self.args.wrapper:
            return "SKIP", name, ["real timers and signals: not under " + self.args.wrapper]
        cmd = shlex.split(self.args.wrapper or "") + [self.tern]
        heap = opts.get("heapsize", self.args.heap)
        if heap:
            cmd += ["-X", "heapsize=" + heap]
        if "heapmax" in opts:
            cmd += ["-X", "heapmax=" + opts["heapmax"]]
        tbc = None
        compile_failed = None
        if self.args.bytecode:
            # hidden, unique, and ending in .py like the test's own name
            # (sys.argv[0]); tern tells bytecode by its magic, not its name
            tbc = ".%s.%d.%d.tbc.py" % (base[:-3], os.getpid(), threading.get_ident())
            if self.args.compiler:
                # another build compiles (a 64-bit one, for a 32-bit run)
                ccmd = [os.path.abspath(self.args.compiler)]
            else:
                ccmd = shlex.split(self.args.wrapper or "") + [self.tern]
            # (the test's heap directive is for running it, not compiling)
            _, cerr, ccode = run(ccmd + ["--compile", base, "-o", tbc], os.path.dirname(path),
                                 self.args.timeout)
            if ccode != 0:
                tbc = None
                compile_failed = last_line(cerr)
        cmd.append(tbc or base)
        try:
            out, err, code = run(cmd, os.path.dirname(path), self.args.timeout, stdin=stdin_of(path))
        finally:
            if tbc:
                try:
                    os.unlink(os.path.join(os.path.dirname(path), tbc))
                except OSError:
                    pass

        if code is None:
            return "FAIL", name, ["timeout after %g s" % self.args.timeout]
        if out.startswith(b"SKIP"):
            return "SKIP", name, []
        problems = []
        if compile_failed is not None and exp.code == 0:
            # only a program that does not compile may fail to compile
            problems.append("tern --compile failed: %s" % compile_failed)
        if code != exp.code:
            if code < 0:
                problems.append("crashed with signal %d" % -code)
            else:
                problems.append("exit code %d, expected %d" % (code, exp.code))
        if out != exp.stdout:
            a = exp.stdout.decode("utf-8", "replace").splitlines()
            b = out.decode("utf-8", "replace").splitlines()
            diff = list(difflib.unified_diff(a, b, "expected", "tern", lineterm="", n=2))
            problems.append("stdout differs:")
            problems += diff[:20] + (["..."] if len(diff) > 20 else [])
        if exp.stderr_last is not None:
            # $DIR in an expected stderr line stands for the test's absolute directory
            exp.stderr_last = exp.stderr_last.replace("$DIR", os.path.dirname(os.path.abspath(path)))
        if exp.stderr_last is not None and last_line(err) != exp.stderr_last:
            problems.append("last stderr line: %r, expected %r" % (last_line(err), exp.stderr_last))
        if problems and err and (code != exp.code or exp.stderr_last is not None):
            tail = err.decode("utf-8", "replace").splitlines()[-8:]
            problems.append("stderr (last lines):")
            problems += ["  " + l for l in tail]
        return ("FAIL" if problems else "PASS"), name, problems


def find_tests(paths):
    """Expand the command line into a sorted list of test files."""
    if not paths:
        paths = [os.path.join(TESTS_DIR, d) for d in sorted(os.listdir(TESTS_DIR))
                 if os.path.isdir(os.path.join(TESTS_DIR, d))
                 and d not in NOT_PY_AREAS and not d.startswith((".", "_"))]
    tests = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            tests += sorted(os.path.join(p, f) for f in os.listdir(p)
                            if f.endswith(".py") and not f.startswith("."))
        elif os.path.isfile(p):
            tests.append(p)
        else:
            sys.exit("run.py: no such test or folder: %s" % p)
    return tests


def main():
    ap = argparse.ArgumentParser(description="Run Tern's tests against CPython.")
    ap.add_argument("--tern", default="build/tern", help="the tern command to test")
    ap.add_argument("--wrapper", help="run tern through this command (e.g. qemu-i386)")
    # The runner's own interpreter: a launcher (e.g. a pyenv shim) would be slow.
    ap.add_argument("--python", default=sys.executable, help="the CPython oracle")
    ap.add_argument("--heap", default=None, help="heap size for tern (-X heapsize=)")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per test")
    ap.add_argument("--tally", help="append the counts to this file (see tests/tally.py)")
    ap.add_argument("--label", help="name of this run in the tally (default: --tern)")
    ap.add_argument("--cache-dir", help="keep CPython's results here between runs")
    ap.add_argument("--bytecode", action="store_true",
                    help="compile each test with tern --compile and run the bytecode")
    ap.add_argument("--compiler", help="with --bytecode: the tern that compiles (default: --tern)")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    if not os.access(args.tern, os.X_OK):
        print("FAIL %s is not an executable" % args.tern)
        counts = {"PASS": 0, "FAIL": 1, "SKIP": 0}
        tests = []
    else:
        tests = find_tests(args.paths)
        counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    runner = Runner(args)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for status, name, details in pool.map(runner.run_test, tests):
            counts[status] += 1
            print("%s %s" % (status, name))
            for line in details:
                print("    " + line)
            sys.stdout.flush()

    label = args.label or args.tern
    if args.tally:
        with open(args.tally, "a") as f:
            f.write("%s\t%d\t%d\t%d\n" % (label, counts["PASS"], counts["FAIL"], counts["SKIP"]))
        # Worded differently from the final total line on purpose, so that
        # only tally.py prints "N passed, N failed".
        print("-- %s: %d ok, %d failing, %d skipped" % (label, counts["PASS"],
                                                     counts["FAIL"], counts["SKIP"]))
    else:
        line = "%d passed, %d failed" % (counts["PASS"], counts["FAIL"])
        if counts["SKIP"]:
            line += ", %d skipped" % counts["SKIP"]
        print(line)
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
