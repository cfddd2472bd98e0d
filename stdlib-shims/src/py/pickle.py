"""pickle for taipan: serialising objects to bytes and back, in the
formats of protocols 0 to 5.

Pickler writes the bytes CPython 3.11's pickler writes (the same opcodes,
memo indices and frames); Unpickler reads what any CPython writes.
Classes are found by module and name: a class of the loading program's
__main__, or of a module it has imported (taipan imports no module on a
pickle's behalf).
"""

import sys
import struct
import copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """The base class of the pickling errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data is not a valid pickle (or names what cannot be loaded)."""


# Opcodes (see pickletools for what each one does).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2 = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Items per APPENDS / SETITEMS / ADDITEMS.
_BATCHSIZE = 1000
# A frame is closed once it holds this many bytes; a str or bytes this
# long is written outside any frame.
_FRAME_SIZE_TARGET = 64 * 1024
# A frame shorter than this gets no FRAME header.
_FRAME_SIZE_MIN = 4

_FUNCTION = type(lambda: None)
_BUILTIN_FUNCTION = type(len)


def _uint(n, size):
    """n as a little-endian unsigned integer of size bytes."""
    return n.to_bytes(size, "little")


def _read_uint(data):
    """The little-endian unsigned integer in data."""
    return int.from_bytes(data, "little")


def _encode_long(x):
    """x in two's complement, little-endian, in as few bytes as hold its
    sign (b'' for 0): the payload of LONG1 and LONG4."""
    if x == 0:
        return b''
    data = x.to_bytes((x.bit_length() >> 3) + 1, "little", signed=True)
    if x < 0 and len(data) > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    """The integer _encode_long made data from."""
    return int.from_bytes(data, "little", signed=True)


# The characters protocol 0 writes as \\u escapes besides those past
# U+00FF: they would end the line or be taken for an escape.
_PROTO0_ESCAPED = "\\\x00\n\r\x1a"


