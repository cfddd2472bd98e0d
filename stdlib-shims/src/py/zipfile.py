"""zipfile for taipan: reading and writing ZIP archives as CPython 3.11's
zipfile does, written in the Python subset taipan runs.

Members are stored or deflated (through zlib); ZIP64 archives and
members are read and written; traditional PKWARE encryption is read
with a password. Every member's CRC-32 is checked as its end is read.

Where it differs from CPython 3.11: no bzip2 or lzma members (taipan has
neither module: RuntimeError "Compression requires the (missing) bz2
module", as CPython built without them); no zipfile.Path, PyZipFile or
command line; deflated data is valid but not always byte for byte what
CPython's zlib writes (see docs/limitations.md); bytes-like means bytes,
bytearray or memoryview.
"""

import io
import os
import shutil
import struct
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    """A file that is not a ZIP archive, or a corrupt one."""


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need ZIP64 extensions
    while they are not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

# The records of the format: their struct layouts, signatures and sizes.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
_DD_SIGNATURE = 0x08074b50

# Indexes of the end record's fields (with the comment and the record's
# position appended).
_ECD_SIGNATURE, _ECD_DISK_NUMBER, _ECD_DISK_START, _ECD_ENTRIES_THIS_DISK = 0, 1, 2, 3
_ECD_ENTRIES_TOTAL, _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT_SIZE = 4, 5, 6, 7
_ECD_COMMENT, _ECD_LOCATION = 8, 9

# General purpose flag bits.
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

_FILE_TYPES = ((0o120000, "l"), (0o140000, "s"), (0o100000, "-"), (0o060000, "b"),
               (0o040000, "d"), (0o020000, "c"), (0o010000, "p"))
_PERMISSIONS = (
    ((0o400, "r"),), ((0o200, "w"),), ((0o4100, "s"), (0o4000, "S"), (0o100, "x")),
    ((0o040, "r"),), ((0o020, "w"),), ((0o2010, "s"), (0o2000, "S"), (0o010, "x")),
    ((0o004, "r"),), ((0o002, "w"),), ((0o1001, "t"), (0o1000, "T"), (0o001, "x")),
)


def _filemode(mode):
    """'-rw-r--r--' for a Unix mode, as stat.filemode() gives it ('?' for
    no file type)."""
    chars = []
    for table, absent in ((_FILE_TYPES, "?"),) + tuple((t, "-") for t in _PERMISSIONS):
        for bits, char in table:
            if mode & bits == bits:
                chars.append(char)
                break
        else:
            chars.append(absent)
    return "".join(chars)


def _check_compression(compression):
    if compression == ZIP_STORED or compression == ZIP_DEFLATED:
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _get_compressor(compress_type, compresslevel=None):
    if compress_type != ZIP_DEFLATED:
        return None
    level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
    return zlib.compressobj(level, zlib.DEFLATED, -15)


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if compress_type == ZIP_STORED:
        return None
    descr = compressor_names.get(compress_type)
    if descr:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, descr))
    raise NotImplementedError("compression type %d" % (compress_type,))


