/* SPDX-License-Identifier: MIT */
/*
 * opcodes.h — Tern's bytecode, as X-macro lists.
 *
 * Encoding: one opcode byte; opcodes from TERN_BC_HAVE_ARG on (named TERN_BC_<NAME> in C) are followed
 * by a 16-bit little-endian argument (so an instruction is 1 or 3 bytes).
 * Jump targets are absolute byte offsets in the code object's bytecode.
 *
 * Stack effects are written [before] -> [after], top of stack rightmost.
 * "locals[i]" is slot i of the frame (parameters first, then other locals,
 * then the free variables copied from the closure). "names[i]" and
 * "consts[i]" index the code object's tuples.
 *
 * Exceptions: there are no block-setup opcodes. The compiler writes an
 * exception table (tern_exc_entry in object.h) mapping bytecode ranges to
 * handlers; when an instruction raises, the VM cuts the stack to the
 * entry's depth, pushes the exception and jumps to the handler. Handler
 * code then uses PUSH_EXC_INFO / CHECK_EXC_MATCH / POP_EXCEPT / RERAISE.
 * `return`, `break` and `continue` out of try/with/for blocks are compiled
 * as explicit unwinding code (inlined finally bodies, POP_EXCEPT, popping
 * iterators, calling __exit__).
 *
 * Include after defining TERN_OP0(name) (no argument) and
 * TERN_OP1(name) (with argument). Not include-guarded.
 */

/* ---- without argument ---- */
TERN_OP0(NOP)
TERN_OP0(POP_TOP)           /* [a] -> [] */
TERN_OP0(ROT_TWO)           /* [a b] -> [b a] */
TERN_OP0(ROT_THREE)         /* [a b c] -> [c a b] */
TERN_OP0(ROT_FOUR)          /* [a b c d] -> [d a b c] */
TERN_OP0(DUP_TOP)           /* [a] -> [a a] */
TERN_OP0(DUP_TOP_TWO)       /* [a b] -> [a b a b] */
TERN_OP0(BINARY_SUBSCR)     /* [obj key] -> [obj[key]] */
TERN_OP0(STORE_SUBSCR)      /* [v obj key] -> [] ; obj[key] = v */
TERN_OP0(DELETE_SUBSCR)     /* [obj key] -> [] */
TERN_OP0(GET_ITER)          /* [x] -> [iter(x)] */
TERN_OP0(RETURN_VALUE)      /* [v] -> return v from the frame */
TERN_OP0(LOAD_BUILD_CLASS)  /* [] -> [builtins.__build_class__] */
TERN_OP0(PRINT_EXPR)        /* [v] -> [] ; REPL echo: print repr(v) unless None, set builtins._ */
TERN_OP0(LOAD_ASSERTION_ERROR) /* [] -> [AssertionError] */
TERN_OP0(LIST_TO_TUPLE)     /* [list] -> [tuple(list)] */
TERN_OP0(PUSH_EXC_INFO)     /* [exc] -> [prev exc] ; prev = vm->handled, vm->handled = exc */
TERN_OP0(POP_EXCEPT)        /* [prev] -> [] ; vm->handled = prev */
TERN_OP0(CHECK_EXC_MATCH)   /* [exc type] -> [exc bool] ; type: class or tuple of classes */
TERN_OP0(RERAISE)           /* [exc] -> raise exc again, keeping its traceback */
TERN_OP0(BEFORE_WITH)       /* [mgr] -> [exit enter_result] ; exit = bound mgr.__exit__ */
TERN_OP0(WITH_EXCEPT_START) /* [exit prev exc] -> [exit prev exc res] ; res = exit(type(exc), exc, tb) */
TERN_OP0(IMPORT_STAR)       /* [module] -> [] ; copy public names into locals/globals */
TERN_OP0(YIELD_VALUE)       /* [v] -> [sent] ; suspend the generator yielding v */
TERN_OP0(GET_YIELD_FROM_ITER) /* [x] -> [iter(x)] (or x itself if a generator/coroutine) */
TERN_OP0(YIELD_FROM)        /* [iter v] -> [result] ; send v to iter (None: next); while it
                               yields, suspend yielding its value and re-run this
                               instruction with the sent value; when it stops, its return
                               value is the result */
