/* SPDX-License-Identifier: MIT */
/*
 * runtime.h — the internal API that the VM, the compiler, the built-in types
 * and the modules use to talk to each other. One section per file that
 * implements it. All functions take the VM first; all may allocate (and so
 * move objects) unless marked "no alloc"; all may raise unless marked
 * "no raise". Functions that return a value return it unrooted: root it
 * before the next allocation if you keep it.
 */
#ifndef TERN_RUNTIME_H
#define TERN_RUNTIME_H

#include <stdarg.h>
#include <string.h>
#include "vm.h"
#include "gc.h"

#if defined(__GNUC__)
#define TERN_NORETURN __attribute__((noreturn))
#define TERN_LIKELY(x) __builtin_expect(!!(x), 1)
#define TERN_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define TERN_NORETURN
#define TERN_LIKELY(x) (x)
#define TERN_UNLIKELY(x) (x)
#endif

/* ===================================================================
 * ROM names (names.c): TERN_N(append) is the interned str "append".
 * =================================================================== */

#define TERN_NAME(id, s) struct { tern_str h; char d[sizeof(s)]; } n_##id;
typedef struct tern_names_t {
#include "names.h"
    int end_;
} tern_names_t;
#undef TERN_NAME
extern const tern_names_t tern_names;
extern const tern_str *const tern_name_list[];  /* every ROM name, for interning */
extern const size_t tern_name_count;
#define TERN_NSTR(id)   (&tern_names.n_##id.h)
#define TERN_N(id)      ((tern_val)TERN_NSTR(id))

/* ===================================================================
 * Built-in types (each defined in its obj_*.c file)
 * =================================================================== */

extern const tern_type tern_type_object, tern_type_type, tern_type_NoneType,
    tern_type_bool, tern_type_int, tern_type_float, tern_type_str, tern_type_bytes,
    tern_type_tuple, tern_type_list, tern_type_dict, tern_type_set,
    tern_type_frozenset, tern_type_range, tern_type_slice, tern_type_function,
    tern_type_builtin_function, tern_type_bound_method, tern_type_code,
    tern_type_cell, tern_type_module, tern_type_property,
    tern_type_staticmethod, tern_type_classmethod, tern_type_super,
    tern_type_iterator, tern_type_generator, tern_type_coroutine, tern_type_async_generator, tern_type_traceback,
    tern_type_complex,
    tern_type_ellipsis,
    tern_type_NotImplementedType,
    tern_type_dict_keys, tern_type_dict_values, tern_type_dict_items;

/* Built-in exception types (obj_exc.c): tern_type_ValueError etc. */
extern const tern_type tern_type_BaseException;
#define TERN_EXC(name, base) extern const tern_type tern_type_##name;
#include "exc_list.h"
#undef TERN_EXC

/* Define a ROM C function object. */
#define TERN_CFUNC_DEF(cname, nameid, fnptr) \
    const tern_cfunc cname = { TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(nameid), fnptr, 0 }
#define TERN_CMETHOD_DEF(cname, nameid, fnptr) \
    const tern_cfunc cname = { TERN_HDR_ROM(TERN_K_CFUNC), TERN_NSTR(nameid), fnptr, TERN_CF_METHOD }

/* ===================================================================
 * Types of values (obj_object.c)
 * =================================================================== */

/* The type of any value (ROM type or heap class). no alloc, no raise. */
const tern_type *tern_typeof(tern_val v);
/* isinstance(v, t) for one type t. no alloc, no raise. */
int tern_isinstance(tern_val v, const tern_type *t);
/* issubclass(a, b) for types. no alloc, no raise. */
int tern_issubclass(const tern_type *a, const tern_type *b);
/* Name of the type of v, for messages. no alloc. */
const char *tern_type_name(tern_val v);

