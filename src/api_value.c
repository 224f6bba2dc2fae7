/* SPDX-License-Identifier: MIT */
/*
 * api_value.c — the value, call and reference part of the embedding API
 * (include/tern.h, section "Values, calls and references"); the handles
 * are in api_handle.c.
 *
 * Slots. The embedder's values live in one tern_array, vm->api_slots, a
 * root of the collector. A C context (the top level, or one run of a C
 * function called from Python) owns the window [api_base, api_base +
 * api_count) of it; calling a C function opens a new window just above
 * the caller's and closes it on return, so nested calls (C -> Python -> C)
 * stack up like frames. The array lives in the heap and moves, so every
 * access goes through vm->api_slots again.
 *
 * Errors. Every entry point runs its body under tern_pcall
 * (tern_api_value_protect), so no exception or MemoryError ever leaves as
 * a longjmp. A failure records the exception in vm->api_exc (pending) and
 * its formatted text in vm->error_text (what tern_error_text returns).
 */
#include "api_int.h"
#include "vm_int.h"
#include "obj_class.h"
#include "obj_bytes.h"

/* ===================================================================
 * Protected execution
 * =================================================================== */

static void set_type_name(tern_vm *vm, const char *name, size_t len) {
    if (len >= sizeof vm->api_type)
        len = sizeof vm->api_type - 1;
    memcpy(vm->api_type, name, len);
    vm->api_type[len] = 0;
}

static void format_body(tern_vm *vm, void *ud) {
    (void)ud;
    vm->error_text = tern_format_exception(vm, vm->api_exc);
}

/* Make vm->exc the pending exception of the API. */
static void record(tern_vm *vm) {
    tern_val exc = vm->exc;
    vm->exc = TERN_NULL;
    vm->api_exc = TERN_IS_OBJ(exc) ? exc : TERN_NULL;
    vm->error_text = TERN_NULL;
    if (vm->api_exc && tern_pcall(vm, format_body, NULL)) {
        vm->exc = TERN_NULL;    /* out of memory: tern_error_text says so */
        vm->error_text = TERN_NULL;
    }
    vm->api_errtext = vm->error_text;
}

/* Texts up to this size that point into the heap are copied (protect). */
#define TEXT_COPY 512

/* Does p point into the part of the heap whose objects move? */
static int movable(tern_vm *vm, const void *p) {
    return p && (const uint8_t *)p >= vm->heap_lo && (const uint8_t *)p < vm->pin_lo;
}

static void guarded(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    if (o->bad_text)
        tern_raise_fmt(vm, &tern_type_SystemError,
                       "%s: a text of more than %d bytes that points into the VM's heap (from tern_get_str?): "
                       "it would move; copy it first, or use tern_copy_slot", o->who, TEXT_COPY - 1);
    o->body(vm, ud);
}

/* Run body(vm, o) protected. A text argument that the embedder got from
 * tern_get_str (or _bytes) points into the heap, and the first allocation
 * would move it: such texts are copied to the C stack first.
 * As tern_run_source does, the outermost entry marks the C stack's base
 * for the overflow check, and afterwards forgets the str that
 * `name += s` may extend in place: the embedder may now hold it in a slot. */
int tern_api_value_protect(tern_vm *vm, void (*body)(tern_vm *vm, void *ud), tern_api_op *o) {
    char base, sbuf[TEXT_COPY], pbuf[TEXT_COPY];
    int outermost, failed;
    tern_val handled;
    if (!TERN_VM_OPEN(vm))
        return TERN_ERROR;      /* NULL or closed: touch nothing */
    outermost = vm->c_stack_base == 0;
    handled = vm->handled;
    if (movable(vm, o->s)) {
        size_t n = strlen(o->s);
        if (n < TEXT_COPY)
            o->s = (const char *)memcpy(sbuf, o->s, n + 1);
        else
            o->bad_text = 1;
    }
    if (o->ptext && movable(vm, o->p)) {
        size_t n = o->ptext == 1 ? o->n : strlen((const char *)o->p) + 1;
        if (n <= TEXT_COPY)
            o->p = memcpy(pbuf, o->p, n);
        else
            o->bad_text = 1;
    }
    o->body = body;
    if (outermost)
        vm->c_stack_base = (uintptr_t)&base;
    failed = tern_pcall(vm, guarded, o);
    if (failed) {
        vm->handled = handled;
        record(vm);
    }
    if (outermost)
        vm->c_stack_base = 0;
    vm->fresh_str = TERN_NULL;
    return failed ? TERN_ERROR : TERN_OK;
}

