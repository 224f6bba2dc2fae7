# _asyncgen: the awaitables an async generator's __anext__, asend, athrow
# and aclose return (gen.c forwards those methods here). Each drives the
# generator's frame with _tern.agen_step, which tells a value the body
# yielded (the awaitable's result) from one an inner await passes up to the
# event loop.
import _tern

# the generators started and not finished, by id: asyncio.run closes them
# at its end (CPython does it when they are collected; Tern has no
# finalizers)
_live = {}


def _exc(typ, val):
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError('instance exception may not have a separate value')
        return typ
    if isinstance(typ, type) and issubclass(typ, BaseException):
        if val is None:
            return typ()
        return val if isinstance(val, typ) else typ(val)
    raise TypeError('exceptions must be classes or instances deriving from BaseException, not %s'
                    % type(typ).__name__)


class _Op:
    # mode 0: asend(arg); 1: athrow (arg is the exception); 2: aclose()
    __slots__ = ('_gen', '_arg', '_mode', '_state')

    def __init__(self, gen, arg, mode):
        self._gen = gen
        self._arg = arg
        self._mode = mode
        self._state = 0     # 0 not started, 1 running, 2 finished

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _check(self):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()' if self._mode == 0
                               else 'cannot reuse already awaited aclose()/athrow()')

    def send(self, value):
        self._check()
        if self._state == 0:
            self._state = 1
            if self._mode == 0:
                return self._step(self._arg if value is None else value, None)
            if value is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            return self._step(None, self._arg if self._mode == 1 else GeneratorExit())
        return self._step(value, None)

    def throw(self, typ, val=None, tb=None):
        self._check()
        self._state = 1
        return self._step(None, _exc(typ, val))

    def close(self):
        self._state = 2

    def _step(self, value, exc):
        mode = self._mode
        gen = self._gen
        _live[id(gen)] = gen
        kind = 2
        try:
            kind, r = _tern.agen_step(gen, value, exc)
        except StopAsyncIteration as e:
            self._state = 2
            if e is exc and mode:
                raise
            raise RuntimeError('async generator raised StopAsyncIteration') from e
        except GeneratorExit:
            self._state = 2
            if mode == 2:
                raise StopIteration
            raise
        except BaseException:
            self._state = 2
            raise
        finally:
            if kind == 2:
                del _live[id(gen)]
        if kind == 0:
            return r
        self._state = 2
        if kind == 1:
            if mode == 2:
                raise RuntimeError('async generator ignored GeneratorExit')
            raise StopIteration(r)
        if mode == 2:
            raise StopIteration
        raise StopAsyncIteration


def __anext__(gen):
    return _Op(gen, None, 0)


def asend(gen, value):
    return _Op(gen, value, 0)


def athrow(gen, typ, val=None, tb=None):
    return _Op(gen, _exc(typ, val), 1)


def aclose(gen):
    return _Op(gen, None, 2)
