/* SPDX-License-Identifier: MIT */
/*
 * obj_class.h — cross-file internals of the object model: obj_object.c,
 * obj_class.c, obj_func.c, obj_exc.c, module.c and the small built-in
 * modules (mod_sys.c, mod_gc.c, mod_micropython.c).
 */
#ifndef TERN_OBJ_CLASS_H
#define TERN_OBJ_CLASS_H

#include "runtime.h"

/* The start of a ROM type initializer: header, name, no dict/bases/mro/inst_keys,
 * base, attribute table. The 17 slot functions follow it, in the order of
 * tern_type (make, repr, str, hash, compare, binop, unop, truth, len,
 * getitem, setitem, contains, iter, next, call, getattr, setattr). */
#define TERN_TYPE_HEAD(nameid, basep, attrs, nattrs, inst_kind, flags) \
    TERN_HDR_ROM(TERN_K_TYPE), TERN_NSTR(nameid), 0, 0, 0, 0, basep, attrs, \
    (uint32_t)(nattrs), (uint8_t)(inst_kind), (uint8_t)(flags), 0
#define TERN_NATTRS(a)  (sizeof(a) / sizeof((a)[0]))

/* Stable identity hash of an object (objects move, so it is kept in the
 * object when its layout has room for it) -> small int. */
tern_val tern_id_hash(tern_vm *vm, tern_val v);
/* Bytes of the objects whose identity hash lives in a trailing word. */
#define TERN_INSTANCE_BYTES (sizeof(tern_instance) + sizeof(tern_val))
#define TERN_EXC_BYTES      (sizeof(tern_exc) + sizeof(tern_val))
#define TERN_FUNC_BYTES     (sizeof(tern_func) + sizeof(tern_val))
#define TERN_MODULE_BYTES   (sizeof(tern_module) + sizeof(tern_val))
#define TERN_OBJECT0_BYTES  (sizeof(tern_object) + sizeof(tern_val))

/* ---- vm.c (provided by the VM) ---- */

/* Run the body of a class (the function built by the compiler for the
 * class statement) with `ns` (a dict) as its locals, its closure as the
 * function's. Returns the body's return value (ignored). */
tern_val tern_run_class_body(tern_vm *vm, tern_val func, tern_val ns);

/* ---- obj_class.c ---- */

/* builtins.__build_class__(func, name, *bases, metaclass=None, **kw) */
extern const tern_cfunc tern_build_class_obj;

/* The MRO of type t as a sequence: for a heap class its mro tuple, for a
 * ROM type its base chain. Returns the number of entries; entry i is
 * tern_mro_item(t, i). no alloc. */
size_t tern_mro_len(const tern_type *t);
const tern_type *tern_mro_item(const tern_type *t, size_t i);

/* Look `name` up on the type of `self` and call it as a method with
 * `nargs` extra arguments (a, b). Returns TERN_NULL if the type has no
 * such attribute. The extra arguments need not be rooted. */
tern_val tern_call_special(tern_vm *vm, tern_val self, tern_val name, int nargs, tern_val a, tern_val b);

/* Like tern_call_special for a method value `m` already looked up on
 * type(self): binds it (function, C method, staticmethod, classmethod,
 * descriptor) and calls it with nargs extra arguments. */
tern_val tern_call_found(tern_vm *vm, tern_val m, tern_val self, int nargs, tern_val a, tern_val b);

/* Was `name` defined by a Python class in t's MRO (before any built-in
 * type provides it)? no alloc. Returns the value or TERN_NULL. */
tern_val tern_class_user_lookup(const tern_type *t, tern_val name);

/* The same through the cached type lookup: the value of `name` on heap
 * class t when it is a heap object (a function or descriptor a Python
 * class defined), else TERN_NULL. For the hot paths (instantiation,
 * __setattr__/__getattr__ hooks). */
tern_val tern_class_user_attr(tern_vm *vm, const tern_type *t, tern_val name);

/* type.__new__(meta, name, bases, ns): create a class; `meta` is the
 * explicit metaclass (a subclass of type) or TERN_NULL (derived from the
 * bases). ns is used as the class dict. */
tern_val tern_class_new_meta(tern_vm *vm, tern_val name, tern_val bases, tern_val ns, tern_val meta);

/* type.__new__(meta, name, bases, ns, **kw) with args = [name, bases, ns,
 * keyword values...] rooted; meta TERN_NULL for type. Copies ns, fills the
 * __class__ cell, calls __set_name__ and __init_subclass__(**kw). */
tern_val tern_class_create(tern_vm *vm, tern_val meta, int nargs, tern_val *args, tern_val kwnames);

/* The MRO of a type as a tuple (a new one for a ROM type). */
tern_val tern_class_mro_tuple(tern_vm *vm, tern_val type);

/* Recompute the C slots of heap class `cls` from its dunder methods (after
 * creation and after setting a dunder attribute on the class). no alloc. */
void tern_class_fix_slots(tern_vm *vm, tern_val cls);

/* Create an instance of heap or built-in class `cls` with the layout its
 * instances use, without calling __init__ (object.__new__). `args` (a
 * tuple or NULL) are stored as an exception's args. */
