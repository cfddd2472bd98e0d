# datetime timezone/tzinfo/time: fixed offsets, names, a DST tzinfo subclass with fold, time objects, pickling
import pickle, copy
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for off in [timedelta(0), timedelta(hours=5, minutes=30), -timedelta(hours=1, seconds=1, microseconds=3), timedelta(hours=23, minutes=59)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
show("utc", lambda: (UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC"), timezone.min, timezone.max))
show("named", lambda: (timezone(timedelta(hours=1), "CET"), str(timezone(timedelta(hours=1), "CET")), timezone(timedelta(0), "")))
show("eq", lambda: (timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), len({timezone.utc, timezone(timedelta(0), "Z")})))
show("range", lambda: timezone(timedelta(hours=24)))
show("type", lambda: timezone(3600))
show("name type", lambda: timezone(timedelta(0), None))
show("arg", lambda: timezone.utc.utcoffset(5))
show("fromutc", lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
show("base", lambda: tzinfo().utcoffset(None))

class Eastern(tzinfo):
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()) % 7)
        end = datetime(dt.year, 11, 1, 2) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end - timedelta(hours=1):
            return timedelta(hours=1) if naive >= start + timedelta(hours=1) or dt.fold else timedelta(0)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        return timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Eastern()"

ET = Eastern()
for h in range(4, 8):
    u = datetime(2023, 11, 5, h, 30, tzinfo=timezone.utc)
    e = u.astimezone(ET)
    print("fall", u.time(), e, e.fold, e.tzname(), e.astimezone(timezone.utc) == u)
amb = datetime(2023, 11, 5, 1, 30, tzinfo=ET)
show("fold", lambda: (amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb == amb.replace(fold=1), amb.replace(fold=1) - amb))
show("fold cross", lambda: (amb == amb.astimezone(timezone.utc), amb.replace(fold=1) == amb.astimezone(timezone.utc)))
show("spring", lambda: [datetime(2023, 3, 12, 6, m, tzinfo=timezone.utc).astimezone(ET).isoformat() for m in (59, 60 - 1)])
show("timetuple", lambda: (amb.timetuple().tm_isdst, amb.replace(fold=1).timetuple().tm_isdst, amb.strftime("%H:%M %Z %z")))
t = time(13, 5, 0, 250, tzinfo=timezone(timedelta(hours=-2)))
show("time", lambda: (t, str(t), t.utcoffset(), t.tzname(), t.replace(tzinfo=None), time(1, fold=1), time()))
show("time cmp", lambda: (t == time(15, 5, 0, 250, tzinfo=timezone.utc), t < time(16, tzinfo=timezone.utc), time(1) == t))
show("time mixed", lambda: time(1) < t)
show("time errors", lambda: time(12, 60))
show("time strftime", lambda: t.strftime("%H:%M:%S.%f %z %Z %Y-%m-%d"))
show("time hash", lambda: len({t, time(15, 5, 0, 250, tzinfo=timezone.utc)}))
show("time limits", lambda: (time.min, time.max, time.resolution, bool(time(0))))
for obj in [timedelta(1, 2, 3), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), datetime(2020, 1, 1, fold=1),
            t, timezone(timedelta(hours=3), "X"), timezone.utc, datetime(2020, 1, 1).isocalendar(), datetime(2020, 1, 1).date()]:
    back = pickle.loads(pickle.dumps(obj))
    print("pickle", repr(back), back == obj, getattr(back, "fold", None), copy.deepcopy(obj) == obj)
cpython_made = (b"\x80\x04\x95\x93\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xe4\x0c\x1f"
                b"\x94\x85\x94R\x94h\x01\x8c\x08datetime\x94\x93\x94C\n\x07\xe4\x8c\x1f\x17:;\x0fB?\x94h\x01\x8c\x08timezone\x94"
                b"\x93\x94h\x01\x8c\ttimedelta\x94\x93\x94J\xff\xff\xff\xffJP'\x01\x00K\x00\x87\x94R\x94\x8c\x01X\x94\x86\x94R"
                b"\x94\x86\x94R\x94h\x01\x8c\x04time\x94\x93\x94C\x06\x81\x02\x03\x00\x00\x04\x94\x85\x94R\x94e.")
print("cpython pickle", pickle.loads(cpython_made))
print("protocol 2 drops fold", pickle.loads(pickle.dumps(datetime(2020, 1, 1, fold=1), 2)).fold)
