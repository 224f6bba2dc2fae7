/* SPDX-License-Identifier: MIT */
/*
 * object.h — the object header, the object kinds and the layout of every
 * built-in object.
 *
 * Every object, in the heap or in const ROM, starts with one header word:
 *
 *   bits 0..5   kind (tern_kind): which C layout the object has
 *   bit  6      TERN_HF_INTERNED (str only)
 *   bit  7      TERN_HF_DESCR (bound methods only)
 *   bits 8..    size of the object in 8-byte granules, header included
 *               (heap objects only; 0 in ROM objects)
 *
 * The collector walks the heap from bottom to top by these sizes, so the
 * size must always be right. It finds the references inside an object by
 * its kind alone (see tern_kind_info in gc.c): a layout is a header, then
 * `nvals` reference words (tern_val or a pointer to an object), then raw C
 * data. Two kinds (TUPLE, ARRAY) have references all the way to their end.
 * When you add a kind, keep its reference fields first and add a line to
 * the table in gc.c.
 *
 * Heap objects are zero-filled when allocated, so every reference field
 * starts as TERN_NULL.
 *
 * Raw pointers into an object are valid only until the next allocation:
 * the collector moves objects. See vm.h for rooting.
 */
#ifndef TERN_OBJECT_H
#define TERN_OBJECT_H

#include <stdint.h>
#include "value.h"

#include "tern.h"   /* tern_vm */
typedef uintptr_t tern_hdr;

#define TERN_GRANULE 8u

/* The object kinds. Order matters only for the ranges noted. */
typedef enum tern_kind {
    TERN_K_TYPE = 0,    /* tern_type: built-in type (ROM) or class (heap) */
    TERN_K_BIGINT,      /* tern_bigint */
    TERN_K_FLOAT,       /* tern_float */
    TERN_K_STR,         /* tern_str */
    TERN_K_BYTES,       /* tern_str layout, raw bytes */
    TERN_K_TUPLE,       /* tern_tuple */
    TERN_K_LIST,        /* tern_list */
    TERN_K_DICT,        /* tern_dict */
    TERN_K_SET,         /* tern_dict layout, values unused (set/frozenset) */
    TERN_K_RANGE,       /* tern_range */
    TERN_K_SLICE,       /* tern_slice */
    TERN_K_ITER,        /* tern_seqiter: iterator over a built-in sequence */
    TERN_K_FUNC,        /* tern_func: a Python function */
    TERN_K_CFUNC,       /* tern_cfunc: a C function (ROM, or heap for bound C) */
    TERN_K_BOUND,       /* tern_bound: bound method */
    TERN_K_CODE,        /* tern_code */
    TERN_K_CELL,        /* tern_cell */
    TERN_K_MODULE,      /* tern_module */
    TERN_K_PROPERTY,    /* tern_wrapper: property */
    TERN_K_STATICMETHOD,/* tern_wrapper */
    TERN_K_CLASSMETHOD, /* tern_wrapper */
    TERN_K_SUPER,       /* tern_super */
    TERN_K_GEN,         /* generator (layout defined in the generator file) */
    TERN_K_ARRAY,       /* tern_array: internal array of values */
    TERN_K_BLOB,        /* tern_blob: internal raw bytes, not traced */
    TERN_K_TRACEBACK,   /* tern_traceback: one frame of an exception's traceback */
    TERN_K_BYTEARRAY,   /* tern_bytearray (obj_bytes.h): a blob and a length */
    TERN_K_OBJECT,      /* generic native object: tern_object + raw data */
    TERN_K_NATIVE,      /* native object holding references: tern_native + raw data */
    /* kinds from here on are "classed": their first field after the header
     * is the class (a tern_type pointer), and they may be user classes */
    TERN_K_INSTANCE,    /* tern_instance: instance of a Python class */
    TERN_K_EXC,         /* tern_exc: exception instance */
    TERN_K__COUNT
} tern_kind;

#define TERN_K_FIRST_CLASSED TERN_K_INSTANCE

#define TERN_HF_INTERNED    ((tern_hdr)0x40)
/* On a BOUND object: a method descriptor of a built-in type (str.lower):
 * `self` is the type and calls check that their first argument is one. */