TERN_NORETURN void tern_api_value_misuse(tern_vm *vm, const tern_api_op *o, const char *what) {
    tern_raise_fmt(vm, &tern_type_SystemError, "%s: %s", o->who, what);
}

/* The entry of the calls that take only slots (a, b, c) and a name or
 * text (s): run body protected (tern_api_value_protect checks the VM). */
static int slot_op(tern_vm *vm, const char *who, void (*body)(tern_vm *vm, void *ud), int a, int b, int c,
                   const char *s) {
    tern_api_op o;
    tern_api_op_init(&o, who);
    o.a = a;
    o.b = b;
    o.c = c;
    o.s = s;
    return tern_api_value_protect(vm, body, &o);
}

/* ===================================================================
 * Slots
 * =================================================================== */

/* Grow the slot array to hold at least `need` slots in all. */
void tern_api_slots_reserve(tern_vm *vm, size_t need) {
    size_t cap = vm->api_slots ? TERN_AS(tern_array, vm->api_slots)->cap : 0, ncap;
    tern_array *a;
    if (need <= cap)
        return;
    ncap = cap ? cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(ncap));
    a->cap = ncap;
    if (cap)
        memcpy(a->items, TERN_AS(tern_array, vm->api_slots)->items, cap * sizeof(tern_val));
    vm->api_slots = TERN_VAL(a);
}

/* Raise a SystemError unless slots [slot, slot + n) exist. */
void tern_api_value_check_slots(tern_vm *vm, const tern_api_op *o, int slot, int n) {
    if (slot < 0 || n < 0 || (size_t)slot + (size_t)n > vm->api_count) {
        if (n <= 1)
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: slot %d out of range (%d slots; see tern_ensure_slots)",
                           o->who, slot, (int)vm->api_count);
        tern_raise_fmt(vm, &tern_type_SystemError, "%s: slots %d..%d out of range (%d slots; see tern_ensure_slots)",
                       o->who, slot, slot + n - 1, (int)vm->api_count);
    }
}

static tern_val get_slot(tern_vm *vm, const tern_api_op *o, int slot) {
    tern_api_value_check_slots(vm, o, slot, 1);
    return TERN_API_SLOTS(vm)[slot];
}

static void ensure_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    size_t i, n = (size_t)o->a;
    if (o->a < 0 || o->a > 65536)
        tern_api_value_misuse(vm, o, "the number of slots must be 0..65536");
    if (n <= vm->api_count)
        return;
    tern_api_slots_reserve(vm, vm->api_base + n);
    for (i = vm->api_count; i < n; i++)
        TERN_API_SLOTS(vm)[i] = TERN_NONE;
    vm->api_count = n;
}

int tern_ensure_slots(tern_vm *vm, int n) {
    return slot_op(vm, "tern_ensure_slots", ensure_body, n, 0, 0, NULL);
}

int tern_slot_count(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? (int)vm->api_count : 0;
}

static void copy_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->b);
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_put_slot(vm, o->a, v);
}

int tern_copy_slot(tern_vm *vm, int dst, int src) {
    return slot_op(vm, "tern_copy_slot", copy_body, dst, src, 0, NULL);
}


