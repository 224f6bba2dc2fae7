srcs = [
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "[x async for x in y]\n",
    "def f():\n    return {x: 1 async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [[await z for z in x] for x in y]\n",
    "async def f():\n    return [x for x in await y]\n",
    "def f():\n    return [x for x in (await y)]\n",
    "async def f():\n    yield 1\n    await g()\n",
    "async def f():\n    yield from g()\n",
]
for s in srcs:
    try:
        compile(s, 'src', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
