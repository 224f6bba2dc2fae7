# traceback: formatting and printing exceptions as the interpreter does.
# The text comes from the core (_tern.format_exception), so it is the same
# as an uncaught exception's; the list forms split it into CPython's items
# (one string per traceback entry, one per line of the exception).
import sys
from _tern import format_exception as _format

_SENTINEL = object()


def _exc_of(exc, value):
    # format_exception(exc) (3.10+) or format_exception(etype, value, tb)
    if value is not _SENTINEL:
        return value
    if isinstance(exc, type):
        return None
    return exc


def _split(text):
    # the whole text -> CPython's list items: the header line, one item per
    # "  File" entry (with its source line), one per other line
    # and the "The above exception..." paragraph between chained ones
    out = []
    for line in text.splitlines(True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        elif out and out[-1].startswith('\n') and out[-1].count('\n') < 3:
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    if tb is not _SENTINEL and tb is not e.__traceback__:
        # an explicit tb (None: no traceback) replaces the exception's own
        own = e.__traceback__
        e.__traceback__ = tb
        try:
            return format_exception(e, limit=limit, chain=chain)
        finally:
            e.__traceback__ = own
    if not chain:
        cause, context = e.__cause__, e.__context__
        e.__cause__ = None
        e.__context__ = None
        try:
            return _split(_format(e))
        finally:
            e.__cause__ = cause
            e.__context__ = context
    return _split(_format(e))


def format_exception_only(exc, value=_SENTINEL):
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    items = _split(_format(e))
    # the last exception of the chain: after its last traceback entry
    i = len(items)
    while i > 0 and not items[i - 1].startswith(('  File ', 'Traceback ')):
        i -= 1
    return items[i:]


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exception(exc, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    if tb is None:
        return []
    e = Exception()
    e.__traceback__ = tb
    items = _split(_format(e))
    return [x for x in items if x.startswith('  File ')][:limit]


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def print_last(limit=None, file=None, chain=True):
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