int tern_type_of(tern_vm *vm, int slot) {
    tern_val v;
    if (!TERN_VM_OPEN(vm) || slot < 0 || (size_t)slot >= vm->api_count)
        return TERN_T_INVALID;
    v = TERN_API_SLOTS(vm)[slot];
    if (TERN_IS_SMALL(v))
        return TERN_T_INT;
    if (v == TERN_NONE || v == TERN_NULL)
        return TERN_T_NONE;
    if (TERN_IS_BOOL(v))
        return TERN_T_BOOL;
    if (!TERN_IS_OBJ(v))
        return TERN_T_OBJECT;
    switch (TERN_KIND_OF(v)) {
    case TERN_K_BIGINT: return TERN_T_INT;
    case TERN_K_FLOAT: return TERN_T_FLOAT;
    case TERN_K_STR: return TERN_T_STR;
    case TERN_K_BYTES: return TERN_T_BYTES;
    case TERN_K_LIST: return TERN_T_LIST;
    case TERN_K_TUPLE: return tern_typeof(v) == &tern_type_tuple ? TERN_T_TUPLE : TERN_T_OBJECT;
    case TERN_K_DICT: return TERN_T_DICT;
    case TERN_K_FUNC: case TERN_K_CFUNC: case TERN_K_BOUND: return TERN_T_FUNCTION;
    case TERN_K_MODULE: return TERN_T_MODULE;
    case TERN_K_TYPE: return TERN_T_TYPE;
    default:
        return tern_api_is_host_fn(v) ? TERN_T_FUNCTION : TERN_T_OBJECT;
    }
}

/* ===================================================================
 * Building values
 * =================================================================== */

static void set_simple_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v;
    tern_api_value_check_slots(vm, o, o->a, 1);
    switch (o->b) {
    case TERN_T_NONE: v = TERN_NONE; break;
    case TERN_T_BOOL: v = TERN_BOOL(o->i); break;
    case TERN_T_INT: v = tern_int_from_ll(vm, (long long)o->i); break;
    case TERN_T_FLOAT: v = tern_float_new(vm, o->f); break;
    case TERN_T_LIST: v = tern_list_new(vm, 0); break;
    case TERN_T_DICT: v = tern_dict_new(vm, 0); break;
    default: v = TERN_NONE; break;
    }
    tern_api_put_slot(vm, o->a, v);
}

static int set_simple(tern_vm *vm, const char *who, int slot, int type, int64_t i, double f) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, who);
    o.a = slot;
    o.b = type;
    o.i = i;
    o.f = f;
    return tern_api_value_protect(vm, set_simple_body, &o);
}

int tern_set_none(tern_vm *vm, int slot) {
    return set_simple(vm, "tern_set_none", slot, TERN_T_NONE, 0, 0);
}

int tern_set_bool(tern_vm *vm, int slot, int v) {
    return set_simple(vm, "tern_set_bool", slot, TERN_T_BOOL, v != 0, 0);
}

int tern_set_int(tern_vm *vm, int slot, int64_t v) {
    return set_simple(vm, "tern_set_int", slot, TERN_T_INT, v, 0);
}

int tern_set_float(tern_vm *vm, int slot, double v) {
    return set_simple(vm, "tern_set_float", slot, TERN_T_FLOAT, 0, v);
}

int tern_new_list(tern_vm *vm, int slot) {
    return set_simple(vm, "tern_new_list", slot, TERN_T_LIST, 0, 0);
}

int tern_new_dict(tern_vm *vm, int slot) {
    return set_simple(vm, "tern_new_dict", slot, TERN_T_DICT, 0, 0);
}

static void int_text_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (!o->s)
        tern_api_value_misuse(vm, o, "NULL text");
    v = tern_int_parse(vm, o->s, strlen(o->s), o->b);
    tern_api_put_slot(vm, o->a, v);
}

int tern_set_int_text(tern_vm *vm, int slot, const char *text, int base) {
    return slot_op(vm, "tern_set_int_text", int_text_body, slot, base, 0, text);
}

/* Is s[0..n) well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF)? Python strs must be. */
int tern_api_utf8_valid(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i], need, cp, k;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            need = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            need = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            need = 3, cp = c & 0x07;
        else
            return 0;
        if (n - i <= need)
            return 0;
        for (k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += need + 1;
    }
    return 1;
}

