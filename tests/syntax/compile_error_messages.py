srcs = ['x = ', 'def f(:', 'if x\n  pass', 'for x in : pass', 'x = (1, 2', 'x = [1, 2}', 'print "hi"', 'f(x for x in y, 1)',
        'return 5', 'yield 5', 'break', 'continue', 'def f():\n  nonlocal x', 'del f()', 'f() = 1', '(a, b) += 1',
        'x + 1 = 2', 'None = 1', 'True = 1', 'def f(a, a): pass', 'def f(a=1, b): pass', 'lambda: (yield)', 'class A: return',
        'a = 1 if 2', 'x = *a', '*a = 1', 'a, *b, *c = d', 'f(**a, *b)', 'f(a=1, b)', 'import', 'from x import', 'from . import *',
        "'abc", '"""abc', 'x = 0777', 'x = 1__0', '0b2', 'x = $', 'if True:\npass', '  x = 1', 'if 1:\n  a\n b',
        'def f():\n\treturn 1\n        return 2', 'async def f(): yield from x', 'await x', 'x := 1', '[x := 1 for x in y]',
        'def f(*): pass', 'def f(**k, a): pass', 'match x:\n case 1:\n  pass\n case _:\n  pass\n case 2:\n  pass',
        'try:\n  pass', 'try:\n pass\nexcept:\n pass\nexcept ValueError:\n pass', 'else: pass', 'f(a for a in b for)',
        "f'{'", "f'{}'", "f'{a!z}'", "f'}'", 'a.1', '1 = x', 'x = yield = 1', 'with a as 1: pass', 'assert(x, "m")',
        'print(1 2)', 'x = (1 2)', '[1 2]', '{1: 2 3: 4}', 'a b', 'if x = 1: pass', 'while x = 1: pass', 'x = 1 +', 'def f(x):\n  global x']
for s in srcs:
    try:
        compile(s, '<t>', 'exec')
        print('OK', repr(s))
    except SyntaxError as e:
        print(repr(s), '->', e.msg, e.lineno)
