"""wave for taipan: read and write uncompressed PCM WAV files, written in
the Python subset taipan runs.

    wave.open(path_or_file, 'rb') -> Wave_read
    wave.open(path_or_file, 'wb') -> Wave_write

Reading follows CPython 3.11: the RIFF chunk bounds every chunk inside it,
chunks of odd size are followed by a pad byte, a short or missing header
raises EOFError, and a file that is not PCM WAV raises wave.Error with
CPython's message ('file does not start with RIFF id', 'unknown format: 3',
'fmt chunk and/or data chunk missing', ...).  Writing produces the same
bytes as CPython: a 44-byte header whose lengths match the data written.

Where it differs from CPython 3.11:
- Wave_read reads the whole file (from the current position of a file
  object) when it opens it, and closes a file it opened itself at once;
  getfp() is not provided.
- Wave_write keeps the frames in memory and writes the header and the data
  to the file at close(), so a file object needs only write() (and flush()
  when it has one); the file holds nothing before close().
- writeframes() accepts bytes, bytearray, or an object with tobytes()
  (a NumPy array), not any buffer.
"""

import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]

# The builtin open(), which this module's open() hides.
_open_file = open


class Error(Exception):
    """Raised for a file that is not a PCM WAV file, or a bad parameter."""


WAVE_FORMAT_PCM = 0x0001

_wave_params = namedtuple("_wave_params",
                          "nchannels sampwidth framerate nframes comptype compname")


class _Riff:
    """The bytes of a RIFF file, read as CPython's chunk reader reads them.

    The RIFF chunk's body starts at byte 8 and is `size` bytes long;
    `pos` is how far into it reading has gone.  Reads never pass the end
    of the body or of the bytes.
    """

    def __init__(self, data):
        self.data = data
        if len(data) < 4:
            raise EOFError
        self.name = data[:4]
        if len(data) < 8:
            raise EOFError
        self.size = struct.unpack_from("<L", data, 4)[0]
        self.pos = 0

    def read(self, n):
        """Up to n bytes of the body from the current position (n < 0: all)."""
        if self.pos >= self.size:
            return b""
        n = self.size - self.pos if n < 0 else min(n, self.size - self.pos)
        start = 8 + self.pos
        got = self.data[start:start + n]
        self.pos += len(got)
        if self.pos == self.size and self.size & 1:
            self.pos += len(self.data[8 + self.pos:9 + self.pos])
        return got

    def seek(self, pos):
        """Moves to `pos` in the body (CPython raises a bare RuntimeError
        past its end)."""
        if pos < 0 or pos > self.size:
            raise RuntimeError
        self.pos = pos


class _SubChunk:
    """A chunk inside the RIFF body: its name, size and read position."""

    def __init__(self, riff):
        self.riff = riff
        self.name = riff.read(4)
        if len(self.name) < 4:
            raise EOFError
        size = riff.read(4)
        if len(size) < 4:
            raise EOFError
        self.size = struct.unpack("<L", size)[0]
        self.offset = riff.pos
        self.done = 0

    def read(self, n):
        """Up to n bytes of the chunk (n < 0: all), then its pad byte if its
        size is odd."""
        if self.done >= self.size:
            return b""
        n = self.size - self.done if n < 0 else min(n, self.size - self.done)
        got = self.riff.read(n)
        self.done += len(got)
        if self.done == self.size and self.size & 1:
            self.done += len(self.riff.read(1))
        return got

    def seek(self, pos):
        """Moves to `pos` bytes into the chunk."""
        if pos < 0 or pos > self.size:
            raise RuntimeError
        self.riff.seek(self.offset + pos)
        self.done = pos

    def skip(self):
        """Moves past the rest of the chunk and its pad byte."""
        rest = self.size - self.done + (self.size & 1)
        self.riff.seek(self.riff.pos + rest)
        self.done += rest


def _read_all(f):
    """The bytes of a path or of a file object from its position on."""
    if isinstance(f, str):
        with _open_file(f, "rb") as fh:
            return fh.read()
    data = f.read()
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


