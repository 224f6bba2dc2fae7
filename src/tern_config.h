/* SPDX-License-Identifier: MIT */
/*
 * tern_config.h — every compile-time option of Tern, in one place.
 *
 * Each option is `#ifndef TERN_X / #define TERN_X default`, tested with `#if`.
 * A port or embedder overrides options by defining them before this header is
 * included (on the compiler command line, or in a header named by
 * TERN_CONFIG_PORT, which is included first).
 */
#ifndef TERN_CONFIG_H
#define TERN_CONFIG_H

#ifdef TERN_CONFIG_PORT
#include TERN_CONFIG_PORT
#endif

/* ---- Memory ---------------------------------------------------------- */

/* Collect and compact at every allocation, and poison vacated memory.
 * Slow; finds missing roots deterministically. */
#ifndef TERN_GC_STRESS
#define TERN_GC_STRESS 0
#endif

/* Test build only: fail one chosen allocation (the N-th since the embedder
 * armed it with tern_oom_inject), as if the heap were full, so that the
 * MemoryError paths of the whole core can be exercised one by one
 * (tests/oom/run_oom.py). Counts every allocation and disables the inline
 * fast path of tern_alloc, so it is slower; never in a real build. */
#ifndef TERN_OOM_INJECT
#define TERN_OOM_INJECT 0
#endif

/* Byte written over memory the collector vacated (stress build only). */
#ifndef TERN_GC_POISON
#define TERN_GC_POISON 0xA5
#endif

/* Collect after this many bytes were allocated since the last collection
 * (or after as many bytes as survived it, if more), even if the heap has
 * room. Reusing the same few megabytes keeps a big heap cache-friendly;
 * the heap still fills up to its end before MemoryError. */
/* Per-name attribute hints in code objects (vm.c): instance attribute
 * loads and stores skip the class lookup and the dict probe when the site
 * sees the same class again. Costs sizeof(tern_attr_hint) (16 bytes on
 * 64-bit hosts, 12 on 32-bit) per name of each code object. */
#ifndef TERN_ATTR_HINTS
#define TERN_ATTR_HINTS 1
#endif

#ifndef TERN_GC_MIN_BUDGET
#define TERN_GC_MIN_BUDGET ((size_t)2 * 1024 * 1024)
#endif

/* Bounds of the default stack region, in slots (words): a twelfth of the
 * block holds the values (each frame's locals and temporaries) growing up
 * and the frame records (6 words each) growing down. The minimum gives a
 * tiny block a few dozen levels of calls; the maximum, well over 10,000
 * levels of simple recursion. */
/* Hard interrupt callbacks: each nesting level's stack region in words
 * (values and frame records), and the default ISR reserve in bytes once a
 * hard callback is registered (micropython.alloc_emergency_exception_buf
 * and tern_irq_set_reserve change it). */
#ifndef TERN_IRQ_STACK_SLOTS
#define TERN_IRQ_STACK_SLOTS 256
#endif
/* Soft callbacks (micropython.schedule) that may wait at once. */
#ifndef TERN_SCHEDULE_DEPTH
#define TERN_SCHEDULE_DEPTH 16
#endif
#ifndef TERN_IRQ_RESERVE
#define TERN_IRQ_RESERVE 2048
#endif

#ifndef TERN_MIN_STACK_SLOTS
#define TERN_MIN_STACK_SLOTS 256
#endif
#ifndef TERN_MAX_STACK_SLOTS
#define TERN_MAX_STACK_SLOTS 131072
#endif

/* Default maximum Python call depth before RecursionError. */
#ifndef TERN_DEFAULT_MAX_DEPTH
#define TERN_DEFAULT_MAX_DEPTH 1000
#endif

/* Minimum slots for C-local roots (TERN_ROOT). The VM takes an eighth as
 * many as stack slots, and at least this many (fewer in blocks under
 * 64 KiB, never under 64); each nested C-level recursion (repr of nested
 * containers, say) uses a few. */
#ifndef TERN_ROOT_SLOTS
#define TERN_ROOT_SLOTS 256
#endif

/* Entries of the per-VM cache of attribute lookups on types (method and
 * class-attribute lookups along the MRO). A power of two; 0 turns it off.
 * Each entry is three words, carved from the block at open (a 512th of the
 * block, rounded down to a power of two, 16 at least, at most this).
 * Cleared by every collection
 * (objects move) and every assignment to a class attribute. */
#ifndef TERN_ATTR_CACHE_SIZE
#define TERN_ATTR_CACHE_SIZE 256
#endif

/* Maximum depth of C recursion (nested interpreter entries, repr of nested
 * containers, compiling nested expressions) before RecursionError. Keeps
 * the C stack bounded whatever the input. */
#ifndef TERN_MAX_C_DEPTH
#define TERN_MAX_C_DEPTH 3000
#endif

/* Bytes of C stack a VM may use below the point where the embedder called
 * it, before RecursionError (tern_config.c_stack_limit overrides it at run
 * time). Keep it well under the real stack: a frame of the interpreter
 * loop and its helpers costs about 1 KiB per Python-to-C-to-Python level,
 * several times that with sanitizers. */
#ifndef TERN_C_STACK_LIMIT
#define TERN_C_STACK_LIMIT ((size_t)3 * 1024 * 1024)
#endif

/* ---- Language ---------------------------------------------------------- */

/* Floating point support. */
#ifndef TERN_FLOAT
#define TERN_FLOAT 1
#endif

/* Arbitrary-precision integers (otherwise OverflowError past small ints). */
#ifndef TERN_BIGINT
#define TERN_BIGINT 1
#endif

/* ---- Non-local exits -------------------------------------------------- */

/* 1: native C++ throw/catch (the core must then be compiled as C++);
 * 0: setjmp/longjmp. */
#ifndef TERN_NLR_CXX
#if defined(__cplusplus)
#define TERN_NLR_CXX 1
#else
#define TERN_NLR_CXX 0
#endif
#endif

#endif /* TERN_CONFIG_H */