#define TERN_IS_KIND(v, k)  (TERN_IS_OBJ(v) && TERN_KIND_OF(v) == (k))
#define TERN_IS_STR(v)      TERN_IS_KIND(v, TERN_K_STR)
#define TERN_IS_INT(v)      (TERN_IS_SMALL(v) || TERN_IS_KIND(v, TERN_K_BIGINT))
#define TERN_IS_FLOAT(v)    TERN_IS_KIND(v, TERN_K_FLOAT)
#define TERN_IS_TUPLE(v)    TERN_IS_KIND(v, TERN_K_TUPLE)
#define TERN_IS_LIST(v)     TERN_IS_KIND(v, TERN_K_LIST)
#define TERN_IS_DICT(v)     TERN_IS_KIND(v, TERN_K_DICT)
#define TERN_IS_TYPE(v)     TERN_IS_KIND(v, TERN_K_TYPE)
#define TERN_AS(T, v)       ((T *)TERN_PTR(v))

/* ===================================================================
 * Generic protocol (obj_object.c): what the VM's opcodes call.
 * =================================================================== */

tern_val tern_repr(tern_vm *vm, tern_val v);            /* -> str */
tern_val tern_to_str(tern_vm *vm, tern_val v);          /* str(v) -> str */
tern_val tern_hash(tern_vm *vm, tern_val v);            /* -> small int; TypeError if unhashable */
int tern_truthy(tern_vm *vm, tern_val v);
tern_val tern_binary_op(tern_vm *vm, int op, tern_val a, tern_val b);  /* op: tern_binop, maybe | INPLACE */
tern_val tern_unary_op(tern_vm *vm, int op, tern_val a);               /* op: tern_unop */
tern_val tern_compare(tern_vm *vm, int op, tern_val a, tern_val b);    /* op: tern_cmpop -> any value */
int tern_equal(tern_vm *vm, tern_val a, tern_val b);    /* a == b, as a C truth value */
int tern_contains(tern_vm *vm, tern_val container, tern_val v);
tern_int tern_len(tern_vm *vm, tern_val v);             /* len(v), TypeError if none */
tern_val tern_getitem(tern_vm *vm, tern_val obj, tern_val key);
void tern_setitem(tern_vm *vm, tern_val obj, tern_val key, tern_val value); /* value NULL: delete */
tern_val tern_iter(tern_vm *vm, tern_val v);            /* iter(v) */
int tern_iterable_(tern_val v);     /* would iter(v) find a protocol? no alloc */
tern_val tern_next(tern_vm *vm, tern_val it);           /* next item, or TERN_NULL at the end */

/* Attributes. `name` is an interned str. getattr raises AttributeError;
 * getattr_opt returns TERN_NULL instead (other exceptions still raise). */
tern_val tern_getattr(tern_vm *vm, tern_val obj, tern_val name);
tern_val tern_getattr_opt(tern_vm *vm, tern_val obj, tern_val name);
void tern_setattr(tern_vm *vm, tern_val obj, tern_val name, tern_val value); /* value NULL: delete */
/* For LOAD_METHOD: if obj.name is a plain function/cfunc found on the type,
 * store it in *method and return 1 (call it with obj as first argument);
 * otherwise store the attribute value in *method and return 0. */
int tern_load_method(tern_vm *vm, tern_val obj, tern_val name, tern_val *method);
/* Look a name up along a type's MRO (dicts of heap classes, attrs of ROM
 * types). Returns TERN_NULL if absent. no raise. */
tern_val tern_type_lookup(tern_vm *vm, const tern_type *t, tern_val name);
/* Forget cached type lookups: call after changing any class namespace. */
void tern_attr_cache_clear(tern_vm *vm);

/* ===================================================================
 * Calling (vm.c)
 * =================================================================== */

/* Call `f` with nargs arguments at args (the last len(kwnames) are
 * keyword arguments). args must be rooted (on the value stack or in C
 * roots) — it is read after allocation. */
tern_val tern_call(tern_vm *vm, tern_val f, int nargs, tern_val *args, tern_val kwnames);
/* Convenience: call with 0..3 positional arguments (pushes them on the
 * value stack, so they need not be rooted). */
tern_val tern_call0(tern_vm *vm, tern_val f);
tern_val tern_call1(tern_vm *vm, tern_val f, tern_val a);
tern_val tern_call2(tern_vm *vm, tern_val f, tern_val a, tern_val b);
tern_val tern_call3(tern_vm *vm, tern_val f, tern_val a, tern_val b, tern_val c);
/* Call a method by name: obj.name(args...) with args on the value stack
 * semantics as for tern_call1/2. */
