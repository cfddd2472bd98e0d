# datetime.strptime: every C-locale directive, week/ISO-week dates, %z forms, errors; strftime round trips
from datetime import datetime, timezone, timedelta

def p(s, fmt):
    try:
        print(repr(s), repr(fmt), repr(datetime.strptime(s, fmt)))
    except Exception as e:
        print(repr(s), repr(fmt), type(e).__name__, e)

p("2024-03-05 07:08:09.5", "%Y-%m-%d %H:%M:%S.%f")
p("05/03/24 7pm", "%d/%m/%y %I%p")
p("12 AM", "%I %p")
p("12", "%I")
p("Tuesday, 5 March 2024", "%A, %d %B %Y")
p("tue 5 MAR 24", "%a %d %b %y")
p("Mon Jan  2 03:04:05 2006", "%c")
p("01/02/06 03:04:05", "%x %X")
p("1999 100", "%Y %j")
p("366", "%j")
p("2020 0 0", "%Y %U %w")
p("2018 0 1", "%Y %W %w")
p("2012 0 1", "%Y %U %u")
p("2024 10 3", "%Y %W %u")
p("2020 53 7", "%G %V %u")
p("2024 1 Mon", "%G %V %a")
p("68 69", "%y %Y")
p("68", "%y")
p("69", "%y")
p("1  2", "%d %m")
p("12", "%m%d")
p("123", "%m%d")
p(" 7", "%d")
p("  2024", "%Y")
p("2024x", "%Y")
p("Feb 29", "%b %d")
p("2024 Feb 29", "%Y %b %d")
p("61", "%S")
p("100%", "%d%%")
p("[5]", "[%d]")
p("a.b", "a.b")
p("axb", "a.b")
p("T12", "t%H")
for z in ["Z", "z", "+01:30", "+0130", "-01:30:15", "+013015.25", "+01:3000", "+0130:00", "+24:00", "+01", "-00:00"]:
    p(z, "%z")
p("UTC", "%Z")
p("gmt +0200", "%Z %z")
for fmt in ["%q", "%", "a%", "% d", "%-d", "%Ey", "%.d", "%:z"]:
    p("1", fmt)
for fmt in ["%G", "%V", "%G %V", "%Y %V %u", "%V %u", "%G %j %u", "%G %V %u %j", "%G %Y %u"]:
    p(" ".join(["2020", "10", "3", "100"][:fmt.count("%")]), fmt)
p(2024, "%Y")
p("2024", 2024)
d = datetime(2023, 11, 5, 14, 3, 9, 120000, tzinfo=timezone(timedelta(hours=-3), "BRT"))
for fmt in ["%Y-%m-%d %H:%M:%S.%f %z", "%a %b %d %I:%M:%S %p %Y", "%j|%U|%W|%w|%u|%G|%V", "%c", "%x|%X", "%y%m%d%H%M%S%f"]:
    s = d.strftime(fmt)
    print(repr(fmt), repr(s))
    p(s, fmt)
