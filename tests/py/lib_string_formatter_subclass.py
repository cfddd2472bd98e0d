# string.Formatter: parse/get_field/get_value called directly, and subclasses overriding each step
from string import Formatter

f = Formatter()
for text in ["a{{b}}c{0}d", "{!r}", "{0.x[1]!s:>{w}}", "x{}y{:}z", "", "{]}", "{0]x}", "{:{{}}}", "}}{{"]:
    print(repr(text), list(f.parse(text)))
it = f.parse("ok{0}then{")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(f.get_field("0", (5,), {}), f.get_field("a.real", (), {"a": 2}), f.get_field("0[1][k]", ([0, {"k": "v"}],), {}))
print(f.get_value(0, ("z",), {}), f.get_value("n", (), {"n": 1}), f.convert_field(3, "r"), f.convert_field("x", None))
print(repr(f.format_field(3.14159, ".2f")), f.check_unused_args({0}, (1, 2), {}))
for call in [lambda: f.get_value("0", (1,), {}), lambda: f.convert_field(1, "z"), lambda: f.get_field("0[", (1,), {})]:
    try:
        print(call())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Defaults(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused: %s" % sorted(unused, key=str))


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        return "[" + super().format_field(value, format_spec) + "]"


class Reversed(Formatter):
    def parse(self, format_string):
        return reversed(list(super().parse(format_string)))

    def get_field(self, field_name, args, kwargs):
        obj, used = super().get_field(field_name, args, kwargs)
        return obj * 2, used


print(Defaults().format("{name} is {age} ({0})", 7, name="Ann"), Defaults().format("{x.real}", x=3))
print(Strict().format("{0}{a}", 1, a=2))
for call in [lambda: Strict().format("{0}", 1, 2), lambda: Strict().format("{a}", a=1, b=2), lambda: Strict().format("{1}", 1, 2)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError", e)
print(Upper().format("{0!u} {0!r:>6} {1:.1f} {x!u:>3}", "ab", 2.25, x="q"))
print(Reversed().format("a{0}b{1}c", "X", 2), Reversed().format("{}", 3))