tern_val tern_call_method0(tern_vm *vm, tern_val obj, tern_val name);
tern_val tern_call_method1(tern_vm *vm, tern_val obj, tern_val name, tern_val a);
/* Push/pop values on the VM value stack, for C code that wants rooted
 * scratch space. Push raises RecursionError/MemoryError if full. */
tern_val *tern_push(tern_vm *vm, tern_val v);
void tern_popn(tern_vm *vm, size_t n);

/* Run a code object (module or exec) with the given globals/locals dicts. */
tern_val tern_run_code(tern_vm *vm, tern_val code, tern_val globals, tern_val locals);

/* Argument checking for C functions. Raise TypeError unless
 * min <= nargs <= max and no keywords were given. `name` for messages. */
void tern_check_args(tern_vm *vm, const char *name, int nargs, tern_val kwnames, int min, int max);
/* Find keyword argument `name` (interned) among a C function's arguments:
 * returns the value or TERN_NULL. */
tern_val tern_kwarg(tern_val kwnames, int nargs, tern_val *args, tern_val name);
#define TERN_NKW(kwnames) ((kwnames) ? (int)TERN_AS(tern_tuple, kwnames)->len : 0)

/* ===================================================================
 * Errors (error.c)
 * =================================================================== */

/* Raise exception object (or exception class, which is instantiated). */
TERN_NORETURN void tern_raise(tern_vm *vm, tern_val exc);
/* Raise an instance of `type` with a message formatted printf-style.
 * Formats: %s (C string), %d (int), %ld, %zu, %c, %% and:
 *   %R  repr of a tern_val          %S  str of a tern_val
 *   %T  type name of a tern_val     %V  a str value's text (tern_val)  */
TERN_NORETURN void tern_raise_fmt(tern_vm *vm, const tern_type *type, const char *fmt, ...);
TERN_NORETURN void tern_raise_type_error(tern_vm *vm, const char *fmt, ...);
TERN_NORETURN void tern_raise_value_error(tern_vm *vm, const char *fmt, ...);
TERN_NORETURN void tern_raise_memory_error(tern_vm *vm);
/* Build a str from a printf-style format (same formats as tern_raise_fmt). */
tern_val tern_str_fmt(tern_vm *vm, const char *fmt, ...);
tern_val tern_str_vfmt(tern_vm *vm, const char *fmt, va_list ap);
/* Create an exception instance of `type` with args tuple `args` (or NULL). */
tern_val tern_exc_new(tern_vm *vm, const tern_type *type, tern_val args);
/* Does exception value `exc` match `spec` (a type or tuple of types)? */
int tern_exc_matches(tern_vm *vm, tern_val exc, tern_val spec);
/* ExceptionGroup or BaseExceptionGroup for a name missing from the
 * builtins (loaded from lib/_excgroup.py), else TERN_NULL (excstar.c). */
tern_val tern_excstar_lazy_builtin(tern_vm *vm, tern_val name);
/* The helpers `except*` compiles to calls of (lib/_excgroup.py). */
extern const tern_cfunc tern__excstar_start_obj, tern__excstar_match_obj,
    tern__excstar_record_obj, tern__excstar_finish_obj;
/* Format an exception with its traceback as CPython does -> str. */
tern_val tern_format_exception(tern_vm *vm, tern_val exc);
/* Resume async generator gen (gen.c): *kind 0 an await passes the result
 * up, 1 the body yielded it, 2 the body is finished. */
/* Write text to the VM's output callback (fd 1 or 2). no alloc. */
void tern_write(tern_vm *vm, int fd, const char *s, size_t len);

/* ===================================================================
 * Numbers (obj_int.c, obj_float.c)
 * =================================================================== */

/* Make an int from a C integer (small or big). */
tern_val tern_int_from(tern_vm *vm, tern_int i);
tern_val tern_int_from_ll(tern_vm *vm, long long i);
/* Get a C integer from an int (or bool); raises OverflowError if it does
 * not fit, TypeError if v is not an int. */
