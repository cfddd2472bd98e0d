"""string.Formatter for taipan, apart from string.py so that `import
string` does not compile it: string's module __getattr__ loads it.

Formatter parses format strings in Python, as CPython's C helpers in
`_string` do (same tuples, same errors, raised when the iteration reaches
them); its parse() returns a generator where CPython's returns a
`formatteriterator`.
"""

import sys

__all__ = ["Formatter"]

# What is defined here belongs to string, as in CPython: the classes' and
# functions' __module__ is taken from __name__.
__name__ = "string"


class Formatter:
    """str.format() as methods a subclass may override: vformat() parses
    the string (parse()), finds each field's object (get_field(),
    get_value()), converts it (convert_field()) and formats it
    (format_field()), then lets check_unused_args() see what was used."""

    def format(self, format_string, /, *args, **kwargs):
        """format_string.format(*args, **kwargs), through this formatter."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments as a sequence and a mapping."""
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        """The formatted text and the next automatic field number (False
        once fields were numbered by hand); format specs are formatted
        too, nested up to recursion_depth."""
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            field_name, auto_arg_index = _number_field(field_name, auto_arg_index)
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """args[key] for an int key, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys used; does nothing (a subclass may object)."""
        pass

    def format_field(self, value, format_spec):
        """format(value, format_spec)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """value after the conversion None, 's', 'r' or 'a'."""
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterator of (literal_text, field_name, format_spec,
        conversion) tuples; field_name is None after the last literal
        text, conversion None when the field has none."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, key) for a field name like "0.name" or "key[3]": the
        object found from get_value(key, ...) through the attributes and
        items named."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


_SWITCH_TO_AUTO = "cannot switch from manual field specification to automatic field numbering"


def _number_field(field_name, auto_arg_index):
    """The field name with an empty one numbered automatically, and the
    next automatic number (False once a field is numbered by hand)."""
    if field_name == "":
        if auto_arg_index is False:
            raise ValueError(_SWITCH_TO_AUTO)
        return str(auto_arg_index), auto_arg_index + 1
    if field_name.isdigit():
        if auto_arg_index:
            raise ValueError(_SWITCH_TO_AUTO)
        return field_name, False
    return field_name, auto_arg_index


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("expected str, got %s" % type(value).__name__)


def _formatter_parser(format_string):
    """Formatter.parse(): the type checked now, the string parsed lazily
    (errors come when the iteration reaches them), as CPython's
    _string.formatter_parser does."""
    _check_str(format_string)
    return _parse_markup(format_string)


def _parse_markup(s):
    """Yield (literal_text, field_name, format_spec, conversion) for each
    stretch of s up to a replacement field or an escaped brace."""
    i, n = 0, len(s)
    while i < n:
        start = i
        brace = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                brace = c
                break
        end = i
        if brace == "}" and (i >= n or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and i >= n:
            raise ValueError("Single '{' encountered in format string")
        if brace and s[i] == brace:
            i += 1
            yield s[start:end], None, None, None
            continue
        if not brace:
            yield s[start:end], None, None, None
            continue
        field_name, format_spec, conversion, i = _parse_field(s, i)
        yield s[start:end - 1], field_name, format_spec, conversion


def _parse_field(s, i):
    """(field_name, format_spec, conversion, index after the field) for
    the replacement field whose text starts at s[i], after its '{'."""
    n = len(s)
    name_start = i
    c = ""
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            continue
        if c == "}" or c == ":" or c == "!":
            break
    field_name = s[name_start:i - 1]
    if c == "}":
        return field_name, "", None, i
    if c != "!" and c != ":":
        raise ValueError("expected '}' before end of string")
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == "}":
                return field_name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return field_name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    """text as an int when it is all decimal digits (of any script), else
    None; ValueError when those digits run past sys.maxsize, as CPython
    checks while reading them."""
    digits = 0
    while digits < len(text) and text[digits].isdecimal():
        digits += 1
    if not digits:
        return None
    if int(text[:digits]) > sys.maxsize:
        raise ValueError("Too many decimal digits in format string")
    return int(text) if digits == len(text) else None


def _field_name_split(field_name):
    """(first, rest) for a field name: first is its part before any '.'
    or '[' (an int when it is a number), rest an iterator of (is_attribute,
    key) for the lookups after it."""
    _check_str(field_name)
    i = 0
    while i < len(field_name) and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    index = _as_index(first)
    return (first if index is None else index), _field_lookups(field_name, i)


def _field_lookups(s, i):
    """Yield (True, name) for each '.name' and (False, key) for each
    '[key]' of s from index i (key an int when it is a number)."""
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            start = i
            while i < n and s[i] != "." and s[i] != "[":
                i += 1
            name = s[start:i]
            key = name
        elif c == "[":
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            index = _as_index(name)
            key = name if index is None else index
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError("Empty attribute in format string")
        yield c == ".", key
