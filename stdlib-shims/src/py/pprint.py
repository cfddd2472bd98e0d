"""pprint for taipan: pretty-print nested data as CPython 3.11 does.

`pformat()`/`pprint()` lay out dicts, lists, tuples, sets, strings,
bytes, `collections` containers, SimpleNamespace and dataclasses across
lines when their repr is wider than `width`, character for character as
CPython's `pprint` does; `saferepr()`, `isreadable()` and
`isrecursive()` answer for recursive structures without looping.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts kept in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), with recursive structures shown as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back as the same value."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """A sort key that orders values of types that do not compare by
    their type's name (then identity)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    """The sort key of a (key, value) item."""
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Collector:
    """The stream pformat() writes to."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def _words(line):
    """line cut after each run of whitespace: every part is non-space
    characters followed by spaces."""
    parts = []
    start = 0
    end = len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        parts.append(line[start:stop])
        start = stop
    return parts


def _wrap_bytes_repr(object, width, allowance):
    """The reprs of consecutive 4-byte-aligned pieces of object, each as
    long as fits in width (less allowance on the last)."""
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


class PrettyPrinter:
    """Formats values as pformat() does, with the given options.

    PrettyPrinter(indent=1, width=80, depth=None, stream=None, *,
                  compact=False, sort_dicts=True, underscore_numbers=False)
    """

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        """Write object's pretty text and a newline to the stream."""
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        """object's pretty text."""
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        """Whether object contains itself."""
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        """Whether object's text could be read back as the same value."""
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line; subclasses
        may override it to show some values differently."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out over several lines -----------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object, starting at column indent, leaving allowance
        columns free after its last line."""
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            layout = self._layout_for(object)
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _layout_for(self, object):
        """The method that lays out object over lines, or None."""
        rep = type(object).__repr__
        layout = self._dispatch.get(rep)
        if layout is not None:
            return layout
        if rep in _user_reprs():
            return PrettyPrinter._pprint_user_data
        if (getattr(type(object).__repr__, "_dataclass_generated", False)
                and not isinstance(object, type)):
            return PrettyPrinter._pprint_dataclass
        return None

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        """collections.UserDict, UserList and UserString: their .data."""
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(cls_name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            self._format_dict_items(self._dict_items(object), stream, indent, allowance + 1,
                                    context, level)
        stream.write("}")

    def _dict_items(self, object):
        if self._sort_dicts:
            return sorted(object.items(), key=_safe_tuple)
        return list(object.items())

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write("{")
            endchar = "}"
        else:
            stream.write(typ.__name__ + "({")
            endchar = "})"
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                self._wrap_words(line, i == len(lines) - 1, max_width, allowance, chunks)
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(rep)
        if level == 1:
            stream.write(")")

    def _wrap_words(self, line, last_line, max_width, allowance, chunks):
        """Append to chunks the reprs of pieces of line (cut after spaces),
        each as long as fits in max_width (less allowance at the very end)."""
        parts = _words(line)
        current = ""
        for j, part in enumerate(parts):
            candidate = current + part
            if j == len(parts) - 1 and last_line:
                max_width -= allowance
            if len(repr(candidate)) > max_width:
                if current:
                    chunks.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            chunks.append(repr(current))

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        delim = ""
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            stream.write(delim)
            stream.write(rep)
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        from types import SimpleNamespace
        if type(object) is SimpleNamespace:
            cls_name = "namespace"
        else:
            cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        stream.write(cls_name + "(")
        self._format_namespace_items(list(object.__dict__.items()), stream, indent, allowance,
                                     context, level)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(delimnl)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write("=")
            if id(ent) in context:
                stream.write("...")
            else:
                self._format(ent, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Write items one per line, or with compact=True as many to a
        line as fit."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ", "
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, mapping in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    # -- one line ---------------------------------------------------------

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive): repr with nested dicts sorted (with
        sort_dicts), containers deeper than maxlevels shown as "...", and
        a container met inside itself as <Recursion on ...>."""
        typ = type(object)
        if typ in _BUILTIN_SCALARS:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_container(object, "{%s}", self._dict_items(object), True,
                                        context, maxlevels, level)
        if (issubclass(typ, list) and r is list.__repr__) or \
                (issubclass(typ, tuple) and r is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                template = "(%s)"
            return self._safe_container(object, template, object, False,
                                        context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False

    def _safe_container(self, object, template, items, is_dict, context, maxlevels, level):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        for item in items:
            if is_dict:
                krepr, kreadable, krecur = self.format(item[0], context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(item[1], context, maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            else:
                orepr, oreadable, orecur = self.format(item, context, maxlevels, level)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
        del context[objid]
        return template % ", ".join(components), readable, recursive


_BUILTIN_SCALARS = frozenset({str, bytes, bytearray, float, bool, type(None)})


def _layouts():
    """The layout methods by the __repr__ of the types they serve."""
    import collections
    from types import SimpleNamespace
    p = PrettyPrinter
    return {
        dict.__repr__: p._pprint_dict,
        list.__repr__: p._pprint_list,
        tuple.__repr__: p._pprint_tuple,
        set.__repr__: p._pprint_set,
        frozenset.__repr__: p._pprint_set,
        str.__repr__: p._pprint_str,
        bytes.__repr__: p._pprint_bytes,
        bytearray.__repr__: p._pprint_bytearray,
        SimpleNamespace.__repr__: p._pprint_simplenamespace,
        collections.OrderedDict.__repr__: p._pprint_ordered_dict,
        collections.defaultdict.__repr__: p._pprint_default_dict,
        collections.Counter.__repr__: p._pprint_counter,
        collections.ChainMap.__repr__: p._pprint_chain_map,
        collections.deque.__repr__: p._pprint_deque,
    }


PrettyPrinter._dispatch = _layouts()


def _user_reprs():
    """The __repr__ of collections.UserDict, UserList and UserString, once
    a script has used them (none before: no object can be one yet). They
    are looked up late so that importing pprint does not load them and
    collections.abc."""
    user = _sys.modules.get("_collections_user")
    if user is None:
        return ()
    return (user.UserDict.__repr__, user.UserList.__repr__, user.UserString.__repr__)
