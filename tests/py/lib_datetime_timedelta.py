# datetime.timedelta: normalisation (ints and floats, half-even rounding), arithmetic, str/repr, errors
from datetime import timedelta

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("norm", lambda: timedelta(days=1.5, seconds=-1, microseconds=-1))
show("all", lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show("zero", lambda: timedelta())
show("neg", lambda: timedelta(microseconds=-1))
show("half even", lambda: [timedelta(microseconds=x).microseconds for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
show("float sum", lambda: timedelta(seconds=0.0000015, microseconds=0.25))
show("float split", lambda: [timedelta(seconds=52.0000015), timedelta(0.000121, 2.5e-06, -6)])
show("weeks", lambda: timedelta(weeks=-1.25, hours=1e-7))
show("fields", lambda: (timedelta(-1, 5, 3).days, timedelta(-1, 5, 3).seconds, timedelta(-1, 5, 3).microseconds))
for td in [timedelta(0), timedelta(1), timedelta(-1, 5, 3), timedelta(2, 3723, 45), timedelta(microseconds=-1)]:
    print("str", str(td), "|", repr(td), "|", td.total_seconds())
a, b = timedelta(days=1, hours=3), timedelta(minutes=-7, microseconds=11)
show("add sub", lambda: (a + b, a - b, b - a, -a, +b, abs(b)))
show("mul", lambda: (a * 3, 3 * a, a * 0.1, timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5))
show("div", lambda: (a / 7, a / 2.5, a / b, a // b, a // 7, timedelta(microseconds=-5) / 2))
show("mod divmod", lambda: (a % b, divmod(a, b), divmod(timedelta(seconds=-7), timedelta(seconds=2))))
show("cmp", lambda: (a < b, a > b, a == timedelta(hours=27), a != b, a == 1, sorted([a, b, timedelta(0)])))
show("bool hash", lambda: (bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(seconds=97200))))
show("limits", lambda: (timedelta.min, timedelta.max, timedelta.resolution))
show("set", lambda: len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400.0)}))
show("overflow", lambda: timedelta(days=10 ** 9))
show("overflow2", lambda: timedelta.max + timedelta.resolution)
show("overflow3", lambda: timedelta(days=-10 ** 9))
show("bad type", lambda: timedelta(days='1'))
show("bad type2", lambda: timedelta(hours=None))
show("inf", lambda: timedelta(seconds=float('inf')))
show("nan", lambda: timedelta(float('nan')))
show("div zero", lambda: a / 0)
show("div zero td", lambda: a / timedelta(0))
show("floordiv zero", lambda: a // timedelta(0))
show("mod zero", lambda: a % timedelta(0))
show("mul inf", lambda: a * float('inf'))
for op, f in [("+", lambda: a + 1), ("<", lambda: a < 1), ("//", lambda: a // 1.5), ("%", lambda: a % 2)]:
    try:
        f()
    except TypeError as e:
        print(op, "TypeError")
class Span(timedelta):
    pass
s = Span(hours=1)
show("subclass", lambda: (type(s).__name__, s.seconds, type(s + s).__name__, type(-s).__name__, s == timedelta(hours=1)))
