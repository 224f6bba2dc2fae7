#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The smallest heap each bench/mem/ program completes in.

For each program, finds by bisection (to 1 KiB) the smallest
`-X heapsize` at which tern prints exactly what CPython prints and exits
0, then checks a few sizes above that floor (monotonicity: a
fragmenting allocator fails again above its floor), and prints a table in
KiB next to MicroPython's floor from /work/shared/REFERENCE.md.

The -X heapsize block holds everything the VM uses: the tern_vm struct,
the stack region (values and frame records) and the root array as well
as the object heap and the collector's side tables (see src/api.c
tern_open). The figures therefore include the VM struct and stack, which
MicroPython's -X heapsize does not (its VM state is static data).

    python3 bench/minheap.py [--tern build/tern] [programs...]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MEM = os.path.join(HERE, 'mem')

# program -> MicroPython's floor in KiB (REFERENCE.md; print(1): print('ok'))
MICROPYTHON = {
    'print1': 3, 'pystone': 37, 'raytrace': 50, 'aes': 33, 'mandelbrot': 17,
    'nqueens': 16, 'fannkuch': 13, 'pidigits': 25, 'sudoku': 74, 'wordcount': 19,
    'fft': 139, 'chaos': 257, 'float': 837,
}
ORDER = ['print1', 'pystone', 'raytrace', 'aes', 'mandelbrot', 'nqueens', 'fannkuch',
         'pidigits', 'sudoku', 'wordcount', 'fft', 'chaos', 'float']
LABEL = {'sudoku': 'sudoku (for hexiom)', 'print1': 'print(1)'}
ABOVE = (1, 2, 3, 5, 8, 13, 21, 34)     # KiB above the floor to check


def expected(path):
    r = subprocess.run([sys.executable, path], capture_output=True, cwd=MEM, timeout=120)
    if r.returncode != 0:
        raise SystemExit('CPython fails on %s' % path)
    return r.stdout


def ok(tern, path, kib, want):
    try:
        r = subprocess.run([tern, '-X', 'heapsize=%dk' % kib, path], capture_output=True,
                           cwd=MEM, timeout=120)
    except subprocess.TimeoutExpired:
        return False
    return r.returncode == 0 and r.stdout == want


def floor(tern, path, want):
    lo, hi = 8, 16          # lo fails (too small to open a VM), hi is probed
    while not ok(tern, path, hi, want):
        lo, hi = hi, hi * 2
        if hi > 1 << 20:
            return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(tern, path, mid, want):
            hi = mid
        else:
            lo = mid
    return hi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tern', default=os.path.join(HERE, '..', 'build', 'tern'))
    ap.add_argument('programs', nargs='*')
    a = ap.parse_args()
    tern = os.path.abspath(a.tern)
    names = a.programs or ORDER
    print('| program | Tern floor (KiB) | monotonic above | MicroPython (KiB) | Tern / MicroPython |')
    print('|---|---:|---|---:|---:|')
    ratios = []
    for name in names:
        path = os.path.join(MEM, name + '.py')
        want = expected(path)
        f = floor(tern, path, want)
        if f is None:
            print('| %s | fails | | %d | |' % (LABEL.get(name, name), MICROPYTHON[name]))
            continue
        bad = [f + d for d in ABOVE if not ok(tern, path, f + d, want)]
        mono = 'yes' if not bad else 'NO: fails at %s' % ', '.join('%dk' % b for b in bad)
        mp = MICROPYTHON.get(name)
        ratio = f / mp if mp else None
        if ratio is not None:
            ratios.append(ratio)
        print('| %s | %d | %s | %s | %s |' % (LABEL.get(name, name), f, mono, mp if mp else '',
                                            '%.2f' % ratio if ratio is not None else ''))
        sys.stdout.flush()
    if ratios:
        g = 1.0
        for r in ratios:
            g *= r
        print('\ngeometric mean of Tern / MicroPython: %.2f (target <= 0.7)' % g ** (1 / len(ratios)))


main()
