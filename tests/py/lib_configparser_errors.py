import configparser


def attempt(label, call):
    try:
        print(label, repr(call()))
    except (configparser.Error, KeyError, ValueError, TypeError) as e:
        print(label, type(e).__name__, str(e), repr(e), e.args)


cp = configparser.ConfigParser()
cp.read_string("[s]\nk = v\n")
attempt("nosection", lambda: cp.get("x", "k"))
attempt("nooption", lambda: cp.get("s", "nope"))
attempt("options", lambda: cp.options("x"))
attempt("items", lambda: cp.items("x"))
attempt("set", lambda: cp.set("x", "a", "b"))
attempt("remove", lambda: cp.remove_option("x", "a"))
attempt("dupsection", lambda: cp.add_section("s"))
attempt("default", lambda: cp.add_section("DEFAULT"))
attempt("typename", lambda: cp.add_section(5))
attempt("typeopt", lambda: cp.set("s", 5, "x"))
attempt("typevalue", lambda: cp.set("s", "k", 5))
attempt("proxyvalue", lambda: cp["s"].__setitem__("k", 1.5))
attempt("getitem", lambda: cp["missing"])
attempt("proxyget", lambda: cp["s"]["missing"])
attempt("delproxy", lambda: cp["s"].__delitem__("missing"))
attempt("deldefault", lambda: cp.__delitem__("DEFAULT"))
attempt("delmissing", lambda: cp.__delitem__("missing"))
attempt("bool", lambda: cp.getboolean("s", "k"))
attempt("int", lambda: cp.getint("s", "k", fallback=3))
attempt("popempty", lambda: configparser.ConfigParser().popitem())
attempt("interp", lambda: configparser.ConfigParser(interpolation=object()))
attempt("converter", lambda: cp.converters.__setitem__("", int))
attempt("convkey", lambda: cp.converters.__setitem__(5, int))
for text in ["[a]\nx = 1\n[a]\n", "[a]\nx = 1\nX = 2\n", "k = v\n[a]\n", "[a]\n= novalue\nbroken line\nok = 1\n  \n",
             "[a]\n[b\nc]\n", "\n\n  [a]\nno delimiter here\n"]:
    for strict in (True, False):
        p = configparser.ConfigParser(strict=strict)
        attempt("read", lambda: p.read_string(text, source="cfg"))
        print(p.sections(), [p.items(s, raw=True) for s in p.sections()])
attempt("dict", lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
attempt("dictdup", lambda: configparser.ConfigParser().read_dict({"DEFAULT": {"x": 1}, "a": {}}))
for args in [(), ("src", "file"), (None, "file")]:
    attempt("parsingerror", lambda: configparser.ParsingError(*args).source)
e = configparser.MissingSectionHeaderError("f.ini", 3, "line\n")
print(e.source, e.lineno, e.line, hasattr(e, "errors"), isinstance(e, configparser.ParsingError))
print(repr(configparser.DuplicateSectionError("s", "src", 12)), configparser.DuplicateOptionError("s", "o").args)
