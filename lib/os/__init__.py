# os: the portable part of the os module. Tern's core sees no operating
# system beyond ISO C, so this offers paths (os.path), environment lookups,
# remove/rename and the constants; directory listing and process control
# are not available and raise OSError.
import _tern
from os import path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


class _Environ(dict):
    # lookups go to the process environment; assignments stay in this VM
    def __missing__(self, key):
        v = _tern.getenv(key) if isinstance(key, str) else None
        if v is None:
            raise KeyError(key)
        return v

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return dict.__contains__(self, key) or (isinstance(key, str) and _tern.getenv(key) is not None)

    def copy(self):
        return dict(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return f(p)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


def remove(path):
    _tern.remove(fspath(path))


unlink = remove


def rename(src, dst):
    _tern.rename(fspath(src), fspath(dst))


replace = rename


def _unsupported(what):
    def f(*args, **kwargs):
        raise OSError(38, 'Function not implemented: os.%s is not available in Tern' % what)
    f.__name__ = what
    return f


for _n in ('getcwd', 'listdir', 'mkdir', 'makedirs', 'rmdir', 'removedirs', 'chdir', 'stat',
           'scandir', 'walk', 'system', 'getpid', 'kill', 'urandom', 'chmod', 'utime'):
    globals()[_n] = _unsupported(_n)
del _n


def cpu_count():
    return None


def get_terminal_size(fd=1):
    return (80, 24)
