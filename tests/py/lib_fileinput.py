# fileinput over a list of files: line numbers across and within files,
# the module functions, first lines, an empty file, an openhook, binary
# mode, in-place editing with and without a backup, and the errors.
import fileinput
import os
import tempfile

d = tempfile.mkdtemp()


def make(name, text):
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(text)
    return path


a = make("a.txt", "alpha\nbeta\n")
e = make("empty.txt", "")
b = make("b.txt", "gamma\ndelta")
for line in fileinput.input([a, e, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(),
          fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(),
          repr(line))
print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as exc:
    print("RuntimeError", exc)

with fileinput.FileInput(files=(a, b), mode="rb") as fi:
    print([(fi.lineno(), line) for line in fi])

with fileinput.input(b, openhook=fileinput.hook_encoded("latin-1")) as fi:
    for line in fi:
        print(fi.filename() == b, line.upper().strip())

with fileinput.input([a, b]) as fi:
    heads = []
    for line in fi:
        heads.append(line.strip())
        fi.nextfile()
    print(heads)

with fileinput.input([a, b], inplace=True) as fi:
    for line in fi:
        print("%d: %s" % (fi.filelineno(), line.rstrip("\n").upper()))
print(open(a).read(), open(b).read(), sorted(os.listdir(d)))

with fileinput.input(a, inplace=True, backup=".orig") as fi:
    for line in fi:
        print(line.replace("ALPHA", "omega"), end="")
print(open(a).read(), open(a + ".orig").read(), sorted(os.listdir(d)))

for bad in [dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook=5)]:
    try:
        fileinput.FileInput([a], **bad)
    except ValueError as exc:
        print("ValueError", exc)
fileinput.input([a])
try:
    next(fileinput._state)
    fileinput.input([b])
except RuntimeError as exc:
    print("RuntimeError", exc)
fileinput.close()