def _raw_unicode_escape(s):
    """s for protocol 0's UNICODE: latin-1, with \\uXXXX / \\UXXXXXXXX
    for the characters past U+00FF and those in _PROTO0_ESCAPED."""
    out = []
    for ch in s:
        code = ord(ch)
        if code > 0xffff:
            out.append("\\U%08x" % code)
        elif code > 0xff or ch in _PROTO0_ESCAPED:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    """The str a UNICODE opcode's line holds (raw-unicode-escape)."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnpicklingError("truncated \\%sXXXX escape" % text[i + 1])
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\x07",
                   "b": "\x08", "f": "\x0c", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\x0b"}


def _escape_decode(text):
    """The bytes a Python 2 str literal's body (STRING's argument) stands
    for: backslash escapes, \\xhh and octal \\ooo."""
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch != "\\" or i == n:
            out += ch.encode("latin-1")
            continue
        ch = text[i]
        i += 1
        if ch in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[ch].encode("latin-1")
        elif ch == "x":
            out.append(int(text[i:i + 2], 16))
            i += 2
        elif ch in "01234567":
            j = i
            while j < n and j < i + 2 and text[j] in "01234567":
                j += 1
            out.append(int(text[i - 1:j], 8) & 0xff)
            i = j
        else:
            out += ("\\" + ch).encode("latin-1")
    return bytes(out)


# ---------------------------------------------------------------------------
# Names of globals: builtins and the renamings of Python 2.

# The builtin names a pickle can name (module "builtins").
_BUILTINS = {}
for _obj in (object, type, int, float, bool, str,
             bytes, bytearray, tuple, list, dict, set, frozenset, range,
             slice, property, staticmethod, classmethod, super, enumerate,
             zip, map, filter, reversed, len, abs, all, any, ascii, bin,
             callable, chr, divmod, format, getattr, hasattr, hash, hex,
             id, isinstance, issubclass, iter, max, min, next, oct, ord,
             pow, print, repr, round, setattr, delattr, sorted, sum, vars,
             dir, BaseException, Exception, ArithmeticError,
             AssertionError, AttributeError, EOFError, FloatingPointError,
             GeneratorExit, ImportError, ModuleNotFoundError, IndexError,
             KeyError, KeyboardInterrupt, LookupError, MemoryError,
             NameError, NotImplementedError, OSError, OverflowError,
             RecursionError, RuntimeError, StopIteration, SyntaxError,
             SystemExit, TypeError, UnboundLocalError, UnicodeError,
             UnicodeDecodeError, UnicodeEncodeError, ValueError,
             ZeroDivisionError, FileExistsError, FileNotFoundError,
             IsADirectoryError, NotADirectoryError, PermissionError,
             TimeoutError, ConnectionError, InterruptedError, Warning,
             UserWarning, DeprecationWarning, RuntimeWarning):
    _BUILTINS[_obj.__name__] = _obj
_BUILTINS["EnvironmentError"] = OSError
_BUILTINS["IOError"] = OSError

# Python 3 builtins that Python 2 knew under another name.
_BUILTIN_RENAMES = {"range": "xrange", "str": "unicode", "int": "long",
                    "chr": "unichr"}
# Builtins that Python 2 kept in itertools.
_ITERTOOLS_NAMES = {"zip": "izip", "map": "imap", "filter": "ifilter"}
# Exceptions that Python 2 kept in the exceptions module; the OSError
# subclasses were all OSError there.
_PY2_EXCEPTIONS = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BufferError", "BytesWarning", "DeprecationWarning", "EOFError",
    "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning",
    "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning",
    "ReferenceError", "RuntimeError", "RuntimeWarning", "StopIteration",
    "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError"}
_PY2_OSERRORS = {
    "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError",
    "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError"}


def _python2_name(module, name):
    """(module, name) as Python 2 names it (what protocols 0-2 write)."""
    if module == "builtins":
        if name in _PY2_EXCEPTIONS:
            return "exceptions", name
        if name in _PY2_OSERRORS:
            return "exceptions", "OSError"
        if name == "ModuleNotFoundError":
            return "exceptions", "ImportError"
        if name in _ITERTOOLS_NAMES:
            return "itertools", _ITERTOOLS_NAMES[name]
        return "__builtin__", _BUILTIN_RENAMES.get(name, name)
    if module == "copyreg":
        return "copy_reg", name
    if module == "functools" and name == "reduce":
        return "__builtin__", "reduce"
    return module, name


_PY3_RENAMES = {v: k for k, v in _BUILTIN_RENAMES.items()}
_PY3_RENAMES["basestring"] = "str"
_PY3_ITERTOOLS = {v: k for k, v in _ITERTOOLS_NAMES.items()}
_PY3_ITERTOOLS["ifilterfalse"] = "filterfalse"
_PY3_ITERTOOLS["izip_longest"] = "zip_longest"


def _python3_name(module, name):
    """(module, name) as Python 3 names what a Python 2 pickle names."""
    if module == "__builtin__":
        if name == "reduce":
            return "functools", "reduce"
        return "builtins", _PY3_RENAMES.get(name, name)
    if module == "exceptions":
        if name == "StandardError":
            return "builtins", "Exception"
        return "builtins", name
    if module == "copy_reg":
        return "copyreg", name
    if module == "itertools" and name in _PY3_ITERTOOLS:
        target = _PY3_ITERTOOLS[name]
        if target in _BUILTINS:
            return "builtins", target
        return "itertools", target
    if module in ("UserDict", "UserList", "UserString"):
        return "collections", module if name != "IterableUserDict" else "UserDict"
    if module == "cPickle":
        return "pickle", name
    return module, name


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """_codecs.encode, which pickles of bytes name (protocols 0-2):
    obj.encode(encoding, errors)."""
    return obj.encode(encoding, errors)


class _CodecsModule:
    """The part of the _codecs module that pickles name."""

    encode = staticmethod(_codecs_encode)


def _module_named(name):
    """The module the program has imported under name (a few that pickles
    name often are imported here on demand)."""
    if name == "builtins":
        return None
    module = sys.modules.get(name)
    if module is not None:
        return module
    if name == "collections":
        import collections
        return collections
    if name == "copyreg":
        return copyreg
    if name == "_codecs":
        return _CodecsModule
    raise ModuleNotFoundError(
        "No module named %r (taipan's pickle finds classes only in "
        "modules the program has imported)" % name)


def _lookup(module_name, qualname):
    """The object module_name.qualname (qualname may be dotted)."""
    if module_name == "builtins":
        if qualname in _BUILTINS:
            return _BUILTINS[qualname]
        raise AttributeError("module 'builtins' has no attribute %r" % qualname)
    module = _module_named(module_name)
    if "<locals>" in qualname.split("."):
        raise AttributeError("Can't get local attribute %r on %r"
                             % (qualname, module))
    obj = module
    for part in qualname.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (qualname, module)) from None
    return obj


def _global_name(obj, name):
    """(module, qualname) under which obj can be found again."""
    if obj is _codecs_encode:
        return "_codecs", "encode"
    if name is None:
        name = getattr(obj, "__qualname__", None) or obj.__name__
    if "<locals>" in name.split("."):
        raise AttributeError("Can't pickle local object %r" % name)
    module = getattr(obj, "__module__", None)
    if module is None or (module == "builtins" and _BUILTINS.get(name) is not obj):
        module = _which_module(obj, name)
    try:
        found = _lookup(module, name)
    except (ImportError, AttributeError, KeyError):
        raise PicklingError("Can't pickle %r: it's not found as %s.%s"
                            % (obj, module, name)) from None
    if found is not obj:
        raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                            % (obj, module, name))
    return module, name


def _which_module(obj, name):
    """The name of the imported module that holds obj as name."""
    if _BUILTINS.get(name) is obj:
        return "builtins"
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name == "__main__":
            continue
        if getattr(module, name, None) is obj:
            return module_name
    return "__main__"


# ---------------------------------------------------------------------------
# Pickling


class _Framer:
    """The output of a Pickler: from protocol 4 on, in frames of about
    _FRAME_SIZE_TARGET bytes, each after a FRAME opcode and its length
    (none for one shorter than _FRAME_SIZE_MIN)."""

    def __init__(self, write, framing):
        self._file_write = write
        self.framing = framing
        self._frame = bytearray()

    def write(self, data):
        """Append data to the current frame (or the output)."""
        if self.framing:
            self._frame += data
        else:
            self._file_write(data)

    def boundary(self):
        """Between two opcodes: close the frame once it is full."""
        if self.framing and len(self._frame) >= _FRAME_SIZE_TARGET:
            self.commit()

    def commit(self):
        """Write out the current frame, with its header when it needs one."""
        frame = self._frame
        if not frame:
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + _uint(len(frame), 8))
        self._file_write(bytes(frame))
        self._frame = bytearray()

    def write_large(self, header, payload):
        """Write an opcode and its payload, outside any frame when the
        payload is long enough to be a frame of its own."""
        if self.framing and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit()
            self._file_write(header)
            self._file_write(bytes(payload))
        else:
            self.write(header)
            self.write(payload)


def _memo_key(obj):
    """The memo key of obj: its id, except for the values CPython keeps a
    single object of (the empty and one-character latin-1 str, the empty
    and one-byte bytes), which are keyed by value."""
    cls = type(obj)
    if (cls is str and (len(obj) == 0 or (len(obj) == 1 and ord(obj) < 256))) \
            or (cls is bytes and len(obj) <= 1):
        return (cls, obj)
    return id(obj)


class Pickler:
    """Writes pickles of objects to a binary file (anything with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        # {memo key: (index, object)}; the object is kept alive so its id
        # is not reused while the memo holds it.
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        """Forget the objects pickled so far (they are written again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._framer = _Framer(self._file_write, False)
        self.write = self._framer.write
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        self._framer.framing = self.proto >= 4
        self.save(obj)
        self.write(STOP)
        self._framer.commit()

    # -- the memo --

    def memoize(self, obj):
        """Store obj in the memo, and write the opcode that stores it."""
        if self.fast:
            return
        index = len(self.memo)
        self.write(self._put(index))
        self.memo[_memo_key(obj)] = (index, obj)

    def _put(self, index):
        """The opcode that stores the top of the stack as memo[index]."""
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + bytes([index])
            return LONG_BINPUT + _uint(index, 4)
        return PUT + str(index).encode("ascii") + b'\n'

    def _get(self, index):
        """The opcode that pushes memo[index]."""
        if self.bin:
            if index < 256:
                return BINGET + bytes([index])
            return LONG_BINGET + _uint(index, 4)
        return GET + str(index).encode("ascii") + b'\n'

    def _memo_get(self, obj):
        """The opcode that pushes obj from the memo, or None."""
        entry = self.memo.get(_memo_key(obj))
        if entry is None:
            return None
        return self._get(entry[0])

    # -- saving --

    def save(self, obj, save_persistent_id=True):
        """Write the opcodes that rebuild obj."""
        self._save(obj, save_persistent_id)
        self._framer.boundary()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        cls = type(obj)
        atomic = self._ATOMIC.get(cls)
        if atomic is not None:
            atomic(self, obj)
            return
        got = self._memo_get(obj)
        if got is not None:
            self.write(got)
            return
        saver = self._DISPATCH.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        reduce = getattr(self, "reducer_override", None)
        if reduce is not None:
            rv = reduce(obj)
            if rv is not NotImplemented:
                self._save_reduced(obj, rv)
                return
        table = getattr(self, "dispatch_table", copyreg.dispatch_table)
        reduce = table.get(cls)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            rv = copyreg._reduce_object(obj, self.proto)
        self._save_reduced(obj, rv)

    def _save_reduced(self, obj, rv):
        """Write obj from what its reduction returned."""
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by __reduce__ must contain 2 "
                                "through six elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        """The persistent id of obj, or None: subclasses override it to
        pickle objects by reference to outside storage."""
        return None

    def save_pers(self, pid):
        """Write a persistent id."""
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            self.write(PERSID + str(pid).encode("ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Write an object from its reduction (func, args, state,
        listitems, dictitems, state_setter)."""
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif self.proto >= 2 and name == "__newobj__":
            self._save_newobj(args, obj)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            got = self._memo_get(obj)
            if got is not None:
                # obj was pickled while its arguments were: a cycle.
                self.write(POP + got)
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)

    def _save_newobj(self, args, obj):
        """NEWOBJ: cls.__new__(cls, *args[1:])."""
        if not args:
            raise PicklingError("args from save_reduce() must be non-empty "
                                "when func is __newobj__")
        cls = args[0]
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from __newobj__ args has no __new__")
        if obj is not None and cls is not type(obj):
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self.save(cls)
        self.save(args[1:])
        self.write(NEWOBJ)

    def _save_newobj_ex(self, args, obj):
        """NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)."""
        if len(args) != 3:
            raise PicklingError("__newobj_ex__ args must be a 3-tuple")
        cls, new_args, kwargs = args
        if obj is not None and cls is not type(obj):
            raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
        if self.proto < 4:
            raise PicklingError("__newobj_ex__ needs protocol 4 (taipan "
                                "has no functools.partial form of it)")
        self.save(cls)
        self.save(new_args)
        self.save(kwargs)
        self.write(NEWOBJ_EX)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj < 0x100:
                self.write(BININT1 + bytes([obj]))
                return
            if 0 <= obj < 0x10000:
                self.write(BININT2 + _uint(obj, 2))
                return
            if -0x80000000 <= obj < 0x80000000:
                self.write(BININT + obj.to_bytes(4, "little", signed=True))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes([len(data)]) + data)
            else:
                self.write(LONG4 + _uint(len(data), 4) + data)
        elif -0x80000000 <= obj < 0x80000000:
            self.write(INT + str(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + str(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode("latin-1"), _LATIN1),
                                 obj=obj)
            return
        n = len(obj)
        if n < 256:
            header = SHORT_BINBYTES + bytes([n])
        elif n > 0xffffffff and self.proto >= 4:
            header = BINBYTES8 + _uint(n, 8)
        else:
            header = BINBYTES + _uint(n, 4)
        self._framer.write_large(header, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._framer.write_large(BYTEARRAY8 + _uint(len(obj), 8), obj)
        self.memoize(obj)

    def save_str(self, obj):
        if not self.bin:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
            self.memoize(obj)
            return
        data = obj.encode("utf-8", "surrogatepass")
        n = len(data)
        if n < 256 and self.proto >= 4:
            header = SHORT_BINUNICODE + bytes([n])
        elif n > 0xffffffff and self.proto >= 4:
            header = BINUNICODE8 + _uint(n, 8)
        else:
            header = BINUNICODE + _uint(n, 4)
        self._framer.write_large(header, data)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        short = n <= 3 and self.proto >= 2
        if not short:
            self.write(MARK)
        for item in obj:
            self.save(item)
        got = self._memo_get(obj)
        if got is not None:
            # The tuple was pickled while its items were (through a
            # mutable item): drop the items, take it from the memo.
            if short:
                self.write(POP * n)
            elif self.bin:
                self.write(POP_MARK)
            else:
                self.write(POP * (n + 1))
            self.write(got)
            return
        self.write(_TUPLESIZE2[n] if short else TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin or len(obj) == 1:
            self._one_by_one(obj, APPEND, self.save)
            return
        for start in range(0, len(obj), _BATCHSIZE):
            self._batch(obj[start:start + _BATCHSIZE], APPENDS, self.save)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        items = list(obj.items())
        if not self.bin or len(items) == 1:
            self._one_by_one(items, SETITEM, self._save_pair)
            return
        self._full_batches(items, SETITEMS, self._save_pair)

    def _save_pair(self, item):
        self.save(item[0])
        self.save(item[1])

    def _one_by_one(self, items, op, save_item):
        """Each item followed by op (APPEND or SETITEM)."""
        for item in items:
            save_item(item)
            self.write(op)

    def _batch(self, items, op, save_item):
        """MARK, the items, op (APPENDS, SETITEMS or ADDITEMS)."""
        self.write(MARK)
        for item in items:
            save_item(item)
        self.write(op)

    def _full_batches(self, items, op, save_item):
        """Batches of a dict or set: after a full batch comes another one,
        empty when there are no items left (as CPython writes them)."""
        if not items:
            return
        for start in range(0, len(items) + 1, _BATCHSIZE):
            self._batch(items[start:start + _BATCHSIZE], op, save_item)

    def _batch_appends(self, items):
        """The listitems of a reduction (an iterator)."""
        self._batch_iter(iter(items), APPEND, APPENDS, self.save)

    def _batch_setitems(self, items):
        """The dictitems of a reduction (an iterator of pairs)."""
        self._batch_iter(iter(items), SETITEM, SETITEMS, self._save_pair)

    def _batch_iter(self, it, one, many, save_item):
        """Items from an iterator: one by one (protocol 0), else batches
        between MARK and `many`, a batch of one item with `one`."""
        if not self.bin:
            self._one_by_one(it, one, save_item)
            return
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) == 1:
                self._one_by_one(batch, one, save_item)
            elif batch:
                self._batch(batch, many, save_item)
            if len(batch) < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        self._full_batches(list(obj), ADDITEMS, self.save)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        got = self._memo_get(obj)
        if got is not None:
            # A cycle through an item stored the frozenset already.
            self.write(POP_MARK + got)
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        """Write obj as a reference to its module and name."""
        module, name = _global_name(obj, name)
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module, name))
            if code:
                self._save_extension(code)
                return
        parts = name.split(".")
        if self.proto >= 4:
            self.save(module)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif len(parts) > 1:
            # Protocols before 4 name one attribute: getattr(parent, last).
            parent = _lookup(module, ".".join(parts[:-1]))
            self.save_reduce(getattr, (parent, parts[-1]))
        else:
            if self.fix_imports:
                module, name = _python2_name(module, name)
            try:
                line = (GLOBAL + module.encode("ascii") + b'\n'
                        + name.encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' "
                                    "using pickle protocol %d"
                                    % (module, name, self.proto)) from None
            self.write(line)
        self.memoize(obj)

    def _save_extension(self, code):
        if code <= 0xff:
            self.write(EXT1 + bytes([code]))
        elif code <= 0xffff:
            self.write(EXT2 + _uint(code, 2))
        else:
            self.write(EXT4 + _uint(code, 4))


