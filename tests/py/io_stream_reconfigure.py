# sys.stdout.reconfigure(encoding="utf-8") (a common first line of scripts)
# and reconfigure() of open text files: encoding, errors, newline, checks.
import sys, tempfile, os
sys.stdout.reconfigure(encoding="utf-8")
sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
print("ok ✓", sys.stdout.encoding, sys.stderr.errors)
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("a\n")
    f.reconfigure(newline="\r\n")
    f.write("b\n")
    f.reconfigure(encoding="latin-1")
    f.write("é\n")
    print(f.encoding, f.errors)
print(open(p, "rb").read())
with open(p, "rb") as fb:
    try:
        fb.reconfigure(encoding="utf-8")
    except AttributeError as e:
        print("AttributeError", e)
for bad in [dict(encoding="nope"), dict(newline="x"), dict(encoding=5)]:
    try:
        sys.stdout.reconfigure(**bad)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)
sys.stdout.reconfigure(line_buffering=True, write_through=False)
print("end")
import shutil
shutil.rmtree(d)
