# _asyncgen: the awaitables returned by an async generator's __anext__,
# asend, athrow and aclose (gen.c makes them). The body runs in C
# (_tern.agen_step); a step object sorts what the body hands back: a value
# it yielded completes the awaitable (StopIteration carrying the value),
# anything else comes from an await inside the body and passes through to
# whoever drives the awaitable (the event loop).
from _tern import agen_step

# the generators started and not finished, by id: asyncio.run closes them
# at its end (CPython does it when they are collected; Tern has no
# finalizers)
_live = {}


class _Step:
    __slots__ = ('_ag', '_value', '_exc', '_closing', '_state')

    def __init__(self, ag, value, exc, closing):
        self._ag = ag
        self._value = value
        self._exc = exc
        self._closing = closing
        self._state = 0         # 0 not started, 1 running, 2 done

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _check(self):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited aclose()/athrow()'
                               if self._closing or self._exc is not None
                               else 'cannot reuse already awaited __anext__()/asend()')

    def send(self, value):
        self._check()
        if self._state == 0:
            self._state = 1
            if self._exc is not None and value is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            return self._step(self._value if value is None else value, self._exc)
        return self._step(value, None)

    def throw(self, typ, val=None, tb=None):
        self._check()
        if isinstance(typ, BaseException):
            exc = typ
        elif val is None:
            exc = typ()
        elif isinstance(val, BaseException):
            exc = val
        else:
            exc = typ(val)
        self._state = 1
        return self._step(None, exc)

    def close(self):
        self._state = 2

    def _step(self, value, exc):
        ag = self._ag
        _live[id(ag)] = ag
        kind = 2
        try:
            kind, r = agen_step(ag, value, exc)
        except (GeneratorExit, StopAsyncIteration):
            self._state = 2
            if self._closing:
                raise StopIteration
            raise
        except BaseException:
            self._state = 2
            raise
        finally:
            if kind == 2:
                _live.pop(id(ag), None)
        if kind == 1:
            return r
        if kind == 0 and self._closing:
            self._state = 2
            raise RuntimeError('async generator ignored GeneratorExit')
        self._state = 2
        if kind == 0:
            raise StopIteration(r)
        if self._closing:
            raise StopIteration
        raise StopAsyncIteration
