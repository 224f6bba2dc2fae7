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

/* ===================================================================
 * Slots
 * =================================================================== */

/* Grow the slot array to hold at least `need` slots in all. */
static void slots_reserve(tern_vm *vm, size_t need) {
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

/* Store v (already computed: no allocation between here and the store). */
static void put_slot(tern_vm *vm, int slot, tern_val v) {
    TERN_API_SLOTS(vm)[slot] = v;
}

static void ensure_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    size_t i, n = (size_t)o->a;
    if (o->a < 0 || o->a > 65536)
        tern_api_value_misuse(vm, o, "the number of slots must be 0..65536");
    if (n <= vm->api_count)
        return;
    slots_reserve(vm, vm->api_base + n);
    for (i = vm->api_count; i < n; i++)
        TERN_API_SLOTS(vm)[i] = TERN_NONE;
    vm->api_count = n;
}

int tern_ensure_slots(tern_vm *vm, int n) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_ensure_slots");
    o.a = n;
    return tern_api_value_protect(vm, ensure_body, &o);
}

int tern_slot_count(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? (int)vm->api_count : 0;
}

static void copy_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v = get_slot(vm, o, o->b);
    tern_api_value_check_slots(vm, o, o->a, 1);
    put_slot(vm, o->a, v);
}

int tern_copy_slot(tern_vm *vm, int dst, int src) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_copy_slot");
    o.a = dst;
    o.b = src;
    return tern_api_value_protect(vm, copy_body, &o);
}

static int is_host_fn(tern_val v);

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
        return is_host_fn(v) ? TERN_T_FUNCTION : TERN_T_OBJECT;
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
    put_slot(vm, o->a, v);
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
    put_slot(vm, o->a, v);
}

int tern_set_int_text(tern_vm *vm, int slot, const char *text, int base) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_set_int_text");
    o.a = slot;
    o.s = text;
    o.b = base;
    return tern_api_value_protect(vm, int_text_body, &o);
}

/* Is s[0..n) well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF)? Python strs must be. */
static int utf8_valid(const unsigned char *s, size_t n) {
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
        if (!utf8_valid((const unsigned char *)o->p, o->n))
            tern_raise_value_error(vm, "%s: the text is not valid UTF-8", o->who);
        v = tern_str_new(vm, o->n ? (const char *)o->p : "", o->n);
    } else {
        v = tern_bytes_new(vm, o->n ? (const uint8_t *)o->p : (const uint8_t *)"", o->n);
    }
    put_slot(vm, o->a, v);
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
    put_slot(vm, o->a, t);
}

int tern_new_tuple(tern_vm *vm, int slot, int first, int n) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_new_tuple");
    o.a = slot;
    o.b = first;
    o.c = n;
    return tern_api_value_protect(vm, tuple_body, &o);
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
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_append");
    o.a = list;
    o.b = item;
    return tern_api_value_protect(vm, append_body, &o);
}

static void get_item_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val obj = get_slot(vm, o, o->a), key = get_slot(vm, o, o->b), r;
    tern_api_value_check_slots(vm, o, o->c, 1);
    r = tern_getitem(vm, obj, key);
    put_slot(vm, o->c, r);
}

int tern_get_item(tern_vm *vm, int obj, int key, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_item");
    o.a = obj;
    o.b = key;
    o.c = dst;
    return tern_api_value_protect(vm, get_item_body, &o);
}

static void set_item_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val obj = get_slot(vm, o, o->a), key = get_slot(vm, o, o->b), v = get_slot(vm, o, o->c);
    tern_setitem(vm, obj, key, v);
}

int tern_set_item(tern_vm *vm, int obj, int key, int value) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_set_item");
    o.a = obj;
    o.b = key;
    o.c = value;
    return tern_api_value_protect(vm, set_item_body, &o);
}

/* The interned str for o->s; misuse if NULL. */
static tern_val op_name(tern_vm *vm, const tern_api_op *o) {
    if (!o->s)
        tern_api_value_misuse(vm, o, "NULL name");
    if (!utf8_valid((const unsigned char *)o->s, strlen(o->s)))
        tern_raise_value_error(vm, "%s: the name is not valid UTF-8", o->who);
    return tern_intern(vm, o->s, strlen(o->s));
}

