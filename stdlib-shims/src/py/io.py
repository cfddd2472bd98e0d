"""The io module: open() and UnsupportedOperation (native, from _io), the
in-memory streams StringIO and BytesIO, and the abstract stream classes
IOBase, RawIOBase, BufferedIOBase and TextIOBase, with their default
methods. The file objects open() returns, StringIO and BytesIO count as
instances of the abstract classes as in CPython (through
`__subclasshook__`), without deriving from them."""

from abc import ABC
from _io import open, UnsupportedOperation, DEFAULT_BUFFER_SIZE

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _unsupported(name):
    def method(self, *args):
        raise UnsupportedOperation(name)
    method.__name__ = name
    return method


class IOBase(ABC):
    """Base of the stream classes: what a stream does that defines none of
    read, write or seek (closing, iteration by readline, context manager)."""

    __closed = False

    @classmethod
    def __subclasshook__(cls, C):
        for klass in C.__mro__:
            if klass.__module__ in ("_io", "io") and klass.__name__ in _KINDS:
                return cls is IOBase or cls is _KINDS[klass.__name__]
        return NotImplemented

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    writable = seekable = readable

    def isatty(self):
        self._checkClosed()
        return False

    seek = _unsupported("seek")
    truncate = _unsupported("truncate")
    fileno = _unsupported("fileno")

    def tell(self):
        return self.seek(0, 1)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if b == b"\n":
                break
        return bytes(line)

    def readlines(self, hint=None):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base of unbuffered binary streams: read() and readall() come from
    the readinto() a subclass defines."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        return None if n is None else bytes(buffer[:n])

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                return bytes(data)
            data += chunk

    def readinto(self, buffer):
        raise NotImplementedError

    write = readinto


