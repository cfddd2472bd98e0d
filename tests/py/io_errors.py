try:
    open("/tmp/taipan_test_io_errors_does_not_exist/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", isinstance(e, OSError))
path = "/tmp/taipan_test_io_errors.txt"
with open(path, "w") as f:
    f.write("x")
f = open(path)
f.close()
try:
    f.read()
except ValueError:
    print("ValueError closed file")
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("not readable", type(e).__name__)
try:
    with open(path, "w") as f:
        f.write(123)
except TypeError:
    print("TypeError write int")
print(f.closed)
with open(path) as f:
    print(f.closed)
print(f.closed)
