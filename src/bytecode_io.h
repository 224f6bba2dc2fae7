/* SPDX-License-Identifier: MIT */
/*
 * bytecode_io.h — serialized bytecode (.tbc): a module's compiled code
 * object written to bytes and read back (bytecode_io.c; the format is in
 * docs/bytecode.md).
 */
#ifndef TERN_BYTECODE_IO_H
#define TERN_BYTECODE_IO_H

#include "runtime.h"

/* The first four bytes of every serialized module: not valid UTF-8 source
 * text, so a file is told from Python source by them. */
#define TERN_BC_MAGIC0 0x7F
#define TERN_BC_MAGIC1 'T'
#define TERN_BC_MAGIC2 'B'
#define TERN_BC_MAGIC3 'C'
/* Bumped whenever the format or the meaning of any opcode changes: a file
 * of another version is refused, never run. */
#define TERN_BC_FORMAT_VERSION 1
#define TERN_BC_HEADER_SIZE 16

/* Does data start with the magic? no alloc, no raise. */
int tern_bytecode_io_is(const void *data, size_t len);

/* The code object `code` of a module (what tern_compile returns for
 * TERN_MODE_FILE) serialized -> bytes. ValueError for a constant the
 * format cannot hold (none the compiler makes). */
tern_val tern_bytecode_io_dump(tern_vm *vm, tern_val code);

/* The code object serialized in data[0..len) -> code. The bytes must not
 * lie in the VM's movable heap (they are read across allocations).
 * Anything malformed raises ValueError("bad bytecode: ..."). */
tern_val tern_bytecode_io_load(tern_vm *vm, const uint8_t *data, size_t len);

/* What the verifier checks a code object's bytecode against. */
typedef struct tern_bc_limits {
    size_t nconsts, nnames, nlocals, nfree, stacksize;
    unsigned flags;         /* TERN_CO_* */
    tern_val consts;        /* the constants tuple: MAKE_FUNCTION's code */
} tern_bc_limits;

/* Bytes of scratch tern_bytecode_verify needs (bytecode_verify.c). */
size_t tern_bytecode_verify_scratch(size_t ncode, size_t nlocals);

/* Check `n` bytes of bytecode and its exception table against `lim` (see
 * bytecode_verify.c for what is checked). Returns NULL if it may run, else
 * what is wrong. `scratch` (8-aligned) holds the bytes said above. no alloc. */
const char *tern_bytecode_verify(const uint8_t *p, size_t n, const tern_exc_entry *ex, size_t nex,
                                 const tern_bc_limits *lim, uint8_t *scratch);

#endif /* TERN_BYTECODE_IO_H */