#define TERN_HF_DESCR       ((tern_hdr)0x80)
/* On a DICT: a namespace handed out to Python code as a dict (globals(),
 * vars(), a module's __dict__, exec's dicts): values stored in it may be
 * read without a load instruction (see tern_str_append). */
#define TERN_HF_EXPOSED     ((tern_hdr)0x80)
#define TERN_EXPOSE_DICT(d) \
    do { if (TERN_IS_OBJ(d) && TERN_KIND_OF(d) == TERN_K_DICT) *(tern_hdr *)TERN_PTR(d) |= TERN_HF_EXPOSED; } while (0)
/* pinned blobs (gc.c): held by C until tern_pin_free; a free chunk */
#define TERN_HF_PIN_HELD    ((tern_hdr)0x40)
#define TERN_HF_PIN_FREE    ((tern_hdr)0x80)
#define TERN_HDR_KIND(h)    ((unsigned)((h) & 0x3F))
#define TERN_HDR_GRANULES(h) ((size_t)((h) >> 8))
#define TERN_HDR_MAKE(kind, granules) ((tern_hdr)(kind) | ((tern_hdr)(granules) << 8))
/* Header of a ROM object (size is never read for those). */
#define TERN_HDR_ROM(kind)  ((tern_hdr)(kind))

#define TERN_KIND(p)        TERN_HDR_KIND(*(const tern_hdr *)(p))
#define TERN_KIND_OF(v)     TERN_KIND(TERN_PTR(v))

/* ===================================================================
 * Layouts
 * =================================================================== */

struct tern_type;
struct tern_str;

/* A C function callable from Python. `args` points at `nargs` values, of
 * which the last `nkw` (the length of `kwnames`, a tuple of str, or
 * TERN_NULL) are keyword arguments named by kwnames. For a method, args[0]
 * is self. `args` lives on the VM value stack: it is rooted and does not
 * move, so the function may allocate freely and keep reading args[i]. */
typedef tern_val (*tern_cfn)(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames);

/* str and bytes. The bytes follow the struct (TERN_STR_DATA) and are
 * NUL-terminated. For str they are UTF-8 and `nchars` counts code points
 * (nchars == len means ASCII, so indexing is direct). `hash` is 0 until
 * computed; heap strings cache it, ROM strings compute it each time. */
typedef struct tern_str {
    tern_hdr hdr;
    uint32_t hash;
    uint32_t len;       /* bytes, not counting the NUL */
    uint32_t nchars;    /* code points (str); == len for bytes */
    uint32_t pad_;
} tern_str;
#define TERN_STR_DATA(s)    ((char *)((tern_str *)(s) + 1))

typedef struct tern_float {
    tern_hdr hdr;
#if UINTPTR_MAX == 0xFFFFFFFFu
    uint32_t pad_;
#endif
    double value;
} tern_float;

/* Arbitrary-precision int: sign and magnitude in 32-bit digits, little end
 * first. Only used for values outside the small-int range. */
typedef struct tern_bigint {
    tern_hdr hdr;
    int32_t sign;       /* -1 or 1 */
    uint32_t ndigits;
    /* uint32_t digits[ndigits] follow */
} tern_bigint;
#define TERN_BIGINT_DIGITS(b) ((uint32_t *)((tern_bigint *)(b) + 1))

/* Tuple: items inline. `len` is raw; items are traced. */
typedef struct tern_tuple {
    tern_hdr hdr;
    uintptr_t len;
    tern_val items[1];  /* really [len]; allocate with TERN_TUPLE_BYTES */
} tern_tuple;
#define TERN_TUPLE_BYTES(n) (offsetof(tern_tuple, items) + (size_t)(n) * sizeof(tern_val))

/* Internal growable storage: an array of values (traced) of capacity `cap`. */
typedef struct tern_array {
    tern_hdr hdr;
    uintptr_t cap;
    tern_val items[1];
} tern_array;
#define TERN_ARRAY_BYTES(n) (offsetof(tern_array, items) + (size_t)(n) * sizeof(tern_val))

