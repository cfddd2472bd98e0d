# time.strptime: struct_time fields (weekday, day of the year, tm_isdst),
# the default format, and its errors, as in a log-parsing script.
import time

stamps = ["10/Mar/2024:14:22:01", "29/Feb/2024:00:00:59", "31/Dec/2023:23:59:60"]
for s in stamps:
    t = time.strptime(s, "%d/%b/%Y:%H:%M:%S")
    print(t)
    print(t.tm_year, t.tm_yday, t.tm_wday, t[6], tuple(t)[:3], time.strftime("%Y-%m-%dT%H:%M:%S", t))
print(time.strptime("Sun Mar 10 14:22:01 2024"))
print(time.strptime("2024 100", "%Y %j"))
print(time.strptime("1 utc", "%d %Z"))
print(time.strptime("07/04/99 1:05 PM", "%m/%d/%y %I:%M %p"))
print(time.strptime("", ""))
durations = [time.strptime(x, "%H:%M:%S") for x in ["00:01:30", "01:00:00"]]
print([d.tm_hour * 3600 + d.tm_min * 60 + d.tm_sec for d in durations])
for args in [("Feb 30 2024", "%b %d %Y"), ("10:61", "%H:%M"), ("2024-03", "%Y-%m-%d"), (5,), ("x", 5),
             ("1", "%Q")]:
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
