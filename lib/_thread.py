# _thread: the low-level thread API over threading's one-thread model: a new
# thread runs its function to completion when it is started (see
# threading.py), so a program that starts threads and then waits for them
# to finish sees them finished.
import threading as _t

error = RuntimeError
LockType = _t.Lock
TIMEOUT_MAX = _t.TIMEOUT_MAX


def allocate_lock():
    return _t.Lock()


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    th = _t.Thread(target=function, args=args, kwargs=kwargs)
    th.start()
    return th.ident


start_new = start_new_thread
allocate = allocate_lock


def get_ident():
    return _t.get_ident()


get_native_id = get_ident


def exit():
    raise SystemExit


def stack_size(size=0):
    return _t.stack_size(size)


def interrupt_main(signum=2):
    raise KeyboardInterrupt