/* Internal raw bytes (not traced). */
typedef struct tern_blob {
    tern_hdr hdr;
    uintptr_t len;
    /* bytes follow */
} tern_blob;
#define TERN_BLOB_DATA(b)   ((uint8_t *)((tern_blob *)(b) + 1))

typedef struct tern_list {
    tern_hdr hdr;
    tern_val items;     /* tern_array or TERN_NULL; capacity is its cap */
    uintptr_t len;
} tern_list;

/* dict (and set): see obj_dict.c and obj_set.c for the layouts. A dict's
 * `entries` is an array of 3*ecap values (hash as small int, key, value; a
 * deleted entry has key TERN_NULL), in insertion order: entry numbers are
 * stable until a resize; `index` maps hash -> entry number + 1 (a blob of
 * 1-, 2- or 4-byte slots, or TERN_NULL for a small dict that is scanned).
 * Counts are 32-bit (a dict or set is limited to 2^30 entries). */
typedef struct tern_dict {
    tern_hdr hdr;
    tern_val entries;   /* tern_array */
    tern_val index;     /* tern_blob or TERN_NULL */
    uint32_t used;      /* live entries */
    uint32_t nentries;  /* entries filled, live or deleted */
    uintptr_t flags;    /* a dict's index fill; a set's frozen flag and pop finger */
} tern_dict;

typedef struct tern_range {
    tern_hdr hdr;
    tern_int start, stop, step;
} tern_range;

typedef struct tern_slice {
    tern_hdr hdr;
    tern_val start, stop, step;
} tern_slice;

/* Iterator over a built-in sequence (list, tuple, str, range, dict...). */
typedef struct tern_seqiter {
    tern_hdr hdr;
    tern_val seq;       /* what is iterated */
    uintptr_t pos;      /* next position */
    uintptr_t sub;      /* kind-specific: e.g. dict view type, range step */
    tern_int aux;
} tern_seqiter;

/* Compiled code of a function, a module or a class body. Bytecode follows
 * the struct inline (TERN_CODE_BYTES), so the VM's instruction pointer
 * points into this object; the collector rebases frame instruction
 * pointers when it moves a code object. */
typedef struct tern_code {
    tern_hdr hdr;
    tern_val consts;    /* tuple */
    tern_val names;     /* tuple of interned str: globals, attributes */
    tern_val varnames;  /* tuple of interned str: locals (args first) */
    tern_val cellnames; /* tuple of str: locals that are cells (for debugging) or NULL */
    tern_val name;      /* str */
    tern_val qualname;  /* str */
    tern_val filename;  /* str */
    tern_val lines;     /* blob: line table (see compile.c) */
    tern_val exctable;  /* blob: exception table entries, or NULL */
    tern_val hints;     /* blob: a tern_attr_hint per name (vm.c's attribute fast paths), or NULL */
    /* raw */
    uint16_t argcount;      /* positional parameters, incl. positional-only */
    uint16_t posonlycount;
    uint16_t kwonlycount;
    uint16_t nlocals;       /* all local slots, parameters first */
    uint16_t nfree;         /* free variables: the last nfree locals, filled from the closure */
    uint16_t stacksize;     /* max value-stack depth of temporaries */
    uint16_t flags;         /* TERN_CO_* */
    uint16_t firstline;
    uint32_t ncode;         /* bytes of bytecode */
    /* bytecode follows */
} tern_code;
#define TERN_CODE_BYTES(c)  ((uint8_t *)((tern_code *)(c) + 1))

/* An entry of the VM's id() table (gc.c). obj 0 ends the used part. */
typedef struct tern_id_entry {
    tern_val obj;
    uintptr_t id;
} tern_id_entry;

/* An entry of the VM's weak-reference table (gc.c): a weakref object and
 * its referent, both held weakly. When the referent dies the collector
 * sets target to 0 and dead to 1 (its callback is then due); when the
 * weakref object dies the entry goes. */
typedef struct tern_weak_entry {
    tern_val ref;
    tern_val target;
    uintptr_t dead;
} tern_weak_entry;