class Wave_read:
    """A WAV file opened for reading."""

    def __init__(self, f):
        self._soundpos = 0
        self._closed = False
        self._opened_here = isinstance(f, str)
        riff = _Riff(_read_all(f))
        if riff.name != b"RIFF":
            raise Error("file does not start with RIFF id")
        if riff.read(4) != b"WAVE":
            raise Error("not a WAVE file")
        self._riff = riff
        self._data = None
        have_fmt = False
        while True:
            try:
                chunk = _SubChunk(riff)
            except EOFError:
                break
            if chunk.name == b"fmt ":
                self._read_fmt(chunk)
                have_fmt = True
            elif chunk.name == b"data":
                if not have_fmt:
                    raise Error("data chunk before fmt chunk")
                self._data = chunk
                self._nframes = chunk.size // self._framesize
                break
            chunk.skip()
        if not have_fmt or self._data is None:
            raise Error("fmt chunk and/or data chunk missing")
        self._seek_needed = False

    def _read_fmt(self, chunk):
        head = chunk.read(14)
        if len(head) < 14:
            raise EOFError
        tag, self._nchannels, self._framerate, _, _ = struct.unpack("<HHLLH", head)
        if tag != WAVE_FORMAT_PCM:
            raise Error("unknown format: %r" % (tag,))
        bits = chunk.read(2)
        if len(bits) < 2:
            raise EOFError
        self._sampwidth = (struct.unpack("<H", bits)[0] + 7) // 8
        if not self._sampwidth:
            raise Error("bad sample width")
        if not self._nchannels:
            raise Error("bad # of channels")
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = "NONE"
        self._compname = "not compressed"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        """Closes the reader (frames of a file it opened can no longer be
        read)."""
        self._closed = True

    def rewind(self):
        """Goes back to the first frame."""
        self._soundpos = 0
        self._seek_needed = True

    def tell(self):
        """The index of the next frame readframes() returns."""
        return self._soundpos

    def setpos(self, pos):
        """Moves to frame `pos` (0 to getnframes())."""
        if pos < 0 or pos > self._nframes:
            raise Error("position not in range")
        self._soundpos = pos
        self._seek_needed = True

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, self._comptype, self._compname)

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error("no marks")

    def readframes(self, nframes):
        """Up to nframes frames from the current position, as bytes."""
        if self._closed and self._opened_here:
            raise ValueError("%s of closed file" % ("seek" if self._seek_needed else "read"))
        if self._seek_needed:
            self._data.seek(0)
            if self._soundpos:
                self._data.seek(self._soundpos * self._framesize)
            self._seek_needed = False
        if nframes == 0:
            return b""
        data = self._data.read(nframes * self._framesize)
        self._soundpos += len(data) // self._framesize
        return data


def _frame_bytes(data):
    """The bytes of a writeframes() argument."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, "tobytes"):
        return data.tobytes()
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(data).__name__)


class Wave_write:
    """A WAV file opened for writing; the file is written at close()."""

    def __init__(self, f):
        self._opened_here = isinstance(f, str)
        self._file = _open_file(f, "wb") if self._opened_here else f
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._chunks = []
        self._datawritten = 0
        self._headerwritten = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check_unwritten(self):
        if self._datawritten:
            raise Error("cannot change parameters after starting to write")

    def setnchannels(self, nchannels):
        self._check_unwritten()
        if nchannels < 1:
            raise Error("bad # of channels")
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error("number of channels not set")
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_unwritten()
        if sampwidth < 1 or sampwidth > 4:
            raise Error("bad sample width")
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error("sample width not set")
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_unwritten()
        if framerate <= 0:
            raise Error("bad frame rate")
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error("frame rate not set")
        return self._framerate

    def setnframes(self, nframes):
        self._check_unwritten()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._check_unwritten()
        if comptype not in ("NONE",):
            raise Error("unsupported compression type")
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_unwritten()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error("not all parameters set")
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error("setmark() not supported")

    def getmark(self, id):
        raise Error("no marks")

    def getmarkers(self):
        return None

    def tell(self):
        """The number of frames written so far."""
        return self._nframeswritten

    def _start(self, datasize):
        """Checks the parameters the first time frames (or close) come."""
        if self._headerwritten:
            return
        if not self._nchannels:
            raise Error("# channels not specified")
        if not self._sampwidth:
            raise Error("sample width not specified")
        if not self._framerate:
            raise Error("sampling rate not specified")
        if not self._nframes:
            self._nframes = datasize // (self._nchannels * self._sampwidth)
        self._headerwritten = True

    def writeframesraw(self, data):
        """Adds frames (bytes of little-endian samples, channels interleaved)."""
        data = _frame_bytes(data)
        if self._file is None:
            raise AttributeError("'NoneType' object has no attribute 'write'")
        self._start(len(data))
        self._chunks.append(data)
        self._datawritten += len(data)
        self._nframeswritten += len(data) // (self._sampwidth * self._nchannels)

    def writeframes(self, data):
        """Adds frames; the header's lengths will count them."""
        self.writeframesraw(data)

    def _header(self):
        n = self._datawritten
        return b"RIFF" + struct.pack(
            "<L4s4sLHHLLHH4sL", 36 + n, b"WAVE", b"fmt ", 16, WAVE_FORMAT_PCM,
            self._nchannels, self._framerate,
            self._nchannels * self._framerate * self._sampwidth,
            self._nchannels * self._sampwidth, self._sampwidth * 8, b"data", n)

    def close(self):
        """Writes the header and the frames, and closes a file opened here."""
        try:
            if self._file is not None:
                self._start(0)
                self._file.write(self._header() + b"".join(self._chunks))
                self._chunks = []
                if hasattr(self._file, "flush"):
                    self._file.flush()
        finally:
            f = self._file
            self._file = None
            if f is not None and self._opened_here:
                f.close()


def open(f, mode=None):
    """Opens a WAV file (a path or a file object) for reading ('r', 'rb')
    or writing ('w', 'wb')."""
    if mode is None:
        mode = f.mode if hasattr(f, "mode") else "rb"
    if mode in ("r", "rb"):
        return Wave_read(f)
    if mode in ("w", "wb"):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
