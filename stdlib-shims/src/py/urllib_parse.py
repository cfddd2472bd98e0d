"""urllib.parse for taipan: splitting, joining and quoting URLs, as CPython
3.11's urllib.parse.

Provided: urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
unquote_to_bytes, urlencode, parse_qs, parse_qsl, and the result tuples
SplitResult, ParseResult and DefragResult with username, password,
hostname, port and geturl().

Not provided: bytes arguments to the split/join/parse_qs functions (quote
and unquote take bytes), the encode()/decode() methods of the results and
the NFKC check CPython makes on non-ASCII host names.
"""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit",
           "urlunsplit", "urlencode", "parse_qs", "parse_qsl", "quote",
           "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file",
                 "https", "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu",
                 "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais",
               "file", "mms", "https", "shttp", "snews", "prospero", "rtsp",
               "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs",
               "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp",
               "rtsp", "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel"]

_scheme = re.compile("[A-Za-z][A-Za-z0-9+.-]*:")
_netloc = re.compile("//([^/?#]*)")
_escapes = re.compile("(?:%[0-9A-Fa-f]{2})+")
_hex4 = re.compile("[0-9A-Fa-f]{1,4}$")
_octet = re.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$")
_ip_future = re.compile(r"v[0-9A-Fa-f]+\..+$")
_always_safe = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_leading_junk = "".join(map(chr, range(33)))


class _NetlocParts:
    """username, password, hostname and port, read from netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        name, pct, zone = host.partition("%")
        return name.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if not port:
            return None
        if not (port.isascii() and port.isdigit()):
            raise ValueError("Port could not be cast to integer value as %r" % (port,))
        if int(port) > 65535:
            raise ValueError("Port out of range 0-65535")
        return int(port)

    def _userinfo(self):
        user, at, _ = self.netloc.rpartition("@")
        if not at:
            return None, None
        name, colon, password = user.partition(":")
        return name, (password if colon else None)

    def _hostinfo(self):
        host = self.netloc.rpartition("@")[2]
        if "[" in host:
            host, _, rest = host.partition("[")[2].partition("]")
            return host, rest.partition(":")[2]
        host, _, port = host.partition(":")
        return host, port


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


def _check_bracketed(host):
    """Raises ValueError unless `host` (what stands between '[' and ']')
    is an IPv6 address or an IPvFuture literal."""
    if host[:1] == "v":
        if not _ip_future.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def _is_ipv4(text):
    octets = text.split(".")
    return len(octets) == 4 and all(_octet.match(o) for o in octets)


def _is_ipv6(text):
    text, pct, zone = text.partition("%")
    if pct and (not zone or "%" in zone):
        return False
    if "." in text:
        head, _, v4 = text.rpartition(":")
        if not _is_ipv4(v4):
            return False
        text = head + ":0:0"
    left, gap, right = text.partition("::")
    groups = (left.split(":") if left else []) + (right.split(":") if right else [])
    if not all(_hex4.match(g) for g in groups):
        return False
    return len(groups) < 8 if gap else len(groups) == 8


def urlsplit(url, scheme="", allow_fragments=True):
    url = url.lstrip(_leading_junk)
    scheme = scheme.strip(_leading_junk)
    for c in "\t\r\n":
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    found = _scheme.match(url)
    if found:
        scheme = url[:found.end() - 1].lower()
        url = url[found.end():]
    netloc = query = fragment = ""
    found = _netloc.match(url)
    if found:
        netloc = found.group(1)
        url = url[found.end():]
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc:
            _check_bracketed(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments:
        url, _, fragment = url.partition("#")
    url, _, query = url.partition("?")
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ""
    if scheme in uses_params:
        head, slash, last = path.rpartition("/")
        if ";" in last:
            last, _, params = last.partition(";")
            path = head + slash + last
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[0] != "/":
            url = "/" + url
        url = "//" + netloc + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url += "?" + query
    if fragment:
        url += "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, path, params, query, fragment = components
    if params:
        path += ";" + params
    return urlunsplit((scheme, netloc, path, query, fragment))


def _merge_path(base, ref):
    """The path of reference `ref` (not empty) resolved against `base`,
    dot segments removed."""
    if ref[:1] == "/":
        segments = ref.split("/")
    else:
        segments = base.split("/")
        if segments[-1]:
            segments.pop()
        segments += ref.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    path = []
    for seg in segments:
        if seg == "..":
            path[-1:] = []
        elif seg != ".":
            path.append(seg)
    if segments[-1] in (".", ".."):
        path.append("")
    return "/".join(path) or "/"


def urljoin(base, url, allow_fragments=True):
    if not base or not url:
        return base or url
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if path or params:
        path = _merge_path(bpath, path)
    else:
        path, params, query = bpath, bparams, query or bquery
    return urlunparse((scheme, netloc, path, params, query, fragment))


def urldefrag(url):
    if "#" not in url:
        return DefragResult(url, "")
    parts = urlparse(url)
    return DefragResult(urlunparse(parts[:5] + ("",)), parts.fragment)


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = _always_safe | frozenset(safe)
    return "".join(chr(b) if b in keep else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        string = string.encode(encoding or "utf-8", errors or "strict")
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode("utf-8")
    text = string.decode("latin-1")
    return _escapes.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode("latin-1"),
                        text).encode("latin-1")


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    encoding, errors = encoding or "utf-8", errors or "replace"
    return _escapes.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode(encoding, errors),
                        string)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    def encode(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(value if isinstance(value, str) else str(value), safe, encoding, errors)

    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None
    fields = []
    for key, value in query:
        values = [value]
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
                values = value
            except TypeError:
                pass
        fields += [encode(key) + "=" + encode(v) for v in values]
    return "&".join(fields)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition("=")
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((unquote(name.replace("+", " "), encoding, errors),
                          unquote(value.replace("+", " "), encoding, errors)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
