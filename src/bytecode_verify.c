/* SPDX-License-Identifier: MIT */
/*
 * bytecode_verify.c — the checks a code object read from serialized
 * bytecode passes before the VM may run it (bytecode_io.c calls them).
 *
 * The VM trusts its code: operand indices, jump targets, the stack depth
 * against code->stacksize, that a DEREF slot holds a cell. Code from the
 * compiler is right by construction; code from a file may be anything, so
 * it is checked here:
 *
 *   - every opcode is known and every instruction whole; the last one does
 *     not fall off the end;
 *   - constant, name and local indices are in range, and so are the small
 *     enumerations (operators, FORMAT_VALUE's conversion, ...);
 *   - jump targets and exception-table entries lie on instruction
 *     boundaries;
 *   - the stack depth, followed along every path (jumps, fall-through,
 *     exception handlers), is the same wherever paths meet, never goes
 *     below what an instruction reads (LIST_APPEND's list deep in the
 *     stack too) and never above code->stacksize;
 *   - cells: a DEREF or LOAD_CLOSURE slot is a free variable or one that
 *     a MAKE_CELL (all at the start of the code) makes a cell, and no
 *     STORE_FAST or DELETE_FAST overwrites such a slot;
 *   - MAKE_FUNCTION follows the LOAD_CONST of a code object, with a
 *     closure (a BUILD_TUPLE of as many LOAD_CLOSUREs as the code has free
 *     variables) exactly when the code has free variables; a keyword call
 *     follows the LOAD_CONST of its tuple of names; a function's code has
 *     no LOAD_NAME, STORE_NAME or DELETE_NAME (its frame has no dict); only
 *     a generator's or coroutine's code yields.
 *
 * What is not checked is the type of each value on the stack (that
 * FOR_ITER finds an iterator, that a LOAD_METHOD's NULL marker only
 * reaches CALL_METHOD): a file crafted to pass these checks can still
 * crash the VM. The CRC rules out accidental damage; see docs/bytecode.md.
 *
 * No allocation: the caller hands in a scratch buffer.
 */
#include "bytecode_io.h"

#define BIT(set, i)     (((set)[(i) / 8] >> ((i) % 8)) & 1)
#define SETBIT(set, i)  ((set)[(i) / 8] |= (uint8_t)(1u << ((i) % 8)))
#define UNKNOWN 0xFFFFu

size_t tern_bytecode_verify_scratch(size_t ncode, size_t nlocals) {
    /* instruction starts and cell slots (bitmaps), depth per offset and a
     * work list (uint16 each) */
    return (ncode + 8) / 8 + (nlocals + 8) / 8 + 4 * ncode + 4;
}

/* What an instruction reads from the stack (`pops`, and `need`: the depth
 * it reaches into, at least pops) and how many values it leaves
 * (`pushes`) when it falls through. Returns 0 for a malformed argument. */