class BufferedIOBase(IOBase):
    """Base of buffered binary streams."""

    read = _unsupported("read")
    read1 = _unsupported("read1")
    write = _unsupported("write")
    detach = _unsupported("detach")

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class TextIOBase(IOBase):
    """Base of text streams."""

    encoding = newlines = errors = None
    read = _unsupported("read")
    readline = _unsupported("readline")
    write = _unsupported("write")
    detach = _unsupported("detach")


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer kept as a list of pieces
    (appends are cheap) and a position."""

    _empty = ''
    _newline = '\n'
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial):
        self._parts = [initial]
        self._size = len(initial)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def _value(self):
        if len(self._parts) != 1:
            self._parts = [self._empty.join(self._parts)]
        return self._parts[0]

    def _store(self, value):
        self._parts = [value]
        self._size = len(value)

    def getvalue(self):
        self._check()
        return self._value()

    def _put(self, data):
        n = len(data)
        if self._pos == self._size:
            self._parts.append(data)
            self._size += n
        else:
            value = self._value()
            if self._pos > self._size:
                value = value + self._pad * (self._pos - self._size)
            self._store(value[:self._pos] + data + value[self._pos + n:])
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = self._size
        else:
            end = min(self._size, self._pos + size)
        if self._pos >= end:
            return self._empty
        out = self._value()[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check()
        if self._pos >= self._size:
            return self._empty
        end = self._line_end(self._value(), self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._value()[self._pos:end]
        self._pos = end
        return out

    def _line_end(self, value, pos):
        """The index after the line starting at pos (its terminator
        included)."""
        nl = value.find(self._newline, pos)
        return len(value) if nl < 0 else nl + len(self._newline)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            self._store(self._value()[:size])
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class StringIO(_MemoryStream):
    """A text stream in memory."""

    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        # The terminator lines end with: None translates '\r\n' and '\r'
        # to '\n' on writing, '' ends lines at any of the three, '\r' and
        # '\r\n' are what '\n' becomes on writing.
        self._translate = newline
        self._newline = '\n' if newline is None else newline
        _MemoryStream.__init__(self, '')
        self._put(self._translated(initial_value))
        self._pos = 0

    def _translated(self, s):
        if self._translate is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._translate in ('\r', '\r\n'):
            return s.replace('\n', self._translate)
        return s

    def _line_end(self, value, pos):
        if self._newline != '':
            return _MemoryStream._line_end(self, value, pos)
        cr = value.find('\r', pos)
        lf = value.find('\n', pos)
        if cr < 0 and lf < 0:
            return len(value)
        if cr < 0 or (0 <= lf < cr):
            return lf + 1
        return cr + 2 if value[cr + 1:cr + 2] == '\n' else cr + 1

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._put(self._translated(s))
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1 or whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks" if whence == 1
                              else "Can't do nonzero end-relative seeks")
            if whence == 2:
                self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryStream):
    """A binary stream in memory."""

    _empty = b''
    _newline = b'\n'
    _pad = b'\0'
    _closed_message = 'I/O operation on closed file.'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryStream.__init__(self, _as_bytes(initial_bytes))

    # The bytearray getbuffer() exported, while views of it may live: it
    # holds the contents then (a write through a view changes them).
    _view_store = None

    def write(self, b):
        self._check()
        self._check_exports()
        return self._put(_as_bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        """A writable memoryview of the contents; while one is alive the
        stream cannot be written, truncated or closed (BufferError)."""
        self._check()
        if not self._exported():
            self._view_store = bytearray(self._value())
        return memoryview(self._view_store)

    def _exported(self):
        """Whether a view getbuffer() made is still alive. Once none is,
        the contents go back to bytes (with what views wrote into them)."""
        store = self._view_store
        if store is None:
            return False
        try:
            store.append(0)
        except BufferError:
            return True
        store.pop()
        self._view_store = None
        self._store(bytes(store))
        return False

    def _check_exports(self):
        if self._exported():
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def _value(self):
        if self._exported():
            return bytes(self._view_store)
        return _MemoryStream._value(self)

    def truncate(self, size=None):
        self._check()
        self._check_exports()
        return _MemoryStream.truncate(self, size)

    def close(self):
        self._check_exports()
        _MemoryStream.close(self)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1 or whence == 2:
            self._pos = max(0, (self._pos if whence == 1 else self._size) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object>'


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (a gzip file, a BytesIO, a socket-
    like object): decodes what it reads and encodes what it writes, with
    open()'s newline handling. (open() itself returns native files.)"""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        import codecs
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        codecs.lookup(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoder = None
        self._encoder = None
        self._pending = ''   # decoded, translated text not yet read
        self._held_cr = False  # a '\r' at a chunk's end, waiting for a '\n'
        self._at_eof = False

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    closed = property(lambda self: self.buffer.closed)

    @property
    def name(self):
        return self.buffer.name

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    # ------------------------------------------------------------- reading

    def _read_chunk(self):
        """Decodes the next chunk of the buffer into the pending text."""
        import codecs
        if self._decoder is None:
            if not self.readable():
                raise UnsupportedOperation('not readable')
            self._decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        data = self.buffer.read(self._CHUNK_SIZE)
        if data is None:
            data = b''
        self._at_eof = not data
        text = self._decoder.decode(data, self._at_eof)
        if self._newline is None:
            if self._held_cr:
                text = '\r' + text
                self._held_cr = False
            if text.endswith('\r') and not self._at_eof:
                self._held_cr = True
                text = text[:-1]
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._pending += text

    def _take(self, n):
        text = self._pending[:n]
        self._pending = self._pending[n:]
        return text

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        while (size < 0 or len(self._pending) < size) and not self._at_eof:
            self._read_chunk()
        return self._take(len(self._pending) if size < 0 else size)

    def _line_end(self):
        """Where the first complete line of the pending text ends, or -1."""
        text = self._pending
        newline = self._newline
        if newline is None or newline == '\n':
            return text.find('\n') + 1 or -1
        if newline != '':
            at = text.find(newline)
            return at + len(newline) if at >= 0 else -1
        cr = text.find('\r')
        lf = text.find('\n')
        if cr < 0 or 0 <= lf < cr:
            return lf + 1 or -1
        if cr + 1 < len(text) or self._at_eof:
            return cr + 2 if text[cr + 1:cr + 2] == '\n' else cr + 1
        return -1

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        while True:
            end = self._line_end()
            if end >= 0 or self._at_eof or 0 <= size <= len(self._pending):
                break
            self._read_chunk()
        if end < 0:
            end = len(self._pending)
        if size >= 0:
            end = min(end, size)
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ------------------------------------------------------------- writing

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        import codecs
        if self._encoder is None:
            if not self.writable():
                raise UnsupportedOperation('not writable')
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(self._encoder.encode(text))
        if self._line_buffering and ('\n' in s or '\r' in s) or self._write_through:
            self.flush()
        return len(s)

    def flush(self):
        self._checkClosed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def seek(self, cookie, whence=0):
        """Only to the start (seek(0)) or the end (seek(0, 2)): taipan's text
        wrapper keeps no decoder snapshots to return to."""
        self._checkClosed()
        if cookie != 0 or whence not in (0, 2):
            raise UnsupportedOperation("taipan's TextIOWrapper seeks only to the start or the end")
        self.flush()
        position = self.buffer.seek(0, whence)
        self._decoder = self._encoder = None
        self._pending = ''
        self._held_cr = False
        self._at_eof = False
        return position

    def __repr__(self):
        try:
            return "<_io.TextIOWrapper name=%r encoding='%s'>" % (self.name, self._encoding)
        except AttributeError:
            return "<_io.TextIOWrapper encoding='%s'>" % self._encoding


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with `encoding` uses ('locale' for
    None, which means UTF-8 here)."""
    return 'locale' if encoding is None else encoding


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, (bytearray, memoryview)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)



_KINDS = {"TextIOWrapper": TextIOBase, "StringIO": TextIOBase, "FileIO": RawIOBase,
          "BufferedReader": BufferedIOBase, "BufferedWriter": BufferedIOBase,
          "BufferedRandom": BufferedIOBase, "BytesIO": BufferedIOBase}
