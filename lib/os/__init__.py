# os: the portable part of the os module. Paths (os.path), environment
# lookups, remove/rename and the constants need only ISO C; directories and
# stat go through the embedder's file-system hooks (tern_config.fs), and
# raise OSError(ENOSYS) without them. Process control is not available.
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


def _path(p, fn, none_ok=False):
    if none_ok and p is None:
        return '.'
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('%s: path should be string, bytes, os.PathLike%s, not %s'
                        % (fn, ', integer or None' if none_ok else ' or integer', type(p).__name__))
    return _path(f(p), fn)


def getcwd():
    return _tern.getcwd()


def getcwdb():
    return _tern.getcwd().encode()


def chdir(path):
    _tern.chdir(_path(path, 'chdir'))


def listdir(path=None):
    names = _tern.listdir(_path(path, 'listdir', True))
    if isinstance(path, bytes):
        return [n.encode() for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _tern.mkdir(_path(path, 'mkdir'), mode)


def rmdir(path, *, dir_fd=None):
    _tern.rmdir(_path(path, 'rmdir'))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result(tuple):
    # the ten sequence fields, with the times as ints; the attributes hold
    # the float times
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:7] + tuple(int(t) for t in seq[7:10]))
        self._times = tuple(float(t) for t in seq[7:10])
        return self

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % nv for nv in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: round(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: round(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: round(self._times[2] * 1e9))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_tern.stat(_path(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_tern.stat(_path(path, 'lstat'), False))


class DirEntry:
    def __init__(self, dir, name):
        self.name = name
        self.path = path.join(dir, name)
        self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        return path.islink(self.path)

    def inode(self):
        return self.stat().st_ino


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path=None):
    return _ScandirIterator(_path(path, 'scandir', True))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    nondirs = []
    for e in entries:
        (dirs if e.is_dir() else nondirs).append(e.name)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new = path.join(top, d)
        if followlinks or not path.islink(new):
            yield from walk(new, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def _unsupported(what):
    def f(*args, **kwargs):
        raise OSError(38, 'Function not implemented: os.%s is not available in Tern' % what)
    f.__name__ = what
    return f


for _n in ('system', 'getpid', 'kill', 'urandom', 'chmod', 'utime'):
    globals()[_n] = _unsupported(_n)
del _n


def cpu_count():
    return None


def get_terminal_size(fd=1):
    return (80, 24)
