/* SPDX-License-Identifier: MIT */
/*
 * containers.h — cross-file internals of the container types (obj_tuple.c,
 * obj_list.c, obj_dict.c, obj_set.c, obj_range.c, obj_iters.c) and the
 * builtins module. Other core files may use what is declared here.
 *
 * Iterators. Every built-in iterator (and the dict views) is a TERN_K_ITER
 * object, a tern_seqiter. Its `sub` field says what kind of iterator it is
 * (TERN_ITK_*); `seq` is the one traced reference (the iterated object, or
 * a tuple holding the iterator's state); `pos` and `aux` are raw. A
 * seqiter made by any file with sub == 0 (TERN_ITK_SEQ) iterates a list,
 * tuple, str or bytes by position. All of them share tern_type_iterator's
 * slots, which dispatch on `sub`; tern_iter_type() gives the precise type
 * (list_iterator, enumerate, dict_keys...) for type() and isinstance().
 */
#ifndef TERN_CONTAINERS_H
#define TERN_CONTAINERS_H

#include "runtime.h"

/* ---- tuple (obj_tuple.c) ---- */

/* The empty tuple, in ROM. TERN_EMPTY_TUPLE is it as a value. */
extern const tern_tuple tern_empty_tuple;
#define TERN_EMPTY_TUPLE TERN_VAL(&tern_empty_tuple)

/* Items and length of a list or tuple (pointer valid until allocation). */
static inline tern_val *tern_seq_items(tern_val seq, size_t *len) {
    if (TERN_KIND_OF(seq) == TERN_K_TUPLE) {
        *len = TERN_TUPLE_LEN(seq);
        return TERN_TUPLE_ITEMS(seq);
    }
    *len = TERN_LIST_LEN(seq);
    return *len ? TERN_LIST_ITEMS(seq) : (tern_val *)0;
}
/* Lexicographic rich comparison of two lists or two tuples (tern_cmpop). */
tern_val tern_seq_richcompare(tern_vm *vm, int op, tern_val a, tern_val b);
/* Index of x in a list or tuple between start and stop, or -1. */
tern_int tern_seq_find(tern_vm *vm, tern_val seq, tern_val x, tern_int start, tern_int stop);
/* Parse the optional (start, end) arguments of index()/count() methods. */
void tern_seq_range_args(tern_vm *vm, int nargs, tern_val *args, tern_int len,
                         tern_int *start, tern_int *stop);

/* Check the arguments of a C function/method (n excludes self) and
 * raise TypeError with CPython's wording: "name() takes exactly one
 * argument (0 given)", "name() takes no arguments (1 given)", "m expected
 * at most 2 arguments, got 3" (m: name after its last '.'), "name() takes
 * no keyword arguments". */
void tern_cargs(tern_vm *vm, const char *name, int n, tern_val kwnames, int min, int max);
/* n of seq * n: 1 and sets *n (negative -> 0) if v is an int or bool. */
int tern_repeat_count_(tern_vm *vm, tern_val v, tern_int *n);
/* Is v an instance of a Python class or exception (may define __r*__)? */
#define TERN_IS_CLASSED(v)  (TERN_IS_OBJ(v) && TERN_KIND_OF(v) >= TERN_K_FIRST_CLASSED)

/* ---- repr guard (obj_tuple.c) ----
 * Containers that can contain themselves call tern_repr_enter before
 * formatting their items: it returns 1 if `obj` is already being formatted
 * further up (print "[...]" then, and do not call leave), else it records
 * `obj` on the value stack (two slots: a marker and obj) and returns 0;
 * call tern_repr_leave after. An exception unwinds it automatically. The
 * C depth is bounded by tern_repr, which every nested repr goes through. */
int tern_repr_enter(tern_vm *vm, tern_val obj);
void tern_repr_leave(tern_vm *vm);
/* Bump/drop vm->c_depth around C recursion. */
void tern_c_enter(tern_vm *vm);
#define tern_c_leave(vm) ((vm)->c_depth--)

/* ---- list (obj_list.c) ---- */

/* Append every item of an iterable (LIST_EXTEND, list.extend, +=). */
void tern_list_extend(tern_vm *vm, tern_val list, tern_val iterable);
/* Insert v before index i (already normalized: 0 <= i <= len). */
void tern_list_insert(tern_vm *vm, tern_val list, size_t i, tern_val v);

/* ---- dict (obj_dict.c) ---- */

/* tern_dict_get_name's slot lookup, trying the entry *hint first and
 * updating it (the attribute hints of vm.c). No allocation. */
tern_val *tern_dict_name_slot_hinted(tern_val d, tern_val name, uint16_t *hint);

/* dict.update(other): other a mapping (dict or object with keys()) or an
 * iterable of pairs. */
void tern_dict_update(tern_vm *vm, tern_val d, tern_val other);
/* {**m} (DICT_UPDATE) and f(**m) (DICT_MERGE, dup_error = 1: TypeError
 * "got multiple values for keyword argument 'k'" on a repeated key;
 * `func` names the callee in that message, may be TERN_NULL). */
