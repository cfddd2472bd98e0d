# string.Formatter: format/vformat with str.format's field syntax, auto numbering, nesting, errors
from string import Formatter


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return "P(%s)" % spec


f = Formatter()
p = Point(3, [7, 8])
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{1}{0}{1}", "a", "b"), f.format("{{}} {{{0}}}", 5))
print(f.format("{0.x} {0.y[1]} {p.x} {d[key]} {d[1]} {l[-1]}", p, p=p, d={"key": "v", 1: "one"}, l={"-1": "neg"}))
print(f.format("{:>8}|{:<6.2f}|{:^+9,}|{:#x}|{:08.3e}", "right", 3.14159, 1234567, 255, 12.5))
print(f.format("{0:{1}{2}}|{3:{4}}|", 3.5, ">", 9, "z", "^5"), f.format("{:{}{}}|{:{}}", 3.5, ">", 9, "z", "^5"))
print(f.format("{:{}}|{:.{}f}", "ab", 5, 2.71828, 3), f.format("{x:{w}.{p}}", x=1 / 3, w=10, p=4))
print(f.format("{0!r} {0!s} {0!a} {0!r:>10}", "é"), f.format("{!r}{!a}", "\n", "ü"), f.format("{}", p), f.format("{:spec}", p))
print(f.vformat("{a}-{0}-{b[0]}", (9,), {"a": "A", "b": "xyz"}), f.format(""), f.format("plain"))
print(f.format("{0}{0}{0}", "r"), f.format("{٣}", 0, 1, 2, 3), f.format("{0[0]}{0[1]}", "hi"))
errors = [
    ("{", ()), ("}", ()), ("a}b", ()), ("{0", (1,)), ("{0!}", (1,)), ("{0!x}", (1,)), ("{0!rr}", (1,)),
    ("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{a{b}", ()), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4)), ("{0[}", (1,)),
    ("{0]}", (1,)), ("{0.}", (1,)), ("{0[]}", ([1],)), ("{0[0]x}", ([1],)), ("{3}", (1,)), ("{k}", ()),
    ("{0.nope}", (1,)), ("{0:d}", ("s",)), ("{0[5]}", ([1],)), ("{0:{1}", (1, 2)), ("{99999999999999999999}", ()),
]
for text, args in errors:
    try:
        print(repr(f.format(text, *args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(text), type(e).__name__, e)
for call in [lambda: f.format(5), lambda: f.format(), lambda: f.vformat("{}", (), {}), lambda: f.format("{0:{x}}", 1)]:
    try:
        print(call())
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__)
print(f.format("{format_string} {self}", format_string=1, self=2))
import string
print(string.Formatter, string.Formatter.__module__, string.__all__)
