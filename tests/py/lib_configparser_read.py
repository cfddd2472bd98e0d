import configparser
import io

TEXT = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[bitbucket.org]
User = hg
path: /srv/hg   ; not a comment by default
multi = first line
    second line

    after a blank line
  indented less but deeper than the key
empty =
[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio = 0.75
note = x
  [not a section]
"""
cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults(), len(cp), list(cp), "DEFAULT" in cp, "nope" in cp)
for name in cp.sections():
    print(name, cp.options(name), cp.items(name))
print(repr(cp.get("bitbucket.org", "multi")), repr(cp["bitbucket.org"]["empty"]))
print(cp.getint("topsecret.server.com", "port"), cp.getfloat("topsecret.server.com", "Ratio"),
      cp.getboolean("topsecret.server.com", "forwardx11"), cp.getboolean("bitbucket.org", "compression"))
print(repr(cp.get("topsecret.server.com", "forwardx11")), cp["topsecret.server.com"]["ratio"])
sect = cp["bitbucket.org"]
print(sect, sect.name, sect.parser is cp, len(sect), list(sect), "user" in sect, "USER" in sect, "x" in sect)
print(sect.get("user"), sect.get("missing"), sect.get("missing", "fb"), sect.getint("compressionlevel"),
      sect.getboolean("nope", fallback=True), sect.getfloat("serveraliveinterval"))
print(cp.get("nosuch", "x", fallback=1), cp.get("bitbucket.org", "x", fallback=None), cp.getint("x", "y", fallback=7))
print(cp.has_section("DEFAULT"), cp.has_option(None, "compression"), cp.has_option("", "user"),
      cp.has_option("bitbucket.org", "Compression"), cp.has_option("nosuch", "user"))
print([(k, v.name) for k, v in cp.items()], list(cp["DEFAULT"]), dict(cp["topsecret.server.com"]))
for space in (True, False):
    out = io.StringIO()
    cp.write(out, space_around_delimiters=space)
    print(out.getvalue())
