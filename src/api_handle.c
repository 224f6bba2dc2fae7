/* SPDX-License-Identifier: MIT */
/*
 * api_handle.c — handles of the embedding API (include/tern.h): values
 * kept across C contexts and collections.
 *
 * Handles. vm->api_handles is a tern_array of two words per entry: the
 * value (or, for a free entry, the index of the next free entry as a small
 * int) and TERN_SMALL(gen << 1 | live). A handle given out is (index,
 * gen); freeing bumps the entry's generation, so a stale copy no longer
 * matches. Generations start at a number derived from the VM's address, so
 * a handle of another VM most likely fails to match too.
 */
#include "api_int.h"

#define GEN_MASK 0x0FFFFFFFu  /* gen << 1 | 1 fits a small int on 32-bit hosts */

static uint32_t first_gen(tern_vm *vm) {
    uint32_t g = (uint32_t)(((uintptr_t)vm >> 4) * 2654435761u) & GEN_MASK;
    return g ? g : 1;
}

static tern_val *handle_words(tern_vm *vm, size_t index) {
    return TERN_AS(tern_array, vm->api_handles)->items + 2 * index;
}

static void handle_new_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    size_t index;
    tern_val *w;
    uint32_t gen;
    tern_api_value_check_slots(vm, o, o->a, 1);
    if (vm->api_hfree) {
        index = vm->api_hfree - 1;
        w = handle_words(vm, index);
        vm->api_hfree = (size_t)TERN_SMALL_VALUE(w[0]);
        gen = (uint32_t)(TERN_SMALL_VALUE(w[1]) >> 1);
    } else {
        size_t cap = vm->api_handles ? TERN_AS(tern_array, vm->api_handles)->cap / 2 : 0;
        if (vm->api_hused >= 0x7FFFFFFF)
            tern_api_value_misuse(vm, o, "too many handles");
        if (vm->api_hused == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            tern_array *a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(2 * ncap));
            a->cap = 2 * ncap;
            if (cap)
                memcpy(a->items, TERN_AS(tern_array, vm->api_handles)->items, 2 * cap * sizeof(tern_val));
            vm->api_handles = TERN_VAL(a);
        }
        index = vm->api_hused++;
        gen = first_gen(vm);
    }
    w = handle_words(vm, index);
    w[0] = TERN_API_SLOTS(vm)[o->a];
    w[1] = TERN_SMALL((tern_int)gen << 1 | 1);
    vm->api_hlive++;
    o->h.index = (uint32_t)index;
    o->h.gen = gen;
}

tern_handle tern_handle_new(tern_vm *vm, int slot) {
    tern_api_op o;
    tern_handle none = { 0, 0 };
    if (!vm)
        return none;
    tern_api_op_init(&o, "tern_handle_new");
    o.a = slot;
    if (tern_api_value_protect(vm, handle_new_body, &o) != TERN_OK)
        return none;
    return o.h;
}

/* The entry of a live handle h; SystemError for a stale one. */
static tern_val *handle_entry(tern_vm *vm, const tern_api_op *o) {
    tern_val *w;
    if (o->h.gen == 0 || o->h.index >= vm->api_hused)
        tern_api_value_misuse(vm, o, "invalid handle (never made by tern_handle_new, or of another VM)");
    w = handle_words(vm, o->h.index);
    if (!(TERN_SMALL_VALUE(w[1]) & 1) || (uint32_t)(TERN_SMALL_VALUE(w[1]) >> 1) != o->h.gen)
        tern_api_value_misuse(vm, o, "stale handle (already freed, or of another VM)");
    return w;
}

static void handle_get_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v;
    tern_api_value_check_slots(vm, o, o->a, 1);
    v = handle_entry(vm, o)[0];
    TERN_API_SLOTS(vm)[o->a] = v;
}

int tern_handle_get(tern_vm *vm, tern_handle h, int slot) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_handle_get");
    o.h = h;
    o.a = slot;
    return tern_api_value_protect(vm, handle_get_body, &o);
}

static void handle_set_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val v;
    tern_api_value_check_slots(vm, o, o->a, 1);
    v = TERN_API_SLOTS(vm)[o->a];
    handle_entry(vm, o)[0] = v;
}

int tern_handle_set(tern_vm *vm, tern_handle h, int slot) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_handle_set");
    o.h = h;
    o.a = slot;
    return tern_api_value_protect(vm, handle_set_body, &o);
}

static void handle_free_body(tern_vm *vm, void *ud) {
    tern_api_op *o = (tern_api_op *)ud;
    tern_val *w = handle_entry(vm, o);
    uint32_t gen = (o->h.gen + 1) & GEN_MASK;
    if (!gen)
        gen = 1;
    w[0] = TERN_SMALL((tern_int)vm->api_hfree);
    w[1] = TERN_SMALL((tern_int)gen << 1);
    vm->api_hfree = (size_t)o->h.index + 1;
    vm->api_hlive--;
}

int tern_handle_free(tern_vm *vm, tern_handle h) {
    tern_api_op o;
    if (!vm)
        return TERN_ERROR;
    tern_api_op_init(&o, "tern_handle_free");
    o.h = h;
    return tern_api_value_protect(vm, handle_free_body, &o);
}

size_t tern_handle_count(tern_vm *vm) {
    return TERN_VM_OPEN(vm) ? vm->api_hlive : 0;
}
