#!/bin/sh
# SPDX-License-Identifier: MIT
# Gate: the core library has no writable global or static variables.
#
# Property 4 of DESIGN.md: no object of libtern.a may live in a writable
# data section (.data, .bss, .sdata, .sbss, their -fdata-sections forms such
# as .bss.name, .data.rel.local) or a thread-local one (.tdata, .tbss), nor
# be a common symbol (*COM*). Constant tables of pointers land in
# .data.rel.ro, which is read-only after relocation: that is fine.
#
# Sections are checked, not nm's letters: nm shows .data.rel.ro as 'd'.
# Usage: tools/check-globals.sh [build/libtern.a]
set -eu

lib=${1:-build/libtern.a}
if [ ! -f "$lib" ]; then
    echo "check-globals: $lib not found (build it first)" >&2
    exit 1
fi

bad=$(objdump -t "$lib" | awk '
    # "stub.o:     file format elf64-x86-64" starts a member of the archive
    /:[ \t]+file format / { member = $1; sub(/:$/, "", member); next }
    /^[0-9a-fA-F]+ / {
        # address, 7 flag characters, section, size, name
        flags = substr($0, length($1) + 2, 7)
        rest = substr($0, length($1) + 10)
        n = split(rest, f, /[ \t]+/)
        sec = f[1]; name = f[n]
        if (flags ~ /d/) next                       # section symbols
        if (sec ~ /^\.data\.rel\.ro(\.|$)/) next
        tls = (sec ~ /^\.(tdata|tbss)(\.|$)/)       # TLS symbols lack the O
        if (flags !~ /O/ && !tls) next
        if (tls || sec ~ /^\.(data|bss|sdata|sbss)(\.|$)/ || sec == "*COM*")
            printf "  %s: %s (%s)\n", member, name, sec
    }')

if [ -n "$bad" ]; then
    echo "check-globals: writable globals/statics in $lib:"
    echo "$bad"
    exit 1
fi
echo "check-globals: no writable globals in $lib"
