# datetime isoformat() in all timespecs and fromisoformat() on the ISO 8601 forms CPython 3.11 accepts or rejects
from datetime import datetime, date, time, timezone, timedelta

def parse(cls, s):
    try:
        print(cls.__name__, repr(s), repr(cls.fromisoformat(s)))
    except Exception as e:
        print(cls.__name__, repr(s), type(e).__name__, e)

dt = datetime(2024, 7, 8, 9, 10, 11, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0, tzinfo=None).isoformat(" ", spec), dt.timetz().isoformat(spec))
print(dt.isoformat("x"), str(dt), date(5, 6, 7).isoformat(), time(1, 2, 3, 4000).isoformat())
print(datetime(2020, 1, 1, tzinfo=timezone(-timedelta(hours=1, seconds=1, microseconds=3))).isoformat())
for bad in [("T", "bad"), ("ab", "auto"), (1, "auto")]:
    try:
        dt.isoformat(*bad)
    except Exception as e:
        print("isoformat", bad, type(e).__name__, e)
for s in ["2024-07-08", "20240708", "2024-W28", "2024W28", "2024-W28-1", "2024W281", "2020-W53-7", "2021-W53-1",
          "2024-7-8", "2024-07", "2024", "+2024-07-08", "2024-02-30", "0000-01-01", "20240708xx", "2024-07-08 ", "２０２４-07-08"]:
    parse(date, s)
for s in ["01", "0102", "010203", "01:02", "01:02:03", "01:02:03.1", "01:02:03,1234567", "01:02:03.", "01.5", "01:02.5",
          "01:02:03Z", "01:02:03+01", "01:02:03+0130", "01:02:03-01:30:15", "01:02:03+01:00:30.5", "T01:02", "TT01",
          "24:00", "23:59:60", "1:02", "01:2", "0102:03", "01:0203", "01:02:03z", "01:02:03+24:00", "01:02:03 +01:00",
          "01:02:03:04", "01:02:03.Z", "01:02:03.123456junk+01", "12:00+00.5", ""]:
    parse(time, s)
for s in ["2024-07-08T09:10:11", "2024-07-08 09:10", "2024-07-08x09", "20240708T091011.5-0330", "2024-W28-1T09",
          "2024W28T09", "2024-07-08T", "2024-07-0809:10", "2024-07-08T25", "2024-07-08+01", "2024-07-08T09:10:11Z",
          "2024-07-08T09:10:11.123456789+05:30", "2024-07-08\u00e909:10", "2024-W01-11", "2024W01101", "0000-W01-1"]:
    parse(datetime, s)
for x in [dt, dt.replace(tzinfo=None), dt.replace(microsecond=0), datetime.min, datetime.max.replace(tzinfo=timezone.utc)]:
    print("roundtrip", datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
print("time roundtrip", time.fromisoformat(dt.timetz().isoformat()) == dt.timetz())
for f in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
    try:
        f(20240708)
    except TypeError as e:
        print("TypeError", e)
