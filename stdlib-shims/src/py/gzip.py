"""gzip for taipan: reading and writing gzip files (RFC 1952) on top of
zlib, written in the Python subset taipan runs.

GzipFile reads every member of a multi-member file, checks each member's
CRC-32 and length, and skips zero padding between members, as CPython's
does; open() in a text mode wraps it in io.TextIOWrapper.

Where it differs from CPython 3.11: the deflate data taipan writes is
valid but not always byte for byte what CPython's zlib writes (see
docs/limitations.md), and bytes-like means bytes or bytearray.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_READ_SIZE = 64 * 1024
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for a file that is not gzip data or fails its checks."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb'; GzipFile) or
    text ('rt', 'wt', 'at', 'xt'; io.TextIOWrapper over a GzipFile) mode.
    filename is a path or a file object to read or write the gzip data."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary


def _read_exact(fp, n):
    """n bytes from fp, or EOFError."""
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_gzip_header(fp):
    """Reads a member header from fp: the member's mtime, or None at the end
    of the data."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flags & field:
            while True:
                byte = fp.read(1)
                if not byte or byte == b"\000":
                    break
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


def _extra_flags(compresslevel):
    """The header's XFL byte: 2 for the best compression, 4 the fastest."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, name=b""):
    """A member header (OS 255, "unknown", as CPython writes)."""
    flags = FNAME if name else 0
    header = struct.pack("<BBBBIBB", 0x1f, 0x8b, 8, flags, int(mtime) & 0xffffffff,
                         _extra_flags(compresslevel), 255)
    return header + name + b"\000" if name else header


def _trailer(crc, size):
    return struct.pack("<II", crc, size & 0xffffffff)


class _MemberReader:
    """Decompresses the members of a gzip stream one after another, a block
    at a time, checking each member's trailer."""

    def __init__(self, fp):
        self._fp = fp
        self._leftover = b""       # compressed bytes read but not yet used
        self._decompressor = None  # None between members
        self._crc = 0
        self._size = 0
        self.mtime = None
        self.eof = False

    def _read_raw(self):
        data = self._leftover or self._fp.read(_READ_SIZE)
        self._leftover = b""
        return data

    def _start_member(self):
        """Reads the next member's header; False at the end of the data."""
        # Zero bytes may pad the stream between members.
        while True:
            data = self._leftover or self._fp.read(_READ_SIZE)
            stripped = data.lstrip(b"\000")
            if stripped or not data:
                self._leftover = stripped
                break
            self._leftover = b""
        source = io.BytesIO(self._leftover)
        reader = _Chained(source, self._fp)
        mtime = _read_gzip_header(reader)
        if mtime is None:
            self.eof = True
            return False
        self._leftover = reader.rest()
        self.mtime = mtime
        self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        return True

    def _end_member(self):
        """Reads and checks the trailer after a member's deflate data."""
        rest = self._decompressor.unused_data
        self._decompressor = None
        if len(rest) < 8:
            rest += _read_exact(self._fp, 8 - len(rest))
        crc, size = struct.unpack("<II", rest[:8])
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if size != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        self._leftover = rest[8:]

    def read_block(self, size):
        """Up to size decompressed bytes (at least one unless at the end)."""
        while not self.eof:
            if self._decompressor is None:
                if not self._start_member():
                    break
            d = self._decompressor
            if d.unconsumed_tail:
                raw = d.unconsumed_tail
            else:
                raw = self._read_raw()
            data = d.decompress(raw, size)
            if d.unconsumed_tail == b"" and not d.eof and not raw:
                raise EOFError(_TRUNCATED)
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
            if d.eof:
                self._end_member()
            if data:
                return data
        return b""

    def rewind(self):
        self._fp.seek(0)
        self.__init__(self._fp)


class _Chained:
    """Reads from a buffer of bytes, then from a file: for reading a header
    that may straddle what was already read."""

    def __init__(self, first, then):
        self._first = first
        self._then = then

    def read(self, n):
        data = self._first.read(n)
        if len(data) < n:
            data += self._then.read(n - len(data))
        return data

    def rest(self):
        return self._first.read()


class GzipFile(io.BufferedIOBase):
    """A gzip file, read or written through a file object."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buffer = b""
            self._offset = 0
        elif mode.startswith(("w", "a", "x")):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid initialization option")
            self.mode = WRITE
            self._crc = 0
            self._size = 0
            self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.name = filename
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel, mtime)

    @property
    def mtime(self):
        """The last modification time of the member read last."""
        return self._reader.mtime if self.mode == READ else None

    def __repr__(self):
        return "<gzip " + repr(self.fileobj)[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel, mtime):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(compresslevel, mtime, name))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    def _check_mode(self, wanted, what):
        if self.mode != wanted:
            raise OSError(9, what + "() on " +
                          ("write-only" if wanted == READ else "read-only") + " GzipFile object")

    # ------------------------------------------------------------- writing

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, "write")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if isinstance(data, memoryview):
            data = data.tobytes()
        if data:
            self.fileobj.write(self._compressor.compress(data))
            self._size += len(data)
            self._crc = zlib.crc32(data, self._crc)
            self._offset += len(data)
        return len(data)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    # ------------------------------------------------------------- reading

    def _fill(self, size):
        """Reads until the buffer holds size bytes (all, for size < 0) or
        the data ends."""
        while size < 0 or len(self._buffer) < size:
            block = self._reader.read_block(max(size - len(self._buffer), _READ_SIZE))
            if not block:
                break
            self._buffer += block

    def _take(self, n):
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read")
        if size is None:
            size = -1
        self._fill(size)
        return self._take(len(self._buffer) if size < 0 else size)

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read1")
        if size < 0:
            size = _READ_SIZE
        if not self._buffer:
            self._fill(1)
        return self._take(size)

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ, "peek")
        if not self._buffer:
            self._fill(1)
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "readline")
        if size is None:
            size = -1
        while True:
            end = self._buffer.find(b"\n") + 1
            if end or 0 <= size <= len(self._buffer):
                break
            before = len(self._buffer)
            self._fill(before + 1)
            if len(self._buffer) == before:
                break
        if not end:
            end = len(self._buffer)
        if size >= 0:
            end = min(end, size)
        return self._take(end)

    # ------------------------------------------------------------- the rest

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(_trailer(self._crc, self._size))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Returns to the start of the uncompressed data (read mode)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buffer = b""
        self._offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence != io.SEEK_CUR:
                    raise ValueError("Seek from end not supported")
                offset = self._offset + offset
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self._offset))
            return self._offset
        if whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self._offset + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, _READ_SIZE)):
                break
        return self._offset


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip file (one member) holding data."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib's own gzip header (OS 3, its extra flags), as CPython's does.
        return zlib.compress(data, compresslevel, 31)
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return _header(compresslevel, mtime) + body + _trailer(zlib.crc32(data), len(data))


def decompress(data):
    """The data of every member of the gzip file data, joined."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        member = d.decompress(data[fp.tell():])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != (len(member) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(member)
        data = d.unused_data[8:].lstrip(b"\x00")
