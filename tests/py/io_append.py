path = "/tmp/taipan_test_io_append.txt"
with open(path, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(path, "a") as f:
        print(f.write(f"line {i}\n"))
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    f.write("truncated\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    print("via print", 1, 2, file=f)
    print("second", end="!", file=f)
with open(path) as f:
    print(repr(f.read()))