/* What LOAD_ATTR/STORE_ATTR learnt about names[i] of a code object, so that
 * the next execution skips the class lookup and the instance dict probe:
 * `type` had no class attribute of that name (and, for STORE, no Python
 * __setattr__) when the VM's attribute epoch was `epoch` (types move and
 * class namespaces change only with a new epoch); the attribute was entry
 * `index` of the instance dict last time. `type` is only compared, never
 * followed. */
typedef struct tern_attr_hint {
    uintptr_t type;
    uint32_t epoch;
    uint16_t index;
    uint16_t flags;         /* TERN_HINT_* */
} tern_attr_hint;
/* TERN_HINT_SPLIT: `index` is the attribute's position in the class's
 * inst_keys (split instance storage, obj_inst.c), which never changes for
 * the life of the class; otherwise it is an entry of an instance dict. */
enum { TERN_HINT_LOAD = 1, TERN_HINT_STORE = 2, TERN_HINT_SPLIT = 4 };

enum {
    TERN_CO_VARARGS   = 0x01,   /* has *args (slot after positional + kwonly) */
    TERN_CO_VARKW     = 0x02,   /* has **kwargs (slot after *args) */
    TERN_CO_GENERATOR = 0x04,
    TERN_CO_COROUTINE = 0x08,
    TERN_CO_NEWLOCALS = 0x10,   /* a function (not module/class body) */
    TERN_CO_HASCELLS  = 0x20,   /* some locals are cells (MAKE_CELL emitted) */
    TERN_CO_HASDOC    = 0x40,   /* consts[0] is the docstring */
    TERN_CO_ASYNCGEN  = 0x80,   /* an async generator (with TERN_CO_GENERATOR, not _COROUTINE) */
    TERN_CO_NESTED    = 0x100   /* defined inside a function (co_flags' CO_NESTED) */
};

/* Exception table entry (in code->exctable): an exception raised by an
 * instruction at byte offset in [start, end) jumps to `target` with the
 * value stack cut to `depth` values above the frame's locals, the
 * exception pushed. Entries are listed innermost first. */
typedef struct tern_exc_entry {
    uint16_t start, end, target, depth;
} tern_exc_entry;

typedef struct tern_func {
    tern_hdr hdr;
    tern_val code;
    tern_val globals;   /* dict */
    tern_val defaults;  /* tuple or NULL */
    tern_val kwdefaults;/* dict or NULL */
    tern_val closure;   /* tuple of cells or NULL */
    tern_val name;      /* str */
    tern_val qualname;  /* str */
    tern_val dict;      /* function attributes, or NULL */
    tern_val module;    /* str (__module__) */
    tern_val doc;       /* __doc__ or NULL */
} tern_func;

/* A built-in function. Usually const ROM data (TERN_CFUNC_DEF). */
typedef struct tern_cfunc {
    tern_hdr hdr;
    const struct tern_str *name;
    tern_cfn fn;
    uintptr_t flags;    /* TERN_CF_* */
} tern_cfunc;

enum {
    TERN_CF_METHOD = 0x1,   /* a method: first argument is self */
    TERN_CF_WHOLE_SELF = 0x2, /* on an instance of a subclass of a built-in type, self is the
                               instance itself, not the built-in value inside it */
    TERN_CF_CLASS = 0x4     /* a class method: first argument is the class it was found
                               through (an instance's type), as bytes.fromhex */
};

typedef struct tern_bound {
    tern_hdr hdr;
    tern_val self;
    tern_val func;
} tern_bound;

typedef struct tern_cell {
    tern_hdr hdr;
    tern_val value;     /* TERN_NULL when empty */
} tern_cell;

typedef struct tern_module {
    tern_hdr hdr;
    tern_val name;      /* str */
    tern_val dict;      /* dict */
} tern_module;

/* property, staticmethod, classmethod */
typedef struct tern_wrapper {
    tern_hdr hdr;
    tern_val fget;      /* the wrapped callable, or the getter */
    tern_val fset;
    tern_val fdel;
    tern_val doc;
} tern_wrapper;

typedef struct tern_super {
    tern_hdr hdr;
    tern_val type;      /* the class super() was called in */
    tern_val obj;       /* the instance (or class) */
} tern_super;