tern_val tern_class_alloc_instance(tern_vm *vm, tern_val cls, tern_val args);

/* Bind attribute `attr` found on type(obj) for access through obj (or
 * through the class itself when obj is TERN_NULL and `cls` the class). */
tern_val tern_class_bind(tern_vm *vm, tern_val attr, tern_val obj, tern_val cls);

/* Host classes (api_host.c): the layout base of every class made by
 * tern_new_class, whose instances are proxies of a hostobject holding
 * their C data; tern_host_data_new makes that value for class `cls`.
 * tern_host_is_method: is v a C method of a host class (it binds to the
 * instance as a Python function does)? */
extern const tern_type tern_type_hostobject;
tern_val tern_host_data_new(tern_vm *vm, tern_val cls);
int tern_host_is_method(tern_val v);

/* Subclasses of built-in types other than object and the exceptions (list,
 * dict, str, int...) are "proxy" classes: their instances are
 * TERN_K_INSTANCE objects whose `dict` field holds a 2-tuple (the built-in
 * value, the attribute dict or NULL). The built-in value receives the
 * built-in methods and slots. */
#define TERN_IS_PROXY_TYPE(t) (((t)->flags & TERN_TF_HEAP) && (t)->inst_kind == TERN_K_INSTANCE \
                               && (t)->base != &tern_type_object)
#define TERN_IS_PROXY(v) (TERN_IS_KIND(v, TERN_K_INSTANCE) \
                          && TERN_IS_TUPLE(TERN_AS(tern_instance, v)->dict))
/* Flags of heap classes, kept in tern_type.pad_. TERN_CLS_NODICT: the
 * class has __slots__ without '__dict__' (nor a base with a dict): its
 * instances' `dict` field holds a cell whose value is the dict of slot
 * values (so the VM's instance-dict fast paths never apply), and each slot
 * is a class attribute (a property reading/writing that dict).
 * TERN_CLS_META: the class has a metaclass other than type, stored as an
 * extra last item of its `bases` tuple (__bases__ leaves it out). */
#define TERN_CLS_NODICT 0x01
#define TERN_CLS_META   0x02
/* TERN_CLS_GETATTRIBUTE: a Python class in the MRO defines
 * __getattribute__, so every attribute read must go through it (the VM's
 * instance-dict fast paths test this bit). */
#define TERN_CLS_GETATTRIBUTE 0x04
#define TERN_IS_SLOTTED(v) (TERN_IS_KIND(v, TERN_K_INSTANCE) && TERN_AS(tern_instance, v)->dict \
                            && TERN_IS_KIND(TERN_AS(tern_instance, v)->dict, TERN_K_CELL))
/* ---- Split instance storage (obj_inst.c) ---- */
#define TERN_IS_SPLIT(v) (TERN_AS(tern_instance, v)->dict \
                          && TERN_IS_KIND(TERN_AS(tern_instance, v)->dict, TERN_K_ARRAY))
/* The value slot of attribute `name` of split instance obj, or NULL if
 * unset; `hint` (may be NULL) is tried first and receives the position.
 * no alloc. */
tern_val *tern_inst_split_slot(tern_val obj, tern_val name, uint16_t *hint);
/* Attribute `name` (a str) of instance obj from its own storage (split,
 * dict or a proxy's dict), or NULL. no alloc. */
tern_val tern_inst_lookup(tern_val obj, tern_val name);
/* Replace attribute `name` of split instance obj, or set it when it is the
 * next in order and there is room; 0 if that needs the slow path. no alloc. */
int tern_inst_split_store_fast(tern_val obj, tern_val name, tern_val value, uint16_t *hint);
/* s = [instance name value] (value not NULL): store in split storage and
 * return 1, or return 0 with the instance left in dict mode (or untouched
 * if it never was split) for the caller's dict path. */
int tern_inst_store(tern_vm *vm, tern_val *s);
/* Turn split instance obj's storage into a dict, and return it. */
tern_val tern_inst_materialize(tern_vm *vm, tern_val obj);
/* The values array a new instance of cls starts with (NULL if none). */
tern_val tern_inst_new_values(tern_vm *vm, tern_val cls);
/* The built-in value of a proxy instance, or v itself. no alloc. */
#define TERN_PROXY_VALUE(v) (TERN_IS_PROXY(v) ? TERN_TUPLE_ITEMS(TERN_AS(tern_instance, v)->dict)[0] : (v))
/* Attribute `name` of ROM type e itself (not its bases); with `wrappers`,
 * also the slot wrappers of its C slots (`__len__` of list...), which
 * only proxy instances may use. no alloc. */
tern_val tern_rom_attr(const tern_type *e, tern_val name, int wrappers);
/* The slot wrapper for dunder `name` of built-in type t (when its C slot
 * implements it), TERN_NONE for the __hash__ of an unhashable type, or
 * TERN_NULL (obj_slotwrap.c). no alloc. */