static void str_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (!o->p && o->n)
        tern_api_value_misuse(vm, o, "NULL data");
    if (o->b == TERN_T_STR) {
        if (!tern_api_utf8_valid((const unsigned char *)o->p, o->n))
            tern_raise_value_error(vm, "%s: the text is not valid UTF-8", o->who);
        v = tern_str_new(vm, o->n ? (const char *)o->p : "", o->n);
    } else {
        v = tern_bytes_new(vm, o->n ? (const uint8_t *)o->p : (const uint8_t *)"", o->n);
    }
    tern_api_put_slot(vm, o->a, v);
}

static int set_text(tern_vm *vm, const char *who, int slot, int type, const void *p, size_t n) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, who);
    o.a = slot;
    o.b = type;
    o.p = p;
    o.n = n;
    o.ptext = 1;
    return tern_api_value_protect(vm, str_body, &o);
}

int tern_set_str(tern_vm *vm, int slot, const char *s, size_t len) {
    return set_text(vm, "tern_set_str", slot, TERN_T_STR, s, len);
}

int tern_set_cstr(tern_vm *vm, int slot, const char *s) {
    return set_text(vm, "tern_set_cstr", slot, TERN_T_STR, s, s ? strlen(s) : 0);
}

int tern_set_bytes(tern_vm *vm, int slot, const void *data, size_t len) {
    return set_text(vm, "tern_set_bytes", slot, TERN_T_BYTES, data, len);
}

static void tuple_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val t;
    int k;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (o->c < 0)
        tern_api_value_misuse(vm, o, "negative number of items");
    tern_api_value_check_slots(vm, o, o->b, o->c);
    t = tern_tuple_new(vm, (size_t)o->c);
    for (k = 0; k < o->c; k++)
        TERN_TUPLE_ITEMS(t)[k] = TERN_API_SLOTS(vm)[o->b + k];
    tern_api_put_slot(vm, o->a, t);
}

int tern_new_tuple(tern_vm *vm, int slot, int first, int n) {
    return slot_op(vm, "tern_new_tuple", tuple_body, slot, first, n, NULL);
}

/* ===================================================================
 * Reading values
 * =================================================================== */

TERN_NORETURN static void wrong_type(tern_vm *vm, const tern_api_op *o, const char *want, tern_val v) {
    tern_raise_type_error(vm, "%s: expected %s, got %T (slot %d)", o->who, want, v, o->a);
}

static void bool_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    o->ob = TERN_IS_BOOL(v) ? v == TERN_TRUE : tern_truthy(vm, v);
}

int tern_get_bool(tern_vm *vm, int slot, int *out) {
    tern_api_op o;
    int r;
    if (!vm || !out)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_bool");
    o.a = slot;
    r = tern_api_value_protect(vm, bool_body, &o);
    *out = o.ob;
    return r;
}

static void int_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    if (TERN_IS_SMALL(v)) {
        o->oi = (int64_t)TERN_SMALL_VALUE(v);
    } else if (TERN_IS_BOOL(v)) {
        o->oi = v == TERN_TRUE;
    } else if (TERN_IS_KIND(v, TERN_K_BIGINT)) {
        const tern_bigint *b = TERN_AS(tern_bigint, v);
        const uint32_t *d = TERN_BIGINT_DIGITS(b);
        uint64_t mag = 0;
        if (b->ndigits > 2)
            goto overflow;
        if (b->ndigits > 0)
            mag = d[0];
        if (b->ndigits > 1)
            mag |= (uint64_t)d[1] << 32;
        if (b->sign < 0) {
            if (mag > (uint64_t)1 << 63)
                goto overflow;
            o->oi = mag == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)mag;
        } else {
            if (mag > (uint64_t)INT64_MAX)
                goto overflow;
            o->oi = (int64_t)mag;
        }
    } else {
        wrong_type(vm, o, "int", v);
    }
    return;
overflow:
    tern_raise_fmt(vm, &tern_type_OverflowError, "%s: int too big for int64_t (slot %d; see tern_get_int_text)",
                   o->who, o->a);
}

