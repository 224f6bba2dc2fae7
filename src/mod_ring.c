/* SPDX-License-Identifier: MIT */
/*
 * mod_ring.c — ring buffers for passing data out of interrupt callbacks
 * (docs/interrupts.md, "Passing data out"), in the micropython module:
 *
 *   RingIO(size | buffer)  a byte FIFO with MicroPython 1.23's interface
 *                          (any, read, readline, readinto, write, close);
 *   RingBuffer(n)          a FIFO of up to n Python objects (put, get, any,
 *                          len, free, full, empty, clear).
 *
 * Both take their storage when constructed and never allocate afterwards
 * in write, put, get, readinto, any, len, free, full, empty and clear; a
 * full ring refuses (write returns a short count, put returns False)
 * rather than raising, since raising allocates. read and readline return
 * a new bytes: they belong to the main program's side.
 *
 * The classic algorithm: `size` slots, of which size - 1 can hold data;
 * `head` is the next slot the producer fills, `tail` the next one the
 * consumer empties; empty when head == tail, full when head + 1 == tail
 * (modulo size). Each index has a single writer, so one producer and one
 * consumer (a hard callback writing, the main program reading) need no
 * lock: the producer stores the data before it publishes the new head,
 * the consumer takes the data (and clears an object slot, so the
 * collector does not keep a dead object alive) before it publishes the
 * new tail. RING_FENCE keeps the compiler from reordering those stores.
 * On top of that every index update runs inside TERN_IRQ_DEFER, so a hard
 * callback never interrupts one: that makes each operation atomic with
 * respect to callbacks, and two producers (the main program and a
 * callback) safe too. No deferred section raises or allocates.
 *
 * Objects move at every allocation, the storage included, so the code
 * keeps no pointer into it across an allocation; a callback never runs
 * during a collection, so the storage does not move under a callback.
 */
#include "runtime.h"
#include "obj_class.h"
#include "obj_bytes.h"
#include "buffer.h"
#include "gc.h"
#include "containers.h"

/* A compiler barrier: stores before it are not moved after it. An
 * interrupt runs on the same core, so ordering the compiler's stores is
 * enough (C11's atomic_signal_fence). Without GCC's builtin the indices
 * are still volatile, which orders them against each other only. */
#if defined(__GNUC__)
#define RING_FENCE()    __atomic_signal_fence(__ATOMIC_SEQ_CST)
#else
#define RING_FENCE()    ((void)0)
#endif

/* Both types share this layout (a TERN_K_NATIVE object: the class and two
 * traced words, then raw data). A RingIO made from a size has its bytes
 * right after the struct; one made from a buffer uses the buffer's. */
typedef struct tern_ring {
    tern_hdr hdr;
    tern_val cls;               /* &tern_type_RingIO or &tern_type_RingBuffer */
    tern_val store;             /* RingBuffer: tern_array of `size` slots; RingIO: the
                                   user's buffer, or NULL when the bytes follow */
    tern_val spare_;
    uintptr_t size;             /* slots of storage: the capacity + 1 */
    volatile uintptr_t head;    /* next slot to fill: written by the producer only */
    volatile uintptr_t tail;    /* next slot to empty: written by the consumer only */
    uintptr_t hash;             /* identity hash, 0 until asked for (objects move) */
} tern_ring;

#define RING(v)     TERN_AS(tern_ring, v)
#define SELF        args[0]

extern const tern_type tern_type_RingIO, tern_type_RingBuffer;

/* ---- shared ---- */

/* Slots in use; a snapshot, exact for the caller's side. no alloc. */
static size_t ring_count(tern_val self) {
    tern_ring *r = RING(self);
    uintptr_t h = r->head, t = r->tail;
    return (size_t)(h >= t ? h - t : h + r->size - t);
}

static size_t ring_capacity(tern_val self) {
    return (size_t)RING(self)->size - 1;
}

/* A new ring object of `extra` trailing bytes, its indices at 0. */
static tern_val ring_new(tern_vm *vm, const tern_type *t, size_t size, size_t extra) {
    tern_ring *r = (tern_ring *)tern_alloc(vm, TERN_K_NATIVE, sizeof(tern_ring) + extra);
    r->cls = TERN_VAL(t);
    r->size = size;
    return TERN_VAL(r);
}