static void get_attr_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name, r;
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = op_name(vm, o);
    r = tern_getattr(vm, TERN_API_SLOTS(vm)[o->a], name);
    put_slot(vm, o->c, r);
}

int tern_get_attr(tern_vm *vm, int obj, const char *name, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_attr");
    o.a = obj;
    o.s = name;
    o.c = dst;
    return tern_api_value_protect(vm, get_attr_body, &o);
}

static void set_attr_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name;
    tern_api_value_check_slots(vm, o, o->a, 1);
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = op_name(vm, o);
    tern_setattr(vm, TERN_API_SLOTS(vm)[o->a], name, TERN_API_SLOTS(vm)[o->c]);
}

int tern_set_attr(tern_vm *vm, int obj, const char *name, int value) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_set_attr");
    o.a = obj;
    o.s = name;
    o.c = value;
    return tern_api_value_protect(vm, set_attr_body, &o);
}

static tern_val main_dict(tern_vm *vm) {
    return TERN_AS(tern_module, vm->main_module)->dict;
}

static void get_global_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name, v;
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = op_name(vm, o);
    v = tern_dict_get(vm, main_dict(vm), name);
    if (!v)
        v = tern_builtin_fetch(vm, name);
    if (!v)
        tern_raise_fmt(vm, &tern_type_NameError, "name '%s' is not defined", o->s);
    put_slot(vm, o->c, v);
}

int tern_get_global(tern_vm *vm, const char *name, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_get_global");
    o.s = name;
    o.c = dst;
    return tern_api_value_protect(vm, get_global_body, &o);
}

static void set_global_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val name;
    tern_api_value_check_slots(vm, o, o->c, 1);
    name = op_name(vm, o);
    tern_push(vm, name);
    tern_dict_set(vm, main_dict(vm), vm->sp[-1], TERN_API_SLOTS(vm)[o->c]);
    tern_popn(vm, 1);
}

int tern_set_global(tern_vm *vm, const char *name, int value) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_set_global");
    o.s = name;
    o.c = value;
    return tern_api_value_protect(vm, set_global_body, &o);
}

static void import_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *s, m;
    tern_api_value_check_slots(vm, o, o->c, 1);
    s = tern_push(vm, op_name(vm, o));
    m = tern_import(vm, s[0], TERN_NULL, 0, TERN_NULL);
    /* tern_import gives the top package of a dotted name; the embedder
     * asked for the module itself */
    if (strchr(o->s, '.')) {
        tern_val leaf = tern_dict_get(vm, vm->modules, s[0]);
        if (leaf)
            m = leaf;
    }
    put_slot(vm, o->c, m);
    tern_popn(vm, 1);
}

int tern_import_module(tern_vm *vm, const char *name, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_import_module");
    o.s = name;
    o.c = dst;
    return tern_api_value_protect(vm, import_body, &o);
}

/* ===================================================================
 * Calling Python
 * =================================================================== */

static void eval_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val code, d;
    tern_api_value_check_slots(vm, o, o->c, 1);
    if (!o->s)
        tern_api_value_misuse(vm, o, "NULL expression");
    code = tern_compile(vm, o->s, strlen(o->s), TERN_N(ANGLE_string), TERN_MODE_EVAL);
    d = TERN_AS(tern_module, vm->main_module)->dict;
    code = tern_run_code(vm, code, d, d);
    TERN_API_SLOTS(vm)[o->c] = code;
}

int tern_eval(tern_vm *vm, const char *expr, int dst) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_eval");
    o.s = expr;
    o.c = dst;
    return tern_api_value_protect(vm, eval_body, &o);
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
        tern_val name = op_name(vm, o);
        f = tern_getattr(vm, base[0], name);
        base[0] = f;
    }
    r = tern_call(vm, base[0], o->b, base + 1, TERN_NULL);
    put_slot(vm, o->a, r);
    vm->sp = base;
}

int tern_call_slot(tern_vm *vm, int slot, int nargs) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_call_slot");
    o.a = slot;
    o.b = nargs;
    return tern_api_value_protect(vm, call_body, &o);
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
    return tern_api_value_protect(vm, call_body, &o);
}

