for src in ['try:\n pass\nexcept* ValueError:\n pass\nexcept TypeError:\n pass\n',
            'try:\n pass\nexcept*:\n pass\n',
            'def f():\n try:\n  pass\n except* ValueError:\n  return 1\n',
            'for i in range(3):\n try:\n  pass\n except* ValueError:\n  break\n',
            'for i in range(3):\n try:\n  pass\n except* ValueError:\n  continue\n',
            'try:\n pass\nexcept* ValueError:\n for i in range(2):\n  break\n']:
    try:
        compile(src, '<s>', 'exec'); print('ok')
    except SyntaxError as e: print('SE', e.msg)
def nested():
    try:
        raise ExceptionGroup('o', [ValueError(1), TypeError(2)])
    except* ValueError as e1:
        try:
            raise ExceptionGroup('i', [KeyError(3)])
        except* KeyError as e2:
            print('inner', repr(e2), repr(e1))
        print('after inner', repr(e1))
    except* TypeError as e3:
        print('T', repr(e3))
nested()
def gen():
    try:
        yield 1
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        yield repr(e)
print(list(gen()))
import asyncio
async def am():
    try:
        await asyncio.sleep(0)
        raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print('async', repr(e))
asyncio.run(am())
eg = ExceptionGroup('x', [ValueError()])
eg.add_note('a note')
print(eg.__notes__, eg.split(ValueError)[0].__notes__)
try:
    raise ExceptionGroup('t', [ValueError(1)]) from KeyError('c')
except* ValueError as e:
    print(repr(e.__cause__))
print(isinstance(ExceptionGroup('a', [ValueError()]), ExceptionGroup), BaseExceptionGroup.__name__, ExceptionGroup.__module__)
import builtins
print(hasattr(builtins, 'ExceptionGroup'))
