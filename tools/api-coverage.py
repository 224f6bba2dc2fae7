#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Gate: every function of the embedding API is called by a C API test.

Lists every function declared TERN_API in include/tern.h and fails if one
is not called (its name followed by "(") in any tests/api/*.c, outside
comments. Prints the functions and the test files that call each one,
then the uncovered ones.

Usage: tools/api-coverage.py [--header include/tern.h] [--tests tests/api]
           [--quiet]
"""

import argparse
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DECL = re.compile(r"\bTERN_API\b[^;{]*?\b(tern_\w+)\s*\(", re.S)
COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def api_functions(header):
    with open(header, encoding="utf-8") as f:
        text = COMMENTS.sub(" ", f.read())
    names = []
    for m in DECL.finditer(text):
        if m.group(1) not in names:
            names.append(m.group(1))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--header", default=os.path.join(ROOT, "include", "tern.h"))
    ap.add_argument("--tests", default=os.path.join(ROOT, "tests", "api"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    names = api_functions(args.header)
    if not names:
        print("api-coverage: no TERN_API function found in %s" % args.header)
        return 1
    sources = {}
    for path in sorted(glob.glob(os.path.join(args.tests, "*.c"))):
        with open(path, encoding="utf-8") as f:
            sources[os.path.basename(path)] = COMMENTS.sub(" ", f.read())
    missing = []
    for n in names:
        call = re.compile(r"\b%s\s*\(" % re.escape(n))
        users = [f for f, text in sources.items() if call.search(text)]
        if not users:
            missing.append(n)
        if not args.quiet:
            print("%-28s %s" % (n, " ".join(users) if users else "NOT CALLED"))
    print("api-coverage: %d of %d TERN_API functions are called by tests/api/*.c"
          % (len(names) - len(missing), len(names)))
    if missing:
        print("api-coverage: not covered: %s" % " ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
