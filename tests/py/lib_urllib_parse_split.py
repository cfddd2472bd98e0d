import urllib.parse
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urldefrag

urls = ["HTTP://User:Pw@Ex.COM:8042/over/there;type=a?name=ferret#nose",
        "https://example.com", "https://example.com/", "//host/p", "http:///p", "x:", "mailto:a@b",
        "a#b?c", "a?b#c?d", "http:?x", "tel:+1;ext=2", "http://a/b/c;d;e", "http://a/b;c/d",
        "http://a;x/b", "path:80", "1a:x", "a1+-.b:x", " \x01 http://x/\tp\na\rth ",
        "file:///tmp/x.txt", "ftp://f/a//b/", "svn+ssh://h/r", "../rel/path?q=1", "",
        "http://[::1]:80/x", "http://[FE80::1%25Eth0]:8/", "http://[v1.x]/", "http://u@[::1]:5"]
for u in urls:
    s, p = urlsplit(u), urlparse(u)
    print(s)
    print(p, p.params)
    print(s.username, s.password, s.hostname, s.port, ascii(s.geturl()), ascii(p.geturl()))
    print(urlunsplit(s), urlunparse(p), urlsplit(u, "dflt", False))

for n in ["h:0", "h:65535", "h:0080", "h:", "u:@h", "@h", ":p@h", "a@b@c:1", "u:p:q@h:7",
          "[::1]x:8", ":80", "H%4Ab"]:
    r = urlsplit("http://" + n + "/x")
    print(n, r.username, r.password, r.hostname, r.port)
for n in ["h:65536", "h:1:2", "h:-1", "h:+1", "h: 1", "h:x", "[::1]:x"]:
    try:
        urlsplit("http://" + n + "/x").port
    except ValueError as e:
        print(n, "ValueError", e)
for n in ["[::1", "a]b", "[abc]", "[1.2.3.4]", "[vx.y]", "[1::2::3]", "[::1%]", "[::1%a%b]",
          "[12345::]", "[1:2:3:4:5:6:7:8:9]", "[::01.2.3.4]"]:
    try:
        print(n, urlsplit("http://" + n + "/x").hostname)
    except ValueError as e:
        print(n, "ValueError", e)

r = urlparse("http://h/p;x?q#f")
print(r.scheme, r[2], len(r), tuple(r), r == tuple(r), r._replace(path="/z").geturl())
print(r._asdict(), urllib.parse.ParseResult._fields, urllib.parse.SplitResult._fields)
print(type(r).__name__, isinstance(r, tuple), type(urlsplit("x")).__name__)
print(urlunparse(("http", "h", "/p", "x", "q", "f")), urlunparse(["", "", "a", "", "", ""]))
print(urlunsplit(("http", "", "x", "", "")), urlunsplit(("", "", "//x", "", "")),
      urlunsplit(("mailto", "", "a", "", "")), urlunsplit(("file", "", "", "", "")))
d = urldefrag("http://a/b?c#frag")
print(d, d.url, d.fragment, d.geturl(), urldefrag("x"), urldefrag("http://a/b;p?q#"))
