# datetime used from worker threads: the module is shared (frozen), so its
# caches must be per thread (strptime's compiled formats).
from concurrent.futures import ThreadPoolExecutor
import datetime as dt, pickle, time
def work(i):
    a = dt.datetime(2024, 3, 10, 1, 30) + dt.timedelta(minutes=37 * i)
    out = [a.isoformat(), a.strftime("%a %d %b %Y %H:%M:%S %j %U %W"), str(a.astimezone(dt.timezone.utc).tzinfo is not None),
           dt.datetime.strptime(a.strftime("%Y-%m-%dT%H:%M:%S"), "%Y-%m-%dT%H:%M:%S") == a,
           dt.datetime.fromisoformat(a.isoformat() + "+05:30").utcoffset(),
           dt.date(2024, 1, 1).isocalendar(), a.timestamp() > 0, dt.datetime.fromtimestamp(a.timestamp()) == a,
           pickle.loads(pickle.dumps(a)) == a, dt.time(12, 30).isoformat(timespec="minutes"), a.ctime(),
           dt.datetime.now().year > 2000, dt.date.today() <= dt.date.today(), dt.datetime.utcnow().tzinfo,
           hash(a) == hash(dt.datetime(a.year, a.month, a.day, a.hour, a.minute)), a.timetuple()[:6],
           dt.datetime.strptime("10:20 PM", "%I:%M %p").time(), format(a, "%Y")]
    return out
with ThreadPoolExecutor(4) as ex:
    r = list(ex.map(work, range(40)))
print(r[0]); print(r[-1]); print(len(r))
