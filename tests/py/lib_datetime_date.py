# datetime.date: construction and range errors, ordinals, ISO calendar, arithmetic, comparisons, strftime
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
show("range", lambda: [d.toordinal(), d.weekday(), d.isoweekday(), d.ctime(), d.timetuple()])
for y, m, dd in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 5)]:
    show("bad %d-%d-%d" % (y, m, dd), lambda: date(y, m, dd))
show("float arg", lambda: date(2020.0, 1, 1))
show("str arg", lambda: date("2020", 1, 1))
show("bool arg", lambda: date(True, True, True))
show("ordinals", lambda: [date.fromordinal(n) for n in (1, 730120, 738886, 3652059)])
show("ordinal 0", lambda: date.fromordinal(0))
show("ordinal max", lambda: date.fromordinal(3652060))
for x in [date(2020, 12, 28), date(2021, 1, 3), date(2019, 12, 30), date(2026, 1, 1), date(1, 1, 1), date(9999, 12, 31)]:
    ic = x.isocalendar()
    print("iso", x, ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[1], date.fromisocalendar(*ic) == x)
show("isocal bad week", lambda: date.fromisocalendar(2021, 53, 1))
show("isocal 53", lambda: date.fromisocalendar(2020, 53, 7))
show("isocal bad day", lambda: date.fromisocalendar(2020, 1, 0))
show("isocal bad year", lambda: date.fromisocalendar(0, 1, 1))
show("arith", lambda: (d + timedelta(days=1), d - timedelta(days=366), timedelta(hours=47) + d, d - timedelta(hours=1), d - date(2000, 1, 1)))
show("overflow", lambda: date.max + timedelta(1))
show("underflow", lambda: date.min - timedelta(1))
show("cmp", lambda: (d < date(2024, 3, 1), d == date(2024, 2, 29), d != d.replace(day=28), max(d, date(2030, 1, 1))))
show("vs datetime eq", lambda: d == datetime(2024, 2, 29))
show("vs datetime lt", lambda: d < datetime(2024, 2, 29))
show("replace", lambda: (d.replace(year=2023, day=28), d.replace(2025, 1)))
show("replace bad", lambda: d.replace(year=2023))
show("strftime", lambda: d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %u %V %G %y %H:%M:%S %f [%z][%Z] %%"))
show("format", lambda: (format(d, "%d/%m/%Y"), format(d, ""), "{:%b %d}".format(d), f"{d:%A}"))
show("min max res", lambda: (date.min, date.max, date.resolution))
show("hash", lambda: len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
show("today", lambda: (type(date.today()).__name__, date.today() <= date.today()))
show("fromtimestamp", lambda: (date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)), type(date.fromtimestamp(1e9)).__name__))
class Day(date):
    def label(self):
        return "day %d" % self.day
x = Day(2020, 1, 31)
show("subclass", lambda: (x, x.label(), type(x + timedelta(1)).__name__, type(x.replace(day=1)).__name__, type(Day.fromordinal(5)).__name__, x - date(2020, 1, 1)))