/* One entry of a traceback: the frame's code and the offset of the
 * instruction that was running, linked towards the innermost frame
 * (CPython's tb_next). An exception's `traceback` is the outermost entry. */
typedef struct tern_traceback {
    tern_hdr hdr;
    tern_val code;
    tern_val next;      /* the next entry inwards, or NULL */
    uintptr_t offset;   /* byte offset of the instruction in the bytecode */
} tern_traceback;

/* Generic native object: class pointer then raw payload chosen by its type. */
typedef struct tern_object {
    tern_hdr hdr;
    tern_val cls;
} tern_object;
#define TERN_OBJECT_NVALS 1

/* Native object that holds references (memoryview, array.array): its class,
 * then TERN_NATIVE_NVALS - 1 traced words, then raw data chosen by its type. */
typedef struct tern_native {
    tern_hdr hdr;
    tern_val cls;
    tern_val ref[2];
} tern_native;
#define TERN_NATIVE_NVALS 3

/* A generator (or coroutine): a suspended frame. Its locals and
 * temporaries are saved in `stack` (an array) while it is not running. */
typedef struct tern_gen {
    tern_hdr hdr;
    tern_val func;      /* the generator function */
    tern_val code;
    tern_val globals;
    tern_val stack;     /* tern_array: saved slots (locals then temporaries) */
    tern_val handled;   /* saved vm->handled while suspended */
    tern_val name;      /* str */
    tern_val yf;        /* iterator being delegated to by yield from, or NULL */
    /* raw */
    uint32_t ip;        /* byte offset of the next instruction */
    uint32_t nsaved;    /* slots saved in stack */
    uint32_t state;     /* TERN_GEN_* */
    uint32_t yielded;   /* the last suspension was a `yield` (not an await's
                         * pass-through): how an async generator's awaitable
                         * tells a produced value from a step of an await */
} tern_gen;
#define TERN_GEN_NVALS 7
enum { TERN_GEN_CREATED, TERN_GEN_SUSPENDED, TERN_GEN_RUNNING, TERN_GEN_DONE };

/* Instance of a Python class. */
typedef struct tern_instance {
    tern_hdr hdr;
    tern_val cls;       /* tern_type (heap class) */
    tern_val dict;      /* attribute dict, or NULL until first set */
} tern_instance;

/* Exception instance, of a built-in exception type or a Python subclass. */
typedef struct tern_exc {
    tern_hdr hdr;
    tern_val cls;
    tern_val dict;      /* attributes of subclass instances, or NULL */
    tern_val args;      /* tuple */
    tern_val traceback; /* list: code, offset, code, offset... innermost last; or NULL */
    tern_val cause;     /* __cause__ or NULL */
    tern_val context;   /* __context__ or NULL */
    uintptr_t suppress_context;
} tern_exc;

/* ===================================================================
 * Types
 * =================================================================== */

/* An entry of a built-in type's attribute table (ROM). `value` is usually
 * a tern_cfunc; it may be any ROM object (a wrapper for a classmethod,
 * a constant). */
typedef struct tern_attr {
    const struct tern_str *name;
    const void *value;
} tern_attr;

/* Binary operators, the arguments of BINARY_OP and tern_binary_op.
 * In-place forms are the plain ones + TERN_OP_INPLACE. */
typedef enum tern_binop {
    TERN_OP_ADD, TERN_OP_SUB, TERN_OP_MUL, TERN_OP_MATMUL, TERN_OP_TRUEDIV,
    TERN_OP_FLOORDIV, TERN_OP_MOD, TERN_OP_POW, TERN_OP_LSHIFT, TERN_OP_RSHIFT,
    TERN_OP_AND, TERN_OP_OR, TERN_OP_XOR,
    TERN_OP__COUNT,
    TERN_OP_INPLACE = 16,
    /* BINARY_OP only, with TERN_OP_ADD|TERN_OP_INPLACE: the target is a
     * variable (`name += x`), so a str result may be extended in place */
    TERN_OP_TO_NAME = 32
} tern_binop;