tern_int tern_int_value(tern_vm *vm, tern_val v);
/* v must be int-like (int, bool, or __index__) -> index value. */
tern_int tern_index_value(tern_vm *vm, tern_val v);
/* int(s) for a str in base 2..36 (or 0 = auto from prefix). */
tern_val tern_int_parse(tern_vm *vm, const char *s, size_t len, int base);
tern_val tern_int_to_str(tern_vm *vm, tern_val v, int base);
/* Arithmetic on ints (small or big), used by the VM's slow paths. */
tern_val tern_int_binop(tern_vm *vm, int op, tern_val a, tern_val b);
tern_val tern_float_new(tern_vm *vm, double d);
/* complex numbers (obj_complex.c) */
tern_val tern_complex_new(tern_vm *vm, double re, double im);
int tern_is_complex(tern_val v);
/* float value of an int/float/bool, TypeError otherwise. */
double tern_float_value(tern_vm *vm, tern_val v);
/* CPython's repr of a float (shortest round-trip) into buf (>= 32 bytes). */
void tern_float_repr_buf(double d, char *buf);

/* ===================================================================
 * Strings (obj_str.c)
 * =================================================================== */

tern_val tern_str_new(tern_vm *vm, const char *s, size_t len);   /* UTF-8 in */
tern_val tern_str_from_c(tern_vm *vm, const char *s);
/* Allocate a str of len bytes to be filled by the caller (then call
 * tern_str_finish to count chars). */
tern_val tern_str_alloc(tern_vm *vm, size_t len);
void tern_str_finish(tern_val s);
tern_val tern_bytes_new(tern_vm *vm, const uint8_t *s, size_t len);
/* The interned str equal to `s` (a ROM name when there is one). */
tern_val tern_intern(tern_vm *vm, const char *s, size_t len);
tern_val tern_intern_val(tern_vm *vm, tern_val str);
uint32_t tern_str_hash(tern_val s);                     /* no alloc, no raise */
int tern_str_eq(tern_val a, tern_val b);                /* no alloc, no raise */
tern_val tern_str_concat(tern_vm *vm, tern_val a, tern_val b);
tern_val tern_str_append(tern_vm *vm, tern_val a, tern_val b);
tern_val tern_str_append_op(tern_vm *vm, int op, tern_val a, tern_val b);
/* %-formatting: fmt % args. */
tern_val tern_str_mod(tern_vm *vm, tern_val fmt, tern_val args);
/* format(v, spec) with spec a str (may be empty). */
tern_val tern_format(tern_vm *vm, tern_val v, tern_val spec);
#define TERN_STR_LEN(v)     (TERN_AS(tern_str, v)->len)
#define TERN_STR_CHARS(v)   ((const char *)TERN_STR_DATA(TERN_PTR(v)))

/* A growable byte buffer for building strings: kept in a rooted blob. */
typedef struct tern_strbuf {
    tern_val blob;      /* rooted by tern_strbuf_init (uses TERN_ROOT) */
    size_t len;
} tern_strbuf;
void tern_strbuf_init(tern_vm *vm, tern_strbuf *b, size_t cap);   /* roots b->blob */
void tern_strbuf_add(tern_vm *vm, tern_strbuf *b, const char *s, size_t len);
void tern_strbuf_add_str(tern_vm *vm, tern_strbuf *b, tern_val str);
void tern_strbuf_add_char(tern_vm *vm, tern_strbuf *b, char c);
tern_val tern_strbuf_finish(tern_vm *vm, tern_strbuf *b);   /* -> str */

/* ===================================================================
 * Containers (obj_tuple.c, obj_list.c, obj_dict.c)
 * =================================================================== */

tern_val tern_tuple_new(tern_vm *vm, size_t n);         /* items NULL, fill them */
tern_val tern_tuple_from(tern_vm *vm, size_t n, const tern_val *items); /* items must be rooted */
#define TERN_TUPLE_LEN(v)   (TERN_AS(tern_tuple, v)->len)
#define TERN_TUPLE_ITEMS(v) (TERN_AS(tern_tuple, v)->items)