int tern_get_int(tern_vm *vm, int slot, int64_t *out) {
    tern_api_op o;
    int r;
    if (!vm || !out)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_int");
    o.a = slot;
    r = tern_api_value_protect(vm, int_body, &o);
    *out = o.oi;
    return r;
}

static void int_str_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    if (!TERN_IS_INT(v) && !TERN_IS_BOOL(v))
        wrong_type(vm, o, "int", v);
    if (TERN_IS_BOOL(v))
        v = TERN_SMALL(v == TERN_TRUE);
    vm->api_text = tern_int_to_str(vm, v, 10);
    o->op = TERN_STR_CHARS(vm->api_text);
    o->on = TERN_STR_LEN(vm->api_text);
}

int tern_get_int_text(tern_vm *vm, int slot, const char **text, size_t *len) {
    tern_api_op o;
    int r;
    if (!vm || !text)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_int_text");
    o.a = slot;
    r = tern_api_value_protect(vm, int_str_body, &o);
    *text = r == TERN_OK ? (const char *)o.op : NULL;
    if (len)
        *len = o.on;
    return r;
}

static void float_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    if (TERN_IS_FLOAT(v))
        o->of = TERN_AS(tern_float, v)->value;
    else if (TERN_IS_INT(v) || TERN_IS_BOOL(v))
        o->of = tern_float_value(vm, v);
    else
        wrong_type(vm, o, "float", v);
}

int tern_get_float(tern_vm *vm, int slot, double *out) {
    tern_api_op o;
    int r;
    if (!vm || !out)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_float");
    o.a = slot;
    r = tern_api_value_protect(vm, float_body, &o);
    *out = o.of;
    return r;
}

static void get_str_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    if (o->b == TERN_T_STR) {
        if (!TERN_IS_STR(v))
            wrong_type(vm, o, "str", v);
        o->op = TERN_STR_CHARS(v);
        o->on = TERN_STR_LEN(v);
    } else if (TERN_IS_KIND(v, TERN_K_BYTES)) {
        o->op = TERN_STR_CHARS(v);
        o->on = TERN_STR_LEN(v);
    } else if (TERN_IS_KIND(v, TERN_K_BYTEARRAY)) {
        const tern_bytearray *ba = TERN_AS(tern_bytearray, v);
        o->op = ba->data ? (const void *)TERN_BLOB_DATA(ba->data) : (const void *)"";
        o->on = ba->len;
    } else {
        wrong_type(vm, o, "bytes", v);
    }
}

int tern_get_str(tern_vm *vm, int slot, const char **s, size_t *len) {
    tern_api_op o;
    int r;
    if (!vm || !s)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_str");
    o.a = slot;
    o.b = TERN_T_STR;
    r = tern_api_value_protect(vm, get_str_body, &o);
    *s = r == TERN_OK ? (const char *)o.op : NULL;
    if (len)
        *len = o.on;
    return r;
}

int tern_get_bytes(tern_vm *vm, int slot, const void **data, size_t *len) {
    tern_api_op o;
    int r;
    if (!vm || !data)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_bytes");
    o.a = slot;
    o.b = TERN_T_BYTES;
    r = tern_api_value_protect(vm, get_str_body, &o);
    *data = r == TERN_OK ? o.op : NULL;
    if (len)
        *len = o.on;
    return r;
}

/* ===================================================================
 * Containers, attributes, globals, import
 * =================================================================== */

static void len_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->a);
    o->on = (size_t)tern_len(vm, v);
}

int tern_length(tern_vm *vm, int slot, size_t *out) {
    tern_api_op o;
    int r;
    if (!vm || !out)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_length");
    o.a = slot;
    r = tern_api_value_protect(vm, len_body, &o);
    *out = o.on;
    return r;
}

static void append_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val l = get_slot(vm, o, o->a), item = get_slot(vm, o, o->b);
    if (!TERN_IS_LIST(l))
        wrong_type(vm, o, "list", l);
    tern_list_append(vm, l, item);
}

int tern_append(tern_vm *vm, int list, int item) {
    return slot_op(vm, "tern_append", append_body, list, item, 0, NULL);
}