TERN_OP0(GET_AWAITABLE)     /* [x] -> [awaitable iterator of x] */
TERN_OP0(GET_AITER)         /* [x] -> [x.__aiter__()] */
TERN_OP0(GET_ANEXT)         /* [ait] -> [ait awaitable(ait.__anext__())] */
TERN_OP0(END_ASYNC_FOR)     /* [ait exc] -> [] if exc is StopAsyncIteration, else re-raise */
TERN_OP0(BEFORE_ASYNC_WITH) /* [mgr] -> [aexit awaitable(mgr.__aenter__())] */
/* the match statement (compile_match.c, match.c) */
TERN_OP0(GET_LEN)           /* [x] -> [x len(x)] */
TERN_OP0(MATCH_KEYS)        /* [map keys] -> [map keys values] ; values: tuple of map[key] for the
                               keys tuple, or None if a key is missing */
TERN_OP0(COPY_DICT_WITHOUT_KEYS) /* [map keys] -> [rest] ; rest: dict of map without keys */

/* ---- with a 16-bit argument (TERN_BC_HAVE_ARG and up) ---- */
TERN_OP1(LOAD_CONST)        /* [] -> [consts[arg]] */
TERN_OP1(LOAD_SMALL_INT)    /* [] -> [(int16_t)arg] */
TERN_OP1(LOAD_FAST)         /* [] -> [locals[arg]] ; UnboundLocalError if unset */
TERN_OP1(LOAD_FAST_AUG)     /* LOAD_FAST of a `name += x` target: counts loads of
                               vm->fresh_str (see tern_str_append) */
TERN_OP1(STORE_FAST)        /* [v] -> [] */
TERN_OP1(DELETE_FAST)
TERN_OP1(MAKE_CELL)         /* [] -> [] ; locals[arg] = cell(locals[arg]) (at function start) */
TERN_OP1(LOAD_CLOSURE)      /* [] -> [locals[arg]] (the cell itself) */
TERN_OP1(LOAD_DEREF)        /* [] -> [locals[arg].value] ; NameError if empty */
TERN_OP1(STORE_DEREF)       /* [v] -> [] ; locals[arg].value = v */
TERN_OP1(DELETE_DEREF)
TERN_OP1(LOAD_GLOBAL)       /* [] -> [globals or builtins [names[arg]]] ; NameError */
TERN_OP1(STORE_GLOBAL)
TERN_OP1(DELETE_GLOBAL)
TERN_OP1(LOAD_NAME)         /* [] -> [frame locals dict, globals, builtins [names[arg]]] */
TERN_OP1(STORE_NAME)        /* [v] -> [] ; frame locals dict */
TERN_OP1(DELETE_NAME)
TERN_OP1(LOAD_ATTR)         /* [obj] -> [obj.names[arg]] */
TERN_OP1(STORE_ATTR)        /* [v obj] -> [] ; obj.names[arg] = v */
TERN_OP1(DELETE_ATTR)       /* [obj] -> [] */
TERN_OP1(LOAD_METHOD)       /* [obj] -> [meth obj] if obj.names[arg] is a method found on the
                               type (call with obj as first arg), else [attr NULL] */
TERN_OP1(BINARY_OP)         /* [a b] -> [a op b] ; arg: tern_binop, + TERN_OP_INPLACE for a op= b */
TERN_OP1(UNARY_OP)          /* [a] -> [op a] ; arg: tern_unop (NOT gives a bool) */
TERN_OP1(COMPARE_OP)        /* [a b] -> [a op b] ; arg: tern_cmpop (in, is, ... too) */
TERN_OP1(BUILD_TUPLE)       /* [x1..xn] -> [tuple] */
TERN_OP1(BUILD_LIST)        /* [x1..xn] -> [list] */
TERN_OP1(BUILD_SET)         /* [x1..xn] -> [set] */
TERN_OP1(BUILD_MAP)         /* [k1 v1 .. kn vn] -> [dict] */
TERN_OP1(BUILD_SLICE)       /* [start stop] or [start stop step] (arg 2 or 3) -> [slice] */
TERN_OP1(BUILD_STRING)      /* [s1..sn] -> [s1+..+sn] (all str) */
TERN_OP1(FORMAT_VALUE)      /* [v] or [v spec] -> [str] ; arg&3: 0 none, 1 str, 2 repr, 3 ascii;
                               arg&4: a spec str is on top */