/* The size argument of both constructors, at least 1. */
static size_t ring_size_arg(tern_vm *vm, tern_val v, const char *what) {
    tern_int n = tern_index_value(vm, v);
    if (n < 1)
        tern_raise_value_error(vm, "%s size must be at least 1", what);
    /* sizes whose byte count could overflow are refused here; the
     * allocator refuses the others if the heap cannot hold them */
    if ((uint64_t)n >= ((uint64_t)1 << 40) || (size_t)n >= (SIZE_MAX - 64) / sizeof(tern_val))
        tern_raise_memory_error(vm);
    return (size_t)n;
}

static tern_val ring_hash(tern_vm *vm, tern_val self) {
    tern_ring *r = RING(self);
    (void)vm;
    if (!r->hash)
        r->hash = (((uintptr_t)r >> 3) & (uintptr_t)TERN_SMALL_MAX) | 1u;
    return TERN_SMALL((tern_int)r->hash);
}

/* ===================================================================
 * RingIO
 * =================================================================== */

/* The bytes of a buffer argument: 1-D and contiguous; writable if asked.
 * Returns the byte count and fills *b. Raises TypeError otherwise. */
static size_t flat_buffer(tern_vm *vm, tern_val v, tern_buffer *b, int writable, const char *what) {
    if (!tern_buffer_get(vm, v, b))
        tern_raise_type_error(vm, "%s: a bytes-like object is required, not '%s'", what, tern_type_name(v));
    if (writable && b->readonly)
        tern_raise_type_error(vm, "%s: the buffer must be writable, not '%s'", what, tern_type_name(v));
    if (b->len > 1 && b->stride != (intptr_t)b->itemsize)
        tern_raise_type_error(vm, "%s: the buffer must be contiguous", what);
    return b->len * b->itemsize;
}

/* The storage of a RingIO: valid until the next allocation. A user's
 * buffer is checked again at each call (a bytearray can be resized, a
 * memoryview released). May raise: call it before the deferred section. */
static uint8_t *rio_bytes(tern_vm *vm, tern_val self) {
    tern_buffer b;
    if (RING(self)->store == TERN_NULL)
        return (uint8_t *)(RING(self) + 1);
    if (flat_buffer(vm, RING(self)->store, &b, 1, "RingIO") < RING(self)->size)
        tern_raise_fmt(vm, &tern_type_BufferError, "RingIO: the buffer was resized");
    return tern_buffer_ptr(vm, &b);
}

/* Producer: copy up to n bytes from src into the ring; the count copied.
 * `d` is the storage (rio_bytes), `src` any bytes not moved since. */
static size_t rio_put(tern_vm *vm, tern_val self, uint8_t *d, const uint8_t *src, size_t n) {
    tern_ring *r = RING(self);
    size_t size, head, room, first;
    TERN_IRQ_DEFER(vm);
    size = r->size;
    head = r->head;
    room = size - 1 - ring_count(self);
    if (n > room)
        n = room;
    first = size - head < n ? size - head : n;
    memmove(d + head, src, first);
    memmove(d, src + first, n - first);
    RING_FENCE();
    head += n;
    r->head = head >= size ? head - size : head;
    TERN_IRQ_UNDEFER(vm);
    return n;
}

/* Consumer: move up to n bytes out of the ring into dst; the count moved. */
static size_t rio_get(tern_vm *vm, tern_val self, const uint8_t *d, uint8_t *dst, size_t n) {
    tern_ring *r = RING(self);
    size_t size, tail, have, first;
    TERN_IRQ_DEFER(vm);
    size = r->size;
    tail = r->tail;
    have = ring_count(self);
    if (n > have)
        n = have;
    first = size - tail < n ? size - tail : n;
    memmove(dst, d + tail, first);
    memmove(dst + first, d, n - first);
    RING_FENCE();
    tail += n;
    r->tail = tail >= size ? tail - size : tail;
    TERN_IRQ_UNDEFER(vm);
    return n;
}

/* A new bytes holding up to n bytes taken from the ring (fewer only if
 * another consumer took some meanwhile). */
static tern_val rio_take(tern_vm *vm, tern_val *self, size_t n) {
    tern_val res = tern_bytes_new(vm, NULL, n);
    size_t got;
    /* *self is a stack slot: it followed the allocation */
    got = rio_get(vm, *self, rio_bytes(vm, *self), (uint8_t *)TERN_STR_DATA(TERN_PTR(res)), n);
    if (got < n) {
        tern_str *s = TERN_AS(tern_str, res);
        s->len = s->nchars = (uint32_t)got;
        TERN_STR_DATA(s)[got] = 0;
        tern_alloc_shrink(vm, s, sizeof(tern_str) + got + 1);
    }
    return res;
}

