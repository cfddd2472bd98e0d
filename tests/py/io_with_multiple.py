src = "/tmp/taipan_test_io_with_multiple_src.txt"
dst = "/tmp/taipan_test_io_with_multiple_dst.txt"
with open(src, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open(src) as fin, open(dst, "w") as fout:
    for line in fin:
        fout.write(line.upper())
with open(dst) as f:
    print(f.read().split())
with open(dst, "a") as f:
    f.write("DELTA\n")
with open(dst) as f:
    lines = f.readlines()
print(len(lines), lines)
with open(src, "rb") as a, open(dst, "rb") as b:
    ra, rb = a.read(), b.read()
print(ra, rb, len(ra), len(rb), ra.upper() == rb[:len(ra)])
f = open(src)
print(f.readline().strip(), f.readline().strip())
f.close()
print(f.closed)
