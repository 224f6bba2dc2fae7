#!/usr/bin/env python3
"""sort-names.py — keep src/names.h in byte order of the names' text.

The interning code (src/obj_str.c, rom_name) finds a ROM name by binary
search over the list names.c builds in the order of names.h, so the
TERN_NAME lines must be sorted by their text, bytewise (UTF-8, as memcmp
compares; a name that is a prefix of another comes first).

    python3 tools/sort-names.py            # sort src/names.h in place
    python3 tools/sort-names.py --check    # exit 1 if it is not sorted (make test)
"""
import re
import sys

PATH = "src/names.h"
ENTRY = re.compile(r'^TERN_NAME\(\w+, "((?:[^"\\]|\\.)*)"\)\s*$')


def key(line):
    text = ENTRY.match(line).group(1)
    return text.encode("utf-8").decode("unicode_escape").encode("latin-1")


def main():
    check = "--check" in sys.argv[1:]
    lines = open(PATH, encoding="utf-8").read().split("\n")
    head = []
    while lines and not ENTRY.match(lines[0]):
        head.append(lines.pop(0))
    entries = [l for l in lines if ENTRY.match(l)]
    other = [l for l in lines if l.strip() and not ENTRY.match(l)]
    if other:
        print("sort-names: lines other than TERN_NAME(...) after the first name:", *other, sep="\n  ")
        return 1
    keys = [key(l) for l in entries]
    if len(set(keys)) != len(keys):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        print("sort-names: names defined twice:", dup)
        return 1
    ordered = sorted(entries, key=key)
    if check:
        if ordered != entries:
            bad = next(i for i, (a, b) in enumerate(zip(entries, ordered)) if a != b)
            print("sort-names: %s is not sorted (first difference: %s); run python3 tools/sort-names.py"
                  % (PATH, entries[bad]))
            return 1
        print("sort-names: %d names in order" % len(entries))
        return 0
    open(PATH, "w", encoding="utf-8").write("\n".join(head + ordered) + "\n")
    print("sort-names: %d names sorted" % len(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
