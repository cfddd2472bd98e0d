path = "/tmp/taipan_test_io_readline_loop.txt"
with open(path, "w") as f:
    for i in range(5):
        f.write(f"row {i}: {'*' * i}\n")
    f.write("no trailing newline")
with open(path) as f:
    n = 0
    while True:
        line = f.readline()
        if not line:
            break
        n += 1
        print(n, repr(line))
print(repr(open(path).readline()) if False else "skip")
with open(path) as f:
    first = f.readline()
    rest = f.readlines()
print(repr(first), len(rest), repr(rest[-1]))
with open(path) as f:
    data = f.read()
print(data.count("\n"), len(data), data.splitlines()[2])
with open(path) as f:
    print([len(l) for l in f])
with open(path, "w") as out:
    pass
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
