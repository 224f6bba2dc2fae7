#!/bin/sh
# SPDX-License-Identifier: MIT
# The whole test run behind `make test`. Every step is counted in one tally
# (build/test-tally.txt) and the run ends with a single line
# "N passed, N failed"; the exit status is non-zero if anything failed.
# A step that fails (a build, a gate) is counted and the run goes on.
#
# Order: dependencies, builds, gates, the Python suite on each build, the C
# API tests of each build, the CLI tests.
set -u

MAKE=${MAKE:-make}
PYTHON=${PYTHON:-python3}
B=${BUILD:-build}
JOBS=${JOBS:-2}
TALLY=$B/test-tally.txt
# An undefined-behaviour report in the ASan+UBSan builds fails its run, as
# an AddressSanitizer report does (by default UBSan only prints)
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

mkdir -p "$B"
tally() { "$PYTHON" tests/tally.py "$TALLY" "$@"; }
tally reset
cache=$(mktemp -d)           # CPython's results, shared by the suite runs
trap 'rm -rf "$cache"' EXIT

section() { printf '\n== %s\n' "$1"; }

# The builds: name, directory, command, heap for the suite (empty: default).
VARIANTS="default:$B:tern:
stress:$B/stress:tern-stress:512k
asan:$B/asan:tern:
m32:$B/m32:tern:
cxx:$B/cxx:tern:"

section "dependencies"
tally run --show "deps: tools/ensure-deps.sh" -- sh tools/ensure-deps.sh

# Builds. The C++ and 32-bit builds compiling is itself a gate.
section "builds"
built=""
for v in $VARIANTS; do
    name=${v%%:*}; rest=${v#*:}; dir=${rest%%:*}; rest=${rest#*:}; cmd=${rest%%:*}
    if tally run --timeout 1200 "build: $name" -- $MAKE -j"$JOBS" "$dir/libtern.a" "$dir/$cmd"; then
        built="$built $name"
    fi
done
[ -x "$B/stress/tern-stress" ] && cp "$B/stress/tern-stress" "$B/tern-stress"

# How to run a build's programs: directly, except the 32-bit build on a
# kernel that cannot run 32-bit x86 programs, which goes through qemu-i386.
wrapper_for() {
    if [ "$1" = m32 ] && [ -x "$B/m32/tern" ] && ! "$B/m32/tern" --version >/dev/null 2>&1 &&
            command -v qemu-i386 >/dev/null 2>&1; then
        echo qemu-i386
    fi
}

section "gates"
tally run --show "gate: no writable globals (tools/check-globals.sh)" -- sh tools/check-globals.sh "$B/libtern.a"
tally run --show "gate: no asm, no malloc in src/ (tools/check-asm.sh)" -- sh tools/check-asm.sh src
tally run --show "gate: src/names.h in byte order (tools/sort-names.py)" -- $PYTHON tools/sort-names.py --check
tally run --show "gate: every TERN_API function called by a C API test (tools/api-coverage.py)" -- \
    "$PYTHON" tools/api-coverage.py --quiet

# The Python suite on every build that built.
for v in $VARIANTS; do
    name=${v%%:*}; rest=${v#*:}; dir=${rest%%:*}; rest=${rest#*:}; cmd=${rest%%:*}; heap=${rest#*:}
    case " $built " in *" $name "*) ;; *) continue ;; esac
    wrap=$(wrapper_for "$name")
    section "Python tests on ${wrap:+$wrap }$dir/$cmd"
    # the stress build collects at every allocation: its slowest tests take
    # tens of seconds, so they get more than the default minute
    tmo=60
    [ "$name" = stress ] && tmo=180
    "$PYTHON" tests/run.py --tern "$dir/$cmd" --jobs "$JOBS" --timeout "$tmo" ${heap:+--heap "$heap"} ${wrap:+--wrapper "$wrap"} \
        --tally "$TALLY" --label "suite: $name" --cache-dir "$cache"
done

