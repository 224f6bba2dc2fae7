#!/bin/sh
# SPDX-License-Identifier: MIT
# Gate: the core (src/) is portable C (DESIGN.md, properties 1 and 3).
#  - no assembler files (.S, .s) and no inline asm (asm, __asm, __asm__);
#  - no calls to malloc, calloc, realloc or free: all memory comes from the
#    heap block the embedder hands to tern_open.
# Comments are ignored in a simple way (// ..., /* ... */ on one line, and
# lines starting with '*' inside block comments), so prose may name them.
# Usage: tools/check-asm.sh [srcdir]
set -eu

src=${1:-src}
status=0

files=$(find "$src" -type f \( -name '*.S' -o -name '*.s' -o -name '*.asm' \) | sort)
if [ -n "$files" ]; then
    echo "check-asm: assembler files in $src:"
    echo "$files" | sed 's/^/  /'
    status=1
fi

# Print "file:line: text" for code lines (comments stripped) matching $1.
scan() {
    for f in $(find "$src" -type f \( -name '*.c' -o -name '*.h' \) | sort); do
        sed -e 's://.*$::' -e 's:/\*.*\*/::g' -e 's:^[[:space:]]*\*.*$::' "$f" |
            grep -nE "$1" | sed "s|^|  $f:|" || true
    done
}

asm=$(scan '(^|[^[:alnum:]_])(asm|__asm|__asm__)([[:space:]]+(volatile|__volatile__|goto|inline))*[[:space:]]*[({]')
if [ -n "$asm" ]; then
    echo "check-asm: inline assembler in $src:"
    echo "$asm"
    status=1
fi

alloc=$(scan '(^|[^[:alnum:]_])(malloc|calloc|realloc|free)[[:space:]]*\(')
if [ -n "$alloc" ]; then
    echo "check-asm: calls to the C allocator in $src:"
    echo "$alloc"
    status=1
fi

if [ "$status" -eq 0 ]; then
    echo "check-asm: $src has no assembler and no malloc/free"
fi
exit $status