tern_val tern_slot_wrapper_of(const tern_type *t, tern_val name);
/* Is cfunc value f one of object's methods (which want the instance)? */
int tern_is_object_method(tern_val f);
/* Is t a mutable built-in base (its value is made empty, then __init__ fills it)? */
int tern_proxy_mutable_base(const tern_type *t);

/* If property `attr` is the descriptor of a __slots__ entry: the slot's
 * value in obj (TERN_NULL if unset or not a slot; the caller then takes
 * the general path, which raises). no alloc. */
tern_val tern_class_slot_get(tern_vm *vm, tern_val attr, tern_val obj);
/* Store value in the slot `attr` describes of slotted instance obj;
 * returns 0 (nothing done) unless attr is such a slot descriptor. */
int tern_class_slot_set(tern_vm *vm, tern_val attr, tern_val obj, tern_val value);

/* The attribute of super object `sup`, or TERN_NULL. */
tern_val tern_super_getattr(tern_vm *vm, tern_val sup, tern_val name);

/* getattr on a type object (class or built-in type), or TERN_NULL. */
tern_val tern_type_getattr(tern_vm *vm, tern_val type, tern_val name);

/* Qualified name (str) and module (str or TERN_NULL) of a type. */
tern_val tern_type_qualname(tern_vm *vm, const tern_type *t);
tern_val tern_type_modname(const tern_type *t);
/* __name__ of a type: its name after the last '.' for a built-in type
 * named "module.name". */
tern_val tern_type_shortname(tern_vm *vm, const tern_type *t);

/* ---- obj_type.c ---- */

extern const tern_type tern_type_mappingproxy;
/* A read-only view of `mapping` (what a class's __dict__ gives). */
tern_val tern_mappingproxy_new(tern_vm *vm, tern_val mapping);
/* Is t one of the built-in types list[int]-style subscription applies to? */
int tern_type_is_generic(const tern_type *t);

/* ---- obj_alias.c ---- */

extern const tern_type tern_type_GenericAlias, tern_type_UnionType;
/* origin[args]: a types.GenericAlias (args a tuple or a single value). */
tern_val tern_alias_new(tern_vm *vm, tern_val origin, tern_val args);
/* a | b for type hints (types, None, aliases, unions): a UnionType, or the
 * single member when both sides name the same one. */
tern_val tern_union_new(tern_vm *vm, tern_val a, tern_val b);
/* May v be an operand of `|` between type hints? no alloc. */
int tern_union_operand(tern_val v);
int tern_is_alias(tern_val v);      /* no alloc */
int tern_is_union(tern_val v);      /* no alloc */
/* The member types of union u (a tuple). no alloc. */
tern_val tern_union_args(tern_val u);

/* ---- obj_object.c ---- */

/* The attribute dict of an object that has one (instances, exceptions,
 * modules, functions), created if `create`; TERN_NULL if none. */
tern_val tern_obj_dict(tern_vm *vm, tern_val obj, int create);
/* mapping[key], or TERN_NULL if that raises KeyError (LOAD_NAME in a
 * class body whose namespace __prepare__ made a mapping). */
tern_val tern_mapping_get_opt(tern_vm *vm, tern_val mapping, tern_val key);
/* "<__main__.Foo object at 0x...>" */
tern_val tern_default_repr(tern_vm *vm, tern_val v);
/* The interned form of name (allocates only when not interned yet). */
tern_val tern_name_interned(tern_vm *vm, tern_val name);

/* Add the names of ROM type t's own attributes and slot wrappers to the
 * set at *set (for dir()). */
void tern_rom_dir(tern_vm *vm, const tern_type *t, tern_val *set);

/* ---- mod_builtins.c ---- */

/* dir(obj) as a sorted list, without the __dir__ hook. */
tern_val tern_dir_list(tern_vm *vm, tern_val obj);

/* ---- obj_exc.c ---- */

/* Attributes of exception instances stored in fields (args, __cause__...):
 * get returns TERN_NULL if `name` is not one of them; set returns 0. */
tern_val tern_exc_getattr(tern_vm *vm, tern_val self, tern_val name);
int tern_exc_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value);
/* Move the filenames of a new OSError (3 to 5 args) out of its args. */
void tern_exc_oserror_init(tern_vm *vm, tern_val exc);

/* ---- obj_func.c ---- */

tern_val tern_func_getattr(tern_vm *vm, tern_val self, tern_val name);
int tern_func_setattr(tern_vm *vm, tern_val self, tern_val name, tern_val value);

/* ---- built-in modules (module.c, mod_*.c) ---- */

tern_val tern_mod_sys_init(tern_vm *vm);
tern_val tern_mod_gc_init(tern_vm *vm);
tern_val tern_mod_math_init(tern_vm *vm);
tern_val tern_mod_cmath_init(tern_vm *vm);
tern_val tern_mod_micropython_init(tern_vm *vm);
tern_val tern_mod_tern_init(tern_vm *vm);
tern_val tern_mod_hashlib_init(tern_vm *vm);
tern_val tern_mod_time_init(tern_vm *vm);
tern_val tern_mod_array_init(tern_vm *vm);

#endif /* TERN_OBJ_CLASS_H */
