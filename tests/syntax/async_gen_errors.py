# compile-time errors of async generators, as CPython 3.11
cases = [
    'async def f():\n    yield 1\n    return 2',
    'async def f():\n    if x:\n        return None\n    yield 1',
    'async def f():\n    return 3\n    yield',
    'async def f():\n    yield from g()',
    'async def f():\n    yield 1\n    return',
]
for src in cases:
    try:
        compile(src, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
