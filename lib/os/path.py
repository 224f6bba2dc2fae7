# os.path for POSIX paths: pure string functions, plus the file tests
# (exists, isdir, getsize...) through _tern.stat, or by opening the file
# when the embedder gave no file-system hooks.
import _tern

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
supports_unicode_filenames = False


def _fs(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return f(p)


def isabs(s):
    return _fs(s).startswith('/')


def join(a, *p):
    path = _fs(a)
    for b in map(_fs, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return _fs(p)[:0], _fs(p)


def basename(p):
    p = _fs(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fs(path)
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        try:
            cwd = _tern.getcwd()
        except OSError:
            cwd = _tern.getenv('PWD') or '/'
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    path = abspath(path)
    start = abspath(start if start is not None else '.')
    sl = [x for x in start.split('/') if x]
    pl = [x for x in path.split('/') if x]
    i = 0
    while i < min(len(sl), len(pl)) and sl[i] == pl[i]:
        i += 1
    rel = ['..'] * (len(sl) - i) + pl[i:]
    return join(*rel) if rel else '.'


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [[c for c in _fs(p).split('/') if c and c != '.'] for p in paths]
    isabs_ = {_fs(p).startswith('/') for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs_.pop() else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fs(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _tern.getenv('HOME')
        if home is None:
            return path
        return (home.rstrip('/') or '/') + path[i:]
    return path


def expandvars(path):
    path = _fs(path)
    out = []
    i = 0
    while i < len(path):
        if path[i] == '$':
            j = i + 1
            if j < len(path) and path[j] == '{':
                k = path.find('}', j)
                if k > 0:
                    v = _tern.getenv(path[j + 1:k])
                    out.append(v if v is not None else path[i:k + 1])
                    i = k + 1
                    continue
            k = j
            while k < len(path) and (path[k].isalnum() or path[k] == '_'):
                k += 1
            if k > j:
                v = _tern.getenv(path[j:k])
                out.append(v if v is not None else path[i:k])
                i = k
                continue
        out.append(path[i])
        i += 1
    return ''.join(out)


def _stat(path, follow=True):
    # (mode, ..., size, atime, mtime, ctime), or None if the path is not there;
    # a VM without file-system hooks (ENOSYS) probes by opening instead
    try:
        return _tern.stat(_fs(path), follow)
    except OSError as e:
        if e.errno != 38:
            return None
    except (ValueError, TypeError):
        return None
    try:
        h = _tern.fopen(_fs(path), 'rb')
    except (OSError, ValueError, TypeError):
        return None
    try:
        # a directory opens for reading on POSIX but reading it fails
        try:
            _tern.fread(h, 1)
            mode = 0o100644
        except OSError:
            mode = 0o040755
        return (mode, 0, 0, 1, 0, 0, _tern.fseek(h, 0, 2), 0.0, 0.0, 0.0)
    finally:
        _tern.fclose(h)


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & 0o170000 == 0o100000


def isdir(path):
    st = _stat(path)
    return st is not None and st[0] & 0o170000 == 0o040000


def islink(path):
    st = _stat(path, False)
    return st is not None and st[0] & 0o170000 == 0o120000


def _field(path, i):
    st = _stat(path)
    if st is None:
        # the error CPython gives (FileNotFoundError...)
        _tern.stat(_fs(path), True)
    return st[i]


def getsize(filename):
    return _field(filename, 6)


def getatime(filename):
    return _field(filename, 7)


def getmtime(filename):
    return _field(filename, 8)


def getctime(filename):
    return _field(filename, 9)


def ismount(path):
    return normpath(_fs(path)) == '/'