# Precompiled bytecode (docs/bytecode.md): a sample of the suite compiled
# with `tern --compile` and run from the .tbc, compared with CPython; on
# the default build, a few on the GC-stress build, and on the 32-bit build
# from bytecode the 64-bit one wrote. About 40 s.
section "bytecode round trip"
for v in $VARIANTS; do
    name=${v%%:*}; rest=${v#*:}; dir=${rest%%:*}; rest=${rest#*:}; cmd=${rest%%:*}; heap=${rest#*:}
    case " $built " in *" $name "*) ;; *) continue ;; esac
    case $name in
        default) set -- tests/basics tests/programs ;;
        stress) set -- tests/basics/func_closure.py tests/basics/class_super.py tests/basics/exc_finally.py \
                       tests/basics/generators_flow.py tests/basics/match_patterns.py \
                       tests/programs/generators_pipeline.py tests/programs/shapes_abc_like.py ;;
        m32) set -- tests/programs ;;
        *) continue ;;
    esac
    wrap=$(wrapper_for "$name")
    comp=""
    [ "$name" = m32 ] && [ -x "$B/tern" ] && comp="$B/tern"
    "$PYTHON" tests/run.py --tern "$dir/$cmd" --jobs "$JOBS" --timeout 180 --bytecode ${comp:+--compiler "$comp"} \
        ${heap:+--heap "$heap"} ${wrap:+--wrapper "$wrap"} --tally "$TALLY" --label "bytecode: $name" \
        --cache-dir "$cache" "$@"
done

