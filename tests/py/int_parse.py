print(int("42"), int(" 42 "), int("\t-17\n"), int("+5"), int("1_000"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("777", 8), int("z", 36), int("Zz", 36), int("-10", 3))
print(int("0"), int("-0"), int("000123"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(True), int(False))
print(int(12345678901234567890.0))
print(int("123456789012345678901234567890"))
print(int(), int("  7  "))
for s in ["x", "", "1.5", "1__0", "_1", "0x", "12a"]:
    try:
        int(s)
        print("ok", s)
    except ValueError:
        print("ValueError", repr(s))
try:
    int("9", 8)
except ValueError:
    print("ValueError base8")
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError inf")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