/* ===================================================================
 * C functions callable from Python
 * =================================================================== */

/* A C function of the embedder: a native object (class, name, module
 * name) with the C pointer and user data as raw words. */
typedef struct host_fn {
    tern_hdr hdr;
    tern_val cls;
    tern_val name;          /* str */
    tern_val module;        /* str, or NULL for __main__ */
    tern_cfunction fn;
    void *ud;
} host_fn;

static tern_val host_repr(tern_vm *vm, tern_val self) {
    return tern_str_fmt(vm, "<built-in function %V>", TERN_AS(host_fn, self)->name);
}

static tern_val host_hash(tern_vm *vm, tern_val self) {
    return tern_id_hash(vm, self);
}

static tern_val host_getattr(tern_vm *vm, tern_val self, tern_val name) {
    host_fn *h = TERN_AS(host_fn, self);
    (void)vm;
    if (name == TERN_N(__name__) || name == TERN_N(__qualname__))
        return h->name;
    if (name == TERN_N(__module__))
        return h->module ? h->module : TERN_N(__main__);
    if (name == TERN_N(__doc__) || name == TERN_N(__self__))
        return TERN_NONE;
    return TERN_NULL;
}

static tern_val host_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames);

static const tern_type host_fn_type = {
    TERN_TYPE_HEAD(builtin_function_or_method, &tern_type_object, NULL, 0, TERN_K_NATIVE, 0),
    NULL, host_repr, NULL, host_hash, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL, NULL, NULL, host_call, host_getattr, NULL
};

static int is_host_fn(tern_val v) {
    return TERN_IS_KIND(v, TERN_K_NATIVE) && TERN_AS(host_fn, v)->cls == TERN_VAL(&host_fn_type);
}

/* Run the embedder's function in a context of its own: slot 0 None (the
 * result), slots 1..nargs the arguments. The C function only calls this
 * API, whose entry points are all protected, so nothing unwinds through
 * it: the caller's window is restored on every path. */
static tern_val host_call(tern_vm *vm, tern_val self, int nargs, tern_val *args, tern_val kwnames) {
    size_t saved_base = vm->api_base, saved_count = vm->api_count, base, i, n;
    tern_val *s, r, exc;
    tern_cfunction fn;
    void *ud;
    int status;
    if (TERN_NKW(kwnames))
        tern_raise_type_error(vm, "%V() takes no keyword arguments", TERN_AS(host_fn, self)->name);
    s = tern_push(vm, self);
    /* an error the caller's context left pending is not this call's */
    vm->api_exc = TERN_NULL;
    base = saved_base + saved_count;
    slots_reserve(vm, base + (size_t)nargs + 1);
    {
        tern_val *w = TERN_AS(tern_array, vm->api_slots)->items + base;
        w[0] = TERN_NONE;
        for (i = 0; i < (size_t)nargs; i++)
            w[1 + i] = args[i];
    }
    fn = TERN_AS(host_fn, s[0])->fn;
    ud = TERN_AS(host_fn, s[0])->ud;
    vm->api_base = base;
    vm->api_count = (size_t)nargs + 1;
    status = fn(vm, nargs, ud);
    n = vm->api_count;
    r = TERN_AS(tern_array, vm->api_slots)->items[base];
    /* let the window's values go */
    for (i = 0; i < n; i++)
        TERN_AS(tern_array, vm->api_slots)->items[base + i] = TERN_NULL;
    vm->api_base = saved_base;
    vm->api_count = saved_count;
    if (status == TERN_OK) {
        tern_popn(vm, 1);
        return r ? r : TERN_NONE;
    }
    exc = vm->api_exc;
    vm->api_exc = TERN_NULL;
    if (!exc)   /* s[0], not `self`: the function may have moved it */
        tern_raise_fmt(vm, &tern_type_SystemError, "%V() returned an error without setting one",
                       TERN_AS(host_fn, s[0])->name);
    tern_popn(vm, 1);
    tern_raise(vm, exc);
}