/* An optional count argument: None or negative means no limit (-1). */
static tern_int opt_count(tern_vm *vm, int nargs, tern_val *args, int i) {
    if (nargs <= i || args[i] == TERN_NONE)
        return -1;
    return tern_index_value(vm, args[i]);
}

/* RingIO(size) holds exactly `size` bytes (its storage is size + 1);
 * RingIO(buffer) works in place in a writable contiguous buffer and, as
 * in MicroPython, holds one byte less than the buffer. */
static tern_val rio_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    tern_buffer b;
    tern_val r;
    (void)t;
    tern_check_args(vm, "RingIO", nargs, kwnames, 1, 1);
    if (tern_buffer_get(vm, args[0], &b)) {
        size_t len = flat_buffer(vm, args[0], &b, 1, "RingIO");
        if (len < 2)
            tern_raise_value_error(vm, "RingIO buffer must hold at least 2 bytes");
        r = ring_new(vm, &tern_type_RingIO, len, 0);
        RING(r)->store = args[0];   /* args[0], read again after the allocation */
        return r;
    }
    if (TERN_IS_STR(args[0]))
        tern_raise_type_error(vm, "RingIO: a size or a writable buffer is required, not 'str'");
    {
        size_t n = ring_size_arg(vm, args[0], "RingIO");
        return ring_new(vm, &tern_type_RingIO, n + 1, n + 1);
    }
}

static tern_val rio_repr(tern_vm *vm, tern_val self) {
    return tern_str_fmt(vm, "<RingIO %d/%d>", (int)ring_count(self), (int)ring_capacity(self));
}

/* any(): the bytes waiting to be read. */
static tern_val rio_any(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingIO.any", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)ring_count(SELF));
}

/* read([nbytes]): the bytes available, at most nbytes; b'' when empty. */
static tern_val rio_read(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int lim;
    size_t n;
    tern_cargs(vm, "RingIO.read", nargs - 1, kwnames, 0, 1);
    lim = opt_count(vm, nargs, args, 1);
    n = ring_count(SELF);
    if (lim >= 0 && (size_t)lim < n)
        n = (size_t)lim;
    return rio_take(vm, &SELF, n);
}

/* readline([nbytes]): up to and including the first b'\n', or all that is
 * available if there is none; at most nbytes. */
static tern_val rio_readline(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_int lim;
    size_t n, i, size, tail;
    const uint8_t *d;
    tern_cargs(vm, "RingIO.readline", nargs - 1, kwnames, 0, 1);
    lim = opt_count(vm, nargs, args, 1);
    d = rio_bytes(vm, SELF);
    n = ring_count(SELF);
    if (lim >= 0 && (size_t)lim < n)
        n = (size_t)lim;
    size = RING(SELF)->size;
    tail = RING(SELF)->tail;
    for (i = 0; i < n; i++) {
        size_t k = tail + i;
        if (d[k >= size ? k - size : k] == '\n') {
            n = i + 1;
            break;
        }
    }
    return rio_take(vm, &SELF, n);
}

/* readinto(buf[, nbytes]): move what is available (at most len(buf) and
 * nbytes) into buf; the count. */
static tern_val rio_readinto(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_buffer b;
    tern_int lim;
    size_t n;
    uint8_t *dst;
    const uint8_t *d;
    tern_cargs(vm, "RingIO.readinto", nargs - 1, kwnames, 1, 2);
    n = flat_buffer(vm, args[1], &b, 1, "readinto");
    lim = opt_count(vm, nargs, args, 2);
    if (lim >= 0 && (size_t)lim < n)
        n = (size_t)lim;
    dst = tern_buffer_ptr(vm, &b);
    d = rio_bytes(vm, SELF);
    return TERN_SMALL((tern_int)rio_get(vm, SELF, d, dst, n));
}

/* write(buf[, max_len]) or write(buf, off, len), as MicroPython's streams:
 * copies what fits and returns the count (0 when full; never raises for
 * that). A str is written as its UTF-8 bytes, as in MicroPython. */
