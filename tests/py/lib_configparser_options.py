import configparser
import io

inline = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), allow_no_value=True,
                                   delimiters=("=", "->"), comment_prefixes=("//",))
inline.read_string("""[s]
a = 1 ; comment
b = x;y # real comment
c -> arrow ; # both
d=#first
e = a;b;c ;d #e
valueless
// full comment
# inline prefix at the start
f = no space before;comment
""")
print(inline.items("s"), inline.get("s", "valueless"))
nv = configparser.RawConfigParser(empty_lines_in_values=False, strict=False, default_section="common")
try:
    nv.read_string("[common]\nk = v\n[a]\nx = 1\n  cont\n\n  bad line\n[a]\nx = 2\ny: 3\n")
except configparser.ParsingError as e:
    print(e, e.errors, e.source)
print(nv.sections(), nv.items("a"), nv.defaults(), nv.has_option("a", "k"))
custom = configparser.ConfigParser(dict_type=dict, delimiters=(":=",), comment_prefixes="!",
                                   interpolation=None)
custom.optionxform = str
custom.read_string("[Sec]\nKey := Value %(x)s\n! comment\nOther:=2\n  more\n")
out = io.StringIO()
custom.write(out)
print(custom.items("Sec"), custom.has_option("Sec", "key"), repr(out.getvalue()))
for kw in [dict(empty_lines_in_values=False), dict(strict=False), dict(comment_prefixes=None)]:
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string("[a]\nk = 1\n\n  2\n[a]\nk = 3\n#x = 4\n")
        print(kw, p.items("a"))
    except configparser.Error as e:
        print(kw, type(e).__name__, e)