tern_val tern_list_new(tern_vm *vm, size_t cap);        /* empty, room for cap */
tern_val tern_list_from(tern_vm *vm, size_t n, const tern_val *items); /* items must be rooted */
void tern_list_append(tern_vm *vm, tern_val list, tern_val v);
tern_val tern_list_pop(tern_vm *vm, tern_val list);
/* A list with the items of any iterable. */
tern_val tern_list_of(tern_vm *vm, tern_val iterable);
/* The items of `list`, a list nobody else holds, as a tuple: its array
 * becomes the tuple (no copy) and the list is left empty. */
tern_val tern_list_into_tuple(tern_vm *vm, tern_val list);
/* A tuple with the items of any iterable. */
tern_val tern_tuple_of(tern_vm *vm, tern_val iterable);
void tern_list_sort(tern_vm *vm, tern_val list, tern_val key, int reverse);
#define TERN_LIST_LEN(v)    (TERN_AS(tern_list, v)->len)
#define TERN_LIST_ITEMS(v)  (TERN_AS(tern_array, TERN_AS(tern_list, v)->items)->items)

tern_val tern_dict_new(tern_vm *vm, size_t cap);
/* Make room for n more keys, so that the next n insertions of new keys
 * do not allocate. May collect. */
void tern_dict_reserve(tern_vm *vm, tern_val d, size_t n);
int tern_dict_has_room(tern_val d);     /* an insertion would not allocate */
/* Returns the value or TERN_NULL if the key is absent. */
tern_val tern_dict_get(tern_vm *vm, tern_val d, tern_val key);
void tern_dict_set(tern_vm *vm, tern_val d, tern_val key, tern_val value);
/* Remove key; returns its value or TERN_NULL if absent. */
tern_val tern_dict_del(tern_vm *vm, tern_val d, tern_val key);
/* Lookup with an interned str key: pointer compare only, never calls
 * Python code. no alloc, no raise. */
tern_val tern_dict_get_name(tern_val d, tern_val name);
/* Replace the value of an existing str key: returns 0 (and changes
 * nothing) if the key is absent. no alloc, no raise. */
int tern_dict_set_name(tern_val d, tern_val name, tern_val value);
/* Iterate: *pos starts at 0; returns 0 at the end. no alloc. */
int tern_dict_next(tern_val d, size_t *pos, tern_val *key, tern_val *value);
#define TERN_DICT_LEN(v)    (TERN_AS(tern_dict, v)->used)

tern_val tern_set_new(tern_vm *vm, int frozen);
void tern_set_add(tern_vm *vm, tern_val set, tern_val v);

tern_val tern_range_new(tern_vm *vm, tern_int start, tern_int stop, tern_int step);
tern_val tern_slice_new(tern_vm *vm, tern_val start, tern_val stop, tern_val step);
/* Resolve a slice against a sequence length: CPython's PySlice_GetIndicesEx.
 * Returns the slice length. */
tern_int tern_slice_indices(tern_vm *vm, tern_val slice, tern_int len,
                            tern_int *start, tern_int *stop, tern_int *step);
/* Normalize a sequence index (negative from the end); raises IndexError
 * with message "<what> index out of range" if outside. */
tern_int tern_seq_index(tern_vm *vm, tern_val index, tern_int len, const char *what);

/* ===================================================================
 * Functions, classes, modules (obj_func.c, obj_class.c, module.c)
 * =================================================================== */

tern_val tern_func_new(tern_vm *vm, tern_val code, tern_val globals);
tern_val tern_bound_new(tern_vm *vm, tern_val self, tern_val func);
/* str.lower and the like: a built-in method taken from its type (call.c). */
tern_val tern_method_descr_new(tern_vm *vm, const tern_type *owner, tern_val cfunc);
tern_val tern_cell_new(tern_vm *vm, tern_val value);
/* Create a class: name (str), bases (tuple), namespace (dict). */
tern_val tern_class_new(tern_vm *vm, tern_val name, tern_val bases, tern_val ns);
tern_val tern_module_new(tern_vm *vm, tern_val name);
/* Import a module by dotted name (as the IMPORT_NAME opcode). */
tern_val tern_import(tern_vm *vm, tern_val name, tern_val fromlist, int level, tern_val globals);

