path = "/tmp/taipan_test_io_write_read.txt"
f = open(path, "w")
n1 = f.write("first line\n")
n2 = f.write("second line é\n")
n3 = f.write("third")
f.close()
print(n1, n2, n3)
f = open(path)
content = f.read()
f.close()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read()))
with open(path, encoding="utf-8") as f:
    lines = [l.strip() for l in f]
print(lines)
