/* SPDX-License-Identifier: MIT */
/*
 * values.c — building and reading values through slots: None, bool, int
 * (small, int64 limits, big ints from and to text), float, str, bytes,
 * list, tuple, dict, globals, attributes and import; and every kind of
 * misuse (bad slot, wrong type, overflow, NULL arguments, NULL vm) giving
 * TERN_ERROR with a clear message instead of a crash. Uses only tern.h.
 */
#include <stdio.h>
#include <string.h>

#include "tern.h"
#include "check.h"

#define HEAP_SIZE (256 * 1024)

static union { double d; void *p; unsigned char bytes[HEAP_SIZE]; } heap;

static void discard(void *ud, int fd, const char *data, size_t len) {
    (void)ud, (void)fd, (void)data, (void)len;
}

static int run(tern_vm *vm, const char *src) {
    return tern_run_source(vm, src, strlen(src), "test.py", TERN_MODE_FILE);
}

/* The call failed with an exception of type `type` whose text contains `part`. */
static int failed_with(tern_vm *vm, int status, const char *type, const char *part) {
    const char *t = tern_error_type(vm), *text = tern_error_text(vm);
    if (status != TERN_ERROR || !t || strcmp(t, type) != 0 || !strstr(text, part)) {
        printf("     status %d, type %s, text: %s", status, t ? t : "(none)", text);
        return 0;
    }
    return 1;
}

static int str_is(tern_vm *vm, int slot, const char *want) {
    const char *s;
    size_t n;
    return tern_get_str(vm, slot, &s, &n) == TERN_OK && n == strlen(want) && memcmp(s, want, n) == 0;
}

