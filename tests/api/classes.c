/* SPDX-License-Identifier: MIT */
/*
 * classes.c — host classes (tern_new_class, tern_module_def.classes,
 * tern_get_data): instances carrying C data that moves with them through
 * collections; special methods (__init__, __repr__, __len__, __getitem__,
 * __eq__); bound methods; Python subclasses with attributes and super();
 * isinstance; a method given the wrong self; two classes whose data must
 * not be confused; data_size 0; misuse. Uses only tern.h.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static char out[8192];
static size_t out_len;

static void capture(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd;
    if (out_len + len < sizeof out) {
        memcpy(out + out_len, data, len);
        out_len += len;
        out[out_len] = 0;
    }
}

static int run(tern_vm *vm, const char *src) {
    int st;
    out_len = 0;
    out[0] = 0;
    st = tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
    if (st != TERN_OK)
        printf("     run: %s", tern_error_text(vm));
    return st;
}

static int same(const char *got, const char *want) {
    if (strcmp(got, want) != 0) {
        printf("     got:\n%s     wanted:\n%s", got, want);
        return 0;
    }
    return 1;
}

/* ---- class Vec: two doubles and a counter of reads ---- */

typedef struct vec {
    double x, y;
    int64_t reads;
} vec;

/* declared ahead (extern: C++ has no tentative definitions) */
extern const tern_class_def vec_class, tag_class;

static vec *self_vec(tern_vm *vm) {
    void *p;
    return tern_get_data(vm, 1, &vec_class, &p) == TERN_OK ? (vec *)p : NULL;
}

/* Vec(x=0.0, y=0.0) */
static int vec_init(tern_vm *vm, int nargs, void *ud) {
    double x = 0, y = 0;
    vec *v;
    (void)ud;
    if (nargs > 3)
        return tern_raise_error(vm, "TypeError", "Vec() takes at most 2 arguments");
    if ((nargs > 1 && tern_get_float(vm, 2, &x) != TERN_OK) || (nargs > 2 && tern_get_float(vm, 3, &y) != TERN_OK))
        return TERN_ERROR;
    if (!(v = self_vec(vm)))
        return TERN_ERROR;
    v->x = x;
    v->y = y;
    return TERN_OK;
}

static int vec_repr(tern_vm *vm, int nargs, void *ud) {
    char buf[96];
    vec *v;
    (void)nargs, (void)ud;
    if (!(v = self_vec(vm)))
        return TERN_ERROR;
    snprintf(buf, sizeof buf, "Vec(%g, %g)", v->x, v->y);
    return tern_set_cstr(vm, 0, buf);
}

static int vec_norm(tern_vm *vm, int nargs, void *ud) {
    vec *v;
    (void)ud;
    if (nargs != 1)
        return tern_raise_error(vm, "TypeError", "norm() takes no arguments");
    if (!(v = self_vec(vm)))
        return TERN_ERROR;
    v->reads++;
    return tern_set_float(vm, 0, sqrt(v->x * v->x + v->y * v->y));
}

/* v.add(w) -> a new Vec: calls the class (found through type(v)) */
static int vec_add(tern_vm *vm, int nargs, void *ud) {
    vec *a, *b;
    double x, y;
    (void)ud;
    if (nargs != 2)
        return tern_raise_error(vm, "TypeError", "add() takes 1 argument");
    if (!(a = self_vec(vm)))
        return TERN_ERROR;
    x = a->x, y = a->y;
    {
        void *p;
        if (tern_get_data(vm, 2, &vec_class, &p) != TERN_OK)
            return TERN_ERROR;
        b = (vec *)p;
    }
    x += b->x, y += b->y;
    /* building values allocates: the pointers above are dead from here on */
    if (tern_ensure_slots(vm, 6) != TERN_OK || tern_get_attr(vm, 1, "__class__", 3) != TERN_OK
        || tern_set_float(vm, 4, x) != TERN_OK || tern_set_float(vm, 5, y) != TERN_OK)
        return TERN_ERROR;
    if (tern_copy_slot(vm, 0, 3) != TERN_OK)
        return TERN_ERROR;
    /* call slot 3 with slots 4, 5: tern_call_slot reads the arguments after it */
    if (tern_call_slot(vm, 3, 2) != TERN_OK)
        return TERN_ERROR;
    return tern_copy_slot(vm, 0, 3);
}

