import logging
import logging.handlers
import os
import tempfile
import shutil
from logging.handlers import RotatingFileHandler

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "server.log")
h = RotatingFileHandler(path, maxBytes=120, backupCount=2, encoding="utf-8")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("rot")
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(h)
for i in range(12):
    log.info("request %02d handled in %d ms", i, i * 7)
h.close()
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        lines = f.read().splitlines()
    print(name, len(lines), lines[0] if lines else None, os.path.getsize(os.path.join(tmp, name)) <= 120)
print(isinstance(h, logging.FileHandler), isinstance(h, logging.handlers.BaseRotatingHandler), h.maxBytes, h.backupCount, h.mode)
path2 = os.path.join(tmp, "named.log")
h2 = RotatingFileHandler(path2, maxBytes=60, backupCount=3, delay=True)
h2.namer = lambda name: name.replace(".log.", ".") + ".old"
log2 = logging.getLogger("named")
log2.propagate = False
log2.addHandler(h2)
for i in range(6):
    log2.warning("line %d with some padding text", i)
h2.close()
print(sorted(n for n in os.listdir(tmp) if n.startswith("named")))
h3 = RotatingFileHandler(os.path.join(tmp, "nolimit.log"), mode="w")
log3 = logging.getLogger("nolimit")
log3.propagate = False
log3.addHandler(h3)
for i in range(50):
    log3.error("x" * 20)
h3.close()
print(sorted(n for n in os.listdir(tmp) if n.startswith("nolimit")), os.path.getsize(os.path.join(tmp, "nolimit.log")))
shutil.rmtree(tmp)