def _dos_date_time(date_time):
    """The (date, time) words of the MS-DOS format for a date_time."""
    y, mo, d, h, mi, s = date_time[:6]
    return (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | (s // 2)


def _strip_extra(extra, xids):
    """extra without its fields whose ids are in xids."""
    kept = []
    i = 0
    while i + 4 <= len(extra):
        xid, size = struct.unpack("<HH", extra[i:i + 4])
        j = i + 4 + size
        if xid not in xids:
            kept.append(extra[i:j])
        i = j
    return b"".join(kept)


class ZipInfo:
    """Information about one member of a ZIP archive."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        result = ["<%s filename=%r" % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(" compress_type=%s" % compressor_names.get(self.compress_type,
                                                                     self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(" filemode=%r" % _filemode(hi))
        if lo:
            result.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size)
                and (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(" compress_size=%r" % self.compress_size)
        result.append(">")
        return "".join(result)

    def FileHeader(self, zip64=None):
        """The member's local file header, as bytes."""
        dosdate, dostime = _dos_date_time(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, file_size, compress_size)
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                             self.reserved, flag_bits, self.compress_type, dostime, dosdate,
                             crc, compress_size, file_size, len(filename), len(extra))
        return header + filename + extra

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self):
        """Takes the sizes and offset from a ZIP64 extra field."""
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack("<HH", extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 0x0001:
                self._decode_zip64(extra[4:ln + 4])
            extra = extra[ln + 4:]

    def _decode_zip64(self, data):
        fields = (("file_size", "File size", (0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF)),
                  ("compress_size", "Compress size", (0xFFFFFFFF,)),
                  ("header_offset", "Header offset", (0xFFFFFFFF,)))
        for attr, label, markers in fields:
            if getattr(self, attr) in markers:
                if len(data) < 8:
                    raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                setattr(self, attr, struct.unpack("<Q", data[:8])[0])
                data = data[8:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file on disk, to write it as `arcname`."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = st.st_mode & 0o170000 == 0o040000
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Whether the member is a directory (its name ends with '/')."""
        return self.filename[-1] == "/"


class _ZipDecrypter:
    """The traditional PKWARE decryption (APPNOTE 6.1): three keys
    updated by each plain byte."""

    _table = None

    def __init__(self, pwd):
        if _ZipDecrypter._table is None:
            _ZipDecrypter._table = [self._crc_entry(n) for n in range(256)]
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in pwd:
            self._update(byte)

    @staticmethod
    def _crc_entry(n):
        for _ in range(8):
            n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
        return n

    def _crc(self, byte, crc):
        return (crc >> 8) ^ self._table[(crc ^ byte) & 0xFF]

    def _update(self, byte):
        keys = self.keys
        keys[0] = self._crc(byte, keys[0])
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = self._crc(keys[1] >> 24, keys[2])

    def __call__(self, data):
        out = bytearray(len(data))
        for i, byte in enumerate(data):
            k = self.keys[2] | 2
            byte ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._update(byte)
            out[i] = byte
        return bytes(out)


def _EndRecData64(fpin, offset, endrec):
    """endrec updated from the ZIP64 end records before the end record at
    `offset` from the end of the file, if there are some."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return endrec
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, sz, create_version, read_version, disk_num, disk_dir, dircount, dircount2,
     dirsize, diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = dircount
    endrec[_ECD_ENTRIES_TOTAL] = dircount2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _EndRecData(fpin):
    """The end of central directory record as a list (its nine fields,
    the archive comment, the record's offset), or None when there is
    none."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fpin.read()
    if (len(data) == sizeEndCentDir and data[0:4] == stringEndArchive
            and data[-2:] == b"\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)
    # A comment follows the record: look for its signature in the last
    # 64 KiB (the comment's longest).
    max_comment_start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(max_comment_start, 0)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start < 0:
        return None
    rec = data[start:start + sizeEndCentDir]
    if len(rec) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, rec))
    comment_size = endrec[_ECD_COMMENT_SIZE]
    endrec.append(data[start + sizeEndCentDir:start + sizeEndCentDir + comment_size])
    endrec.append(max_comment_start + start)
    return _EndRecData64(fpin, max_comment_start + start - filesize, endrec)


def _check_zipfile(fp):
    try:
        if _EndRecData(fp):
            return True
    except OSError:
        pass
    return False


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP
    archive: it has an end of central directory record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


class _SharedFile:
    """A view of the archive's file from a member's data on: each read
    seeks to where the previous one ended, so members and the archive
    can be read in turns."""

    def __init__(self, zipfile, pos):
        self._zipfile = zipfile
        self._pos = pos

    def seekable(self):
        seekable = getattr(self._zipfile.fp, "seekable", None)
        return bool(seekable and seekable())

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        fp = self._zipfile.fp
        fp.seek(offset, whence)
        self._pos = fp.tell()
        return self._pos

    def read(self, n=-1):
        if self._zipfile._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        fp = self._zipfile.fp
        fp.seek(self._pos)
        data = fp.read(n)
        self._pos = fp.tell()
        return data

    def close(self):
        if self._zipfile is not None:
            zipfile, self._zipfile = self._zipfile, None
            zipfile._fpclose(zipfile.fp)


class ZipExtFile(io.BufferedIOBase):
    """A member of an archive opened for reading: a binary file whose
    read(), readline() and iteration give the member's uncompressed
    data, checking its CRC-32 at its end."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._decompressor = _get_decompressor(self._compress_type)
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        self._expected_crc = getattr(zipinfo, "CRC", None)
        self._orig_compress_start = fileobj.tell()
        self._orig_compress_size = zipinfo.compress_size
        self._orig_file_size = zipinfo.file_size
        self._seekable = fileobj.seekable()
        self._zipinfo = zipinfo
        self._start()

    def _start(self):
        """Sets up reading from the member's first byte."""
        zipinfo = self._zipinfo
        self._compress_left = self._orig_compress_size
        self._left = self._orig_file_size
        self._eof = False
        self._readbuffer = b""
        self._offset = 0
        self._running_crc = 0
        self._decrypter = None
        if self._pwd:
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check_byte = (zipinfo._raw_time >> 8) & 0xFF
            else:
                check_byte = (zipinfo.CRC >> 24) & 0xFF
            self._decrypter = _ZipDecrypter(self._pwd)
            header = self._decrypter(self._fileobj.read(12))
            self._compress_left -= 12
            if header[11] != check_byte:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def __repr__(self):
        result = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(" name=%r mode=%r" % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(" compress_type=%s" % compressor_names.get(
                    self._compress_type, self._compress_type))
        else:
            result.append(" [closed]")
        result.append(">")
        return "".join(result)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _update_crc(self, data):
        if self._expected_crc is None:
            return
        self._running_crc = zlib.crc32(data, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _read_raw(self, n):
        """Up to n compressed bytes (at least MIN_READ_SIZE), decrypted."""
        if self._compress_left <= 0:
            return b""
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def _read1(self, n):
        """The uncompressed data of the next piece of at most about n
        compressed bytes; b'' at the end."""
        if self._eof or n <= 0:
            return b""
        data = self._read_raw(n)
        if self._decompressor is None:
            self._eof = self._compress_left <= 0
        else:
            data = self._decompressor.decompress(data)
            self._eof = self._decompressor.eof or self._compress_left <= 0
            if self._eof:
                data += self._decompressor.flush()
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def _take_buffer(self):
        buf = self._readbuffer[self._offset:]
        self._readbuffer = b""
        self._offset = 0
        return buf

    def _read(self, n, single):
        """Up to n bytes (all that is left when n is None or negative):
        the buffer's, then decompressed pieces; with `single`, at most
        one piece that is not empty."""
        if n is None or n < 0:
            parts = [self._take_buffer()]
            while not self._eof:
                parts.append(self._read1(self.MAX_N))
                if single and parts[-1]:
                    break
            return b"".join(parts)
        end = n + self._offset
        if end < len(self._readbuffer):
            buf = self._readbuffer[self._offset:end]
            self._offset = end
            return buf
        n = end - len(self._readbuffer)
        parts = [self._take_buffer()]
        while n > 0 and not self._eof:
            data = self._read1(n)
            if n < len(data):
                # Keep what was not asked for.
                self._readbuffer = data
                self._offset = n
                parts.append(data[:n])
                break
            parts.append(data)
            n -= len(data)
            if single and data:
                break
        return b"".join(parts)

    def read(self, n=-1):
        """n bytes of the member (all the rest when n is negative or None)."""
        if self.closed:
            raise ValueError("read from closed file.")
        return self._read(n, False)

    def read1(self, n=-1):
        """Up to n bytes, decompressing at most one piece of the member."""
        return self._read(n, True)

    def peek(self, n=1):
        """Bytes ahead (at least n where the member has them, at most
        512), without moving."""
        if n > len(self._readbuffer) - self._offset:
            ahead = self.read(n)
            self._readbuffer = ahead + self._readbuffer[self._offset:]
            self._offset = 0
        return self._readbuffer[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        """The next line (up to and including b'\\n'), at most limit bytes."""
        if self.closed:
            raise ValueError("readline of closed file")
        if limit is None:
            limit = -1
        line = b""
        while limit < 0 or len(line) < limit:
            if self._offset >= len(self._readbuffer):
                if self._eof:
                    break
                self._readbuffer = self._read1(self.MIN_READ_SIZE)
                self._offset = 0
                continue
            stop = self._readbuffer.find(b"\n", self._offset) + 1
            if stop <= 0:
                stop = len(self._readbuffer)
            if limit >= 0:
                stop = min(stop, self._offset + limit - len(line))
            line += self._readbuffer[self._offset:stop]
            self._offset = stop
            if line.endswith(b"\n"):
                break
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset

    def seek(self, offset, whence=0):
        """Moves to a position of the uncompressed data (backwards by
        reading again from the member's start)."""
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        current = self.tell()
        if whence == 0:
            new_pos = offset
        elif whence == 1:
            new_pos = current + offset
        elif whence == 2:
            new_pos = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        new_pos = max(0, min(new_pos, self._orig_file_size))
        read_offset = new_pos - current
        in_buffer = read_offset + self._offset
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            return self.tell()
        if read_offset < 0:
            # Backwards: read again from the member's first byte.
            self._fileobj.seek(self._orig_compress_start)
            self._decompressor = _get_decompressor(self._compress_type)
            self._start()
            read_offset = new_pos
        while read_offset > 0:
            n = min(self.MAX_SEEK_READ, read_offset)
            self.read(n)
            read_offset -= n
        return self.tell()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written: write() compresses into the archive;
    close() completes the member's header."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if isinstance(data, memoryview):
            data = data.tobytes()
        nbytes = len(data)
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return nbytes

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._finish()
        finally:
            self._zipfile._writing = False

    def _finish(self):
        zinfo, fileobj = self._zinfo, self._fileobj
        if self._compressor:
            buf = self._compressor.flush()
            self._compress_size += len(buf)
            fileobj.write(buf)
            zinfo.compress_size = self._compress_size
        else:
            zinfo.compress_size = self._file_size
        zinfo.CRC = self._crc
        zinfo.file_size = self._file_size
        if not self._zip64:
            if self._file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self._compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            fmt = "<LLQQ" if self._zip64 else "<LLLL"
            fileobj.write(struct.pack(fmt, _DD_SIGNATURE, zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
            self._zipfile.start_dir = fileobj.tell()
        else:
            self._zipfile.start_dir = fileobj.tell()
            fileobj.seek(zinfo.header_offset)
            fileobj.write(zinfo.FileHeader(self._zip64))
            fileobj.seek(self._zipfile.start_dir)
        self._zipfile.filelist.append(zinfo)
        self._zipfile.NameToInfo[zinfo.filename] = zinfo


class _Tellable:
    """A write-only file object without tell(): counts what is written."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED,
    allowZip64=True, compresslevel=None) with file a path or a file object
    and mode 'r' (read), 'w' (write anew), 'x' (create) or 'a' (append)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        if hasattr(file, "__fspath__"):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, mode)
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._fileRefCnt = 1
        self._seekable = True
        self._writing = False
        try:
            self._start(mode)
        except BaseException:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(file, mode):
        """The file at path `file`, opened for mode (a new file where 'a'
        finds none)."""
        modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b",
                 "r+b": "w+b", "w+b": "wb", "x+b": "xb"}
        filemode = modes[mode]
        while True:
            try:
                return io.open(file, filemode)
            except OSError:
                if filemode in modes:
                    filemode = modes[filemode]
                    continue
                raise

    def _start(self, mode):
        if mode == "r":
            self._RealGetContents()
        elif mode in ("w", "x"):
            self._didModify = True
            try:
                self.start_dir = self.fp.tell()
            except (AttributeError, OSError):
                self.fp = _Tellable(self.fp)
                self.start_dir = 0
                self._seekable = False
            else:
                try:
                    self.fp.seek(self.start_dir)
                except (AttributeError, OSError):
                    self._seekable = False
        else:
            try:
                self._RealGetContents()
                self.fp.seek(self.start_dir)
            except BadZipFile:
                self.fp.seek(0, 2)
                self._didModify = True
                self.start_dir = self.fp.tell()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ["<%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(" file=%r" % self.fp)
            elif self.filename is not None:
                result.append(" filename=%r" % self.filename)
            result.append(" mode=%r" % self.mode)
        else:
            result.append(" [closed]")
        result.append(">")
        return "".join(result)

    # -- reading the central directory ------------------------------------

    def _RealGetContents(self):
        """Reads the archive's table of contents."""
        fp = self.fp
        try:
            endrec = _EndRecData(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # concat: the bytes before the archive (a zip appended to a file).
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        data = io.BytesIO(fp.read(size_cd))
        total = 0
        while total < size_cd:
            total += self._read_central_entry(data, concat)

    def _read_central_entry(self, fp, concat):
        """Reads one central directory entry from fp; its length."""
        centdir = fp.read(sizeCentralDir)
        if len(centdir) != sizeCentralDir:
            raise BadZipFile("Truncated central directory")
        centdir = struct.unpack(structCentralDir, centdir)
        if centdir[0] != stringCentralDir:
            raise BadZipFile("Bad magic number for central directory")
        filename = fp.read(centdir[12])
        if centdir[5] & _MASK_UTF_FILENAME:
            filename = filename.decode("utf-8")
        else:
            filename = filename.decode(self.metadata_encoding or "cp437")
        x = ZipInfo(filename)
        x.extra = fp.read(centdir[13])
        x.comment = fp.read(centdir[14])
        x.header_offset = centdir[18]
        (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
         x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = centdir[1:12]
        if x.extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
        x.volume, x.internal_attr, x.external_attr = centdir[15:18]
        x._raw_time = t
        x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                       t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
        x._decodeExtra()
        x.header_offset = x.header_offset + concat
        self.filelist.append(x)
        self.NameToInfo[x.filename] = x
        return sizeCentralDir + centdir[12] + centdir[13] + centdir[14]

    # -- the table of contents ------------------------------------------------

    def namelist(self):
        """The names of the members, in the archive's order."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in the archive's order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members to file (stdout by default)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is bad, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(2 ** 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member `name` (KeyError where none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        """Sets the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes"
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -- reading members --------------------------------------------------------

    def read(self, name, pwd=None):
        """The bytes of the member `name` (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """The member `name` (a name or a ZipInfo) as a binary file: a
        ZipExtFile to read in mode 'r', a writer of a new member in mode
        'w'."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _SharedFile(self, zinfo.header_offset)
        try:
            pwd = self._check_local_header(shared, zinfo, name, pwd)
            return ZipExtFile(shared, mode, zinfo, pwd, True)
        except BaseException:
            shared.close()
            raise

    def _check_local_header(self, shared, zinfo, name, pwd):
        """Reads the member's local header (checking it against the
        central directory); the password to decrypt it with, if any."""
        fheader = shared.read(sizeFileHeader)
        if len(fheader) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fheader = struct.unpack(structFileHeader, fheader)
        if fheader[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        fname = shared.read(fheader[10])
        if fheader[11]:
            shared.read(fheader[11])
        if zinfo.flag_bits & _MASK_COMPRESSED_PATCH:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & _MASK_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if fheader[3] & _MASK_UTF_FILENAME:
            fname_str = fname.decode("utf-8")
        else:
            fname_str = fname.decode(self.metadata_encoding or "cp437")
        if fname_str != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (zinfo.orig_filename, fname))
        if not zinfo.flag_bits & _MASK_ENCRYPTED:
            return None
        if not pwd:
            pwd = self.pwd
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not pwd:
            raise RuntimeError("File %r is encrypted, password required for extraction"
                               % name)
        return pwd

    # -- extracting -----------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        """Writes the member (a name or a ZipInfo) under the directory
        path (the current one by default); the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Writes members (all by default) under the directory path."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Absolute names become relative; '', '.' and '..' parts go.
        arcname = member.filename.replace("/", os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ("", os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- writing ----------------------------------------------------------------

    def _writecheck(self, zinfo):
        """Checks before writing a member."""
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            requires_zip64 = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                requires_zip64 = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                requires_zip64 = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                requires_zip64 = "Zipfile size"
            if requires_zip64:
                raise LargeZipFile(requires_zip64 + " would require ZIP64 extensions")

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _check_can_write(self):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file (or directory) at path filename as arcname (its
        path without a drive or leading separators by default)."""
        self._check_can_write()
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, "w") as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member with data (bytes, or str written as UTF-8); the
        member is a ZipInfo or a name (dated now)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == "/":
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode="w") as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member (a ZipInfo or a name)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name)
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()

    # -- closing ---------------------------------------------------------------

    def close(self):
        """Closes the archive; in modes 'w', 'x' and 'a' writes the
        central directory first."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            self._fpclose(fp)

    def _central_entry(self, zinfo):
        """The central directory record of one member."""
        dosdate, dostime = _dos_date_time(zinfo.date_time)
        extra = []
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            extra.append(zinfo.file_size)
            extra.append(zinfo.compress_size)
            file_size = compress_size = 0xffffffff
        else:
            file_size, compress_size = zinfo.file_size, zinfo.compress_size
        if zinfo.header_offset > ZIP64_LIMIT:
            extra.append(zinfo.header_offset)
            header_offset = 0xffffffff
        else:
            header_offset = zinfo.header_offset
        extra_data = zinfo.extra
        min_version = 0
        if extra:
            extra_data = _strip_extra(extra_data, (1,))
            extra_data = struct.pack("<HH" + "Q" * len(extra), 1, 8 * len(extra),
                                     *extra) + extra_data
            min_version = ZIP64_VERSION
        extract_version = max(min_version, zinfo.extract_version)
        create_version = max(min_version, zinfo.create_version)
        filename, flag_bits = zinfo._encodeFilenameFlags()
        centdir = struct.pack(structCentralDir, stringCentralDir, create_version,
                              zinfo.create_system, extract_version, zinfo.reserved, flag_bits,
                              zinfo.compress_type, dostime, dosdate, zinfo.CRC, compress_size,
                              file_size, len(filename), len(extra_data), len(zinfo.comment), 0,
                              zinfo.internal_attr, zinfo.external_attr, header_offset)
        return centdir + filename + extra_data + zinfo.comment

    def _write_end_record(self):
        for zinfo in self.filelist:
            self.fp.write(self._central_entry(zinfo))
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        offset = self.start_dir
        requires_zip64 = None
        if count > ZIP_FILECOUNT_LIMIT:
            requires_zip64 = "Files count"
        elif offset > ZIP64_LIMIT:
            requires_zip64 = "Central directory offset"
        elif size > ZIP64_LIMIT:
            requires_zip64 = "Central directory size"
        if requires_zip64:
            if not self._allowZip64:
                raise LargeZipFile(requires_zip64 + " would require ZIP64 extensions")
            self.fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                      count, count, size, offset))
            self.fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                      0, pos2, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                                  size, offset, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()