static void get_iter_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val it;
    tern_api_value_check_slots(vm, o, o->c, 1);
    it = tern_iter(vm, get_slot(vm, o, o->a));
    tern_api_put_slot(vm, o->c, it);
}

int tern_get_iter(tern_vm *vm, int obj, int dst) {
    return slot_op(vm, "tern_get_iter", get_iter_body, obj, 0, dst, NULL);
}

static void iter_next_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val it, v;
    tern_api_value_check_slots(vm, o, o->c, 1);
    it = get_slot(vm, o, o->a);
    if (!tern_typeof(it)->next)
        tern_raise_type_error(vm, "'%T' object is not an iterator", it);
    v = tern_next(vm, it);
    o->ob = v != TERN_NULL;
    if (v)
        tern_api_put_slot(vm, o->c, v);
}

int tern_iter_next(tern_vm *vm, int it, int dst) {
    tern_api_op o;
    int r;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_iter_next");
    o.a = it;
    o.c = dst;
    r = tern_api_value_protect(vm, iter_next_body, &o);
    return r == TERN_OK && !o.ob ? TERN_DONE : r;
}

static void get_item_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val obj = get_slot(vm, o, o->a), key = get_slot(vm, o, o->b), r;
    tern_api_value_check_slots(vm, o, o->c, 1);
    r = tern_getitem(vm, obj, key);
    tern_api_put_slot(vm, o->c, r);
}

int tern_get_item(tern_vm *vm, int obj, int key, int dst) {
    return slot_op(vm, "tern_get_item", get_item_body, obj, key, dst, NULL);
}

static void set_item_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val obj = get_slot(vm, o, o->a), key = get_slot(vm, o, o->b), v = get_slot(vm, o, o->c);
    tern_setitem(vm, obj, key, v);
}

int tern_set_item(tern_vm *vm, int obj, int key, int value) {
    return slot_op(vm, "tern_set_item", set_item_body, obj, key, value, NULL);
}

/* The interned str for o->s; misuse if NULL. */
tern_val tern_api_op_name(tern_vm *vm, const tern_api_op *o) {
    if (!o->s)
        tern_api_value_misuse(vm, o, "NULL name");
    if (!tern_api_utf8_valid((const unsigned char *)o->s, strlen(o->s)))
        tern_raise_value_error(vm, "%s: the name is not valid UTF-8", o->who);
    return tern_intern(vm, o->s, strlen(o->s));
}

static void get_attr_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name, r;
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = tern_api_op_name(vm, o);
    r = tern_getattr(vm, TERN_API_SLOTS(vm)[o->a], name);
    tern_api_put_slot(vm, o->c, r);
}

int tern_get_attr(tern_vm *vm, int obj, const char *name, int dst) {
    return slot_op(vm, "tern_get_attr", get_attr_body, obj, 0, dst, name);
}

static void set_attr_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name;
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = tern_api_op_name(vm, o);
    tern_setattr(vm, TERN_API_SLOTS(vm)[o->a], name, TERN_API_SLOTS(vm)[o->c]);
}

int tern_set_attr(tern_vm *vm, int obj, const char *name, int value) {
    return slot_op(vm, "tern_set_attr", set_attr_body, obj, 0, value, name);
}

tern_val tern_api_main_dict(tern_vm *vm) {
    return TERN_AS(tern_module, vm->main_module)->dict;
}

static void get_global_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name, v;
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = tern_api_op_name(vm, o);
    v = tern_dict_get(vm, tern_api_main_dict(vm), name);
    if (!v)
        v = tern_builtin_fetch(vm, name);
    if (!v)
        tern_raise_fmt(vm, &tern_type_NameError, "name '%s' is not defined", o->s);
    tern_api_put_slot(vm, o->c, v);
}

int tern_get_global(tern_vm *vm, const char *name, int dst) {
    return slot_op(vm, "tern_get_global", get_global_body, 0, 0, dst, name);
}

static void set_global_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name;
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = tern_api_op_name(vm, o);
    tern_push(vm, name);
    tern_dict_set(vm, tern_api_main_dict(vm), vm->sp[-1], TERN_API_SLOTS(vm)[o->c]);
    tern_popn(vm, 1);
}