_LATIN1 = "latin1"

# Types written without looking at the memo (never memoized).
Pickler._ATOMIC = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

# Types with a writer of their own.
Pickler._DISPATCH = {
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_global,
    _FUNCTION: Pickler.save_global,
    _BUILTIN_FUNCTION: Pickler.save_global,
}


# ---------------------------------------------------------------------------
# Unpickling


class _Stop(Exception):
    """Raised by the STOP opcode to end load() with the value."""

    def __init__(self, value):
        self.value = value


class _BytesReader:
    """read() and readline() over a bytes-like object."""

    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n=-1):
        pos = self._pos
        end = len(self._data) if n < 0 else pos + n
        self._pos = min(end, len(self._data))
        return self._data[pos:end]

    def readline(self):
        pos = self._pos
        end = self._data.find(b'\n', pos)
        end = len(self._data) if end < 0 else end + 1
        self._pos = end
        return self._data[pos:end]


class Unpickler:
    """Reads pickles from a binary file (anything with read() and
    readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        """Read one pickle from the file, and return the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._frame = None
        self.metastack = []
        self.stack = []
        self.proto = 0
        dispatch = self._DISPATCH
        try:
            while True:
                key = self.read(1, eof=EOFError("Ran out of input"))
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, %s."
                                          % _quoted_byte(key[0]))
                op(self)
        except _Stop as stop:
            return stop.value

    # -- reading --

    def read(self, n, eof=None):
        """n bytes from the current frame or the file."""
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise eof if (eof is not None and not data) \
                else UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        """A line (with its newline) from the current frame or the file."""
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if line:
                if not line.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return line
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _line(self):
        """A line without its newline."""
        return self.readline()[:-1]

    # -- the stack --

    def pop(self):
        """The top of the stack, removed."""
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def top(self):
        """The top of the stack."""
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def pop_mark(self):
        """The items pushed since the last MARK, removed with it."""
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def push(self, value):
        self.stack.append(value)

    # -- globals --

    def find_class(self, module, name):
        """The global module.name a pickle refers to (protocols before 3
        may use Python 2's names)."""
        if self.proto < 3 and self.fix_imports:
            module, name = _python3_name(module, name)
        return _lookup(module, name)

    def persistent_load(self, pid):
        """The object a persistent id stands for: subclasses override it."""
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    def _decode_string(self, data):
        """A Python 2 str, as the encoding given to the Unpickler says."""
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    # -- opcodes --

    def load_proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = _read_uint(self.read(8))
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = _BytesReader(self._read_file(size))

    def _read_file(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.push(self.persistent_load(pid))

    def load_binpersid(self):
        self.push(self.persistent_load(self.pop()))

    def load_none(self):
        self.push(None)

    def load_false(self):
        self.push(False)

    def load_true(self):
        self.push(True)

    def load_int(self):
        data = self._line()
        if data == b'01':
            value = True
        elif data == b'00':
            value = False
        else:
            value = _parse_int(data)
        self.push(value)

    def load_binint(self):
        self.push(int.from_bytes(self.read(4), "little", signed=True))

    def load_binint1(self):
        self.push(self.read(1)[0])

    def load_binint2(self):
        self.push(_read_uint(self.read(2)))

    def load_long(self):
        data = self._line()
        if data.endswith(b'L'):
            data = data[:-1]
        self.push(_parse_int(data))

    def load_long1(self):
        n = self.read(1)[0]
        self.push(_decode_long(self.read(n)))

    def load_long4(self):
        n = int.from_bytes(self.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.push(_decode_long(self.read(n)))

    def load_float(self):
        try:
            self.push(float(self._line().decode("ascii")))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None

    def load_binfloat(self):
        self.push(struct.unpack(">d", self.read(8))[0])

    def load_string(self):
        data = self._line().decode("latin-1")
        if len(data) >= 2 and data[0] == data[-1] and data[0] in "'\"":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.push(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.push(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.push(self._decode_string(self.read(n)))

    def load_binbytes(self):
        self.push(self.read(_read_uint(self.read(4))))

    def load_short_binbytes(self):
        self.push(self.read(self.read(1)[0]))

    def load_binbytes8(self):
        self.push(self.read(_read_uint(self.read(8))))

    def load_bytearray8(self):
        self.push(bytearray(self.read(_read_uint(self.read(8)))))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self.push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer(self):
        value = self.top()
        if isinstance(value, bytearray):
            self.stack[-1] = bytes(value)

    def load_unicode(self):
        self.push(_raw_unicode_unescape(self._line()))

    def load_binunicode(self):
        self.push(self._utf8(self.read(_read_uint(self.read(4)))))

    def load_short_binunicode(self):
        self.push(self._utf8(self.read(self.read(1)[0])))

    def load_binunicode8(self):
        self.push(self._utf8(self.read(_read_uint(self.read(8)))))

    def _utf8(self, data):
        return data.decode("utf-8", "surrogatepass")

    def load_tuple(self):
        self.push(tuple(self.pop_mark()))

    def load_empty_tuple(self):
        self.push(())

    def load_tuple1(self):
        self.stack[-1:] = [tuple(self._last(1))]

    def load_tuple2(self):
        self.stack[-2:] = [tuple(self._last(2))]

    def load_tuple3(self):
        self.stack[-3:] = [tuple(self._last(3))]

    def _last(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-n:]

    def load_empty_list(self):
        self.push([])

    def load_empty_dict(self):
        self.push({})

    def load_empty_set(self):
        self.push(set())

    def load_frozenset(self):
        self.push(frozenset(self.pop_mark()))

    def load_list(self):
        self.push(self.pop_mark())

    def load_dict(self):
        items = self.pop_mark()
        self.push({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            return klass.__new__(klass)
        return klass(*args)

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        self.push(self._instantiate(klass, tuple(self.pop_mark())))

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        self.push(self._instantiate(args[0], tuple(args[1:])))

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        self.push(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.push(self.find_class(module, name))

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.push(self.find_class(module, name))

    def load_ext1(self):
        self._load_extension(self.read(1)[0])

    def load_ext2(self):
        self._load_extension(_read_uint(self.read(2)))

    def load_ext4(self):
        self._load_extension(_read_uint(self.read(4)))

    def _load_extension(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is None:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self.push(obj)

    def load_reduce(self):
        args = self.pop()
        func = self.top()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE expected an arg tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.push(self.top())

    def _memo_value(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def load_get(self):
        self.push(self._memo_value(_parse_int(self._line())))

    def load_binget(self):
        self.push(self._memo_value(self.read(1)[0]))

    def load_long_binget(self):
        self.push(self._memo_value(_read_uint(self.read(4))))

    def load_put(self):
        index = _parse_int(self._line())
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self.top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.top()

    def load_long_binput(self):
        self.memo[_read_uint(self.read(4))] = self.top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self.top()

    def load_append(self):
        value = self.pop()
        self.top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self.top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
            return
        for item in items:
            target.append(item)

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self.top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.top()
        if isinstance(target, (set, frozenset)):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for key, value in state.items():
                inst_dict[key] = value
        if slotstate:
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self.pop())


def _parse_int(data):
    """The int in an opcode's decimal line."""
    try:
        return int(data.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise ValueError("invalid literal for int() with base 10: %r"
                         % data.decode("latin-1")) from None


def _quoted_byte(code):
    """An opcode byte as an invalid-load-key message shows it."""
    ch = chr(code)
    if 0x20 <= code < 0x7f:
        return "'%s'" % ch
    return "'\\x%02x'" % code


Unpickler._DISPATCH = {
    PROTO[0]: Unpickler.load_proto,
    FRAME[0]: Unpickler.load_frame,
    PERSID[0]: Unpickler.load_persid,
    BINPERSID[0]: Unpickler.load_binpersid,
    NONE[0]: Unpickler.load_none,
    NEWFALSE[0]: Unpickler.load_false,
    NEWTRUE[0]: Unpickler.load_true,
    INT[0]: Unpickler.load_int,
    BININT[0]: Unpickler.load_binint,
    BININT1[0]: Unpickler.load_binint1,
    BININT2[0]: Unpickler.load_binint2,
    LONG[0]: Unpickler.load_long,
    LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4,
    FLOAT[0]: Unpickler.load_float,
    BINFLOAT[0]: Unpickler.load_binfloat,
    STRING[0]: Unpickler.load_string,
    BINSTRING[0]: Unpickler.load_binstring,
    SHORT_BINSTRING[0]: Unpickler.load_short_binstring,
    BINBYTES[0]: Unpickler.load_binbytes,
    SHORT_BINBYTES[0]: Unpickler.load_short_binbytes,
    BINBYTES8[0]: Unpickler.load_binbytes8,
    BYTEARRAY8[0]: Unpickler.load_bytearray8,
    NEXT_BUFFER[0]: Unpickler.load_next_buffer,
    READONLY_BUFFER[0]: Unpickler.load_readonly_buffer,
    UNICODE[0]: Unpickler.load_unicode,
    BINUNICODE[0]: Unpickler.load_binunicode,
    SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode,
    BINUNICODE8[0]: Unpickler.load_binunicode8,
    TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple,
    TUPLE1[0]: Unpickler.load_tuple1,
    TUPLE2[0]: Unpickler.load_tuple2,
    TUPLE3[0]: Unpickler.load_tuple3,
    EMPTY_LIST[0]: Unpickler.load_empty_list,
    EMPTY_DICT[0]: Unpickler.load_empty_dict,
    EMPTY_SET[0]: Unpickler.load_empty_set,
    FROZENSET[0]: Unpickler.load_frozenset,
    LIST[0]: Unpickler.load_list,
    DICT[0]: Unpickler.load_dict,
    INST[0]: Unpickler.load_inst,
    OBJ[0]: Unpickler.load_obj,
    NEWOBJ[0]: Unpickler.load_newobj,
    NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    GLOBAL[0]: Unpickler.load_global,
    STACK_GLOBAL[0]: Unpickler.load_stack_global,
    EXT1[0]: Unpickler.load_ext1,
    EXT2[0]: Unpickler.load_ext2,
    EXT4[0]: Unpickler.load_ext4,
    REDUCE[0]: Unpickler.load_reduce,
    POP[0]: Unpickler.load_pop,
    POP_MARK[0]: Unpickler.load_pop_mark,
    DUP[0]: Unpickler.load_dup,
    GET[0]: Unpickler.load_get,
    BINGET[0]: Unpickler.load_binget,
    LONG_BINGET[0]: Unpickler.load_long_binget,
    PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput,
    LONG_BINPUT[0]: Unpickler.load_long_binput,
    MEMOIZE[0]: Unpickler.load_memoize,
    APPEND[0]: Unpickler.load_append,
    APPENDS[0]: Unpickler.load_appends,
    SETITEM[0]: Unpickler.load_setitem,
    SETITEMS[0]: Unpickler.load_setitems,
    ADDITEMS[0]: Unpickler.load_additems,
    BUILD[0]: Unpickler.load_build,
    MARK[0]: Unpickler.load_mark,
    STOP[0]: Unpickler.load_stop,
}


# ---------------------------------------------------------------------------
# Shorthands


class _BytesWriter:
    """A write() that collects what is written."""

    def __init__(self):
        self.data = bytearray()

    def write(self, data):
        self.data += data
        return len(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to file (opened for binary writing)."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    out = _BytesWriter()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return bytes(out.data)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """The object of the next pickle in file (opened for binary reading)."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object pickled in data (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports,
                     encoding=encoding, errors=errors, buffers=buffers).load()