static tern_val rio_write(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_buffer b;
    const uint8_t *src;
    size_t len, off = 0, max = (size_t)-1;
    uint8_t *d;
    tern_cargs(vm, "RingIO.write", nargs - 1, kwnames, 1, 3);
    if (TERN_IS_STR(args[1]))
        len = TERN_STR_LEN(args[1]);
    else
        len = flat_buffer(vm, args[1], &b, 0, "write");
    /* negative numbers wrap to huge ones, as MicroPython's C casts do:
     * a negative length is no limit, a negative offset is past the end */
    if (nargs == 3) {
        max = (size_t)tern_index_value(vm, args[2]);
    } else if (nargs == 4) {
        off = (size_t)tern_index_value(vm, args[2]);
        max = (size_t)tern_index_value(vm, args[3]);
        if (off > len)
            off = len;
    }
    len -= off;
    if (len > max)
        len = max;
    /* no allocation from here: both pointers stay valid */
    src = TERN_IS_STR(args[1]) ? (const uint8_t *)TERN_STR_CHARS(args[1]) : tern_buffer_ptr(vm, &b);
    d = rio_bytes(vm, SELF);
    return TERN_SMALL((tern_int)rio_put(vm, SELF, d, src + off, len));
}

/* close(): nothing to release; the data stays readable (as MicroPython). */
static tern_val rio_close(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingIO.close", nargs - 1, kwnames, 0, 0);
    return TERN_NONE;
}

/* Iterating reads lines until the ring is empty (MicroPython's streams). */
static tern_val rio_iter(tern_vm *vm, tern_val self) {
    (void)vm;
    return self;
}

static tern_val rio_next(tern_vm *vm, tern_val self) {
    tern_val *s;
    tern_val r;
    if (ring_count(self) == 0)
        return TERN_NULL;
    s = tern_push(vm, self);
    r = rio_readline(vm, 1, s, TERN_NULL);
    tern_popn(vm, 1);
    return r;
}

static TERN_CMETHOD_DEF(rio_any_obj, any, rio_any);
static TERN_CMETHOD_DEF(rio_read_obj, read, rio_read);
static TERN_CMETHOD_DEF(rio_readline_obj, readline, rio_readline);
static TERN_CMETHOD_DEF(rio_readinto_obj, readinto, rio_readinto);
static TERN_CMETHOD_DEF(rio_write_obj, write, rio_write);
static TERN_CMETHOD_DEF(rio_close_obj, close, rio_close);

static const tern_attr rio_attrs[] = {
    { TERN_NSTR(any), &rio_any_obj },
    { TERN_NSTR(read), &rio_read_obj },
    { TERN_NSTR(readline), &rio_readline_obj },
    { TERN_NSTR(readinto), &rio_readinto_obj },
    { TERN_NSTR(write), &rio_write_obj },
    { TERN_NSTR(close), &rio_close_obj },
};

const tern_type tern_type_RingIO = {
    TERN_TYPE_HEAD(RingIO, &tern_type_object, rio_attrs, TERN_NATTRS(rio_attrs), TERN_K_NATIVE, 0),
    rio_make, rio_repr, NULL, ring_hash, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, NULL,                           /* getitem setitem contains */
    rio_iter, rio_next,                         /* iter next */
    NULL, NULL, NULL                            /* call getattr setattr */
};

/* ===================================================================
 * RingBuffer
 * =================================================================== */

#define RB_ITEMS(v)  (TERN_AS(tern_array, RING(v)->store)->items)

/* RingBuffer(n): room for n objects, in an array of n + 1 slots. */
static tern_val rb_make(tern_vm *vm, const tern_type *t, int nargs, tern_val *args, tern_val kwnames) {
    size_t n;
    tern_array *a;
    tern_val r;
    (void)t;
    tern_check_args(vm, "RingBuffer", nargs, kwnames, 1, 1);
    n = ring_size_arg(vm, args[0], "RingBuffer");
    r = ring_new(vm, &tern_type_RingBuffer, n + 1, 0);
    TERN_ROOTS(vm);
    TERN_ROOT(vm, r);
    a = (tern_array *)tern_alloc(vm, TERN_K_ARRAY, TERN_ARRAY_BYTES(n + 1));
    a->cap = n + 1;
    RING(r)->store = TERN_VAL(a);
    TERN_UNROOT(vm);
    return r;
}

static tern_val rb_repr(tern_vm *vm, tern_val self) {
    return tern_str_fmt(vm, "<RingBuffer %d/%d>", (int)ring_count(self), (int)ring_capacity(self));
}

static tern_int rb_len(tern_vm *vm, tern_val self) {
    (void)vm;
    return (tern_int)ring_count(self);
}