int tern_set_global(tern_vm *vm, const char *name, int value) {
    return slot_op(vm, "tern_set_global", set_global_body, 0, 0, value, name);
}

static void import_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *s, m;
    tern_api_value_check_slots(vm, o, o->c, 1);
    s = tern_push(vm, tern_api_op_name(vm, o));
    m = tern_import(vm, s[0], TERN_NULL, 0, TERN_NULL);
    /* tern_import gives the top package of a dotted name; the embedder
     * asked for the module itself */
    if (strchr(o->s, '.')) {
        tern_val leaf = tern_dict_get(vm, vm->modules, s[0]);
        if (leaf)
            m = leaf;
    }
    tern_api_put_slot(vm, o->c, m);
    tern_popn(vm, 1);
}

int tern_import_module(tern_vm *vm, const char *name, int dst) {
    return slot_op(vm, "tern_import_module", import_body, 0, 0, dst, name);
}

/* ===================================================================
 * Calling Python
 * =================================================================== */

/* May the Python code this API call runs stop on the budget (slice.c)?
 * Only when the embedder calls at its top level: nothing runs (no frame:
 * not from a C function Python called, nor from a write callback), no
 * run is already stopped, and there is a budget. The loop is then entered
 * directly from here, so it can return at any instruction and be resumed;
 * its result is put into API slot `slot` when it ends. */
static int arm_slice(tern_vm *vm, int slot) {
    if (!vm->slice_budget || vm->slice_entry || vm->frame != vm->frame_top || vm->api_base != 0)
        return 0;
    vm->sliced = 0;
    vm->slice_arm = 1;
    vm->slice_slot = slot + 1;
    return 1;
}

/* After a call arm_slice armed: a run that stopped keeps slice_slot for
 * tern_resume; else nothing is pending. */
static void disarm_slice(tern_vm *vm) {
    vm->slice_arm = 0;
    if (!vm->sliced)
        vm->slice_slot = 0;
}

static void eval_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val code, d;
    tern_api_value_check_slots(vm, o, o->c, 1);
    if (!o->s)
        tern_api_value_misuse(vm, o, "NULL expression");
    code = tern_compile(vm, o->s, strlen(o->s), TERN_N(ANGLE_string), TERN_MODE_EVAL);
    d = TERN_AS(tern_module, vm->main_module)->dict;
    o->ob = arm_slice(vm, o->c);
    code = tern_run_code(vm, code, d, d);
    if (!vm->sliced)
        TERN_API_SLOTS(vm)[o->c] = code;
}

/* The status of a call that may have stopped on its budget. */
static int sliced_status(tern_vm *vm, const tern_api_op *o, int status) {
    if (!o->ob)
        return status;
    disarm_slice(vm);
    if (status == TERN_OK && vm->sliced) {
        /* the flag has told its news: left set, it would make the next
         * run or eval believe it stopped too */
        vm->sliced = 0;
        return TERN_YIELD;
    }
    return status;
}

int tern_eval(tern_vm *vm, const char *expr, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_eval");
    o.s = expr;
    o.c = dst;
    return sliced_status(vm, &o, tern_api_value_protect(vm, eval_body, &o));
}

