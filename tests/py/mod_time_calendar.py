# Calendar time: gmtime, strftime (C locale), asctime, mktime round trip, struct_time.
import time
t = time.gmtime(1700000000.5)
print(t, t.tm_year, t[7], len(t), tuple(t)[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %u %e %z %% %c | %x | %X | %U %W %G %V', t))
print(time.asctime(t), time.mktime(time.localtime(1700000000)))
print(time.gmtime(0), time.gmtime(-86400 * 365))
print(time.strftime('%D %T %R %h|%C %k %l %F %r', time.gmtime(1e9)))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(isinstance(time.time_ns(), int), time.perf_counter_ns() >= 0, type(time.localtime()).__name__)
for bad in [lambda: time.strftime(5), lambda: time.strftime("%Y", (1, 2)), lambda: time.gmtime("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
