/* SPDX-License-Identifier: MIT */
/*
 * nlr.h — non-local exits: the one place Tern jumps across C frames.
 *
 * Raising a Python exception (tern_raise, in error.c) stores the exception
 * in vm->exc and jumps to the innermost handler installed by tern_pcall.
 * Two backends, chosen by TERN_NLR_CXX: setjmp/longjmp for C, a native C++
 * throw/catch when the core is compiled as C++ (so C++ embedders' objects
 * are destroyed properly). Only nlr.c uses the backend macros; everything
 * else catches with tern_pcall.
 *
 * A handler records the VM state that unwinding must restore: the C-root
 * stack depth, the value stack pointer, the frame and the C depth.
 */
#ifndef TERN_NLR_H
#define TERN_NLR_H

#include "tern_config.h"
#include "value.h"

#if !TERN_NLR_CXX
#include <setjmp.h>
#endif

struct tern_frame;

typedef struct tern_nlr {
    struct tern_nlr *prev;
    size_t nroots;
    tern_val *sp;
    struct tern_frame *frame;
    int c_depth;
    int irq_defer;      /* the sections an exception leaves end (docs/interrupts.md) */
#if !TERN_NLR_CXX
    jmp_buf jb;
#endif
} tern_nlr;

#if TERN_NLR_CXX
#define TERN_NLR_TRY(h)         try {
#define TERN_NLR_CATCH(h)       } catch (tern_nlr *tern_caught_) { if (tern_caught_ != (h)) throw;
#define TERN_NLR_END(h)         }
#define TERN_NLR_JUMP(h)        throw (h)
#else
#define TERN_NLR_TRY(h)         if (setjmp((h)->jb) == 0) {
#define TERN_NLR_CATCH(h)       } else {
#define TERN_NLR_END(h)         }
#define TERN_NLR_JUMP(h)        longjmp((h)->jb, 1)
#endif

#endif /* TERN_NLR_H */
