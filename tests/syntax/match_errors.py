import sys
srcs = [
 "match x:\n    case 1:\n        pass\n    case y:\n        pass\n",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case a as _:\n        pass\n",
 "match x:\n    case [*a, *b]:\n        pass\n",
 "match x:\n    case f'x':\n        pass\n",
 "match x:\n    case Point(x=1, 2):\n        pass\n",
 "match x:\npass\n",
 "match x:\n    case 1:\n    pass\n",
 "match x:\n    case {1+1: y}:\n        pass\n",
 "match x:\n    case a | b:\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