/* Built-in modules: a ROM table of name -> init function that returns the
 * module object (mod_*.c). */
typedef struct tern_builtin_module {
    const tern_str *name;
    tern_val (*init)(tern_vm *vm);
} tern_builtin_module;
extern const tern_builtin_module tern_builtin_modules[];

/* The builtins (mod_builtins.c): fill vm->builtins at open. */
void tern_builtins_init(tern_vm *vm);
/* The built-in functions, types and exceptions stay in a const table until
 * used: vm->builtins holds only those looked up so far (while it has room)
 * and those the program set. tern_builtin_rom: the table's value for name,
 * or NULL. tern_builtin_fetch: vm->builtins, else the table, copying what
 * it finds into vm->builtins if that needs no allocation. Neither allocates. tern_builtins_complete:
 * copy the whole table, before vm->builtins is handed out or deleted from. */
tern_val tern_builtin_rom(tern_vm *vm, tern_val name);
tern_val tern_builtin_fetch(tern_vm *vm, tern_val name);
tern_val tern_builtin_get(tern_vm *vm, tern_val name);      /* as fetch, no allocation */
void tern_builtins_complete(tern_vm *vm);
/* exit() and quit() (site.c). */
void tern_site_init(tern_vm *vm);
/* print() to the VM's output, as the builtin does. */

/* ===================================================================
 * Bytecode (opcodes.h)
 * =================================================================== */

enum {
#define TERN_OP0(name) TERN_BC_##name,
#define TERN_OP1(name)
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
    TERN_BC_LAST0_,
    TERN_BC_HAVE_ARG = 64,
    TERN_BC_FIRST1_ = TERN_BC_HAVE_ARG - 1,
#define TERN_OP0(name)
#define TERN_OP1(name) TERN_BC_##name,
#include "opcodes.h"
#undef TERN_OP0
#undef TERN_OP1
    TERN_BC__END
};

/* ===================================================================
 * Compiler (compile.c)
 * =================================================================== */

/* Compile source text to a code object. `src` must stay valid and
 * unmoved during the call (a C buffer, not a heap str: copy heap strings
 * into a pinned or C buffer first, or use tern_compile_str). mode is
 * TERN_MODE_FILE / _SINGLE / _EVAL. Raises SyntaxError. */
tern_val tern_compile(tern_vm *vm, const char *src, size_t len, tern_val filename, int mode);
/* The same from a Python str (exec/eval/compile). */
tern_val tern_compile_str(tern_vm *vm, tern_val src, tern_val filename, int mode);
/* For REPLs: would more lines complete this source? no raise. */
int tern_compile_incomplete(tern_vm *vm, const char *src, size_t len);

/* id(v): a number unique among live objects and stable while v lives,
 * although the collector moves objects (gc.c). */
tern_val tern_object_id(tern_vm *vm, tern_val v);

/* Struct sequences (structseq.c): tuple subclasses with named fields and
 * a repr naming them, such as sys.version_info. */
tern_val tern_structseq_type(tern_vm *vm, const char *module, const char *name,
                             const char *const *fields, int n);
tern_val tern_structseq_new(tern_vm *vm, tern_val type, size_t n, const tern_val *values);

/* The match statement's run-time parts (match.c), used by its opcodes. */
int tern_match_kind(tern_vm *vm, tern_val x, int mapping);
tern_val tern_match_len(tern_vm *vm, tern_val x);
tern_val tern_match_keys(tern_vm *vm, tern_val map, tern_val keys);
tern_val tern_match_rest(tern_vm *vm, tern_val map, tern_val keys);
tern_val tern_match_class(tern_vm *vm, tern_val x, tern_val cls, tern_val kwnames, int npos);
/* Source line of the instruction at byte offset `offset` of a code
 * object (from its line table). no alloc, no raise. */
int tern_code_line(tern_val code, size_t offset);

#endif /* TERN_RUNTIME_H */
