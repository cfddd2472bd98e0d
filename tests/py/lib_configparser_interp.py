import configparser

BASIC = """[DEFAULT]
home = /home/%(user)s
user = anna
[paths]
data = %(home)s/data
logs = %(data)s/logs
pct = 100%%
self = %(self)s
missing = %(nowhere)s
bad = %(unclosed
lone = 5%
case = %(HOME)s
a1 = %(a2)s
a2 = %(a3)s
a3 = %(a1)s
"""
cp = configparser.ConfigParser()
cp.read_string(BASIC)
for opt in cp.options("paths"):
    try:
        print(opt, repr(cp.get("paths", opt)), repr(cp.get("paths", opt, raw=True)))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, e, e.option, e.section, e.args[-1] if len(e.args) > 3 else "")
print(cp.get("paths", "data", vars={"user": "bob"}), cp.get("paths", "logs", vars={"HOME": "/h"}))
print(cp.items("DEFAULT"), cp.items("DEFAULT", vars={"user": "zed"}))
print(cp.get("paths", "self", fallback="fb", raw=True), cp["paths"].get("data", raw=True))
for value in ["50%%", "%(x)s and %(y)s", "5%", "%x", "%(x)", "a%%b%"]:
    try:
        cp.set("paths", "new", value)
        print(repr(value), "ok", cp.get("paths", "new", raw=True))
    except (ValueError, TypeError) as e:
        print(repr(value), type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""[common]
root = /opt
lib = ${root}/lib
price = $$5
[app]
home = ${common:root}/app
libs = ${common:lib}:${home}/lib
deep = ${common:lib}
bad = ${a:b:c}
missing = ${nosection:x}
nokey = ${common:nokey}
lone = 3$
open = ${unclosed
""")
for opt in ext.options("app") + ["price"]:
    sect = "common" if opt == "price" else "app"
    try:
        print(opt, repr(ext.get(sect, opt)))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_string(BASIC)
print(raw.get("paths", "data"), raw.items("paths")[:2], raw.get("paths", "lone"))
raw.set("paths", "any", "%(whatever")
print(raw.get("paths", "any"), configparser.MAX_INTERPOLATION_DEPTH)