static void call_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *base, f, r;
    int k;
    if (o->b < 0)
        tern_api_value_misuse(vm, o, "negative number of arguments");
    if (o->b > 65536)   /* more than any context has; and o->b + 1 must not overflow */
        tern_api_value_misuse(vm, o, "more arguments than slots");
    tern_api_value_check_slots(vm, o, o->a, o->b + 1);
    base = vm->sp;
    tern_push(vm, TERN_API_SLOTS(vm)[o->a]);
    for (k = 0; k < o->b; k++)
        tern_push(vm, TERN_API_SLOTS(vm)[o->a + 1 + k]);
    if (o->c) {
        tern_val name = tern_api_op_name(vm, o);
        f = tern_getattr(vm, base[0], name);
        base[0] = f;
    }
    if (TERN_IS_KIND(base[0], TERN_K_FUNC)
        && !(TERN_AS(tern_code, TERN_AS(tern_func, base[0])->code)->flags
             & (TERN_CO_GENERATOR | TERN_CO_COROUTINE | TERN_CO_ASYNCGEN))
        && arm_slice(vm, o->a)) {
        /* a Python function: its frame is run by a loop entered from
         * here, which a spent budget may stop (as tern_run_code does) */
        o->ob = 1;
        if (tern_vm_push_call(vm, base[0], base + 1, o->b, TERN_NULL)) {
            int yielded;
            r = tern_vm_execute(vm, &yielded);
            if (vm->sliced) {
                vm->slice_sp = base;    /* the values stay until the run ends */
                return;
            }
        } else {
            r = base[0];                /* (a result computed without a frame) */
        }
    } else {
        r = tern_call(vm, base[0], o->b, base + 1, TERN_NULL);
    }
    tern_api_put_slot(vm, o->a, r);
    vm->sp = base;
}

int tern_call_slot(tern_vm *vm, int slot, int nargs) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_call_slot");
    o.a = slot;
    o.b = nargs;
    return sliced_status(vm, &o, tern_api_value_protect(vm, call_body, &o));
}

int tern_call_method(tern_vm *vm, int slot, const char *name, int nargs) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_call_method");
    o.a = slot;
    o.b = nargs;
    o.s = name;
    o.c = 1;
    return sliced_status(vm, &o, tern_api_value_protect(vm, call_body, &o));
}

/* ===================================================================
 * Errors
 * =================================================================== */

static void raise_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val t = TERN_NULL, name;
    const char *tn = o->s ? o->s : "";
    if (*tn && tern_api_utf8_valid((const unsigned char *)tn, strlen(tn))) {
        name = tern_intern(vm, tn, strlen(tn));
        t = tern_builtin_fetch(vm, name);
    }
    if (!t || !TERN_IS_TYPE(t) || !tern_issubclass(TERN_AS(const tern_type, t), &tern_type_BaseException))
        tern_raise_fmt(vm, &tern_type_SystemError, "tern_raise_error: no exception type %s (message: %s)",
                       tn, o->p ? (const char *)o->p : "");
    tern_raise_fmt(vm, TERN_AS(const tern_type, t), "%s", o->p ? (const char *)o->p : "");
}

int tern_raise_error(tern_vm *vm, const char *type_name, const char *msg) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_raise_error");
    o.s = type_name;
    o.p = msg;
    o.ptext = 2;
    return tern_api_value_protect(vm, raise_body, &o);
}

/* The type of an error tern_run_source reported, read from its text: the
 * first line of the last traceback that is not indented ("Traceback..."
 * and the File/source lines are). */
static const char *type_from_text(tern_vm *vm, const char *t) {
    const char *last = t, *p, *line, *end;
    for (p = t; (p = strstr(p, "Traceback (most recent call last):\n")) != NULL; p++)
        last = p;
    for (line = last; *line; line = end + (*end == '\n')) {
        end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        if (*line != ' ' && strncmp(line, "Traceback (most recent", 22) != 0 && end > line) {
            const char *colon = (const char *)memchr(line, ':', (size_t)(end - line));
            set_type_name(vm, line, (size_t)((colon ? colon : end) - line));
            return vm->api_type;
        }
        if (!*end)
            break;
    }
    return NULL;
}

const char *tern_error_type(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return NULL;
    if (vm->error_text != vm->api_errtext) {
        /* tern_run_source ran since the last API error */
        return vm->error_text ? type_from_text(vm, TERN_STR_CHARS(vm->error_text)) : NULL;
    }
    if (!vm->api_exc)
        return NULL;
    return TERN_STR_CHARS(TERN_VAL(tern_typeof(vm->api_exc)->name));
}

void tern_clear_error(tern_vm *vm) {
    if (!TERN_VM_OPEN(vm))
        return;
    vm->api_exc = TERN_NULL;
    vm->api_errtext = TERN_NULL;
    vm->error_text = TERN_NULL;
}
