import io
import sys
import logging

buf = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=buf,
                    format="%(levelname)s|%(name)s|%(message)s|%(levelno)s|%(threadName)s|%(processName)s")
logging.debug("debug %d", 1)
logging.info("info %s %s", "a", "b")
logging.warning("warn %(x)s", {"x": 42})
logging.error("err")
logging.critical("crit %r", [1, 2])
logging.log(25, "custom level %d", 25)
print(buf.getvalue(), end="")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("[%(levelno)s] %(name)s: %(message)s"))
a = logging.getLogger("app")
ab = logging.getLogger("app.db.conn")
print(ab.parent is a, a.parent is logging.getLogger(), logging.getLogger("app.db").parent is a)
print(ab.parent.name, ab.getEffectiveLevel(), a.hasHandlers())
a.addHandler(h)
a.setLevel(logging.INFO)
ab.debug("hidden")
ab.info("shown %s", "x")
ab.log(logging.NOTICE if hasattr(logging, "NOTICE") else 25, "notice")
a.propagate = False
ab.warning("no root")
print(repr(a), repr(ab), repr(logging.getLogger()))
print(a.isEnabledFor(logging.DEBUG), a.isEnabledFor(logging.ERROR), ab.getEffectiveLevel())
print(out.getvalue(), end="")
print("root got:", buf.getvalue().count("\n"))

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setFormatter(logging.Formatter("{levelname}:{message}:{user}", style="{"))
f = logging.getLogger("filt")
f.propagate = False
f.addHandler(h2)
f.addFilter(OnlyOdd())
for i in range(5):
    f.warning("n=%d", i, extra={"user": "bob"})
f.removeFilter(f.filters[0])
f.addFilter(lambda r: "skip" not in r.getMessage())
f.error("skip me", extra={"user": "x"})
f.error("keep me", extra={"user": "y"})
try:
    f.error("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
print(out2.getvalue(), end="")
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))

out3 = io.StringIO()
h3 = logging.StreamHandler(out3)
h3.setFormatter(logging.Formatter("$levelname-${name}: $message", style="$"))
ex = logging.getLogger("exc")
ex.propagate = False
ex.addHandler(h3)
try:
    1 / 0
except ZeroDivisionError:
    ex.exception("failed %s", "here")
lines = out3.getvalue().splitlines()
print(lines[0], "|", lines[-1])
ad = logging.LoggerAdapter(ex, {"k": 1})
ad.warning("via adapter")
print(out3.getvalue().splitlines()[-1], repr(ad))

logging.disable(logging.WARNING)
ex.warning("disabled")
ex.error("not disabled")
logging.disable(logging.NOTSET)
print(out3.getvalue().splitlines()[-1])
for bad in ("BOGUS", 1.5):
    try:
        ex.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError", e)
sys.stderr = sys.stdout
logging.getLogger("lonely").warning("last resort %d", 1)
logging.getLogger("lonely").info("dropped")
logging.basicConfig(force=True, stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.getLogger("x.y").error("after force")
print(logging.getLogger().handlers, len(logging.getLogger().handlers))
print(logging.NullHandler(), logging.getLogger("app").getChild("z").name)
logging.root.handlers.clear()
logging.getLogger("lonely").warning("last resort %d", 1)
logging.getLogger("lonely").info("dropped")
import time
fm = logging.Formatter("%(asctime)s %(levelname)-8s %(message)s")
fm.converter = time.gmtime
rec = logging.makeLogRecord({"created": 86400.25, "msecs": 250.0, "msg": "at %s", "args": ("noon",),
                             "levelname": "INFO"})
print(fm.format(rec))
fm2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M")
fm2.converter = time.gmtime
print(fm2.format(rec), fm2.usesTime(), logging.Formatter().usesTime())
fm3 = logging.Formatter("{message}|{extra1}", style="{", defaults={"extra1": "dflt"})
print(fm3.format(rec))
import os
path = "/tmp/taipan_test_lib_logging.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
fl = logging.getLogger("file")
fl.addHandler(fh)
fl.warning("to file %d", 1)
fl.warning("to file %d", 2)
fh.close()
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)
print(logging.getLevelNamesMapping()["WARN"], logging.WARN, logging.FATAL)
