"""soundfile for taipan: python-soundfile 0.13.1 (over libsndfile 1.2) for
WAV files, written in the Python subset taipan runs, on taipan's numpy.

    data, samplerate = soundfile.read(file, frames=-1, start=0, stop=None,
                                      dtype='float64', always_2d=False,
                                      fill_value=None)
    soundfile.write(file, data, samplerate, subtype=None)
    soundfile.info(file) -> samplerate, channels, frames, duration,
                            format, subtype, ...

`file` is a path (str, bytes or an object with __fspath__) or a binary
file object (read from its current position, or written to).

Reading: PCM_U8, PCM_16, PCM_24, PCM_32, FLOAT and DOUBLE, in plain and
WAVE_FORMAT_EXTENSIBLE files.  Samples convert as libsndfile converts
them: integers to floats divided by 2**(bits-1) (8-bit samples are
unsigned, offset by 128), integers to integers shifted, floats to integers
rounded (as float32) half to even and clipped, not scaled.  Data comes as
(frames,) for one channel, (frames, channels) otherwise or with
always_2d=True.  A file that cannot be read raises LibsndfileError (a
RuntimeError) with libsndfile's message: 'Format not recognised.',
'System error.' (no such file), "Error in WAV file. No 'data' chunk
marker.", 'File contains data in an unimplemented format.', ...

Writing: WAV only, as PCM_16 (the default), PCM_U8, PCM_24, PCM_32, FLOAT
or DOUBLE, with libsndfile's bytes (FLOAT and DOUBLE files carry its fact
and PEAK chunks).  Floats go to PCM scaled by 2**31, rounded half to even,
clipped (NaN to the minimum) and cut to the width; ints shift to the
width; ints go to FLOAT and DOUBLE unscaled.

Where it differs: the PEAK chunk of data holding NaN or infinities, or of
DOUBLE data whose largest magnitude occurs twice; no SoundFile class,
blocks(), out=, RAW files or other formats (AIFF, FLAC, OGG, ...); the
compressed WAV encodings (u-law, A-law, ADPCM, GSM) raise LibsndfileError
when read and ValueError when written; info() has no extra_info.
"""

import struct
import time

import numpy as np

__version__ = "0.13.1"
__libsndfile_version__ = "1.2.2"

# libsndfile's error numbers and messages, for the errors read() raises.
_ERRORS = {
    1: "Format not recognised.",
    2: "System error.",
    18: "File contains data in an unimplemented format.",
    24: "Internal error : SF_INFO struct incomplete.",
    29: "Unspecified internal error.",
    32: "Channel count is zero.",
    64: "Error in WAV/W64/RF64 file. Malformed 'fmt ' chunk.",
    65: "Error in WAV/W64/RF64 file. Short 'fmt ' chunk.",
    71: "Error in WAV file. No 'data' chunk marker.",
}

_DTYPES = ("float32", "float64", "int16", "int32")

# Format tags libsndfile knows besides PCM and float: extensible, and the
# compressed encodings it decodes (ADPCM, A-law, u-law, GSM 6.10, G.721),
# which taipan does not ("unimplemented format"). Other tags make
# libsndfile call the fmt chunk malformed.
_CODECS = (0xFFFE, 0x0002, 0x0006, 0x0007, 0x0011, 0x0031, 0x0040)

# WAV subtypes libsndfile writes that taipan does not.
_OTHER_WAV_SUBTYPES = ("ULAW", "ALAW", "IMA_ADPCM", "MS_ADPCM", "GSM610",
                       "G721_32", "NMS_ADPCM_16", "NMS_ADPCM_24", "NMS_ADPCM_32")

_PCM_GUID = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"

# (sample encoding, bytes per sample) -> (subtype, its description)
_SUBTYPES = {
    ("pcm", 1): ("PCM_U8", "Unsigned 8 bit PCM"),
    ("pcm", 2): ("PCM_16", "Signed 16 bit PCM"),
    ("pcm", 3): ("PCM_24", "Signed 24 bit PCM"),
    ("pcm", 4): ("PCM_32", "Signed 32 bit PCM"),
    ("float", 4): ("FLOAT", "32 bit float"),
    ("float", 8): ("DOUBLE", "64 bit float"),
}


class SoundFileError(Exception):
    """Base class for all soundfile-specific errors."""


class SoundFileRuntimeError(SoundFileError, RuntimeError):
    """soundfile module runtime error."""