# The C API tests, each linked against the libtern of each build.
for v in $VARIANTS; do
    name=${v%%:*}; rest=${v#*:}; dir=${rest%%:*}
    case " $built " in *" $name "*) ;; *) continue ;; esac
    wrap=$(wrapper_for "$name")
    for src in tests/api/*.c; do
        [ -f "$src" ] || continue
        t=$(basename "$src" .c)
        section "C API test $t ($name)"
        tally run --counts --timeout 120 "api $name: $t" -- \
            sh -c "$MAKE -s '$dir/api/$t' && TERN_WRAPPER='$wrap' $wrap '$dir/api/$t'"
    done
done

# The embedding examples (examples/embed/): each builds against the default
# libtern.a and runs to a zero exit status; one test each.
section "embedding examples"
for src in examples/embed/*.c; do
    [ -f "$src" ] || continue
    t=$(basename "$src" .c)
    tally run --timeout 120 "example: $t" -- sh -c "$MAKE -s '$B/examples/$t' && '$B/examples/$t'"
done

# The leak check (issue 5): LeakSanitizer on the ASan build's C API tests,
# embedding examples, tern-multi (slices and threads) and tern, on programs
# that end well and ones that end in an exception, MemoryError, RecursionError,
# SyntaxError or sys.exit, also with a growing heap; a self-test first proves
# LeakSanitizer reports a forgotten tern_close here. About 10 seconds.
section "leak check (LeakSanitizer, build/asan)"
if tally run --timeout 1200 "build: leak check" -- $MAKE -j"$JOBS" "$B/asan/tern" "$B/asan/tern-multi" \
        "$B/asan-api" asan-examples; then
    "$PYTHON" tests/leaks/run_leaks.py --build "$B" --tally "$TALLY" --label "leaks"
fi

# Allocation-failure injection (docs/memory-oom.md): a sample of the test
# programs, each run with its N-th allocation failing for many N, on the
# ASan+UBSan build with TERN_OOM_INJECT; about 2-3 minutes on 2 cores.
section "out-of-memory injection (build/oom)"
if tally run --timeout 1200 "build: oom" -- $MAKE -j"$JOBS" "$B/oom/tern"; then
    "$PYTHON" tests/oom/run_oom.py --tern "$B/oom/tern" --jobs "$JOBS" --budget 150 \
        --quiet --tally "$TALLY" --label "oom injection"
    # the embedding API with every allocation of a scenario failing in turn
    tally run --counts --timeout 300 "api oom: api_oom" -- sh -c "$MAKE -s '$B/oom/api/api_oom' && '$B/oom/api/api_oom'"
    # the ring buffers with every allocation failing while they run (heap_lock)
    tally run --counts --timeout 120 "api oom: ring" -- sh -c "$MAKE -s '$B/oom/api/ring' && '$B/oom/api/ring'"
fi

# The same on the GC-stress variant of that build (every allocation also
# collects and moves everything): a few programs, fewer N each, so that an
# error path holding an unrooted value is caught. About a minute.
section "out-of-memory injection, GC stress (build/oom-stress)"
if tally run --timeout 1200 "build: oom-stress" -- $MAKE -j"$JOBS" "$B/oom-stress/tern"; then
    "$PYTHON" tests/oom/run_oom.py --tern "$B/oom-stress/tern" --jobs "$JOBS" --heap 512k \
        --dense 30 --spread 10 --random 0 --sticky 1 --timeout-factor 20 --quiet \
        --tally "$TALLY" --label "oom injection (stress)" \
        tests/basics/func_closure.py tests/classes/cls_attr_storage.py tests/exceptions/exc_chaining.py \
        tests/containers/dict_views.py tests/strings/str_format.py tests/memory/frag_alternating_64k.py
fi

# Many VMs in one process (docs/timeslicing.md): tern-multi runs a dozen
# test programs side by side, round-robin in slices and one thread each,
# at budgets 1, 7, 100 and 10000, each compared with CPython; then the
# GC-stress build at budget 7; then every suite program fit for it, 16 at
# a time; and the threads under ThreadSanitizer when clang can build it.
# About two minutes on 2 cores.
section "many VMs: tern-multi"
if tally run --timeout 600 "build: tern-multi" -- $MAKE -j"$JOBS" "$B/tern-multi" "$B/stress/tern-multi"; then
    "$PYTHON" tests/multi/run_multi.py --tern-multi "$B/tern-multi" --tally "$TALLY" --label "multi: default"
    "$PYTHON" tests/multi/run_multi.py --tern-multi "$B/stress/tern-multi" --heap 512k --budgets 7 \
        --tally "$TALLY" --label "multi: stress"
    # wide: every suite program fit for the driver, 16 VMs at a time, in
    # slices of 3 instructions and in threads (about a minute)
    "$PYTHON" tests/multi/run_multi.py --tern-multi "$B/tern-multi" --modes rr --budgets 3 --group 16 \
        --from tests/basics,tests/programs,tests/classes,tests/exceptions,tests/strings,tests/containers,tests/builtins,tests/int,tests/float,tests/modules,tests/asyncio,tests/regress,tests/syntax,tests/stdlib_lead \
        --tally "$TALLY" --label "multi: wide, budget 3"
    "$PYTHON" tests/multi/run_multi.py --tern-multi "$B/tern-multi" --modes threads --budgets 100 --group 16 \
        --from tests/basics,tests/programs,tests/classes,tests/exceptions \
        --tally "$TALLY" --label "multi: wide, threads"
fi
section "many VMs under ThreadSanitizer (build/tsan)"
tsan_probe=$(mktemp -d)
printf 'int main(void) { return 0; }\n' > "$tsan_probe/t.c"
if command -v "${TSAN_CC:-clang}" >/dev/null 2>&1 &&
        "${TSAN_CC:-clang}" -fsanitize=thread "$tsan_probe/t.c" -o "$tsan_probe/t" >/dev/null 2>&1; then
    if tally run --timeout 1200 "build: tsan" -- $MAKE -j"$JOBS" "$B/tsan/tern-multi" "$B/tsan/api/budget"; then
        "$PYTHON" tests/multi/run_multi.py --tern-multi "$B/tsan/tern-multi" --tsan --modes threads \
            --budgets 7,10000 --tally "$TALLY" --label "multi: tsan"
        tally run --counts --timeout 120 "api tsan: budget" -- sh -c \
            "TSAN_OPTIONS='halt_on_error=1 exitcode=66' '$B/tsan/api/budget'"
    fi
else
    echo "skipped: ${TSAN_CC:-clang} cannot build ThreadSanitizer programs here"
fi
rm -rf "$tsan_probe"

section "CLI tests"
if [ -x "$B/tern" ]; then
    "$PYTHON" tests/cli/run_cli.py --tern "$B/tern" --tally "$TALLY"
else
    tally add "cli: $B/tern missing" 0 1
    echo "FAIL cli: $B/tern was not built"
fi

section "total"
tally total
