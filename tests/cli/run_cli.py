#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check the behaviour of the `tern` command itself (options, exit codes,
stdin, the REPL). Each check is one test.

Usage: tests/cli/run_cli.py [--tern build/tern] [--tally FILE]
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile

TIMEOUT = 20


class Checker:
    def __init__(self, tern):
        self.tern = os.path.abspath(tern)
        self.passed = 0
        self.failed = 0

    def run(self, args, stdin=b"", cwd=None):
        try:
            p = subprocess.run([self.tern] + args, input=stdin, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=TIMEOUT)
            return p.returncode, p.stdout.decode("utf-8", "replace"), \
                p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return None, "", "timeout after %d s" % TIMEOUT

    def check(self, name, args, stdin=b"", code=0, out=None, out_has=(),
              err_has=(), err_last=None, err_lines=None, cwd=None):
        """Run tern and compare; out is exact stdout, *_has are substrings
        (or compiled regexes), err_last the last stderr line, err_lines the
        number of stderr lines."""
        rc, o, e = self.run(args, stdin, cwd)
        problems = []
        if rc != code:
            problems.append("exit status %r, expected %d" % (rc, code))
        if out is not None and o != out:
            problems.append("stdout %r, expected %r" % (o, out))
        for s, text, what in [(s, o, "stdout") for s in out_has] + \
                             [(s, e, "stderr") for s in err_has]:
            found = s.search(text) if hasattr(s, "search") else s in text
            if not found:
                problems.append("%s lacks %r" % (what, getattr(s, "pattern", s)))
        lines = [l for l in e.splitlines() if l.strip()]
        if err_last is not None and (not lines or lines[-1] != err_last):
            problems.append("last stderr line %r, expected %r"
                            % (lines[-1] if lines else "", err_last))
        if err_lines is not None and len(lines) != err_lines:
            problems.append("%d stderr lines, expected %d" % (len(lines), err_lines))
        if problems:
            self.failed += 1
            print("FAIL cli: %s" % name)
            for p in problems:
                print("    " + p)
            if e and rc != code:
                for l in e.splitlines()[-6:]:
                    print("    stderr: " + l)
        else:
            self.passed += 1
            print("PASS cli: %s" % name)
        sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tern", default="build/tern")
    ap.add_argument("--tally")
    args = ap.parse_args()
    c = Checker(args.tern)

    with tempfile.TemporaryDirectory() as tmp:
        def script(name, text):
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
            return name

        # Options
        c.check("--version", ["--version"], out="Tern 0.1.0\n")
        c.check("--help", ["--help"], out_has=["usage"])
        c.check("-c runs code", ["-c", "print(6 * 7)"], out="42\n")
        c.check("-c sets sys.argv", ["-c", "import sys\nprint(sys.argv)", "a", "b"],
                out="['-c', 'a', 'b']\n")
        c.check("- reads the program from stdin", ["-"],
                stdin=b"x = 20\nprint(x + 1)\n", out="21\n")
        c.check("script file", [script("hello.py", "print('hello')\n")],
                cwd=tmp, out="hello\n")
        c.check("script sets sys.argv",
                [script("argv.py", "import sys\nprint(sys.argv)\n"), "x", "y z"],
                cwd=tmp, out="['argv.py', 'x', 'y z']\n")
        c.check("SystemExit sets the exit status", ["-c", "raise SystemExit(3)"], code=3)

        # Bad usage: one line on stderr, exit status 2
        c.check("missing script file", ["nonexistent.py"], cwd=tmp, code=2,
                err_last="tern: can't open file 'nonexistent.py': "
                         "[Errno 2] No such file or directory", err_lines=1)
        c.check("unknown option", ["--bogus"], code=2, err_lines=1)
        c.check("-c without argument", ["-c"], code=2, err_lines=1)
        c.check("bad heap size", ["-X", "heapsize=12q", "-c", "pass"], code=2, err_lines=1)
        c.check("unknown -X option", ["-X", "frobnicate", "-c", "pass"], code=2, err_lines=1)

        # Errors
        c.check("uncaught exception: traceback and exit 1",
                [script("boom.py", "def f():\n    raise ValueError('bad')\n\nf()\n")],
                cwd=tmp, code=1,
                err_has=["Traceback (most recent call last):",
                         re.compile(r'File "[^"]*boom\.py", line 4, in <module>'),
                         re.compile(r'File "[^"]*boom\.py", line 2, in f')],
                err_last="ValueError: bad")
        c.check("output before a traceback is kept",
                ["-c", "print('first')\n1/0"], code=1, out="first\n",
                err_last="ZeroDivisionError: division by zero")
        c.check("syntax error: exit 1", ["-c", "x = = 1"], code=1,
                err_has=[re.compile(r"^SyntaxError", re.M)])

        # Bytecode (docs/bytecode.md): --compile writes a .tbc that runs as the source
        script("bc.py", "import sys\ndef f():\n    raise KeyError('k')\nprint(sys.argv[1:], __name__)\nf()\n")
        c.check("--compile writes bytecode, runs nothing", ["--compile", "bc.py"], cwd=tmp, out="")
        c.check("--compile output starts with the magic",
                ["-c", "print(open('bc.tbc', 'rb').read(4))"], cwd=tmp, out="b'\\x7fTBC'\n")
        c.check("bytecode runs: argv, output, traceback with the source's lines",
                ["bc.tbc", "a"], cwd=tmp, code=1, out="['a'] __main__\n",
                err_has=[re.compile(r'File "[^"]*bc\.py", line 3, in f')], err_last="KeyError: 'k'")
        c.check("--compile -o", ["--compile", "bc.py", "-o", "other.bin"], cwd=tmp, out="")
        c.check("bytecode by its magic, whatever its name", ["other.bin"], cwd=tmp, code=1,
                out="[] __main__\n", err_last="KeyError: 'k'")
        c.check("--compile of a syntax error: exit 1, nothing written",
                ["--compile", script("bad_syntax.py", "x = = 1\n")], cwd=tmp, code=1,
                err_has=[re.compile(r"^SyntaxError", re.M)])
        c.check("--compile without a file", ["--compile"], code=2, err_lines=1)
        with open(os.path.join(tmp, "damaged.tbc"), "wb") as f:
            with open(os.path.join(tmp, "bc.tbc"), "rb") as g:
                data = bytearray(g.read())
            data[len(data) // 2] ^= 0x10
            f.write(data)
        c.check("damaged bytecode: ValueError, exit 1", ["damaged.tbc"], cwd=tmp, code=1,
                err_last="ValueError: bad bytecode: checksum mismatch (the file is damaged)")

        # import finds name.tbc when there is no name.py
        os.mkdir(os.path.join(tmp, "imp"))
        script("imp/precomp.py", "X = 42\ndef twice(s):\n    return s * 2\n")
        script("imp/usesit.py", "import precomp\nfrom precomp import twice\n"
                                "print(precomp.X, twice('ab'), precomp.__file__.endswith('precomp.tbc'))\n")
        c.check("--compile a module", ["--compile", "precomp.py"], cwd=os.path.join(tmp, "imp"), out="")
        os.remove(os.path.join(tmp, "imp", "precomp.py"))
        c.check("import finds name.tbc without name.py", ["usesit.py"], cwd=os.path.join(tmp, "imp"),
                out="42 abab True\n")

        # Ctrl-C: SIGINT while a script runs raises KeyboardInterrupt in it
        # (tern_request_stop from the signal handler); uncaught, exit 130
        name = "SIGINT raises KeyboardInterrupt"
        # (stderr is unbuffered: its first line says the loop is about to run)
        prog = ("import sys\nsys.stderr.write('start\\n')\ntry:\n    while True:\n        pass\n"
                "except KeyboardInterrupt:\n    print('caught')\n    raise\n")
        p = subprocess.Popen([c.tern, "-c", prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = p.stderr.readline()
        p.send_signal(signal.SIGINT)
        try:
            o, e = p.communicate(timeout=TIMEOUT)
            ok = (first == b"start\n" and o == b"caught\n" and p.returncode == 130
                  and e.decode().rstrip().endswith("KeyboardInterrupt"))
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            ok, o, e = False, b"", b"timeout"
        if ok:
            c.passed += 1
            print("PASS cli: %s" % name)
        else:
            c.failed += 1
            print("FAIL cli: %s: rc %r, stdout %r, stderr %r" % (p.returncode, first + o, e[-200:]))

        # Heap size
        c.check("-X heapsize=64k", ["-X", "heapsize=64k", "-c", "print(sum(range(100)))"],
                out="4950\n")
        c.check("-X heapmax=2m lets the heap grow",
                ["-X", "heapsize=64k", "-X", "heapmax=2m", "-c",
                 "import gc, micropython\nx = [str(i) for i in range(20000)]\n"
                 "print(gc.mem_free() + gc.mem_alloc() > 512 * 1024)\nmicropython.mem_info()"],
                out_has=["True\n", re.compile(r"^  growing heap: bound 2097152, grown [1-9]\d* times, "
                                               r"shrunk \d+ times$", re.M)])
        c.check("bad heap bound", ["-X", "heapmax=0", "-c", "pass"], code=2, err_lines=1)
        c.check("-X heapsize=2M before a script",
                ["-X", "heapsize=2M", script("small.py", "print([i * i for i in range(5)])\n")],
                cwd=tmp, out="[0, 1, 4, 9, 16]\n")

        # micropython.mem_info(): figures that add up, and a heap map
        c.check("mem_info prints the heap's figures",
                ["-X", "heapsize=96k", "-c", "import micropython\nmicropython.mem_info()"],
                out_has=[re.compile(r"^stack: \d+ of \d+ slots, \d+ of \d+ frames$", re.M),
                         re.compile(r"^heap: total \d+, used \d+, free (\d+), largest free \1$", re.M),
                         re.compile(r"^  side tables \d+, pinned 0 \(0 free in it\)$", re.M),
                         re.compile(r"^gc: \d+ collections; the last freed \d+ objects "
                                    r"\(\d+ bytes\) in \d+ us; longest pause \d+ us$", re.M)])
        c.check("mem_info(1) adds a map with pinned memory",
                ["-X", "heapsize=96k", "-c",
                 "import micropython, gc\nb = micropython.pinned(4000)\ngc.collect()\nmicropython.mem_info(1)"],
                out_has=[re.compile(r"^map: one character per \d+ bytes", re.M),
                         re.compile(r"^00000000: [A-Za-z]", re.M),
                         re.compile(r"^[0-9a-f]{8}: [^\n]*\.+P+$", re.M)])

        # REPL, fed through stdin (prompts are printed even without a tty)
        c.check("REPL echoes an expression", [], stdin=b"1+1\n",
                out_has=[re.compile(r"(^|>>> )2\n")])
        c.check("REPL def block with continuation", [],
                stdin=b"def f(x):\n    return x * 3\n\nf(5)\n",
                out_has=["... ", re.compile(r"(^|>>> )15\n")])
        c.check("REPL goes on after an error", [],
                stdin=b"1/0\nprint('after')\n", out_has=["after"],
                err_has=["ZeroDivisionError"])
        c.check("REPL keeps state between entries", [],
                stdin=b"x = 5\ny = x * 2\ny\n", out_has=[re.compile(r"(^|>>> )10\n")])
        c.check("REPL open bracket continues", [], stdin=b"(1 +\n 2)\n",
                out_has=[re.compile(r"(^|>>> |\.\.\. )3\n")])
        c.check("REPL exits 0 at end of input", [], stdin=b"", code=0)

    print("-- cli: %d ok, %d failing" % (c.passed, c.failed))
    if args.tally:
        with open(args.tally, "a") as f:
            f.write("cli\t%d\t%d\t0\n" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
