#!/bin/sh
# SPDX-License-Identifier: MIT
# Install the build dependencies `make test` needs on a fresh Debian 12
# machine: gcc-multilib (for the -m32 build), g++ (for the C++ build), clang
# (for the ThreadSanitizer build), and qemu-user if this kernel cannot run
# 32-bit programs natively.
# Does nothing if they are already usable. Fails loudly if an install fails.
set -eu

missing=""

# Can we compile *and link* a 32-bit program? Having the gcc binary is not
# enough: the 32-bit libc and libgcc come with gcc-multilib.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'int main(void) { return 0; }\n' > "$tmp/t.c"
if ! ${CC:-cc} -m32 "$tmp/t.c" -o "$tmp/t32" >/dev/null 2>&1; then
    missing="$missing gcc-multilib"
fi
if ! command -v g++ >/dev/null 2>&1; then
    missing="$missing g++"
fi
# Some kernels (e.g. in microVMs) cannot run 32-bit x86 programs at all; the
# tests then run the -m32 build under qemu-i386 (user-mode emulation).
if ${CC:-cc} -m32 "$tmp/t.c" -o "$tmp/t32" >/dev/null 2>&1 &&
        ! "$tmp/t32" >/dev/null 2>&1 && ! command -v qemu-i386 >/dev/null 2>&1; then
    missing="$missing qemu-user"
fi
if ! command -v objdump >/dev/null 2>&1; then
    missing="$missing binutils"
fi
# clang builds tern-multi and the budget test under ThreadSanitizer
if ! command -v clang >/dev/null 2>&1; then
    missing="$missing clang"
fi


# ThreadSanitizer's runtime is only recommended by Debian's clang, so check
# that a -fsanitize=thread program links and install the runtime if not. Not
# fatal: without it `make test` skips the ThreadSanitizer build and says so.
tsan_runtime() {
    command -v clang >/dev/null 2>&1 || return 0
    printf 'int main(void) { return 0; }\n' > "$tmp/ts.c"
    clang -fsanitize=thread "$tmp/ts.c" -o "$tmp/ts" >/dev/null 2>&1 && return 0
    v=$(clang --version | sed -n 's/.*clang version \([0-9][0-9]*\).*/\1/p' | head -n 1)
    echo "ensure-deps: installing the ThreadSanitizer runtime (libclang-rt-$v-dev)"
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then S=sudo; else S=; fi
    $S apt-get update >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $S apt-get install -y --no-install-recommends "libclang-rt-$v-dev" ||
        echo "ensure-deps: warning: no ThreadSanitizer runtime; make test will skip that build" >&2
}

if [ -z "$missing" ]; then
    tsan_runtime
    echo "ensure-deps: all build dependencies present"
    exit 0
fi

echo "ensure-deps: installing:$missing"
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "ensure-deps: need root to install:$missing" >&2
        exit 1
    fi
else
    SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update; then
    echo "ensure-deps: apt-get update failed" >&2
    exit 1
fi
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y --no-install-recommends $missing; then
    echo "ensure-deps: apt-get install failed for:$missing" >&2
    exit 1
fi

# Check again: an install that "succeeded" but left the toolchain unusable
# must not be skipped silently.
if ! ${CC:-cc} -m32 "$tmp/t.c" -o "$tmp/t32" >/dev/null 2>&1; then
    echo "ensure-deps: 32-bit toolchain still unusable after install" >&2
    exit 1
fi
if ! command -v g++ >/dev/null 2>&1; then
    echo "ensure-deps: g++ still missing after install" >&2
    exit 1
fi
# Only now can we tell whether this kernel runs 32-bit programs (the test
# program could not be linked before gcc-multilib was there).
if ! "$tmp/t32" >/dev/null 2>&1 && ! command -v qemu-i386 >/dev/null 2>&1; then
    echo "ensure-deps: this kernel cannot run 32-bit programs: installing qemu-user"
    if ! $SUDO apt-get install -y --no-install-recommends qemu-user; then
        echo "ensure-deps: apt-get install failed for: qemu-user" >&2
        exit 1
    fi
fi
if ! "$tmp/t32" >/dev/null 2>&1 && ! qemu-i386 "$tmp/t32" >/dev/null 2>&1; then
    echo "ensure-deps: cannot run 32-bit programs, natively or with qemu-i386" >&2
    exit 1
fi
tsan_runtime
echo "ensure-deps: done"
