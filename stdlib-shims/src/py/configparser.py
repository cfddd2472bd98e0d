"""configparser for taipan: INI-style configuration files, as CPython
3.11's configparser reads, interpolates and writes them, written in the
Python subset taipan runs.

RawConfigParser (no interpolation) and ConfigParser (BasicInterpolation,
`%(name)s`) read files, strings, dicts and line iterables into sections
of options, look values up with DEFAULT as the fallback section, convert
them (getint, getfloat, getboolean and converters=), and act as mappings
of SectionProxy objects (`parser['section']['key']`).
ExtendedInterpolation gives `${section:name}`.

Where it differs from CPython 3.11: LegacyInterpolation is not there.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError", "ConfigParser", "SafeConfigParser",
           "RawConfigParser", "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):
    """Base class of the configparser errors; str() and repr() give the
    message."""

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """No section of that name."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno, what, msg):
    """The message of a duplicate: where it was read, if known."""
    if source is None:
        return what.capitalize() + " " + msg
    where = "While reading from %r" % (source,)
    if lineno is not None:
        where += " [line {0:2d}]".format(lineno)
    return where + ": " + what + " " + msg


class DuplicateSectionError(Error):
    """A section added twice, or found twice in one source by a strict
    parser."""

    def __init__(self, section, source=None, lineno=None):
        Error.__init__(self, _where(source, lineno, "section", "%r already exists" % (section,)))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option found twice in one section of one source by a strict
    parser."""

    def __init__(self, section, option, source=None, lineno=None):
        Error.__init__(self, _where(source, lineno, "option", "%r in section %r already exists"
                                    % (option, section)))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """No option of that name in the section (nor in DEFAULT)."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class of the interpolation errors."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference to an option that is not there."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an interpolation "
               "key {!r} which is not a valid option name. Raw value: {!r}"
               .format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value whose interpolation syntax is wrong."""


class InterpolationDepthError(InterpolationError):
    """References nested more than MAX_INTERPOLATION_DEPTH deep."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
               "contains an interpolation key which cannot be substituted in {} steps. "
               "Raw value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source that are neither sections, options, comments nor
    continuations; `errors` lists (line number, repr of the line)."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, "Source contains parsing errors: %r" % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        """Deprecated, use `source'."""
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# The fallback of the getters when none is given (None is a fallback).
_UNSET = object()


class Interpolation:
    """No interpolation: values pass through unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Interpolation by a marker character: the marker doubled stands for
    itself; the marker and an opening bracket start a reference, which
    subclasses look up (`_KEYCRE` matches a whole reference)."""

    _MARKER = "%"
    _OPEN = "("
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section, defaults, 1)
        return "".join(parts)

    def before_set(self, parser, section, option, value):
        marker = self._MARKER
        rest = self._KEYCRE.sub("", value.replace(marker * 2, ""))
        if marker in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(marker)))
        return value

    def _interpolate_some(self, parser, option, parts, rest, section, mapping, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        marker = self._MARKER
        while rest:
            p = rest.find(marker)
            if p < 0:
                parts.append(rest)
                return
            if p > 0:
                parts.append(rest[:p])
                rest = rest[p:]
            follower = rest[1:2]
            if follower == marker:
                parts.append(marker)
                rest = rest[2:]
            elif follower == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                self._substitute(parser, option, parts, m.group(1), rest, section, mapping,
                                 depth, rawval)
            else:
                raise InterpolationSyntaxError(
                    option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (marker, marker, self._OPEN, rest))


class BasicInterpolation(_MarkerInterpolation):
    """`%(name)s` refers to an option of the same section (or DEFAULT);
    `%%` is a percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, option, parts, name, rest, section, mapping, depth, rawval):
        var = parser.optionxform(name)
        try:
            v = mapping[var]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, var) from None
        if "%" in v:
            self._interpolate_some(parser, option, parts, v, section, mapping, depth + 1)
        else:
            parts.append(v)


class ExtendedInterpolation(_MarkerInterpolation):
    """`${name}` refers to an option of the same section (or DEFAULT),
    `${section:name}` to one of another section; `$$` is a dollar sign."""

    _MARKER = "$"
    _OPEN = "{"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, parts, name, rest, section, mapping, depth, rawval):
        path = name.split(":")
        sect, opt = section, option
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                v = mapping[opt]
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                v = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(option, section,
                                               "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rawval, ":".join(path)) from None
        if "$" in v:
            self._interpolate_some(parser, opt, parts, v, sect,
                                   dict(parser.items(sect, raw=True)), depth + 1)
        else:
            parts.append(v)


_SECTCRE = re.compile(r"\[(?P<header>.+)\]")
_OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
_OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"


class RawConfigParser(MutableMapping):
    """A configuration: sections of options (names folded to lower case
    by optionxform), DEFAULT holding the fallbacks of every section; no
    interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = _SECTCRE
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            delim = "|".join(re.escape(d) for d in delimiters)
            template = _OPT_NV_TMPL if allow_no_value else _OPT_TMPL
            self._optcre = re.compile(template.format(delim=delim))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation; "
                            "got an object of type %s" % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        """The DEFAULT section's options (a dict)."""
        return self._defaults

    def sections(self):
        """The names of the sections, without DEFAULT."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Adds an empty section (DuplicateSectionError if there is one of
        that name, ValueError for DEFAULT)."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether the section is there (DEFAULT never is)."""
        return section in self._sections

    def options(self, section):
        """The names of the section's options, then DEFAULT's others."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    # -- reading --------------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Reads the files that can be opened among filenames (one path or
        an iterable of paths); the list of those read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, "__fspath__"):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if hasattr(filename, "__fspath__"):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Reads the lines f gives (a file or any iterable of lines); the
        source named in errors is f.name by default."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        """Reads a configuration from a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Reads {section: {option: value}}; names and values (except None)
        become strings."""
        elements_added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in elements_added:
                    raise
            elements_added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in elements_added:
                    raise DuplicateOptionError(section, key, source)
                elements_added.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        """Where a comment starts in line: 0 for a comment line, else the
        inline comment's start or None."""
        for prefix in self._comment_prefixes:
            if line.strip().startswith(prefix):
                return 0
        return self._inline_comment_start(line)

    def _inline_comment_start(self, line):
        """The inline comment's start, searched as CPython searches: the
        first occurrences of every prefix, then the second ones, and so
        on; the first round where one starts the line or follows a blank
        decides (its leftmost such occurrence)."""
        found = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while found:
            start = None
            later = {}
            for prefix, index in found.items():
                index = line.find(prefix, index + 1)
                if index < 0:
                    continue
                later[prefix] = index
                if index == 0 or line[index - 1].isspace():
                    start = index if start is None else min(start, index)
            if start is not None:
                return start
            found = later
        return None

    def _read(self, fp, fpname):
        """Parses the lines of fp (named fpname in errors): section headers,
        options, continuation lines (indented deeper than their option),
        comments. Bad lines are collected into one ParsingError raised at
        the end."""
        state = _ReadState()
        for lineno, line in enumerate(fp, start=1):
            comment_start = self._comment_start(line)
            value = line[:comment_start].strip()
            if not value:
                self._blank_line(state, comment_start)
                continue
            first_nonspace = self.NONSPACECRE.search(line)
            indent = first_nonspace.start() if first_nonspace else 0
            if state.cursect is not None and state.optname and indent > state.indent_level:
                state.cursect[state.optname].append(value)
            else:
                state.indent_level = indent
                self._read_entry(state, value, fpname, lineno, line)
        self._join_multiline_values()
        if state.error:
            raise state.error

    def _blank_line(self, state, comment_start):
        if not self._empty_lines_in_values:
            state.indent_level = sys.maxsize  # a blank line ends the value
        elif (comment_start is None and state.cursect is not None and state.optname
              and state.cursect[state.optname] is not None):
            state.cursect[state.optname].append("")

    def _read_entry(self, state, value, fpname, lineno, line):
        """A line that starts a section or an option."""
        mo = self.SECTCRE.match(value)
        if mo:
            self._start_section(state, mo.group("header"), fpname, lineno)
            return
        if state.cursect is None:
            raise MissingSectionHeaderError(fpname, lineno, line)
        mo = self._optcre.match(value)
        if not mo:
            state.error = self._handle_error(state.error, fpname, lineno, line)
            return
        optname, vi, optval = mo.group("option", "vi", "value")
        if not optname:
            state.error = self._handle_error(state.error, fpname, lineno, line)
        optname = self.optionxform(optname.rstrip())
        if self._strict and (state.sectname, optname) in state.added:
            raise DuplicateOptionError(state.sectname, optname, fpname, lineno)
        state.added.add((state.sectname, optname))
        state.optname = optname
        state.cursect[optname] = None if optval is None else [optval.strip()]

    def _start_section(self, state, sectname, fpname, lineno):
        state.sectname = sectname
        if sectname in self._sections:
            if self._strict and sectname in state.added:
                raise DuplicateSectionError(sectname, fpname, lineno)
            state.cursect = self._sections[sectname]
            state.added.add(sectname)
        elif sectname == self.default_section:
            state.cursect = self._defaults
        else:
            state.cursect = self._dict()
            self._sections[sectname] = state.cursect
            self._proxies[sectname] = SectionProxy(self, sectname)
            state.added.add(sectname)
        state.optname = None  # a section does not start with a continuation

    def _join_multiline_values(self):
        all_sections = itertools.chain(((self.default_section, self._defaults),),
                                       self._sections.items())
        for section, options in all_sections:
            for name, val in options.items():
                if isinstance(val, list):
                    val = "\n".join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # -- looking values up ----------------------------------------------------------

    def _unify_values(self, section, vars):
        """The options of vars, then of section, then of DEFAULT."""
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        vardict = {}
        if vars:
            for key, value in vars.items():
                vardict[self.optionxform(key)] = None if value is None else str(value)
        return ChainMap(vardict, sectiondict, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option in section (looked up in vars, the section,
        then DEFAULT), interpolated unless raw; fallback (if given) where
        there is none."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() converted by int()."""
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() converted by float()."""
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() as a bool: 1/yes/true/on or 0/no/false/off, any case."""
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, value) of every option of section (DEFAULT's too),
        interpolated unless raw; without a section, (name, SectionProxy)
        of every section, DEFAULT first."""
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        orig_keys = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(option, d[option]) for option in orig_keys]
        before_get = self._interpolation.before_get
        return [(option, before_get(self, section, option, d[option], d))
                for option in orig_keys]

    def popitem(self):
        """Removes the first section: (name, SectionProxy); KeyError when
        there is none (DEFAULT is never removed)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        """An option name as stored: in lower case."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option is in section or DEFAULT (section None or ''
        means DEFAULT)."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing ---------------------------------------------------------------

    def _section_dict(self, section):
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Sets an option of section (DEFAULT for None or '')."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; whether it was there."""
        sectdict = self._section_dict(section)
        option = self.optionxform(option)
        existed = option in sectdict
        if existed:
            del sectdict[option]
        return existed

    def remove_section(self, section):
        """Removes a section; whether it was there."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    # -- writing ------------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in INI form to the text file fp
        (comments are not kept)."""
        d = self._delimiters[0]
        if space_around_delimiters:
            d = " {} ".format(d)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace("\n", "\n\t")
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    # -- the mapping of sections --------------------------------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError("Not a boolean: %s" % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        """TypeError unless names are str and the value a str (or None
        where options may have no value)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        """The ConverterMapping: name -> function, giving get<name>()."""
        return self._converters


class _ReadState:
    """Where a read of one source stands."""

    def __init__(self):
        self.added = set()        # sections and (section, option) read so far
        self.cursect = None       # the dict of the current section
        self.sectname = None
        self.optname = None       # the option continuation lines add to
        self.indent_level = 0
        self.error = None         # the ParsingError collecting bad lines


class ConfigParser(RawConfigParser):
    """A RawConfigParser with BasicInterpolation, which checks that names
    and values set are strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Sets an option; TypeError for a value that is not a str."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Adds a section; TypeError for a name that is not a str."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        """The constructor's defaults, as strings, not interpolated."""
        hold_interpolation = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = hold_interpolation


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python "
                      "3.2. This alias will be removed in Python 3.12. Use ConfigParser "
                      "directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser as a mapping of its options (DEFAULT's
    included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = "get" + conv
            setattr(self, key, functools.partial(self.get, _impl=getattr(parser, key)))

    def __repr__(self):
        return "<Section: {}>".format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        """The parser (read-only)."""
        return self._parser

    @property
    def name(self):
        """The section's name (read-only)."""
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or fallback (None by default)."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: setting `name` to a function gives the
    parser and its section proxies a get<name>() method."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            m = self.GETTERCRE.match(getter)
            if m and callable(getattr(self._parser, getter)):
                self._data[m.group("name")] = None  # the parser defines it

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = "get" + key
        except TypeError:
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if k == "get":
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, k, func)
        for proxy in self._parser.values():
            setattr(proxy, k, functools.partial(proxy.get, _impl=func))

    def __delitem__(self, key):
        try:
            k = "get" + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
