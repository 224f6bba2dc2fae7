# threading: the threading API for a VM that runs one thread. start() runs
# the thread's target to completion at once, so programs that start
# threads and join them print what they would print with the threads run
# one after another. Anything that would have to wait for another thread
# (acquiring a held lock, waiting for an event nobody set) raises
# RuntimeError instead of hanging. Embedders get real parallelism from
# several VMs, one per OS thread.

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'local',
           'settrace', 'setprofile', 'stack_size', 'excepthook', 'TIMEOUT_MAX']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_counter = 0
_running = []


def _new_name(target=None):
    global _counter
    _counter += 1
    if target is not None and hasattr(target, '__name__'):
        return 'Thread-%d (%s)' % (_counter, target.__name__)
    return 'Thread-%d' % _counter


def _would_block(what):
    raise RuntimeError('%s would block forever: Tern runs one thread per VM' % what)


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if blocking and timeout < 0:
                _would_block('acquiring a held lock')
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s object>' % ('locked' if self._locked else 'unlocked', type(self).__name__)


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count <= 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is None:
            _would_block('Condition.wait()')
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result and timeout is None:
            _would_block('Condition.wait_for()')
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            if blocking and timeout is None:
                _would_block('acquiring a semaphore')
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag and timeout is None:
            _would_block('Event.wait()')
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def wait(self, timeout=None):
        if self.parties > 1:
            _would_block('Barrier.wait()')
        return 0

    def reset(self):
        self.broken = False

    def abort(self):
        self.broken = True


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self._daemonic = bool(daemon) if daemon is not None else False
        self._started = False
        self._alive = False
        self._ident = None

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._alive = True
        self._ident = id(self)
        _running.append(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            excepthook(_ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _running.pop()
            self._alive = False

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return self._alive

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = bool(daemonic)

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self._daemonic = bool(daemonic)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def __repr__(self):
        status = 'started' if self._alive else ('stopped' if self._started else 'initial')
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread')
        self._started = True
        self._alive = True
        self._ident = 1


_main = _MainThread()


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        if not self._cancelled:
            try:
                from time import sleep
                sleep(self.interval)
            except ImportError:
                pass
            self.function(*self.args, **self.kwargs)


class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import sys
    from traceback import format_exception
    sys.stderr.write('Exception in thread %s:\n' % args.thread.name)
    sys.stderr.write(''.join(format_exception(args.exc_value)))


def current_thread():
    return _running[-1] if _running else _main


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


get_native_id = get_ident


def active_count():
    return 1 + len(_running)


activeCount = active_count


def enumerate():
    return [_main] + list(_running)


class local:
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0