static int vec_len(tern_vm *vm, int nargs, void *ud) {
    (void)nargs, (void)ud;
    return self_vec(vm) ? tern_set_int(vm, 0, 2) : TERN_ERROR;
}

static int vec_getitem(tern_vm *vm, int nargs, void *ud) {
    int64_t i;
    vec *v;
    (void)nargs, (void)ud;
    if (tern_get_int(vm, 2, &i) != TERN_OK)
        return TERN_ERROR;
    if (!(v = self_vec(vm)))
        return TERN_ERROR;
    if (i < -2 || i > 1)
        return tern_raise_error(vm, "IndexError", "Vec index out of range");
    return tern_set_float(vm, 0, (i & 1) ? v->y : v->x);
}

static int vec_eq(tern_vm *vm, int nargs, void *ud) {
    void *p, *q;
    (void)nargs, (void)ud;
    if (tern_get_data(vm, 1, &vec_class, &p) != TERN_OK)
        return TERN_ERROR;
    if (tern_get_data(vm, 2, &vec_class, &q) != TERN_OK) {
        tern_clear_error(vm);
        return tern_set_bool(vm, 0, 0);
    }
    return tern_set_bool(vm, 0, ((vec *)p)->x == ((vec *)q)->x && ((vec *)p)->y == ((vec *)q)->y);
}

static int vec_reads(tern_vm *vm, int nargs, void *ud) {
    vec *v;
    (void)nargs, (void)ud;
    return (v = self_vec(vm)) != NULL ? tern_set_int(vm, 0, v->reads) : TERN_ERROR;
}

static const tern_function_def vec_methods[] = {
    { "__init__", vec_init },
    { "__repr__", vec_repr },
    { "__len__", vec_len },
    { "__getitem__", vec_getitem },
    { "__eq__", vec_eq },
    { "norm", vec_norm },
    { "add", vec_add },
    { "reads", vec_reads },
    { NULL, NULL }
};

const tern_class_def vec_class = { "Vec", vec_methods, sizeof(vec), NULL };

/* ---- class Tag: no methods of its own but a name; 3 bytes of data ---- */

static int tag_set(tern_vm *vm, int nargs, void *ud) {
    void *p;
    const char *s;
    size_t n;
    int *calls = (int *)ud;
    (void)nargs;
    (*calls)++;
    if (tern_get_str(vm, 2, &s, &n) != TERN_OK)
        return TERN_ERROR;
    if (tern_get_data(vm, 1, &tag_class, &p) != TERN_OK)
        return TERN_ERROR;
    memset(p, 0, 3);
    memcpy(p, s, n < 3 ? n : 3);
    return TERN_OK;
}

static int tag_get(tern_vm *vm, int nargs, void *ud) {
    void *p;
    char buf[4];
    (void)nargs, (void)ud;
    if (tern_get_data(vm, 1, &tag_class, &p) != TERN_OK)
        return TERN_ERROR;
    memcpy(buf, p, 3);
    buf[3] = 0;
    return tern_set_cstr(vm, 0, buf);
}

static int tag_calls;

static const tern_function_def tag_methods[] = {
    { "set", tag_set },
    { "get", tag_get },
    { NULL, NULL }
};

const tern_class_def tag_class = { "Tag", tag_methods, 3, &tag_calls };

static const tern_class_def empty_class = { "Empty", NULL, 0, NULL };

static const tern_function_def bad_methods[] = { { "f", NULL }, { NULL, NULL } };
static const tern_class_def bad_class = { "Bad", bad_methods, 0, NULL };