typedef enum tern_unop {
    TERN_UOP_NEG, TERN_UOP_POS, TERN_UOP_INVERT, TERN_UOP_NOT
} tern_unop;

/* Comparison operators, the argument of COMPARE_OP. */
typedef enum tern_cmpop {
    TERN_CMP_LT, TERN_CMP_LE, TERN_CMP_EQ, TERN_CMP_NE, TERN_CMP_GT, TERN_CMP_GE,
    TERN_CMP_IN, TERN_CMP_NOT_IN, TERN_CMP_IS, TERN_CMP_IS_NOT
} tern_cmpop;

/*
 * A type. Built-in types are const ROM objects; a Python class is a heap
 * object with the same layout whose slots point at the generic functions
 * that look up dunder methods (obj_class.c). Any slot may be NULL, meaning
 * "not supported" (the generic code then raises the right TypeError).
 */
typedef struct tern_type {
    tern_hdr hdr;
    /* references (traced in heap classes) */
    const struct tern_str *name;
    tern_val dict;          /* class namespace (heap classes), else NULL */
    tern_val bases;         /* tuple of bases (heap classes), else NULL */
    tern_val mro;           /* tuple, the C3 MRO incl. itself (heap classes), else NULL */
    tern_val inst_keys;     /* heap classes: tuple of the attribute names its instances
                               share (split storage, obj_inst.c), or NULL */
    /* raw */
    const struct tern_type *base;   /* ROM: the base type (NULL for object);
                                       heap class: the built-in type its instances are laid out as */
    const tern_attr *attrs; /* ROM attribute table */
    uint32_t nattrs;
    uint8_t inst_kind;      /* kind of instances (tern_kind) */
    uint8_t flags;          /* TERN_TF_* */
    uint16_t pad_;

    tern_val (*make)(tern_vm *vm, const struct tern_type *t, int nargs, tern_val *args, tern_val kwnames);
    tern_val (*repr)(tern_vm *vm, tern_val self);
    tern_val (*str)(tern_vm *vm, tern_val self);            /* NULL: use repr */
    tern_val (*hash)(tern_vm *vm, tern_val self);           /* small int; NULL: unhashable */
    /* Rich comparison and arithmetic: return TERN_NOTIMPLEMENTED if the
     * operands are not supported; the generic code then tries the other
     * operand's type with the same (a, b) order, so each implementation
     * must accept its type on either side. */
    tern_val (*compare)(tern_vm *vm, int op, tern_val a, tern_val b);
    tern_val (*binop)(tern_vm *vm, int op, tern_val a, tern_val b);
    tern_val (*unop)(tern_vm *vm, int op, tern_val a);      /* NOT is generic */
    int (*truth)(tern_vm *vm, tern_val self);               /* NULL: use len, else true */
    tern_int (*len)(tern_vm *vm, tern_val self);            /* NULL: no len() */
    tern_val (*getitem)(tern_vm *vm, tern_val self, tern_val key);
    /* set self[key] = value; value TERN_NULL deletes */
    void (*setitem)(tern_vm *vm, tern_val self, tern_val key, tern_val value);
    int (*contains)(tern_vm *vm, tern_val self, tern_val v); /* NULL: iterate */
    tern_val (*iter)(tern_vm *vm, tern_val self);
    tern_val (*next)(tern_vm *vm, tern_val self);           /* TERN_NULL when exhausted */
    tern_val (*call)(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames);
    /* Attribute lookup fallback after the generic lookup failed
     * (instance/class dicts and the type's attrs): return TERN_NULL if not found. */
    tern_val (*getattr)(tern_vm *vm, tern_val self, tern_val name);
    /* Set (value != NULL) or delete an attribute; return 0 if the object
     * has no such settable attribute (the generic code raises). */
    int (*setattr)(tern_vm *vm, tern_val self, tern_val name, tern_val value);
} tern_type;

enum {
    TERN_TF_HEAP = 0x01,        /* a Python class (heap object) */
    TERN_TF_BASETYPE = 0x02,    /* may be subclassed */
    TERN_TF_EXCEPTION = 0x04    /* BaseException or a subclass */
};

#endif /* TERN_OBJECT_H */