class LibsndfileError(SoundFileRuntimeError):
    """An error libsndfile reports; `code` is its error number."""

    def __init__(self, code, prefix=""):
        SoundFileRuntimeError.__init__(self, code, prefix)
        self.code = code
        self.prefix = prefix

    @property
    def error_string(self):
        """libsndfile's message for the error number."""
        return _ERRORS.get(self.code, "Not a valid error number (%d)." % self.code)

    def __str__(self):
        return self.prefix + self.error_string


class _Wav:
    """The layout of a WAV file: format, channels, rate, where the samples are."""

    def __init__(self, blob, fail):
        if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
            raise fail(1)
        fmt = None
        data = None
        pos = 12
        while pos + 8 <= len(blob) and (fmt is None or data is None):
            name = blob[pos:pos + 4]
            size = struct.unpack_from("<L", blob, pos + 4)[0]
            body = pos + 8
            if name == b"fmt ":
                if size < 16:
                    raise fail(65)
                fmt = blob[body:body + size]
            elif name == b"data":
                data = (body, max(0, min(size, len(blob) - body)))
            pos = body + size + (size & 1)
        if fmt is None or data is None or len(fmt) < 16:
            raise fail(71)
        tag = struct.unpack_from("<H", fmt, 0)[0]
        self.channels = struct.unpack_from("<H", fmt, 2)[0]
        self.samplerate = struct.unpack_from("<L", fmt, 4)[0]
        bits = struct.unpack_from("<H", fmt, 14)[0]
        if tag == 0xFFFE and len(fmt) >= 40 and fmt[26:40] == _PCM_GUID:
            tag = struct.unpack_from("<H", fmt, 24)[0]
        self.extensible = struct.unpack_from("<H", fmt, 0)[0] == 0xFFFE
        kind = {1: "pcm", 3: "float"}.get(tag)
        if kind is None and tag not in _CODECS and not self.extensible:
            raise fail(64)
        self.width = (bits + 7) // 8
        if (kind, self.width) not in _SUBTYPES:
            raise fail(29 if kind == "float" else 18)
        self.kind = kind
        if self.channels == 0:
            raise fail(32)
        if self.samplerate == 0:
            raise fail(24)
        self.offset, size = data
        self.frames = size // (self.width * self.channels)
        self.blob = blob

    def samples(self, start, frames):
        """The raw samples of `frames` frames from frame `start`, as a flat
        array of the file's sample type (int32 for 8- and 24-bit PCM, 8-bit
        samples already made signed)."""
        first = self.offset + start * self.width * self.channels
        raw = self.blob[first:first + frames * self.width * self.channels]
        if self.kind == "float":
            return np.frombuffer(raw, dtype="<f%d" % self.width)
        if self.width == 1:
            return np.frombuffer(raw, dtype=np.uint8).astype(np.int32) - 128
        if self.width == 3:
            # Each sample as the top 3 bytes of an int32, shifted down with
            # its sign.
            wide = np.zeros((len(raw) // 3, 4), dtype=np.uint8)
            wide[:, 1:] = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
            return np.frombuffer(wide.tobytes(), dtype="<i4") >> 8
        return np.frombuffer(raw, dtype="<i%d" % self.width)


def _convert(wav, x, dtype):
    """Samples of the file's type as `dtype`, the way libsndfile converts."""
    if wav.kind == "float":
        if dtype in ("float32", "float64"):
            return x.astype(dtype)
        lo, hi = (-2 ** 15, 2 ** 15 - 1) if dtype == "int16" else (-2 ** 31, 2 ** 31 - 1)
        # libsndfile rounds float32 values, DOUBLE files' too.
        x = x.astype(np.float32).astype(np.float64)
        nan = np.isnan(x)
        r = np.clip(np.rint(np.where(nan, 0.0, x)), lo, hi)
        return np.where(nan, 0 if dtype == "int16" else lo, r).astype(dtype)
    bits = 8 * wav.width
    if dtype in ("float32", "float64"):
        return (x.astype(np.float64) * (1.0 / 2 ** (bits - 1))).astype(dtype)
    shift = (16 if dtype == "int16" else 32) - bits
    x = x.astype(np.int32)
    if shift >= 0:
        return (x << shift).astype(dtype)
    return (x >> -shift).astype(dtype)


def _open(file):
    """The bytes of a file and the name errors show for it."""
    path = file.__fspath__() if hasattr(file, "__fspath__") else file
    if isinstance(path, (str, bytes)):
        try:
            with open(path.decode() if isinstance(path, bytes) else path, "rb") as f:
                return f.read(), repr(file)
        except OSError:
            raise LibsndfileError(2, "Error opening %r: " % (file,)) from None
    if hasattr(file, "read"):
        blob = file.read()
        if not isinstance(blob, (bytes, bytearray)):
            raise TypeError("Invalid file: %r" % (file,))
        return bytes(blob), repr(file)
    raise TypeError("Invalid file: %r" % (file,))


def _load(file):
    blob, name = _open(file)

    def fail(code):
        return LibsndfileError(code, "Error opening %s: " % name)

    return _Wav(blob, fail)


def _dtype_name(dtype):
    """The name of a supported output dtype, spelled any way numpy takes."""
    name = np.dtype(dtype).name
    if name not in _DTYPES:
        raise ValueError("dtype must be one of %r and not %r" % (sorted(_DTYPES), name))
    return name


def read(file, frames=-1, start=0, stop=None, dtype="float64", always_2d=False,
         fill_value=None, out=None, samplerate=None, channels=None,
         format=None, subtype=None, endian=None, closefd=True):
    """Reads a WAV file: returns (data, samplerate).  `start`/`stop` select
    frames as a slice does; `frames` (or the frames left) caps the count,
    and with `fill_value` a request past the end is padded with it."""
    if out is not None:
        raise TypeError("taipan's soundfile.read does not support out=")
    if samplerate is not None or channels is not None or subtype is not None:
        raise TypeError("Not allowed for existing files (except 'RAW'): "
                        "samplerate, channels, format, subtype, endian")
    wav = _load(file)
    if frames >= 0 and stop is not None:
        raise TypeError("Only one of {frames, stop} may be used")
    start, stop, _ = slice(start, stop).indices(wav.frames)
    if stop < start:
        stop = start
    if frames < 0:
        frames = stop - start
    remaining = wav.frames - start
    if frames > remaining and fill_value is None:
        frames = remaining
    name = _dtype_name(dtype)
    count = min(frames, remaining)
    data = _convert(wav, wav.samples(start, count), name)
    shaped = always_2d or wav.channels > 1
    if shaped:
        data = data.reshape(count, wav.channels)
    if frames > count:
        pad = np.full((frames - count, wav.channels) if shaped else (frames - count,),
                      fill_value, dtype=name)
        data = np.concatenate([data, pad])
    return data, wav.samplerate


def _wav_header(tag, channels, samplerate, width, extra, datalen):
    """RIFF, fmt and the `extra` chunks, then the data chunk's header;
    the RIFF length counts the data's pad byte."""
    block = channels * width
    fmt = struct.pack("<4sLHHLLHH", b"fmt ", 16, tag, channels, samplerate,
                      samplerate * block, block, 8 * width)
    riff = 4 + len(fmt) + len(extra) + 8 + datalen + (datalen & 1)
    return (b"RIFF" + struct.pack("<L", riff) + b"WAVE" + fmt + extra
            + b"data" + struct.pack("<L", datalen))


def _pcm_bytes(data, width):
    """Samples as `width`-byte PCM: floats scaled by 2**31, rounded half to
    even and clipped (NaN to the minimum), ints shifted to 32 bits; then the
    top `width` bytes (8-bit PCM is unsigned)."""
    if data.dtype.kind == "f":
        x = data.astype(np.float64) * 2.0 ** 31
        nan = np.isnan(x)
        x = np.clip(np.rint(np.where(nan, 0.0, x)), -2.0 ** 31, 2.0 ** 31 - 1)
        v = np.where(nan, -2.0 ** 31, x).astype(np.int64)
    else:
        v = data.astype(np.int64) << (16 if data.dtype.name == "int16" else 0)
    v = v >> (32 - 8 * width)
    if width == 1:
        return (v + 128).astype(np.uint8).tobytes()
    if width == 3:
        four = np.frombuffer(v.astype("<i4").tobytes(), dtype=np.uint8).reshape(-1, 4)
        return four[:, :3].tobytes()
    return v.astype("<i%d" % width).tobytes()


def _peak_chunk(frames):
    """libsndfile's PEAK chunk: version, time, then each channel's largest
    magnitude (as float32) and the first frame that has it."""
    mags = np.abs(frames.astype(np.float32))
    out = struct.pack("<LL", 1, int(time.time()) & 0xFFFFFFFF)
    for ch in range(frames.shape[1]):
        col = mags[:, ch]
        pos = int(np.argmax(col)) if len(col) else 0
        out += struct.pack("<fL", float(col[pos]) if len(col) else 0.0, pos)
    return b"PEAK" + struct.pack("<L", len(out)) + out


def _write_format(file, format):
    """'WAV', from `format` or the file's extension; others are refused."""
    if format is None:
        name = file.__fspath__() if hasattr(file, "__fspath__") else file
        if not isinstance(name, str) or "." not in name.rsplit("/", 1)[-1]:
            raise TypeError("No format specified and unable to get format from "
                            "file extension: %r" % (file,))
        format = name.rsplit(".", 1)[-1]
    if format.upper() != "WAV":
        raise ValueError("taipan's soundfile writes only WAV files, not %r" % (format,))


def write(file, data, samplerate, subtype=None, endian=None, format=None,
          closefd=True, compression_level=None, bitrate_mode=None):
    """Writes `data` ((frames,) or (frames, channels) of float64, float32,
    int32 or int16) to a WAV file as PCM_16 (the default), PCM_U8, PCM_24,
    PCM_32, FLOAT or DOUBLE, converted as libsndfile converts (ints go to
    FLOAT and DOUBLE unscaled)."""
    data = np.asarray(data)
    _write_format(file, format)
    subtype = "PCM_16" if subtype is None else subtype.upper()
    widths = {"PCM_U8": 1, "PCM_16": 2, "PCM_24": 3, "PCM_32": 4, "FLOAT": 4, "DOUBLE": 8}
    if subtype not in widths:
        if subtype in _OTHER_WAV_SUBTYPES:
            raise ValueError("taipan's soundfile writes WAV as %s, not %r"
                             % (", ".join(widths), subtype))
        raise ValueError("Unknown subtype: %r" % (subtype,))
    if endian not in (None, "FILE", "LITTLE", "file", "little"):
        raise ValueError("taipan's soundfile writes little-endian WAV only, not %r" % (endian,))
    if data.ndim not in (1, 2):
        raise ValueError("Invalid shape: %r (%s)" % (data.shape, "0 dimensions not supported"
                                                       if data.ndim < 1 else "too many dimensions"))
    frames = data.reshape(-1, 1) if data.ndim == 1 else data
    _dtype_name(data.dtype)
    width = widths[subtype]
    count, channels = frames.shape
    if subtype in ("FLOAT", "DOUBLE"):
        body = frames.astype("<f%d" % width).tobytes()
        extra = b"fact" + struct.pack("<LL", 4, count) + _peak_chunk(frames)
        head = _wav_header(3, channels, samplerate, width, extra, len(body))
    else:
        body = _pcm_bytes(frames, width)
        head = _wav_header(1, channels, samplerate, width, b"", len(body))
    blob = head + body + (b"\0" if len(body) & 1 else b"")
    path = file.__fspath__() if hasattr(file, "__fspath__") else file
    if isinstance(path, str):
        with open(path, "wb") as f:
            f.write(blob)
    else:
        file.write(blob)


class _SoundFileInfo:
    """What soundfile.info() tells about a file."""

    def __init__(self, file, verbose):
        wav = _load(file)
        self.verbose = verbose
        self.name = file
        self.samplerate = wav.samplerate
        self.channels = wav.channels
        self.frames = wav.frames
        self.duration = float(wav.frames) / wav.samplerate
        self.format = "WAVEX" if wav.extensible else "WAV"
        self.format_info = "WAVEX (Microsoft)" if wav.extensible else "WAV (Microsoft)"
        self.subtype, self.subtype_info = _SUBTYPES[(wav.kind, wav.width)]
        self.endian = "FILE"
        self.sections = 1

    @property
    def _duration_str(self):
        hours, rest = divmod(self.duration, 3600)
        minutes, seconds = divmod(rest, 60)
        if hours >= 1:
            return "{0:.0g}:{1:02.0g}:{2:05.3f} h".format(hours, minutes, seconds)
        if minutes >= 1:
            return "{0:02.0g}:{1:05.3f} min".format(minutes, seconds)
        if seconds <= 1:
            return "{0:d} samples".format(self.frames)
        return "{0:.3f} s".format(seconds)

    def __repr__(self):
        lines = [str(self.name),
                 "samplerate: %d Hz" % self.samplerate,
                 "channels: %d" % self.channels,
                 "duration: " + self._duration_str,
                 "format: %s [%s]" % (self.format_info, self.format),
                 "subtype: %s [%s]" % (self.subtype_info, self.subtype)]
        if self.verbose:
            lines += ["endian: " + self.endian, "sections: %d" % self.sections,
                      "frames: %d" % self.frames]
        return "\n".join(lines)


def info(file, verbose=False):
    """Facts about a sound file: samplerate, channels, frames, duration,
    format, subtype (verbose adds endian, sections and frames to its repr;
    libsndfile's extra_info text is not provided)."""
    return _SoundFileInfo(file, verbose)
