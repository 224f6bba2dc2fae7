# _frame: the frame objects of sys._getframe() and tracebacks' tb_frame.
# Tern's frames are not objects: these are snapshots of (code, line,
# globals) taken when asked for, linked by f_back; f_locals is not kept.
import _tern


class frame:
    def __init__(self, code, lineno, globals, back):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = globals
        self.f_back = back

    @property
    def f_builtins(self):
        import builtins
        return builtins.__dict__

    def __repr__(self):
        return '<frame at 0x%x, file %r, line %d, code %s>' % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


frame.__module__ = 'builtins'


def _getframe(depth=0):
    # caller(1) is the frame that called sys._getframe (this function is 0)
    chain = []
    d = depth + 1
    while True:
        w = _tern.caller(d)
        if w is None:
            break
        chain.append(w)
        d += 1
    if not chain:
        raise ValueError('call stack is not deep enough')
    f = None
    for filename, lineno, globals_, code in reversed(chain):
        f = frame(code, lineno, globals_, f)
    return f