static tern_val host_fn_new(tern_vm *vm, const char *name, tern_val module, tern_cfunction fn, void *ud) {
    tern_val *s = tern_push(vm, module), n;
    host_fn *h;
    n = tern_str_from_c(vm, name);
    tern_push(vm, n);
    h = (host_fn *)tern_alloc(vm, TERN_K_NATIVE, sizeof(host_fn));
    h->cls = TERN_VAL(&host_fn_type);
    h->name = s[1];
    h->module = s[0];
    h->fn = fn;
    h->ud = ud;
    tern_popn(vm, 2);
    return TERN_VAL(h);
}

static void new_fn_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val f;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (!o->s || !o->fn)
        tern_api_value_misuse(vm, o, "NULL name or function");
    f = host_fn_new(vm, o->s, TERN_NULL, o->fn, o->ud);
    put_slot(vm, o->a, f);
}

int tern_new_function(tern_vm *vm, int slot, const char *name, tern_cfunction fn, void *user_data) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_new_function");
    o.a = slot;
    o.s = name;
    o.fn = fn;
    o.ud = user_data;
    return tern_api_value_protect(vm, new_fn_body, &o);
}

static void register_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *s;
    if (!o->s || !o->fn)
        tern_api_value_misuse(vm, o, "NULL name or function");
    s = tern_push(vm, host_fn_new(vm, o->s, TERN_NULL, o->fn, o->ud));
    tern_push(vm, op_name(vm, o));
    tern_dict_set(vm, main_dict(vm), s[1], s[0]);
    tern_popn(vm, 2);
}

int tern_register_function(tern_vm *vm, const char *name, tern_cfunction fn, void *user_data) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_register_function");
    o.s = name;
    o.fn = fn;
    o.ud = user_data;
    return tern_api_value_protect(vm, register_body, &o);
}

static void module_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    const tern_module_def *def = (const tern_module_def *)o->p;
    const tern_function_def *fd;
    const tern_constant_def *cd;
    tern_val *s, v;
    if (!def || !def->name || !*def->name)
        tern_api_value_misuse(vm, o, "NULL definition or name");
    o->s = def->name;
    s = tern_push(vm, op_name(vm, o));          /* s[0]: name */
    tern_push(vm, tern_module_new(vm, s[0]));   /* s[1]: module */
    tern_push(vm, TERN_NULL);                   /* s[2]: a member's name */
    for (fd = def->functions; fd && fd->name; fd++) {
        if (!fd->fn)
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: function %s of module %s is NULL",
                           o->who, fd->name, def->name);
        o->s = fd->name;
        s[2] = op_name(vm, o);
        v = host_fn_new(vm, fd->name, s[0], fd->fn, def->user_data);
        tern_dict_set(vm, TERN_AS(tern_module, s[1])->dict, s[2], v);
    }
    for (cd = def->constants; cd && cd->name; cd++) {
        o->s = cd->name;
        s[2] = op_name(vm, o);
        switch (cd->type) {
        case TERN_T_NONE: v = TERN_NONE; break;
        case TERN_T_BOOL: v = TERN_BOOL(cd->i); break;
        case TERN_T_INT: v = tern_int_from_ll(vm, (long long)cd->i); break;
        case TERN_T_FLOAT: v = tern_float_new(vm, cd->f); break;
        case TERN_T_STR:
            if (!cd->s || !utf8_valid((const unsigned char *)cd->s, strlen(cd->s)))
                tern_raise_fmt(vm, &tern_type_SystemError, "%s: constant %s: NULL or invalid UTF-8 text",
                               o->who, cd->name);
            v = tern_str_from_c(vm, cd->s);
            break;
        default:
            tern_raise_fmt(vm, &tern_type_SystemError, "%s: constant %s: unsupported type %d",
                           o->who, cd->name, cd->type);
        }
        tern_dict_set(vm, TERN_AS(tern_module, s[1])->dict, s[2], v);
    }
    tern_dict_set(vm, vm->modules, s[0], s[1]);
    tern_popn(vm, 3);
}

int tern_define_module(tern_vm *vm, const tern_module_def *def) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_define_module");
    o.p = def;
    return tern_api_value_protect(vm, module_body, &o);
}

/* ===================================================================
 * Errors
 * =================================================================== */

static void raise_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val t = TERN_NULL, name;
    const char *tn = o->s ? o->s : "";
    if (*tn && utf8_valid((const unsigned char *)tn, strlen(tn))) {
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
