# asyncio: a single-threaded event loop for coroutines, with CPython's API
# for the common cases (run, tasks, sleep, gather, wait_for, wait, queues,
# locks, events, semaphores). Tasks drive coroutines with send()/throw();
# a coroutine suspends by awaiting a Future, which yields itself to the
# task. Timers sleep through the time module when it is there; without it
# the clock is virtual and jumps straight to the next timer.

try:
    from time import monotonic as _clock, sleep as _sleep
except ImportError:
    _clock = None
    _sleep = None


# A binary heap of timers (kept here so asyncio needs no other module).
def _heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i, n = 0, len(heap)
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[i]:
            heap[i], heap[child] = heap[child], heap[i]
            i = child
        else:
            break
    return top


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_running_loop = None


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        Task._counter += 1
        self._name = name if name is not None else 'Task-%d' % Task._counter
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        return '<Task %s name=%r coro=%r>' % (self._state.lower(), self._name, self._coro)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future) and result._asyncio_future_blocking:
                result._asyncio_future_blocking = False
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError(
                        'Task cannot await on itself: %r' % (self,)))
                else:
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    'Task got bad yield: %r' % (result,)))
        finally:
            _current_task = None

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


_current_task = None


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._timers = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._tasks = []
        self._virtual_now = 0.0
        self._round_now = None

    def time(self):
        # while callbacks run, the time the round started: timers set in one
        # round keep their order however slowly the callbacks run
        if _clock is None:
            return self._virtual_now
        if self._round_now is not None:
            return self._round_now
        return _clock()

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        h = TimerHandle(when, self._seq, callback, args, self)
        _heappush(self._timers, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        self._closed = True

    async def shutdown_asyncgens(self):
        # close the async generators left suspended: CPython finalizes them
        # when they are collected, Tern (no finalizers) when asyncio.run ends
        import sys
        agens = sys.modules.get('_asyncgen')
        if agens is not None and agens._live:
            gens = list(agens._live.values())
            agens._live.clear()
            await gather(*[g.aclose() for g in gens], return_exceptions=True)

    def _run_once(self):
        if self._ready_head >= len(self._ready) and self._timers:
            # nothing to do until the first timer: wait for it
            when = self._timers[0]._when
            if _clock is None:
                if when > self._virtual_now:
                    self._virtual_now = when
            else:
                delay = when - _clock()
                if delay > 0:
                    _sleep(delay)
        now = self.time()
        self._round_now = now if _clock is not None else None
        while self._timers and self._timers[0]._when <= now:
            h = _heappop(self._timers)
            if not h._cancelled:
                self._ready.append(h)
        # run what is ready now; callbacks added meanwhile wait for the next round
        end = len(self._ready)
        try:
            while self._ready_head < end:
                h = self._ready[self._ready_head]
                self._ready_head += 1
                if not h._cancelled:
                    h._run()
        finally:
            self._round_now = None
        if self._ready_head > 64 and self._ready_head * 2 > len(self._ready):
            del self._ready[:self._ready_head]
            self._ready_head = 0

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        old = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not self._stopping:
                self._run_once()
                # nothing ready and no timer: with no I/O to wait for, nothing
                # can ever run again (a callback was lost, e.g. to a
                # MemoryError): stop rather than spin; run_until_complete
                # then reports the future as not done
                if self._ready_head >= len(self._ready) and not self._timers:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)

        def _done(f):
            self.stop()
        future.add_done_callback(_done)
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _pending_tasks(self):
        self._tasks = [t for t in self._tasks if not t.done()]
        return list(self._tasks)


class EventLoop(BaseEventLoop):
    pass


SelectorEventLoop = EventLoop

_default_loop = None


def new_event_loop():
    return EventLoop()


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop._closed:
        _default_loop = new_event_loop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_loop():
    return _running_loop if _running_loop is not None else get_event_loop()


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or (
        hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close'))


def iscoroutinefunction(func):
    try:
        return bool(func.__code__.co_flags & 0x80)
    except AttributeError:
        return False


def isfuture(obj):
    return isinstance(obj, Future)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = _get_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(loop._pending_tasks())


def run(main, *, debug=None):
    global _default_loop
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    old_default = _default_loop
    _default_loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = loop._pending_tasks()
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()
            _default_loop = old_default


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_done, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_result_unless_done(fut, result):
    if not fut.done():
        fut.set_result(result)


class _YieldOnce:
    def __await__(self):
        yield None


def _yield_once():
    return _YieldOnce()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = _get_loop()
    if not aws:
        f = loop.create_future()
        f.set_result([])
        return f
    children = []
    arg_to_fut = {}
    for a in aws:
        if isinstance(a, Future):
            fut = a
        elif id(a) in arg_to_fut:
            fut = arg_to_fut[id(a)]
        else:
            fut = ensure_future(a, loop=loop)
            arg_to_fut[id(a)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = [0]
    n = len(children)

    def _done(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == n:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen = set()
    for fut in children:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(_done)
        else:
            fut.add_done_callback(_done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_result_unless_done, waiter, None)

    def _on_done(f):
        _set_result_unless_done(waiter, None)
    fut.add_done_callback(_on_done)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(_on_done)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(_on_done)
        fut.cancel()
        # let the cancellation reach the task before reporting the timeout
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    finally:
        h.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = set(ensure_future(f, loop=loop) for f in fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = loop.create_future()
    h = None
    if timeout is not None:
        h = loop.call_later(timeout, _set_result_unless_done, waiter, None)
    counter = [len(fs)]

    def _on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _set_result_unless_done(waiter, None)
    for f in fs:
        f.add_done_callback(_on_done)
    try:
        if not any(f.done() for f in fs) or return_when == ALL_COMPLETED:
            if not all(f.done() for f in fs):
                await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(_on_done)
    done = set(f for f in fs if f.done())
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = _get_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    done = []
    waiters = []

    def _on_done(f):
        if f in todo:
            todo.remove(f)
        done.append(f)
        if waiters:
            w = waiters.pop(0)
            _set_result_unless_done(w, None)
    for f in todo:
        f.add_done_callback(_on_done)

    async def _wait_one():
        if not done:
            w = get_running_loop().create_future()
            waiters.append(w)
            await w
        return done.pop(0).result()
    for _ in range(len(todo)):
        yield _wait_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())
    inner.add_done_callback(_inner_done)
    return outer


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = _get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = _get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = []

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        self._lock.release()
        try:
            fut = _get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            await self._lock.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = _get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = _get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class _Timeout:
    def __init__(self, when):
        self._when = when
        self._task = None
        self._handle = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            raise TimeoutError() from exc
        return None


def timeout(delay):
    loop = get_running_loop()
    return _Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return _Timeout(when)


async def to_thread(func, *args, **kwargs):
    return func(*args, **kwargs)


class TaskGroup:
    # Structured concurrency (3.11): the tasks created in the group are
    # awaited when the `async with` block ends; the first failure cancels
    # the others (and the block's own task if it is still in the body), and
    # the failures are raised together in a BaseExceptionGroup.
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._done_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and not isinstance(exc, CancelledError):
            if not self._aborting:
                self._abort()
        if isinstance(exc, CancelledError):
            if self._parent_cancel_requested:
                # our own cancellation of the body: not the caller's
                exc = None
            else:
                propagate_cancel = exc
        while self._tasks:
            self._done_fut = Future()
            try:
                await self._done_fut
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
            self._done_fut = None
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = create_task(coro, name=name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.remove(task)
        if self._done_fut is not None and not self._tasks and not self._done_fut.done():
            self._done_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._exiting and not self._parent_task.done():
                self._parent_cancel_requested = True
                self._parent_task.cancel()
