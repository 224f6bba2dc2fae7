# _excgroup: BaseExceptionGroup and ExceptionGroup (the builtins load this
# module on first use of either name) and the helpers the compiler calls
# for `try: ... except* T: ...` (compile_stmt.c).


def _matcher(cond):
    # split()/subgroup() take an exception type, a tuple of them or a predicate
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError('expected an exception type, a tuple of exception types, or a callable (other than a class)')


def _copy_meta(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    notes = getattr(src, '__notes__', None)
    if notes is not None:
        dst.__notes__ = notes


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'

    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError('BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)' % (2 + len(rest)))
        if not isinstance(message, str):
            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, not %s' % type(message).__name__)
        if isinstance(exceptions, (str, bytes, dict, set, frozenset)) or not hasattr(exceptions, '__getitem__'):
            raise TypeError('second argument (exceptions) must be a sequence')
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError('Item %d of second argument (exceptions) is not an exception' % i)
        all_exc = all(isinstance(e, Exception) for e in exceptions)
        if cls is BaseExceptionGroup:
            if all_exc:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exc:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, message, exceptions, *rest):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return '%s (%d sub-exception%s)' % (self._message, n, '' if n == 1 else 's')

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_from(self, excs):
        g = self.derive(excs)
        _copy_meta(self, g)
        return g

    def _split(self, match):
        # (matching part or None, rest or None), keeping the nesting
        if match(self):
            return self, None
        yes, no = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                a, b = e._split(match)
                if a is not None:
                    yes.append(a)
                if b is not None:
                    no.append(b)
            elif match(e):
                yes.append(e)
            else:
                no.append(e)
        a = self._derive_from(yes) if yes else None
        b = self._derive_from(no) if no else None
        return a, b

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'


# except* support. The state of one try statement is a list:
# [unhandled part (group or None), the group being split (the exception
#  or, for a naked exception, a new group holding it), the naked exception
#  or None, has a handler matched?, then one (exception, re-raised?) record per exception that
#  left a handler (appended by the compiled code)]

def _start(exc):
    if isinstance(exc, BaseExceptionGroup):
        return [exc, exc, None, False]
    g = BaseExceptionGroup('', (exc,))
    g.__traceback__ = exc.__traceback__
    return [g, g, exc, False]


def _match(st, tp):
    types = tp if isinstance(tp, tuple) else (tp,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
    rest = st[0]
    if rest is None:
        return None
    m, st[0] = rest.split(tp)
    if m is None:
        st[0] = rest
        return None
    st[3] = True
    if st[2] is not None:
        # a naked exception: the handler sees the group holding it
        m = st[1]
    return m


def _record(matched, exc):
    # an exception left a handler: a bare `raise` re-raises the matched part
    return (exc, exc is matched)


def _leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaves(x, out)
    else:
        out.add(id(e))


def _finish(st):
    # the exception to raise at the end of the statement, or None
    group = st[1]
    reraised = [e for e, again in st[4:] if again]
    new = [e for e, again in st[4:] if not again]
    if not new and not reraised:
        if st[0] is None:
            return None
        if not st[3]:
            return group if st[2] is None else st[2]
    keep = set()
    if st[0] is not None:
        _leaves(st[0], keep)
    for e in reraised:
        _leaves(e, keep)
    rest = None
    if keep:
        if st[2] is not None:
            rest = group
        else:
            rest = group._split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in keep)[0]
    if not new:
        return rest
    if rest is not None:
        new.append(rest)
    return BaseExceptionGroup('', new)
