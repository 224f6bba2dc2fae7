# SPDX-License-Identifier: MIT
# Tern build (GNU make).
#
#   make            build/libtern.a (the core) and build/tern (the Unix command)
#   make run        build and run examples/hello.py
#   make stress     build/tern-stress (GC stress: collect and move at every allocation)
#   make examples   the embedding examples, build/examples/* (examples/embed/)
#   make variants   the sanitizer, 32-bit, C++ and stress builds
#   make oom        build/oom/tern (fails the N-th allocation: -X oomat=N)
#   make oom-full   run every test program with every allocation failing in turn
#   make test       everything: gates, builds, the Python suite on every build,
#                   the C API tests, the CLI tests; ends with "N passed, N failed"
#   make bench      compare build/tern with CPython on bench/*.py
#   make minheap    the smallest heap each bench/mem/ program runs in
#   make soak       the long fragmentation soak (bench/soak.py; not in make test)
#   make clean
#
# Every build is an instance of one template, VARIANT, below: a directory, a
# compiler, extra compile flags and extra link flags. The default build lives
# directly in build/ (objects in build/obj/), the others in build/<name>/.

CC  ?= cc
CXX ?= g++
AR  ?= ar
PYTHON ?= python3

BUILD := build
.DEFAULT_GOAL := all
SRCS  := $(sort $(wildcard src/*.c))
MAIN  := ports/unix/main.c
API_TESTS := $(sort $(wildcard tests/api/*.c))

CPPFLAGS := -Iinclude -Isrc
CFLAGS   := -std=c99 -Wall -Wextra -Wno-unused-parameter -O2 -g -fno-strict-aliasing
DEPFLAGS := -MMD -MP
LDLIBS   := -lm -pthread
# Extra flags for every build, from the command line: make EXTRA_CFLAGS=...
EXTRA_CFLAGS ?=
EXTRA_LDFLAGS ?=

# ---------------------------------------------------------------------------
# The build template.
#   $(1) output directory       (e.g. build/asan)
#   $(2) compiler and linker    (e.g. $(CC))
#   $(3) extra compile flags    (a -std=... here replaces the default -std=c99)
#   $(4) extra link flags
#   $(5) name of the command    (tern, or tern-stress)
# It defines: $(1)/libtern.a, $(1)/$(5), and $(1)/api/<test> for every
# tests/api/<test>.c, all with objects under $(1)/obj/.
# ---------------------------------------------------------------------------
define VARIANT
$(1)_XCFLAGS := $(3)
$(1)_CFLAGS := $$(if $$(filter -std=%,$$($(1)_XCFLAGS)),$$(filter-out -std=%,$$(CFLAGS)),$$(CFLAGS)) $$($(1)_XCFLAGS) $$(EXTRA_CFLAGS)
$(1)_OBJS   := $$(patsubst %.c,$(1)/obj/%.o,$$(SRCS)) $(1)/obj/frozen_lib.o
$(1)_MAINO  := $(1)/obj/$$(MAIN:.c=.o) $(1)/obj/ports/unix/port.o $(1)/obj/ports/unix/machine.o
$(1)_APIS   := $$(patsubst tests/api/%.c,$(1)/api/%,$$(API_TESTS))

$(1)/obj/%.o: %.c
	@mkdir -p $$(@D)
	$(2) $$(CPPFLAGS) $$($(1)_CFLAGS) $$(DEPFLAGS) -c $$< -o $$@

$(1)/obj/frozen_lib.o: $(FROZEN_C)
	@mkdir -p $$(@D)
	$(2) $$(CPPFLAGS) $$($(1)_CFLAGS) -c $$< -o $$@

$(1)/libtern.a: $$($(1)_OBJS)
	@mkdir -p $$(@D)
	rm -f $$@
	$$(AR) rcs $$@ $$^

$(1)/$(5): $$($(1)_MAINO) $(1)/libtern.a
	$(2) $(4) $$(EXTRA_LDFLAGS) -o $$@ $$^ $$(LDLIBS)

# tern-multi: many programs, one VM each (docs/timeslicing.md)
$(1)/tern-multi: $(1)/obj/ports/unix/multi.o $(1)/obj/ports/unix/port.o $(1)/libtern.a
	$(2) $(4) $$(EXTRA_LDFLAGS) -o $$@ $$^ $$(LDLIBS)

$(1)/api/%: $(1)/obj/tests/api/%.o $(1)/libtern.a
	@mkdir -p $$(@D)
	$(2) $(4) $$(EXTRA_LDFLAGS) -o $$@ $$^ $$(LDLIBS)

$(1)-api: $$($(1)_APIS)

-include $$($(1)_OBJS:.o=.d) $$($(1)_MAINO:.o=.d) $(1)/obj/ports/unix/multi.d \
         $$(patsubst tests/api/%.c,$(1)/obj/tests/api/%.d,$$(API_TESTS))
endef

# The Python library lib/ frozen into const C data (see tools/freeze.py);
# regenerated whenever a file under lib/ changes.
LIB_PY   := $(shell find lib -name '*.py' 2>/dev/null | sort)
FROZEN_C := $(BUILD)/gen/frozen_lib.c

$(FROZEN_C): $(LIB_PY) tools/freeze.py
	@mkdir -p $(@D)
	$(PYTHON) tools/freeze.py lib $@

ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer

# One line per build: $(call add_variant, dir, compiler, CFLAGS, LDFLAGS, command)
add_variant = $(eval $(call VARIANT,$(strip $(1)),$(strip $(2)),$(strip $(3)),$(strip $(4)),$(strip $(5))))

$(call add_variant, $(BUILD),        $(CC),  ,                                   ,              tern)
$(call add_variant, $(BUILD)/stress, $(CC),  -DTERN_GC_STRESS=1,                 ,              tern-stress)
$(call add_variant, $(BUILD)/asan,   $(CC),  $(ASAN_FLAGS) -O1,                  $(ASAN_FLAGS), tern)
$(call add_variant, $(BUILD)/m32,    $(CC),  -m32 -msse2 -mfpmath=sse,           -m32,          tern)
$(call add_variant, $(BUILD)/cxx,    $(CXX), -x c++ -std=c++20 -DTERN_NLR_CXX=1, ,              tern)
$(call add_variant, $(BUILD)/oom,    $(CC),  $(ASAN_FLAGS) -O1 -DTERN_OOM_INJECT=1, $(ASAN_FLAGS), tern)
$(call add_variant, $(BUILD)/oom-stress, $(CC), $(ASAN_FLAGS) -O1 -DTERN_OOM_INJECT=1 -DTERN_GC_STRESS=1, $(ASAN_FLAGS), tern)
# ThreadSanitizer, for tern-multi --threads (tests/multi/run_multi.py)
TSAN_CC ?= clang
$(call add_variant, $(BUILD)/tsan,   $(TSAN_CC), -fsanitize=thread -O1 -fno-omit-frame-pointer, -fsanitize=thread, tern)

# Keep intermediate objects (the API tests' objects are built by a chain).
.SECONDARY:

# ---------------------------------------------------------------------------
# Top-level targets
# ---------------------------------------------------------------------------
.PHONY: irq-soak all run stress asan m32 cxx multi tsan oom oom-stress oom-full variants api examples asan-examples test bench minheap soak clean fuzz

all: $(BUILD)/libtern.a $(BUILD)/tern $(BUILD)/tern-multi

run: $(BUILD)/tern
	$(BUILD)/tern examples/hello.py

stress: $(BUILD)/tern-stress

$(BUILD)/tern-stress: $(BUILD)/stress/tern-stress
	cp $< $@

asan: $(BUILD)/asan/tern
m32:  $(BUILD)/m32/tern
cxx:  $(BUILD)/cxx/tern
multi: $(BUILD)/tern-multi
tsan: $(BUILD)/tsan/tern-multi
# Allocation-failure injection (docs/memory-oom.md): ASan+UBSan, and the
# N-th allocation fails with -X oomat=N.
oom:  $(BUILD)/oom/tern
# The same with the GC-stress collector (a move at every allocation): finds
# values left unrooted on the error paths. Slow; run with -X heapsize=512k.
oom-stress: $(BUILD)/oom-stress/tern
variants: stress asan m32 cxx

# The C API tests of the default build.
api: $(BUILD)-api

# The embedding examples (examples/embed/*.c), each a standalone program
# linked against the default build's libtern.a: build/examples/<name>.
EMBED_EXAMPLES := $(patsubst examples/embed/%.c,$(BUILD)/examples/%,$(sort $(wildcard examples/embed/*.c)))
$(BUILD)/examples/%: examples/embed/%.c $(BUILD)/libtern.a include/tern.h
	@mkdir -p $(@D)
	$(CC) -Iinclude $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $< $(BUILD)/libtern.a $(LDLIBS)
examples: $(EMBED_EXAMPLES)

# The same examples on the ASan+UBSan build, for the leak check (tests/leaks/).
$(BUILD)/asan/examples/%: examples/embed/%.c $(BUILD)/asan/libtern.a include/tern.h
	@mkdir -p $(@D)
	$(CC) -Iinclude $(CFLAGS) $(ASAN_FLAGS) -O1 $(EXTRA_CFLAGS) -o $@ $< $(BUILD)/asan/libtern.a $(LDLIBS)
asan-examples: $(patsubst $(BUILD)/examples/%,$(BUILD)/asan/examples/%,$(EMBED_EXAMPLES))

# The whole test run is driven by a script, so that one failing build or
# gate is counted and reported instead of stopping everything.
test:
	@MAKE="$(MAKE)" PYTHON="$(PYTHON)" BUILD="$(BUILD)" sh tests/run-all.sh

# The exhaustive injection run: every test program, every allocation (or a
# dense sample of a long program's). Takes hours; `make test` runs a sample.
oom-full: $(BUILD)/oom/tern
	$(PYTHON) tests/oom/run_oom.py --tern $(BUILD)/oom/tern --jobs 2 --full

# The long interrupt soak (issue 6): 10^6 hard callbacks (bench/irq_soak.py).
irq-soak: $(BUILD)/tern $(BUILD)/tern-stress
	$(BUILD)/tern bench/irq_soak.py 1000000
	$(BUILD)/tern-stress -X heapsize=512k bench/irq_soak.py 20000

bench: $(BUILD)/tern $(BUILD)/bench/api_costs $(BUILD)/bench/irq_latency
	$(PYTHON) bench/run.py --tern $(BUILD)/tern
	$(BUILD)/bench/api_costs
	$(BUILD)/bench/irq_latency

# What the embedding API costs (bench/api_costs.c).
$(BUILD)/bench/api_costs: bench/api_costs.c $(BUILD)/libtern.a include/tern.h
	@mkdir -p $(@D)
	$(CC) -Iinclude $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $< $(BUILD)/libtern.a $(LDLIBS)

# Hard-callback latency and cost (bench/irq_latency.c; docs/interrupts.md).
# -lrt: timer_create is in librt before glibc 2.34.
$(BUILD)/bench/irq_latency: bench/irq_latency.c $(BUILD)/libtern.a include/tern.h
	@mkdir -p $(@D)
	$(CC) -Iinclude $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $< $(BUILD)/libtern.a $(LDLIBS) -lrt

minheap: $(BUILD)/tern
	$(PYTHON) bench/minheap.py --tern $(BUILD)/tern

# Millions of allocations at three heap sizes and two seeds, then a shorter
# run of the GC-stress build (it collects at every allocation).
soak: $(BUILD)/tern $(BUILD)/tern-stress
	$(BUILD)/tern -X heapsize=64k bench/soak.py 3000 12345
	$(BUILD)/tern -X heapsize=64k bench/soak.py 3000 777
	$(BUILD)/tern -X heapsize=256k bench/soak.py 1000 4242
	$(BUILD)/tern -X heapsize=1m bench/soak.py 300 99
	$(BUILD)/tern-stress -X heapsize=64k bench/soak.py 200 31337

clean:
	rm -rf $(BUILD)

# ---------------------------------------------------------------------------
# Fuzzing the front end with libFuzzer (clang): `make fuzz` runs for
# FUZZ_SECONDS on a corpus seeded from the test programs; crashers are kept
# in tests/fuzz/ (each must then compile without crashing: see tests/fuzz/).
# ---------------------------------------------------------------------------
FUZZ_SECONDS ?= 120
FUZZ_CC ?= clang
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer

$(BUILD)/fuzz/fuzz_compile: tools/fuzz/fuzz_compile.c $(SRCS) $(wildcard src/*.h) $(FROZEN_C)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) -std=c99 -fno-strict-aliasing $(FUZZ_FLAGS) -o $@ tools/fuzz/fuzz_compile.c $(SRCS) $(FROZEN_C) -lm

fuzz: $(BUILD)/fuzz/fuzz_compile
	@mkdir -p $(BUILD)/fuzz/corpus tests/fuzz
	cp tests/*/*.py $(BUILD)/fuzz/corpus/ 2>/dev/null || true
	$(BUILD)/fuzz/fuzz_compile -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=tests/fuzz/ $(BUILD)/fuzz/corpus