int main(void) {
    tern_config cfg;
    tern_vm *vm;
    int64_t i64;
    double d;
    int b, st;
    size_t n;
    const char *s;
    const void *data;

    tern_config_init(&cfg);
    cfg.heap = heap.bytes;
    cfg.heap_size = HEAP_SIZE;
    cfg.write = discard;
    vm = tern_open(&cfg);
    check(vm != NULL, "open a VM");
    if (!vm)
        goto done;

    /* ---- slots ---- */
    check(tern_slot_count(vm) == 0, "no slots at first");
    check(tern_type_of(vm, 0) == TERN_T_INVALID, "type of a missing slot is TERN_T_INVALID");
    check(tern_ensure_slots(vm, 8) == TERN_OK && tern_slot_count(vm) == 8, "ensure 8 slots");
    check(tern_type_of(vm, 7) == TERN_T_NONE, "new slots hold None");
    check(tern_ensure_slots(vm, 4) == TERN_OK && tern_slot_count(vm) == 8, "ensure never shrinks");
    st = tern_ensure_slots(vm, -1);
    check(failed_with(vm, st, "SystemError", "0..65536"), "negative slot count refused");

    /* ---- None, bool ---- */
    check(tern_set_none(vm, 0) == TERN_OK && tern_type_of(vm, 0) == TERN_T_NONE, "set None");
    check(tern_set_bool(vm, 1, 7) == TERN_OK && tern_type_of(vm, 1) == TERN_T_BOOL, "set bool");
    check(tern_get_bool(vm, 1, &b) == TERN_OK && b == 1, "read True");
    check(tern_get_bool(vm, 0, &b) == TERN_OK && b == 0, "truth of None is false");
    check(tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 1, "True reads as int 1");

    /* ---- ints ---- */
    check(tern_set_int(vm, 2, 42) == TERN_OK && tern_type_of(vm, 2) == TERN_T_INT, "set int 42");
    check(tern_get_int(vm, 2, &i64) == TERN_OK && i64 == 42, "read int 42");
    check(tern_set_int(vm, 2, INT64_MAX) == TERN_OK && tern_get_int(vm, 2, &i64) == TERN_OK && i64 == INT64_MAX,
          "INT64_MAX round trip");
    check(tern_set_int(vm, 2, INT64_MIN) == TERN_OK && tern_get_int(vm, 2, &i64) == TERN_OK && i64 == INT64_MIN,
          "INT64_MIN round trip");
    check(tern_get_int_text(vm, 2, &s, &n) == TERN_OK && strcmp(s, "-9223372036854775808") == 0 &&
          n == 20, "INT64_MIN as text");
    check(tern_set_int(vm, 2, -5) == TERN_OK && tern_get_int(vm, 2, &i64) == TERN_OK && i64 == -5, "negative int");
    check(tern_set_int_text(vm, 3, "123456789012345678901234567890", 10) == TERN_OK &&
          tern_type_of(vm, 3) == TERN_T_INT, "big int from text");
    st = tern_get_int(vm, 3, &i64);
    check(failed_with(vm, st, "OverflowError", "int64_t"), "big int does not fit int64_t: OverflowError");
    check(tern_get_int_text(vm, 3, &s, &n) == TERN_OK && strcmp(s, "123456789012345678901234567890") == 0,
          "big int back to text");
    check(tern_set_int_text(vm, 3, "9223372036854775808", 10) == TERN_OK &&
          tern_get_int(vm, 3, &i64) == TERN_ERROR, "2**63 overflows");
    check(tern_set_int_text(vm, 3, "-9223372036854775808", 0) == TERN_OK &&
          tern_get_int(vm, 3, &i64) == TERN_OK && i64 == INT64_MIN, "-2**63 from text fits");
    check(tern_set_int_text(vm, 3, " 0xff_ff ", 0) == TERN_OK && tern_get_int(vm, 3, &i64) == TERN_OK &&
          i64 == 0xffff, "base 0 text with prefix, underscore and spaces");
    check(tern_set_int_text(vm, 3, "zz", 36) == TERN_OK && tern_get_int(vm, 3, &i64) == TERN_OK && i64 == 35 * 36 + 35,
          "base 36");
    st = tern_set_int_text(vm, 3, "12x", 10);
    check(failed_with(vm, st, "ValueError", "invalid literal"), "bad int text: ValueError");
    st = tern_set_int_text(vm, 3, "1", 99);
    check(failed_with(vm, st, "ValueError", "base"), "bad base: ValueError");
    st = tern_set_int_text(vm, 3, NULL, 10);
    check(failed_with(vm, st, "SystemError", "NULL"), "NULL text: SystemError");
    check(run(vm, "big = 3 ** 100\nneg = -(2 ** 64)\n") == TERN_OK &&
          tern_get_global(vm, "big", 3) == TERN_OK && tern_get_int_text(vm, 3, &s, &n) == TERN_OK &&
          strcmp(s, "515377520732011331036461129765621272702107522001") == 0, "Python big int read as text");
    check(tern_get_global(vm, "neg", 3) == TERN_OK && tern_get_int(vm, 3, &i64) == TERN_ERROR &&
          tern_get_int_text(vm, 3, &s, &n) == TERN_OK && strcmp(s, "-18446744073709551616") == 0,
          "-(2**64): overflow as int64, fine as text");

    /* ---- floats ---- */
    check(tern_set_float(vm, 4, 2.5) == TERN_OK && tern_type_of(vm, 4) == TERN_T_FLOAT, "set float");
    check(tern_get_float(vm, 4, &d) == TERN_OK && d == 2.5, "read float");
    check(tern_get_float(vm, 2, &d) == TERN_OK && d == -5.0, "int read as float");
    st = tern_get_int(vm, 4, &i64);
    check(failed_with(vm, st, "TypeError", "expected int, got float"), "float read as int: TypeError");

    /* ---- str, bytes ---- */
    check(tern_set_cstr(vm, 5, "h\xc3\xa9llo") == TERN_OK && tern_type_of(vm, 5) == TERN_T_STR, "set str (UTF-8)");
    check(str_is(vm, 5, "h\xc3\xa9llo"), "read str back");
    check(tern_length(vm, 5, &n) == TERN_OK && n == 5, "len counts code points");
    check(tern_set_str(vm, 5, "ab\0cd", 5) == TERN_OK && tern_get_str(vm, 5, &s, &n) == TERN_OK && n == 5 &&
          memcmp(s, "ab\0cd", 5) == 0, "str with a NUL inside");
    st = tern_set_str(vm, 5, "\xff\xfe", 2);
    check(failed_with(vm, st, "ValueError", "UTF-8"), "invalid UTF-8 refused");
    st = tern_set_str(vm, 5, "\xed\xa0\x80", 3);
    check(st == TERN_ERROR, "UTF-8 surrogate refused");
    check(tern_set_str(vm, 5, "", 0) == TERN_OK && str_is(vm, 5, ""), "empty str");
    st = tern_get_str(vm, 2, &s, &n);
    check(failed_with(vm, st, "TypeError", "tern_get_str: expected str, got int (slot 2)") && s == NULL,
          "int read as str: TypeError naming the slot");
    check(tern_set_bytes(vm, 6, "\x00\x01\xff", 3) == TERN_OK && tern_type_of(vm, 6) == TERN_T_BYTES, "set bytes");
    check(tern_get_bytes(vm, 6, &data, &n) == TERN_OK && n == 3 && memcmp(data, "\x00\x01\xff", 3) == 0,
          "read bytes");
    check(run(vm, "ba = bytearray(b'xyz')\n") == TERN_OK && tern_get_global(vm, "ba", 6) == TERN_OK &&
          tern_get_bytes(vm, 6, &data, &n) == TERN_OK && n == 3 && memcmp(data, "xyz", 3) == 0,
          "read a bytearray as bytes");
    st = tern_get_bytes(vm, 5, &data, &n);
    check(failed_with(vm, st, "TypeError", "expected bytes, got str"), "str read as bytes: TypeError");

    {
        /* a text from tern_get_str passed back in: copied before anything moves */
        static char big[2000];
        memset(big, 'x', sizeof big - 1);
        check(tern_set_cstr(vm, 5, "copy me") == TERN_OK && tern_get_str(vm, 5, &s, &n) == TERN_OK &&
              tern_set_str(vm, 6, s, n) == TERN_OK && str_is(vm, 6, "copy me"), "set_str from get_str's pointer");
        check(tern_get_str(vm, 6, &s, &n) == TERN_OK && tern_raise_error(vm, "ValueError", s) == TERN_ERROR &&
              strstr(tern_error_text(vm), "ValueError: copy me") != NULL, "raise_error with get_str's pointer");
        check(tern_set_cstr(vm, 5, big) == TERN_OK && tern_get_str(vm, 5, &s, &n) == TERN_OK && n == 1999, "a long str");
        st = tern_set_str(vm, 6, s, n);
        check(failed_with(vm, st, "SystemError", "copy it first"), "its heap pointer passed back: refused");
    }

    /* ---- list, tuple, dict ---- */
    check(tern_new_list(vm, 0) == TERN_OK && tern_type_of(vm, 0) == TERN_T_LIST, "new list");
    tern_set_int(vm, 1, 10);
    tern_set_cstr(vm, 2, "two");
    check(tern_append(vm, 0, 1) == TERN_OK && tern_append(vm, 0, 2) == TERN_OK, "append two items");
    check(tern_length(vm, 0, &n) == TERN_OK && n == 2, "list length 2");
    tern_set_int(vm, 3, -1);
    check(tern_get_item(vm, 0, 3, 4) == TERN_OK && str_is(vm, 4, "two"), "list[-1]");
    tern_set_int(vm, 3, 5);
    st = tern_get_item(vm, 0, 3, 4);
    check(failed_with(vm, st, "IndexError", "list index out of range"), "list[5]: IndexError");
    tern_set_int(vm, 3, 0);
    tern_set_float(vm, 4, 0.5);
    check(tern_set_item(vm, 0, 3, 4) == TERN_OK && tern_get_item(vm, 0, 3, 5) == TERN_OK &&
          tern_get_float(vm, 5, &d) == TERN_OK && d == 0.5, "list[0] = 0.5");
    st = tern_append(vm, 5, 1);
    check(failed_with(vm, st, "TypeError", "expected list, got float"), "append to a float: TypeError");

    check(tern_new_tuple(vm, 6, 1, 2) == TERN_OK && tern_type_of(vm, 6) == TERN_T_TUPLE &&
          tern_length(vm, 6, &n) == TERN_OK && n == 2, "tuple of slots 1..2");
    check(tern_new_tuple(vm, 6, 0, 0) == TERN_OK && tern_length(vm, 6, &n) == TERN_OK && n == 0, "empty tuple");
    st = tern_new_tuple(vm, 6, 5, 10);
    check(failed_with(vm, st, "SystemError", "slots 5..14 out of range"), "tuple of missing slots refused");

    check(tern_new_dict(vm, 7) == TERN_OK && tern_type_of(vm, 7) == TERN_T_DICT, "new dict");
    tern_set_cstr(vm, 1, "key");
    tern_set_int(vm, 2, 99);
    check(tern_set_item(vm, 7, 1, 2) == TERN_OK && tern_length(vm, 7, &n) == TERN_OK && n == 1, "dict set item");
    check(tern_get_item(vm, 7, 1, 3) == TERN_OK && tern_get_int(vm, 3, &i64) == TERN_OK && i64 == 99,
          "dict get item");
    tern_set_cstr(vm, 1, "nokey");
    st = tern_get_item(vm, 7, 1, 3);
    check(failed_with(vm, st, "KeyError", "nokey"), "missing key: KeyError");
    tern_new_list(vm, 1);
    st = tern_set_item(vm, 7, 1, 2);
    check(failed_with(vm, st, "TypeError", "unhashable"), "list as a key: TypeError");
    st = tern_length(vm, 2, &n);
    check(failed_with(vm, st, "TypeError", "has no len()"), "len of an int: TypeError");

    /* ---- globals, attributes, import ---- */
    tern_set_int(vm, 0, 1234);
    check(tern_set_global(vm, "from_c", 0) == TERN_OK && run(vm, "assert from_c == 1234\nfrom_py = from_c + 1\n") == TERN_OK,
          "a global set from C is seen by Python");
    check(tern_get_global(vm, "from_py", 1) == TERN_OK && tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 1235,
          "a global set by Python is read from C");
    check(tern_get_global(vm, "len", 1) == TERN_OK && tern_type_of(vm, 1) == TERN_T_FUNCTION,
          "a builtin through tern_get_global");
    st = tern_get_global(vm, "no_such_name", 1);
    check(failed_with(vm, st, "NameError", "name 'no_such_name' is not defined"), "missing global: NameError");
    check(tern_import_module(vm, "math", 2) == TERN_OK && tern_type_of(vm, 2) == TERN_T_MODULE, "import math");
    check(tern_get_attr(vm, 2, "pi", 3) == TERN_OK && tern_get_float(vm, 3, &d) == TERN_OK && d > 3.14 && d < 3.15,
          "math.pi");
    st = tern_get_attr(vm, 2, "nope", 3);
    check(failed_with(vm, st, "AttributeError", "nope"), "missing attribute: AttributeError");
    check(tern_set_attr(vm, 2, "answer", 0) == TERN_OK && run(vm, "import math\nassert math.answer == 1234\n") == TERN_OK,
          "set a module attribute from C");
    st = tern_import_module(vm, "no_such_module", 3);
    check(failed_with(vm, st, "ModuleNotFoundError", "no_such_module"), "missing module: ModuleNotFoundError");
    check(run(vm, "class P:\n    pass\np = P()\n") == TERN_OK && tern_get_global(vm, "p", 4) == TERN_OK &&
          tern_type_of(vm, 4) == TERN_T_OBJECT && tern_set_attr(vm, 4, "x", 0) == TERN_OK &&
          run(vm, "assert p.x == 1234\n") == TERN_OK, "set an instance attribute");
    check(tern_get_global(vm, "P", 4) == TERN_OK && tern_type_of(vm, 4) == TERN_T_TYPE, "a class is TERN_T_TYPE");

    /* ---- tern_eval ---- */
    check(tern_eval(vm, "2 ** 100 - from_c", 7) == TERN_OK && tern_get_int_text(vm, 7, &s, &n) == TERN_OK &&
          strcmp(s, "1267650600228229401496703204142") == 0, "tern_eval of an expression using a global");
    check(tern_eval(vm, "[x * x for x in range(4)]", 7) == TERN_OK && tern_type_of(vm, 7) == TERN_T_LIST &&
          tern_length(vm, 7, &n) == TERN_OK && n == 4, "tern_eval of a comprehension");
    st = tern_eval(vm, "x = 1", 7);
    check(failed_with(vm, st, "SyntaxError", "invalid syntax"), "a statement is not an expression: SyntaxError");
    st = tern_eval(vm, "1 / 0", 7);
    check(failed_with(vm, st, "ZeroDivisionError", "division by zero"), "an exception while evaluating");

    /* ---- misuse ---- */
    st = tern_set_int(vm, 8, 1);
    check(failed_with(vm, st, "SystemError", "tern_set_int: slot 8 out of range (8 slots"), "slot past the end");
    st = tern_get_int(vm, -1, &i64);
    check(failed_with(vm, st, "SystemError", "slot -1 out of range"), "negative slot");
    check(tern_copy_slot(vm, 0, 9) == TERN_ERROR, "copy from a missing slot");
    check(tern_copy_slot(vm, 1, 0) == TERN_OK && tern_get_int(vm, 1, &i64) == TERN_OK && i64 == 1234, "copy a slot");
    st = tern_get_global(vm, NULL, 0);
    check(failed_with(vm, st, "SystemError", "NULL name"), "NULL name");
    check(tern_get_int(vm, 0, NULL) == TERN_ERROR, "NULL out pointer");
    check(tern_get_int(NULL, 0, &i64) == TERN_ERROR && tern_set_int(NULL, 0, 1) == TERN_ERROR &&
          tern_slot_count(NULL) == 0 && tern_type_of(NULL, 0) == TERN_T_INVALID &&
          tern_error_type(NULL) == NULL, "NULL vm");
    tern_clear_error(vm);
    check(tern_error_type(vm) == NULL, "no error after tern_clear_error");
    check(run(vm, "x = 1 / 0\n") == TERN_ERROR && tern_error_type(vm) &&
          strcmp(tern_error_type(vm), "ZeroDivisionError") == 0, "tern_error_type after tern_run_source");
    check(run(vm, "x = 1\n") == TERN_OK && tern_error_type(vm) == NULL, "no error type after a good run");
    check(run(vm, "x = (\n") == TERN_ERROR && strcmp(tern_error_type(vm), "SyntaxError") == 0,
          "tern_error_type of a SyntaxError");
    check(run(vm, "assert from_c == 1234\n") == TERN_OK, "the VM still works after all the misuse");

    /* ---- out of memory: a MemoryError status, never a crash ---- */
    {
        static char chunk[4000];
        int k;
        memset(chunk, 'm', sizeof chunk);
        tern_new_list(vm, 0);
        st = TERN_OK;
        for (k = 0; k < 1000 && st == TERN_OK; k++) {
            st = tern_set_str(vm, 1, chunk, sizeof chunk);
            if (st == TERN_OK)
                st = tern_append(vm, 0, 1);
        }
        check(st == TERN_ERROR && strcmp(tern_error_type(vm), "MemoryError") == 0, "filling the heap from C: MemoryError");
        printf("     after %d strings of 4000 bytes\n", k - 1);
        tern_set_none(vm, 0);
        tern_set_none(vm, 1);
        check(run(vm, "print(len('x' * 100000))\n") == TERN_OK, "after letting go, the VM works again");
    }

    /* ---- iteration ---- */
    {
        int64_t sum = 0, k;
        int count = 0, steps;
        check(tern_eval(vm, "[1, 2, 3, 4]", 0) == TERN_OK && tern_get_iter(vm, 0, 1) == TERN_OK,
              "iter() of a list");
        while ((st = tern_iter_next(vm, 1, 2)) == TERN_OK && tern_get_int(vm, 2, &k) == TERN_OK)
            sum += k, count++;
        check(st == TERN_DONE && sum == 10 && count == 4, "tern_iter_next walks it, then TERN_DONE");
        check(tern_iter_next(vm, 1, 2) == TERN_DONE, "an exhausted iterator stays done");
        check(tern_eval(vm, "{'a': 1, 'bb': 2}", 0) == TERN_OK && tern_get_iter(vm, 0, 1) == TERN_OK &&
              tern_iter_next(vm, 1, 2) == TERN_OK && str_is(vm, 2, "a") &&
              tern_get_item(vm, 0, 2, 3) == TERN_OK && tern_get_int(vm, 3, &k) == TERN_OK && k == 1,
              "a dict gives its keys; tern_get_item its values");
        check(tern_copy_slot(vm, 4, 0) == TERN_OK && tern_call_method(vm, 4, "items", 0) == TERN_OK &&
              tern_get_iter(vm, 4, 1) == TERN_OK && tern_iter_next(vm, 1, 2) == TERN_OK &&
              tern_iter_next(vm, 1, 2) == TERN_OK && tern_type_of(vm, 2) == TERN_T_TUPLE &&
              tern_set_int(vm, 5, 0) == TERN_OK && tern_get_item(vm, 2, 5, 3) == TERN_OK && str_is(vm, 3, "bb"),
              "dict.items() gives the pairs");
        check(tern_eval(vm, "(i * i for i in range(1000))", 0) == TERN_OK && tern_get_iter(vm, 0, 1) == TERN_OK,
              "a generator");
        for (sum = 0, steps = 0; (st = tern_iter_next(vm, 1, 2)) == TERN_OK; steps++) {
            tern_get_int(vm, 2, &k);
            sum += k;
            if (steps % 100 == 0)
                tern_gc_collect(vm);        /* the generator moves; the slot follows it */
        }
        check(st == TERN_DONE && steps == 1000 && sum == 332833500, "its 1000 items through collections");
        check(run(vm, "def g():\n    yield 1\n    raise KeyError('k')\n") == TERN_OK &&
              tern_eval(vm, "g()", 0) == TERN_OK && tern_iter_next(vm, 0, 1) == TERN_OK, "a generator that fails");
        st = tern_iter_next(vm, 0, 1);
        check(failed_with(vm, st, "KeyError", "k"), "its exception is TERN_ERROR, pending");
        check(tern_set_int(vm, 0, 5) == TERN_OK, "an int");
        st = tern_get_iter(vm, 0, 1);
        check(failed_with(vm, st, "TypeError", "not iterable"), "iter(5): TypeError");
        st = tern_iter_next(vm, 0, 1);
        check(failed_with(vm, st, "TypeError", "not an iterator"), "next(5): TypeError");
        st = tern_eval(vm, "[1]", 0);
        st = tern_iter_next(vm, 0, 1);
        check(failed_with(vm, st, "TypeError", "not an iterator"), "a list is iterable but not an iterator");
        st = tern_get_iter(vm, 0, 99);
        check(failed_with(vm, st, "SystemError", "slot 99"), "tern_get_iter: bad slot");
        st = tern_iter_next(vm, 99, 0);
        check(failed_with(vm, st, "SystemError", "slot 99"), "tern_iter_next: bad slot");
        check(tern_get_iter(NULL, 0, 1) == TERN_ERROR && tern_iter_next(NULL, 0, 1) == TERN_ERROR, "NULL vm");
    }

    tern_close(vm);
done:
    return check_summary();
}
