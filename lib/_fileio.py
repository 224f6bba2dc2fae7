# open() and the file objects it returns: binary files over _tern's stdio
# handles, and text files that decode UTF-8 and translate newlines on top.
import _tern
from io import IOBase as _IOBase

_MODES = set('rwaxb+t')


class _FileBase(_IOBase):
    # iteration, with, readlines and writelines come from io.IOBase
    def __init__(self, name, mode, handle):
        self.name = name
        self.mode = mode
        self._h = handle
        self.closed = False

    def _check(self):
        self._check_closed()

    def _check_readable(self):
        self._check()
        if not self._readable:
            import io
            raise io.UnsupportedOperation('not readable')

    def _check_writable(self):
        self._check()
        if not self._writable:
            import io
            raise io.UnsupportedOperation('not writable')

    def close(self):
        if not self.closed:
            self.closed = True
            _tern.fclose(self._h)

    def flush(self):
        self._check()
        _tern.fflush(self._h)

    def seek(self, offset, whence=0):
        self._check()
        return _tern.fseek(self._h, offset, whence)

    def tell(self):
        self._check()
        return _tern.ftell(self._h)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        self._check()
        raise OSError('fileno() is not available in Tern')


class BufferedFile(_FileBase):
    def read(self, size=-1):
        self._check_readable()
        return _tern.fread(self._h, -1 if size is None else size)

    def readline(self, size=-1):
        self._check_readable()
        return _tern.freadline(self._h)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _tern.fwrite(self._h, bytes(b))

    def __repr__(self):
        return "<_io.BufferedReader name=%r>" % (self.name,) if not self._writable else \
            "<_io.BufferedWriter name=%r>" % (self.name,)


class TextFile(_FileBase):
    def __init__(self, name, mode, handle, encoding, errors, newline):
        _FileBase.__init__(self, name, mode, handle)
        self.encoding = encoding or 'UTF-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._pending = ''

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            text = self._pending + self._decode(_tern.fread(self._h, -1))
            self._pending = ''
            return text
        while len(self._pending) < size:
            chunk = _tern.fread(self._h, size)
            if not chunk:
                break
            while True:
                try:
                    self._pending += self._decode(chunk)
                    break
                except UnicodeDecodeError:
                    more = _tern.fread(self._h, 1)
                    if not more:
                        raise
                    chunk += more
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_readable()
        if '\n' in self._pending:
            i = self._pending.index('\n') + 1
            line, self._pending = self._pending[:i], self._pending[i:]
            return line
        line = self._pending + self._decode(_tern.freadline(self._h))
        self._pending = ''
        return line

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        _tern.fwrite(self._h, text.encode(self.encoding, self.errors))
        return len(s)

    @property
    def buffer(self):
        return self

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding.lower() if self.encoding == 'UTF-8' else self.encoding)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, (str, bytes)):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        else:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    if not set(mode) <= _MODES or len(mode) != len(set(mode)):
        raise ValueError('invalid mode: %r' % mode)
    kinds = sum(c in mode for c in 'rwax')
    if kinds != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    binary = 'b' in mode
    if binary and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    path = file if isinstance(file, str) else file.decode()
    plus = '+' in mode
    if 'x' in mode:
        try:
            _tern.fclose(_tern.fopen(path, 'rb'))
        except OSError:
            pass
        else:
            raise FileExistsError(17, 'File exists', path)
        cmode = 'w'
    else:
        cmode = mode[0] if mode[0] in 'rwa' else [c for c in mode if c in 'rwa'][0]
    handle = _tern.fopen(path, cmode + ('+' if plus else '') + 'b')
    if binary:
        f = BufferedFile(file, mode, handle)
    else:
        f = TextFile(file, mode, handle, encoding, errors, newline)
    f._readable = 'r' in mode or plus
    f._writable = 'r' not in mode or plus
    return f
