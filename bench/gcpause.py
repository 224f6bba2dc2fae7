#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Collection pauses of Tern's compacting collector at 50% live data.

For each heap size, a Tern program fills the heap with small objects of
mixed kinds, drops every other one (so the survivors are interleaved with
garbage and compaction must slide half the heap), and times gc.collect().
It repeats this a few times and prints the median and the worst pause, and
the pause per MiB of live data (the target is at most 1 ms per MiB).

Usage: bench/gcpause.py [--tern build/tern] [sizes...]   (default 64k 1m 64m)
"""
import argparse
import subprocess
import sys

PROGRAM = r'''
import gc, time
def fill(keep, limit):
    i = 0
    while gc.mem_alloc() < limit:
        k = i % 4
        if k == 0:
            keep.append((i, i + 1))
        elif k == 1:
            keep.append(str(i) + 'abcdefgh')
        elif k == 2:
            keep.append([float(i), i])
        else:
            keep.append({'k': i})
        i += 1
def drop_every_other(keep):
    for j in range(0, len(keep), 2):
        keep[j] = None
gc.collect()
total = gc.mem_alloc() + gc.mem_free()
pauses = []
lives = []
for rnd in range(ROUNDS):
    keep = []
    gc.collect()
    fill(keep, total * 90 // 100)
    drop_every_other(keep)
    t0 = time.perf_counter()
    gc.collect()
    pauses.append(time.perf_counter() - t0)
    lives.append(gc.mem_alloc())
    keep = None
pauses.sort()
print(total, max(lives), pauses[len(pauses) // 2], pauses[-1])
'''


def parse_size(s):
    mult = {'k': 1024, 'm': 1024 * 1024}.get(s[-1].lower(), 1)
    return int(s[:-1] if s[-1].isalpha() else s) * mult


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tern', default='build/tern')
    ap.add_argument('--rounds', type=int, default=7)
    ap.add_argument('sizes', nargs='*', default=['64k', '1m', '64m'])
    args = ap.parse_args()
    prog = PROGRAM.replace('ROUNDS', str(args.rounds))
    print('%-8s %10s %10s %12s %12s %10s' % ('heap', 'total KiB', 'live KiB', 'median ms', 'worst ms',
                                               'ms/MiB'))
    for size in args.sizes:
        r = subprocess.run([args.tern, '-X', 'heapsize=%d' % parse_size(size), '-c', prog],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            print('%-8s failed: %s' % (size, r.stderr.strip().splitlines()[-1:]))
            continue
        total, live, med, worst = r.stdout.split()
        total, live, med, worst = int(total), int(live), float(med), float(worst)
        print('%-8s %10d %10d %12.3f %12.3f %10.3f' % (size, total // 1024, live // 1024, med * 1e3,
                                                      worst * 1e3, med * 1e3 / (live / 1048576)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