static const tern_class_def geo_vec = { "Vec", vec_methods, sizeof(vec), NULL };
static const tern_class_def *const geo_classes[] = { &geo_vec, NULL };

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    tern_module_def mod;
    void *p;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = sizeof heap.bytes;
    cfg.write = capture;
    vm = tern_open(&cfg);
    if (!vm) {
        printf("FAIL open\n");
        return 1;
    }

    /* a class in __main__ */
    check(tern_ensure_slots(vm, 4) == TERN_OK, "ensure slots");
    check(tern_new_class(vm, 0, &vec_class) == TERN_OK && tern_type_of(vm, 0) == TERN_T_TYPE,
          "tern_new_class gives a type");
    check(tern_set_global(vm, "Vec", 0) == TERN_OK, "set as a global");
    check(run(vm, "v = Vec(3, 4)\nprint(v, len(v), v[0], v[-1], v.norm())\n") == TERN_OK
          && same(out, "Vec(3, 4) 2 3.0 4.0 5.0\n"), "construct, __repr__, __len__, __getitem__, a method");
    check(run(vm, "print(Vec(), Vec(1.5))\n") == TERN_OK && same(out, "Vec(0, 0) Vec(1.5, 0)\n"),
          "__init__ defaults");
    check(run(vm, "print(Vec.__name__, Vec.__module__, Vec.__qualname__, [c.__name__ for c in Vec.__mro__])\n")
          == TERN_OK && same(out, "Vec __main__ Vec ['Vec', 'hostobject', 'object']\n"), "names and MRO");
    check(run(vm, "m = v.norm\nprint(m(), v.reads(), Vec.norm(v), v.reads())\nprint(repr(Vec.norm))\n") == TERN_OK
          && same(out, "5.0 2 5.0 3\n<method 'norm' of 'Vec' objects>\n"), "bound and unbound methods");
    check(run(vm, "print(v == Vec(3, 4), v == Vec(4, 3), v == 5, v != Vec(3, 4))\n") == TERN_OK
          && same(out, "True False False False\n"), "__eq__ (and != from it)");
    check(run(vm, "print(list(v), 3.0 in v, isinstance(v, Vec))\n") == TERN_OK
          && same(out, "[3.0, 4.0] True True\n"), "iteration through __getitem__");
    check(run(vm, "w = v.add(Vec(1, 1))\nprint(w, type(w) is Vec)\n") == TERN_OK
          && same(out, "Vec(4, 5) True\n"), "a method that builds a new instance");
    check(run(vm, "v.label = 'here'\nprint(v.label, v, vars(v))\n") == TERN_OK
          && same(out, "here Vec(3, 4) {'label': 'here'}\n"), "instances take attributes too");

    /* the data moves with the instance through many collections */
    check(run(vm,
              "import gc\n"
              "vs = [Vec(i, -i) for i in range(300)]\n"
              "junk = [str(i) * 3 for i in range(2000)]\n"
              "gc.collect()\n"
              "del junk\n"
              "gc.collect()\n"
              "print(all(v[0] == i and v[1] == -i for i, v in enumerate(vs)), vs[299])\n") == TERN_OK
          && same(out, "True Vec(299, -299)\n"), "data survives collections (objects move)");

    /* Python subclasses */
    check(run(vm,
              "class Named(Vec):\n"
              "    def __init__(self, name, x, y):\n"
              "        super().__init__(x, y)\n"
              "        self.name = name\n"
              "    def __repr__(self):\n"
              "        return self.name + '=' + super().__repr__()\n"
              "    def double(self):\n"
              "        return self.add(self)\n"
              "n = Named('n', 1, 2)\n"
              "print(n, round(n.norm() ** 2, 6), isinstance(n, Vec), Named.__mro__[1] is Vec, n.name)\n")
          == TERN_OK && same(out, "n=Vec(1, 2) 5.0 True True n\n"), "subclass: super().__init__, attributes, repr");
    check(run(vm, "try:\n    n.double()\nexcept TypeError as e:\n    print(e)\n") == TERN_OK
          && same(out, "Named.__init__() missing 1 required positional argument: 'y'\n"),
          "subclass: a method building type(self) calls the subclass");

    /* wrong self, wrong arguments: Python exceptions */
    check(run(vm,
              "for f in (lambda: Vec.norm(5), lambda: Vec('a'), lambda: v.add(3), lambda: v[7],\n"
              "          lambda: Vec(1, 2, 3), lambda: v.norm(1)):\n"
              "    try:\n"
              "        f()\n"
              "    except Exception as e:\n"
              "        print(type(e).__name__, e)\n") == TERN_OK
          && same(out,
                  "TypeError expected a Vec object, not 'int'\n"
                  "TypeError tern_get_float: expected float, got str (slot 2)\n"
                  "TypeError expected a Vec object, not 'int'\n"
                  "IndexError Vec index out of range\n"
                  "TypeError Vec() takes at most 2 arguments\n"
                  "TypeError norm() takes no arguments\n"), "wrong self and wrong arguments raise");

    /* a module with classes, and two classes whose data must not be confused */
    memset(&mod, 0, sizeof mod);
    mod.name = "geo";
    mod.classes = geo_classes;
    check(tern_define_module(vm, &mod) == TERN_OK, "module with a class");
    check(run(vm, "import geo\nprint(geo.Vec.__module__, geo.Vec is Vec, geo.Vec.__name__)\n") == TERN_OK
          && same(out, "geo False Vec\n"), "module class: __module__, a distinct class");
    check(run(vm, "try:\n    geo.Vec(1, 2).norm()\nexcept TypeError as e:\n    print(e)\n") == TERN_OK
          && same(out, "expected a Vec object, not 'Vec'\n"),
          "a class made from another definition is refused by tern_get_data");
    check(tern_new_class(vm, 1, &tag_class) == TERN_OK && tern_set_global(vm, "Tag", 1) == TERN_OK,
          "second class");
    tag_calls = 0;
    check(run(vm,
              "t = Tag()\nt.set('abcdef')\nu = Tag()\nu.set('xy')\n"
              "print(t.get(), u.get(), repr(Tag.__tern_host__))\n"
              "try:\n    Vec.norm(t)\nexcept TypeError as e:\n    print(e)\n"
              "try:\n    Tag.get(v)\nexcept TypeError as e:\n    print(e)\n") == TERN_OK
          && same(out, "abc xy <host class Tag: 3 bytes of C data>\n"
                       "expected a Vec object, not 'Tag'\nexpected a Tag object, not 'Vec'\n"),
          "two classes, their data apart");
    check(tag_calls == 2, "user_data reaches the methods");
    check(run(vm, "t2 = object.__new__(Tag)\nprint(repr(t2.get()))\n") == TERN_OK
          && same(out, "''\n"), "object.__new__ gives zeroed data");

    /* a class without data or methods */
    check(tern_new_class(vm, 2, &empty_class) == TERN_OK && tern_set_global(vm, "Empty", 2) == TERN_OK,
          "empty class");
    check(run(vm, "e = Empty()\ne.a = 1\nprint(e.a, type(e).__name__)\n"
                  "try:\n    Empty(1)\nexcept TypeError as x:\n    print(x)\n") == TERN_OK
          && same(out, "1 Empty\nEmpty() takes no arguments\n"), "data_size 0, no __init__");
    check(run(vm, "print(repr(e).startswith('<__main__.Empty object at '), hash(e) == hash(e), e == e, e != e,\n"
                  "      {e: 1}[e], repr(Vec.__tern_host__))\n") == TERN_OK
          && same(out, "True True True False 1 <host class Vec: 24 bytes of C data>\n"),
          "default repr, hash, ==; the class's record");

    /* tern_get_data from C on a slot */
    check(tern_get_global(vm, "v", 3) == TERN_OK && tern_get_data(vm, 3, &vec_class, &p) == TERN_OK
          && ((vec *)p)->x == 3 && ((vec *)p)->y == 4, "tern_get_data from the host");
    check(tern_get_data(vm, 3, &tag_class, &p) == TERN_ERROR && p == NULL
          && strcmp(tern_error_type(vm), "TypeError") == 0, "wrong class: TypeError, data NULL");
    check(tern_set_int(vm, 3, 5) == TERN_OK && tern_get_data(vm, 3, &vec_class, &p) == TERN_ERROR,
          "an int has no data");

    /* misuse */
    check(tern_new_class(vm, 0, NULL) == TERN_ERROR && strcmp(tern_error_type(vm), "SystemError") == 0,
          "NULL definition");
    check(tern_new_class(vm, 99, &vec_class) == TERN_ERROR, "slot out of range");
    check(tern_new_class(vm, 0, &bad_class) == TERN_ERROR && strstr(tern_error_text(vm), "method f of class Bad"),
          "NULL method pointer");
    check(tern_get_data(vm, 0, NULL, &p) == TERN_ERROR, "NULL definition for tern_get_data");
    check(tern_get_data(vm, 42, &vec_class, &p) == TERN_ERROR, "tern_get_data: slot out of range");
    check(tern_new_class(NULL, 0, &vec_class) == TERN_ERROR && tern_get_data(NULL, 0, &vec_class, &p) == TERN_ERROR,
          "NULL vm");
    check(run(vm, "print(Vec(6, 8).norm())\n") == TERN_OK && same(out, "10.0\n"), "still works after misuse");

    tern_close(vm);
    return check_summary();
}