/* put(obj): True, or False when full (nothing raised: raising allocates). */
static tern_val rb_put(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_ring *r;
    size_t head, next;
    int ok = 0;
    tern_cargs(vm, "RingBuffer.put", nargs - 1, kwnames, 1, 1);
    r = RING(SELF);
    TERN_IRQ_DEFER(vm);
    head = r->head;
    next = head + 1 == r->size ? 0 : head + 1;
    if (next != r->tail) {
        RB_ITEMS(SELF)[head] = args[1];
        RING_FENCE();
        r->head = next;
        ok = 1;
    }
    TERN_IRQ_UNDEFER(vm);
    return TERN_BOOL(ok);
}

/* get([default]): the oldest object; when empty, default if given, else
 * IndexError. */
static tern_val rb_get(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_ring *r;
    tern_val v = TERN_NULL, *slot;
    size_t tail;
    tern_cargs(vm, "RingBuffer.get", nargs - 1, kwnames, 0, 1);
    r = RING(SELF);
    TERN_IRQ_DEFER(vm);
    tail = r->tail;
    if (tail != r->head) {
        slot = &RB_ITEMS(SELF)[tail];
        v = *slot;
        *slot = TERN_NULL;  /* the ring no longer keeps it alive */
        RING_FENCE();
        r->tail = tail + 1 == r->size ? 0 : tail + 1;
    }
    TERN_IRQ_UNDEFER(vm);
    if (v != TERN_NULL)
        return v;
    if (nargs == 2)
        return args[1];
    tern_raise_fmt(vm, &tern_type_IndexError, "get from empty RingBuffer");
}

static tern_val rb_any(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingBuffer.any", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)ring_count(SELF));
}

/* RingBuffer.free: how many more objects put() accepts now. */
static tern_val rb_room(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingBuffer.free", nargs - 1, kwnames, 0, 0);
    return TERN_SMALL((tern_int)(ring_capacity(SELF) - ring_count(SELF)));
}

static tern_val rb_full(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingBuffer.full", nargs - 1, kwnames, 0, 0);
    return TERN_BOOL(ring_count(SELF) == ring_capacity(SELF));
}

static tern_val rb_empty(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_cargs(vm, "RingBuffer.empty", nargs - 1, kwnames, 0, 0);
    return TERN_BOOL(ring_count(SELF) == 0);
}

/* clear(): drop every object waiting (the consumer's side: it moves the
 * tail up to the head it sees, clearing the slots on the way; the
 * deferred section lasts one store per object dropped). */
static tern_val rb_clear(tern_vm *vm, int nargs, tern_val *args, tern_val kwnames) {
    tern_ring *r;
    size_t tail, head, size;
    tern_cargs(vm, "RingBuffer.clear", nargs - 1, kwnames, 0, 0);
    r = RING(SELF);
    TERN_IRQ_DEFER(vm);
    size = r->size;
    head = r->head;
    for (tail = r->tail; tail != head; tail = tail + 1 == size ? 0 : tail + 1)
        RB_ITEMS(SELF)[tail] = TERN_NULL;
    RING_FENCE();
    r->tail = head;
    TERN_IRQ_UNDEFER(vm);
    return TERN_NONE;
}

static TERN_CMETHOD_DEF(rb_put_obj, put, rb_put);
static TERN_CMETHOD_DEF(rb_get_obj, get, rb_get);
static TERN_CMETHOD_DEF(rb_any_obj, any, rb_any);
static TERN_CMETHOD_DEF(rb_room_obj, free, rb_room);
static TERN_CMETHOD_DEF(rb_full_obj, full, rb_full);
static TERN_CMETHOD_DEF(rb_empty_obj, empty, rb_empty);
static TERN_CMETHOD_DEF(rb_clear_obj, clear, rb_clear);

static const tern_attr rb_attrs[] = {
    { TERN_NSTR(put), &rb_put_obj },
    { TERN_NSTR(get), &rb_get_obj },
    { TERN_NSTR(any), &rb_any_obj },
    { TERN_NSTR(free), &rb_room_obj },
    { TERN_NSTR(full), &rb_full_obj },
    { TERN_NSTR(empty), &rb_empty_obj },
    { TERN_NSTR(clear), &rb_clear_obj },
};

const tern_type tern_type_RingBuffer = {
    TERN_TYPE_HEAD(RingBuffer, &tern_type_object, rb_attrs, TERN_NATTRS(rb_attrs), TERN_K_NATIVE, 0),
    rb_make, rb_repr, NULL, ring_hash, NULL, NULL, NULL, NULL, rb_len,
    NULL, NULL, NULL,                           /* getitem setitem contains */
    NULL, NULL,                                 /* iter next */
    NULL, NULL, NULL                            /* call getattr setattr */
};
