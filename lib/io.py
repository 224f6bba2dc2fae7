# io: in-memory text and binary streams (StringIO, BytesIO) with the file
# API (read, readline, readlines, write, writelines, seek, tell, truncate,
# getvalue, iteration, with), and the class names programs test against.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    closed = False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def flush(self):
        self._check_closed()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _Memory(IOBase):
    # the whole value and a position

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return self._buf

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError('an integer is required')
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        nl = self._newline_char
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_Memory, TextIOBase):
    _newline_char = '\n'
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        if newline is None or newline == '':
            pass
        _Memory.__init__(self, initial_value.replace('\r\n', '\n') if newline is None else initial_value)
        self._newline = newline

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        return _Memory.write(self, s)

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_Memory, BufferedIOBase):
    _newline_char = b'\n'
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _Memory.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if isinstance(s, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, s):
        self._check_type(s)
        return _Memory.write(self, bytes(s))

    def getbuffer(self):
        return bytearray(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


TextIOWrapper = TextIOBase
BufferedReader = BufferedWriter = BufferedRandom = BufferedIOBase
FileIO = RawIOBase


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    import builtins
    return builtins.open(file, mode, buffering, encoding, errors, newline, closefd, opener)