TERN_OP1(LIST_APPEND)       /* [.. list .. v] -> [.. list ..] ; list is at stack[-arg] after popping v */
TERN_OP1(SET_ADD)           /* as LIST_APPEND */
TERN_OP1(MAP_ADD)           /* [.. dict .. k v] -> [.. dict ..] ; dict at stack[-arg] after popping k v */
TERN_OP1(LIST_EXTEND)       /* [.. list .. it] -> [.. list ..] ; list at stack[-arg] after popping */
TERN_OP1(SET_UPDATE)        /* as LIST_EXTEND */
TERN_OP1(DICT_UPDATE)       /* [.. dict .. m] -> [.. dict ..] ; {**m} */
TERN_OP1(DICT_MERGE)        /* as DICT_UPDATE, TypeError on a repeated key (f(**a, **b)) */
TERN_OP1(UNPACK_SEQUENCE)   /* [seq] -> [x_n .. x_1] (x_1 on top) ; ValueError on wrong length */
TERN_OP1(UNPACK_EX)         /* arg = before | after << 8: [seq] -> [after items.. list before items..]
                               reversed like UNPACK_SEQUENCE: first item on top */
TERN_OP1(JUMP)              /* ip = arg */
TERN_OP1(POP_JUMP_IF_FALSE) /* [v] -> [] ; jump if not v */
TERN_OP1(POP_JUMP_IF_TRUE)
TERN_OP1(JUMP_IF_FALSE_OR_POP) /* [v] -> [v] and jump if not v, else [] */
TERN_OP1(JUMP_IF_TRUE_OR_POP)
TERN_OP1(FOR_ITER)          /* [it] -> [it next] ; at the end: [] and jump to arg */
TERN_OP1(CALL_FUNCTION)     /* [f a1..an] -> [f(a1..an)] ; arg = n */
TERN_OP1(CALL_FUNCTION_KW)  /* [f a1..an kwnames] -> [result] ; arg = n, counting the keyword
                               values; the last len(kwnames) of them are keywords */
TERN_OP1(CALL_FUNCTION_EX)  /* [f args] or [f args kwargs] (arg & 1) -> [result] ; args a tuple,
                               kwargs a dict */
TERN_OP1(CALL_METHOD)       /* [m self a1..an] -> [m(self, a1..an)] ; [m NULL a1..an] -> [m(a1..an)] */
TERN_OP1(CALL_METHOD_KW)    /* [m self a1..an kwnames] -> [result], as CALL_FUNCTION_KW */
TERN_OP1(MAKE_FUNCTION)     /* [defaults? kwdefaults? annotations? closure? code] -> [function] ;
                               arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations
                               dict, 8 closure tuple of cells */
TERN_OP1(RAISE_VARARGS)     /* arg 0: re-raise vm->handled; 1: [exc] raise; 2: [exc cause] raise from */
TERN_OP1(IMPORT_NAME)       /* [level fromlist] -> [module] ; names[arg] is the dotted name */
TERN_OP1(IMPORT_FROM)       /* [module] -> [module module.names[arg]] ; ImportError */
TERN_OP1(MATCH_KIND)        /* [x] -> [x bool] ; arg 0: is x a sequence to match, 1: a mapping */
TERN_OP1(MATCH_CLASS)       /* [x cls kwnames] -> [attrs] ; attrs: tuple of the arg positional then
                               the keyword attributes if isinstance(x, cls) and they exist, else None */
