# _asyncgen: the awaitables returned by an async generator's __anext__,
# asend, athrow and aclose. The body runs in C (_tern.agen_step); a step
# object sorts what the body hands back: a value it yielded completes the
# awaitable (StopIteration carrying the value), anything else comes from an
# await inside the body and passes through to whoever drives the awaitable
# (the event loop).
from _tern import agen_step


class _Step:
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

    def send(self, value):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
        if self._state == 0:
            self._state = 1
            value, exc = self._value, self._exc
            self._value = self._exc = None
            return self._step(value, exc)
        return self._step(value, None)

    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError('cannot reuse already awaited __anext__()/asend()')
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
        try:
            kind, r = agen_step(self._ag, value, exc)
        except (GeneratorExit, StopAsyncIteration):
            self._state = 2
            if self._closing:
                raise StopIteration
            raise
        except BaseException:
            self._state = 2
            raise
        if kind == 1:
            return r
        self._state = 2
        if kind == 0:
            if self._closing:
                raise RuntimeError('async generator ignored GeneratorExit')
            raise StopIteration(r)
        if self._closing:
            raise StopIteration
        raise StopAsyncIteration

