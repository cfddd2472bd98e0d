from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
        "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
        "g#s/./x", "g#s/../x", "http:g", "http:", "HTTP://x/y", "x//y/../z", "/x//y/./z"]
for r in refs:
    print(repr(r), urljoin(base, r))
for b in ["http://a", "http://a/", "https://u@h:8/x/y.html?z#f", "ftp://f/a//b/", "file:///tmp/x/",
          "mailto:x@y", "http:", "http:a/b", "a/b/c", "/a/b", "//h/p/q", "svn+ssh://h/r/t", ""]:
    print(repr(b), [urljoin(b, r) for r in ["x", "../y", "/z", "?q", "#f", "//n/m", "", "a/./b/../c"]])
print(urljoin("http://a/b#f", "#g", allow_fragments=False), urljoin("http://a/b", "c#d", False))
print(urljoin("http://a/b/", "http://c/d"), urljoin("http://a/b/", "https:e"), urljoin("s3://b/k", "x"))
