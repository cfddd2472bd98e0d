"""string for taipan: the ASCII character-class constants, capwords,
Template and Formatter (which lives in `_string_formatter`, loaded on
first use)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def __getattr__(name):
    """Formatter, from `_string_formatter`: only the scripts that use it
    compile its parser."""
    if name == "Formatter":
        from _string_formatter import Formatter
        globals()["Formatter"] = Formatter
        return Formatter
    raise AttributeError("module 'string' has no attribute %r" % (name,))


def capwords(s, sep=None):
    """Split s on sep (runs of whitespace when sep is None), capitalize
    each word and join them with sep (a single space when sep is None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


class Template:
    """`$`-substitution: `Template("$who likes ${what}").substitute(who="x",
    what="y")`. `$$` is a literal `$`. Subclasses may change `delimiter`,
    `idpattern`, `braceidpattern`, `flags` or the whole `pattern`."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _regex(cls):
        """The compiled pattern of this class (made on first use)."""
        compiled = cls.__dict__.get("_compiled_pattern")
        if compiled is None:
            import re
            pattern = getattr(cls, "pattern", None)
            if pattern is None:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                braced = cls.braceidpattern or cls.idpattern
                pattern = (delim + "(?:(?P<escaped>" + delim + ")|(?P<named>" + ident
                           + ")|{(?P<braced>" + braced + ")}|(?P<invalid>))")
            if isinstance(pattern, str):
                # Patterns are verbose, as CPython compiles them.
                flags = re.IGNORECASE if cls.flags is None else cls.flags
                pattern = re.compile(pattern, flags | re.VERBOSE)
            compiled = pattern
            cls._compiled_pattern = compiled
        return compiled

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced: KeyError for a
        missing name, ValueError for a `$` that starts no placeholder."""
        lookup = _lookup(mapping, kws)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(lookup(named))
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self._regex())

        return self._regex().sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), leaving missing names and stray `$` as they are."""
        lookup = _lookup(mapping, kws)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(lookup(named))
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self._regex())

        return self._regex().sub(convert, self.template)

    def is_valid(self):
        """Whether every `$` starts a placeholder or an escape."""
        for mo in self._regex().finditer(self.template):
            if mo.group("invalid") is not None:
                return False
        return True

    def get_identifiers(self):
        """The names the template uses, in order of first use."""
        ids = []
        for mo in self._regex().finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
        return ids


def _lookup(mapping, kws):
    """Name lookup for Template: the keywords first, then the mapping."""
    def lookup(name):
        if name in kws:
            return kws[name]
        if mapping is None:
            raise KeyError(name)
        return mapping[name]
    return lookup
