print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0.real} {0.imag} {1.__name__}".format(5, int))
d = {"key": "val", "n": [10, 20]}
print("{d[key]} {d[n]} {d[n][1]}".format(d=d))
print("{0[0]} {0[2]}".format("abc"), "{0[1]}".format([4, 5]))
print("{{}} {{{0}}} {{x}}".format(9))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}".format("r", "l", "c", 3.14159, 10 ** 9))
print("{0:{1}}|{0:>{1}}|{2:.{3}f}".format("ab", 5, 2.71828, 2))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{a}-{b}".format(**{"a": 1, "b": 2}), "{}-{}".format(*[3, 4]))
print("{:x} {:b} {:#o} {:e} {:%}".format(255, 5, 8, 1500.0, 0.5))

class Obj:
    attr = "attribute"
    items = {"z": 26}

print("{0.attr} {0.items[z]}".format(Obj()))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
try:
    "{0} {}".format(1, 2)
except ValueError:
    print("ValueError")
fmt = "{:>{w}}"
print(fmt.format("hi", w=6))
print("{0:.2f} and {0:.0f}".format(2.5), str.format("{}", 1))