void tern_dict_merge(tern_vm *vm, tern_val d, tern_val other, int dup_error, tern_val func);
tern_val tern_dict_copy(tern_vm *vm, tern_val d);
/* The TypeError of a `*v` that is not iterable: "f() argument after * must
 * be an iterable, not T" in a call of func, else "Value after * ..." */
TERN_NORETURN void tern_dict_star_error(tern_vm *vm, tern_val func, tern_val v);
/* Raise KeyError(key). */
TERN_NORETURN void tern_raise_key_error(tern_vm *vm, tern_val key);
/* The hash used by dicts and sets: a C integer, same as tern_hash. */
tern_int tern_hash_int(tern_vm *vm, tern_val key);

/* Dict iterators and views (the TERN_ITK_DICT_* and _VIEW_* kinds). */
tern_val tern_dictiter_next(tern_vm *vm, tern_val it);
tern_val tern_dict_iter_kind_(tern_vm *vm, tern_val d, unsigned itk);
/* reversed(d) (view_itk 0 or TERN_ITK_VIEW_KEYS) or reversed(view). */
tern_val tern_dict_reversed(tern_vm *vm, tern_val d, unsigned view_itk);
tern_int tern_dictview_len(tern_vm *vm, tern_val self);
tern_val tern_dictview_iter(tern_vm *vm, tern_val self);
int tern_dictview_contains(tern_vm *vm, tern_val self, tern_val x);
tern_val tern_dictview_repr(tern_vm *vm, tern_val self);
tern_val tern_dictview_compare(tern_vm *vm, int op, tern_val a, tern_val b);
tern_val tern_dictview_binop(tern_vm *vm, int op, tern_val a, tern_val b);

/* ---- set (obj_set.c) ---- */

/* Add every item of an iterable (SET_UPDATE, set.update). */
void tern_set_update(tern_vm *vm, tern_val set, tern_val iterable);
int tern_set_contains(tern_vm *vm, tern_val set, tern_val key);
tern_val tern_setiter_next(tern_vm *vm, tern_val it);
/* A new set (or frozenset) with the items of an iterable. */
tern_val tern_set_of(tern_vm *vm, tern_val iterable, int frozen);
#define TERN_IS_ANYSET(v)   TERN_IS_KIND(v, TERN_K_SET)
#define TERN_SET_FROZEN     0x1u    /* in tern_dict.flags of a set */

/* ---- iterators (obj_range.c, obj_iters.c) ---- */

enum {
    TERN_ITK_SEQ = 0,       /* list, tuple, str or bytes by position */
    TERN_ITK_RANGE,         /* seq: range; aux: length */
    TERN_ITK_DICT_KEYS,     /* seq: dict; aux: size at creation */
    TERN_ITK_DICT_VALUES,
    TERN_ITK_DICT_ITEMS,
    TERN_ITK_DICT_RKEYS,    /* reversed(dict): pos counts entries down */
    TERN_ITK_DICT_RVALUES,
    TERN_ITK_DICT_RITEMS,
    TERN_ITK_SET,           /* seq: set; pos: slot; aux: size at creation */
    TERN_ITK_REVSEQ,        /* reversed list/tuple: pos = next index + 1 */
    TERN_ITK_REVGETITEM,    /* reversed(x) via __len__/__getitem__ */
    TERN_ITK_GETITEM,       /* iter(x) via __getitem__ until IndexError */
    TERN_ITK_CALLABLE,      /* iter(f, sentinel): seq = (f, sentinel) */
    TERN_ITK_ENUMERATE,     /* seq = (iterator, count) */
    TERN_ITK_ZIP,           /* seq = tuple of iterators; aux: strict */
    TERN_ITK_MAP,           /* seq = (func, iterators...) */
    TERN_ITK_FILTER,        /* seq = (func or None, iterator) */
    TERN_ITK_VIEW_KEYS,     /* dict views (not iterators): seq = dict */
    TERN_ITK_VIEW_VALUES,
    TERN_ITK_VIEW_ITEMS,
    TERN_ITK__COUNT
};
#define TERN_IS_ITK(v, k)   (TERN_IS_KIND(v, TERN_K_ITER) && TERN_AS(tern_seqiter, v)->sub == (k))

extern const tern_type tern_type_enumerate, tern_type_zip, tern_type_map,
    tern_type_filter, tern_type_reversed;

/* The methods every iterator type has (__next__, __iter__): 2 entries. */
extern const tern_attr tern_iter_attrs_[];

/* A new iterator of kind `itk` over `seq` (pos, aux 0). */
tern_val tern_seqiter_new(tern_vm *vm, tern_val seq, unsigned itk);
/* The precise type of a TERN_K_ITER object (for tern_typeof). no alloc. */
const tern_type *tern_iter_type(tern_val it);
/* The iterator slot functions, shared by every TERN_K_ITER object. */
tern_val tern_seqiter_next(tern_vm *vm, tern_val it);

#endif /* TERN_CONTAINERS_H */