static int stack_use(unsigned op, unsigned arg, int *pops, int *pushes, int *need) {
    int po = 0, pu = 0, ne = -1;
    switch (op) {
    case TERN_BC_NOP: break;
    case TERN_BC_POP_TOP: po = 1; break;
    case TERN_BC_ROT_TWO: po = pu = 2; break;
    case TERN_BC_ROT_THREE: po = pu = 3; break;
    case TERN_BC_ROT_FOUR: po = pu = 4; break;
    case TERN_BC_DUP_TOP: po = 1; pu = 2; break;
    case TERN_BC_DUP_TOP_TWO: po = 2; pu = 4; break;
    case TERN_BC_BINARY_SUBSCR: po = 2; pu = 1; break;
    case TERN_BC_STORE_SUBSCR: po = 3; break;
    case TERN_BC_DELETE_SUBSCR: po = 2; break;
    case TERN_BC_GET_ITER: case TERN_BC_LIST_TO_TUPLE: case TERN_BC_YIELD_VALUE:
    case TERN_BC_GET_YIELD_FROM_ITER: case TERN_BC_GET_AWAITABLE: case TERN_BC_GET_AITER:
        po = pu = 1; break;
    case TERN_BC_RETURN_VALUE: case TERN_BC_RERAISE: po = 1; break;
    case TERN_BC_LOAD_BUILD_CLASS: case TERN_BC_LOAD_ASSERTION_ERROR: pu = 1; break;
    case TERN_BC_PRINT_EXPR: case TERN_BC_POP_EXCEPT: case TERN_BC_IMPORT_STAR: po = 1; break;
    case TERN_BC_PUSH_EXC_INFO: case TERN_BC_BEFORE_WITH: case TERN_BC_GET_ANEXT:
    case TERN_BC_BEFORE_ASYNC_WITH: case TERN_BC_GET_LEN:
        po = 1; pu = 2; break;
    case TERN_BC_CHECK_EXC_MATCH: po = pu = 2; break;
    case TERN_BC_WITH_EXCEPT_START: po = 3; pu = 4; break;
    case TERN_BC_YIELD_FROM: po = 2; pu = 1; break;
    case TERN_BC_END_ASYNC_FOR: po = 2; break;
    case TERN_BC_MATCH_KEYS: po = 2; pu = 3; break;
    case TERN_BC_COPY_DICT_WITHOUT_KEYS: po = 2; pu = 1; break;
    case TERN_BC_LOAD_CONST: case TERN_BC_LOAD_SMALL_INT: case TERN_BC_LOAD_FAST:
    case TERN_BC_LOAD_FAST_AUG: case TERN_BC_LOAD_CLOSURE: case TERN_BC_LOAD_DEREF:
    case TERN_BC_LOAD_GLOBAL: case TERN_BC_LOAD_NAME:
        pu = 1; break;
    case TERN_BC_STORE_FAST: case TERN_BC_STORE_DEREF: case TERN_BC_STORE_GLOBAL:
    case TERN_BC_STORE_NAME: case TERN_BC_DELETE_ATTR: case TERN_BC_POP_JUMP_IF_FALSE:
    case TERN_BC_POP_JUMP_IF_TRUE:
        po = 1; break;
    case TERN_BC_DELETE_FAST: case TERN_BC_MAKE_CELL: case TERN_BC_DELETE_DEREF:
    case TERN_BC_DELETE_GLOBAL: case TERN_BC_DELETE_NAME: case TERN_BC_JUMP:
        break;
    case TERN_BC_LOAD_ATTR: case TERN_BC_UNARY_OP: po = pu = 1; break;
    case TERN_BC_STORE_ATTR: po = 2; break;
    case TERN_BC_LOAD_METHOD: case TERN_BC_IMPORT_FROM: case TERN_BC_MATCH_KIND:
        po = 1; pu = 2; break;
    case TERN_BC_BINARY_OP: case TERN_BC_COMPARE_OP: case TERN_BC_IMPORT_NAME:
        po = 2; pu = 1; break;
    case TERN_BC_BUILD_TUPLE: case TERN_BC_BUILD_LIST: case TERN_BC_BUILD_SET:
    case TERN_BC_BUILD_STRING:
        po = (int)arg; pu = 1; break;
    case TERN_BC_BUILD_MAP: po = 2 * (int)arg; pu = 1; break;
    case TERN_BC_BUILD_SLICE:
        if (arg != 2 && arg != 3) return 0;
        po = (int)arg; pu = 1; break;
    case TERN_BC_FORMAT_VALUE: po = (arg & 4) ? 2 : 1; pu = 1; break;
    /* the container sits `arg` below what is popped */
    case TERN_BC_LIST_APPEND: case TERN_BC_SET_ADD: case TERN_BC_SET_UPDATE:
    case TERN_BC_DICT_UPDATE:
        if (arg < 1) return 0;
        po = 1; ne = 1 + (int)arg; break;
    case TERN_BC_LIST_EXTEND:
        if ((arg & 0x7FFF) < 1) return 0;
        po = 1; ne = 1 + (int)(arg & 0x7FFF) + ((arg & 0x8000) != 0); break;
    case TERN_BC_MAP_ADD:
        if (arg < 1) return 0;
        po = 2; ne = 2 + (int)arg; break;
    case TERN_BC_DICT_MERGE:
        if (arg < 1) return 0;
        po = 1; ne = 3 + (int)arg; break;
    case TERN_BC_UNPACK_SEQUENCE: po = 1; pu = (int)arg; break;
    case TERN_BC_UNPACK_EX: po = 1; pu = (int)(arg & 0xFF) + (int)(arg >> 8) + 1; break;
    case TERN_BC_JUMP_IF_FALSE_OR_POP: case TERN_BC_JUMP_IF_TRUE_OR_POP: po = 1; break;
    case TERN_BC_FOR_ITER: po = 1; pu = 2; break;
    case TERN_BC_CALL_FUNCTION: po = (int)arg + 1; pu = 1; break;
    case TERN_BC_CALL_FUNCTION_KW: case TERN_BC_CALL_METHOD: po = (int)arg + 2; pu = 1; break;
    case TERN_BC_CALL_METHOD_KW: po = (int)arg + 3; pu = 1; break;
    case TERN_BC_CALL_FUNCTION_EX: po = 2 + (int)(arg & 1); pu = 1; break;
    case TERN_BC_MAKE_FUNCTION:
        po = 1 + ((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0);
        pu = 1; break;
    case TERN_BC_RAISE_VARARGS: po = (int)arg; break;
    case TERN_BC_MATCH_CLASS: po = 3; pu = 1; break;
    default:
        return 0;
    }
    *pops = po;
    *pushes = pu;
    *need = ne > po ? ne : po;
    return 1;
}

/* Does control go on to the next instruction after `op`? */
static int falls_through(unsigned op) {
    return op != TERN_BC_RETURN_VALUE && op != TERN_BC_JUMP && op != TERN_BC_RERAISE &&
           op != TERN_BC_RAISE_VARARGS;
}

static int is_jump(unsigned op) {
    return op == TERN_BC_JUMP || op == TERN_BC_POP_JUMP_IF_FALSE || op == TERN_BC_POP_JUMP_IF_TRUE ||
           op == TERN_BC_JUMP_IF_FALSE_OR_POP || op == TERN_BC_JUMP_IF_TRUE_OR_POP ||
           op == TERN_BC_FOR_ITER;
}

static int uses_cell(unsigned op) {
    return op == TERN_BC_LOAD_DEREF || op == TERN_BC_STORE_DEREF || op == TERN_BC_DELETE_DEREF ||
           op == TERN_BC_LOAD_CLOSURE;
}

/* The largest valid argument of an operator-like opcode; -1: any. */
static long arg_limit(unsigned op) {
    switch (op) {
    case TERN_BC_UNARY_OP: return TERN_UOP_NOT;
    case TERN_BC_COMPARE_OP: return TERN_CMP_IS_NOT;
    case TERN_BC_FORMAT_VALUE: return 7;
    case TERN_BC_RAISE_VARARGS: return 2;
    case TERN_BC_MATCH_KIND: return 1;
    case TERN_BC_MAKE_FUNCTION: return 15;
    case TERN_BC_CALL_FUNCTION_EX: return 1;
    default: return -1;
    }
}

static unsigned arg_at(const uint8_t *p, size_t at) {
    return (unsigned)p[at + 1] | (unsigned)p[at + 2] << 8;
}

const char *tern_bytecode_verify(const uint8_t *p, size_t n, const tern_exc_entry *ex, size_t nex,
                                 const tern_bc_limits *lim, uint8_t *scratch) {
    uint8_t *starts = scratch, *cells = starts + (n + 8) / 8;
    uint16_t *depth_at = (uint16_t *)(void *)(cells + (lim->nlocals + 8) / 8), *work;
    size_t at, last = 0, nwork = 0, i, prologue = 1;
    size_t prev = (size_t)-1, prev2 = (size_t)-1;   /* the two instructions before */
    size_t closures = 0;        /* LOAD_CLOSUREs just before */
    int tuple1 = 0, tuple2 = 0; /* prev, prev2 is a BUILD_TUPLE of that many */
    /* depth_at must be 2-aligned: the blob data is 8-aligned, pad by hand */
    depth_at = (uint16_t *)(void *)((uint8_t *)depth_at + ((uintptr_t)depth_at & 1));
    work = depth_at + n;
    memset(scratch, 0, (n + 8) / 8 + (lim->nlocals + 8) / 8);
    if (n == 0)
        return "empty bytecode";
    for (i = lim->nlocals - lim->nfree; i < lim->nlocals; i++)
        SETBIT(cells, i);

    /* ---- one pass in order: instructions, operands, cells, closures ---- */
    for (at = 0; at < n; at += p[at] >= TERN_BC_HAVE_ARG ? 3 : 1) {
        unsigned op = p[at], arg = 0;
        long limit;
        if (!(op < TERN_BC_LAST0_ || (op >= TERN_BC_HAVE_ARG && op < TERN_BC__END)))
            return "unknown opcode";
        SETBIT(starts, at);
        last = at;
        depth_at[at] = UNKNOWN;
        if (op >= TERN_BC_HAVE_ARG) {
            if (at + 3 > n)
                return "instruction cut off at the end of the bytecode";
            arg = arg_at(p, at);
        }
        if (op == TERN_BC_MAKE_CELL) {
            if (!prologue)
                return "MAKE_CELL after the start of the code";
            if (arg >= lim->nlocals)
                return "local index out of range";
            SETBIT(cells, arg);
        } else {
            prologue = 0;
        }
        switch (op) {
        case TERN_BC_LOAD_CONST:
            if (arg >= lim->nconsts) return "constant index out of range";
            break;
        case TERN_BC_LOAD_FAST: case TERN_BC_LOAD_FAST_AUG: case TERN_BC_STORE_FAST:
        case TERN_BC_DELETE_FAST: case TERN_BC_LOAD_CLOSURE: case TERN_BC_LOAD_DEREF:
        case TERN_BC_STORE_DEREF: case TERN_BC_DELETE_DEREF:
            if (arg >= lim->nlocals) return "local index out of range";
            break;
        case TERN_BC_LOAD_GLOBAL: case TERN_BC_STORE_GLOBAL: case TERN_BC_DELETE_GLOBAL:
        case TERN_BC_LOAD_NAME: case TERN_BC_STORE_NAME: case TERN_BC_DELETE_NAME:
        case TERN_BC_LOAD_ATTR: case TERN_BC_STORE_ATTR: case TERN_BC_DELETE_ATTR:
        case TERN_BC_LOAD_METHOD: case TERN_BC_IMPORT_NAME: case TERN_BC_IMPORT_FROM:
            if (arg >= lim->nnames) return "name index out of range";
            /* a function's frame has no locals dict for the NAME ops */
            if ((op == TERN_BC_LOAD_NAME || op == TERN_BC_STORE_NAME || op == TERN_BC_DELETE_NAME) &&
                (lim->flags & TERN_CO_NEWLOCALS))
                return "a NAME operation in a function";
            break;
        case TERN_BC_CALL_FUNCTION_KW: case TERN_BC_CALL_METHOD_KW: {
            /* the keyword names: a tuple of str just loaded */
            tern_val t;
            size_t k;
            if (prev == (size_t)-1 || p[prev] != TERN_BC_LOAD_CONST)
                return "keyword call without the LOAD_CONST of its names";
            t = TERN_TUPLE_ITEMS(lim->consts)[arg_at(p, prev)];
            if (!TERN_IS_OBJ(t) || TERN_KIND_OF(t) != TERN_K_TUPLE || TERN_TUPLE_LEN(t) > arg)
                return "keyword names are not a tuple of str";
            for (k = 0; k < TERN_TUPLE_LEN(t); k++) {
                tern_val s = TERN_TUPLE_ITEMS(t)[k];
                if (!TERN_IS_OBJ(s) || TERN_KIND_OF(s) != TERN_K_STR)
                    return "keyword names are not a tuple of str";
            }
            break;
        }
        case TERN_BC_YIELD_VALUE: case TERN_BC_YIELD_FROM:
            /* only a generator's or coroutine's frame can be suspended */
            if (!(lim->flags & (TERN_CO_GENERATOR | TERN_CO_COROUTINE | TERN_CO_ASYNCGEN)))
                return "yield outside a generator or coroutine";
            break;
        case TERN_BC_BINARY_OP:
            if ((arg & ~(unsigned)(TERN_OP_INPLACE | TERN_OP_TO_NAME)) >= TERN_OP__COUNT)
                return "operand out of range";
            break;
        case TERN_BC_MAKE_FUNCTION: {
            tern_val code;
            const tern_code *c;
            if (prev == (size_t)-1 || p[prev] != TERN_BC_LOAD_CONST)
                return "MAKE_FUNCTION without the LOAD_CONST of its code";
            code = TERN_TUPLE_ITEMS(lim->consts)[arg_at(p, prev)];
            if (!TERN_IS_OBJ(code) || TERN_KIND_OF(code) != TERN_K_CODE)
                return "MAKE_FUNCTION of a constant that is not code";
            c = TERN_AS(tern_code, code);
            if (((arg & 8) != 0) != (c->nfree != 0))
                return "closure does not match the free variables";
            if (c->nfree && (prev2 == (size_t)-1 || p[prev2] != TERN_BC_BUILD_TUPLE ||
                             arg_at(p, prev2) != c->nfree || !tuple2))
                return "closure does not match the free variables";
            break;
        }
        default:
            break;
        }
        limit = arg_limit(op);
        if (limit >= 0 && (long)arg > limit)
            return "operand out of range";
        tuple2 = tuple1;
        tuple1 = op == TERN_BC_BUILD_TUPLE && closures >= arg;
        closures = op == TERN_BC_LOAD_CLOSURE ? closures + 1 : 0;
        prev2 = prev;
        prev = at;
    }
    if (falls_through(p[last]))
        return "bytecode runs off its end";

    /* ---- operands that need the whole picture ---- */
    for (at = 0; at < n; at += p[at] >= TERN_BC_HAVE_ARG ? 3 : 1) {
        unsigned op = p[at], arg = op >= TERN_BC_HAVE_ARG ? arg_at(p, at) : 0;
        if (is_jump(op) && (arg >= n || !BIT(starts, arg)))
            return "jump target not on an instruction";
        if (uses_cell(op) && !BIT(cells, arg))
            return "cell operation on a slot that is not a cell";
        if ((op == TERN_BC_STORE_FAST || op == TERN_BC_DELETE_FAST) && BIT(cells, arg))
            return "STORE_FAST or DELETE_FAST on a cell";
    }
    for (i = 0; i < nex; i++) {
        const tern_exc_entry *e = &ex[i];
        if (e->start >= e->end || e->end > n || e->target >= n || !BIT(starts, e->start) ||
            !BIT(starts, e->target) || (size_t)e->depth + 1 >= lim->stacksize)
            return "exception table entry out of range";
    }

    /* ---- stack depths along every path ---- */
#define REACH(to, d) do { \
        size_t to_ = (to); \
        long d_ = (d); \
        if (d_ < 0 || (size_t)d_ >= lim->stacksize) \
            return "stack depth out of bounds"; \
        if (depth_at[to_] == UNKNOWN) { \
            depth_at[to_] = (uint16_t)d_; \
            work[nwork++] = (uint16_t)to_; \
        } else if (depth_at[to_] != (uint16_t)d_) { \
            return "stack depths differ where paths meet"; \
        } \
    } while (0)
    REACH(0, 0);
    while (nwork) {
        size_t pc = work[--nwork], next;
        unsigned op = p[pc], arg = op >= TERN_BC_HAVE_ARG ? arg_at(p, pc) : 0;
        long d = depth_at[pc];
        int pops, pushes, need;
        next = pc + (op >= TERN_BC_HAVE_ARG ? 3 : 1);
        if (!stack_use(op, arg, &pops, &pushes, &need))
            return "operand out of range";
        if (d < need)
            return "stack underflow";
        /* an exception here goes to the handler of the entry covering it */
        for (i = 0; i < nex; i++)
            if (pc >= ex[i].start && pc < ex[i].end) {
                if (d < ex[i].depth)
                    return "stack below its handler's depth";
                REACH(ex[i].target, (long)ex[i].depth + 1);
                break;
            }
        switch (op) {
        case TERN_BC_JUMP:
            REACH(arg, d);
            break;
        case TERN_BC_POP_JUMP_IF_FALSE: case TERN_BC_POP_JUMP_IF_TRUE: case TERN_BC_FOR_ITER:
            REACH(arg, d - 1);
            break;
        case TERN_BC_JUMP_IF_FALSE_OR_POP: case TERN_BC_JUMP_IF_TRUE_OR_POP:
            REACH(arg, d);
            break;
        default:
            break;
        }
        if (falls_through(op)) {
            if (next >= n)
                return "bytecode runs off its end";
            REACH(next, d - pops + pushes);
        }
    }
#undef REACH
    return NULL;
}
