print("%s %r %d %i" % ("s", "s", 42, -7))
print("%5.2f|%-5d|%05d|%x|%X|%o|%e|%g|%c|%%" % (3.14159, 42, 42, 255, 255, 8, 12345.678, 0.00001, 65))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%r" % "é")
print("%10s|%-10s|%.2s|%*d|%-*d|" % ("right", "left", "trunc", 6, 42, 6, 42))
print("%+d % d %+.1f %.0f %.0f %.0f" % (5, 5, 2.25, 0.5, 1.5, 2.5))
print("%#x %#o %#X %08.3f %-8.3f|" % (255, 8, 255, 3.14159, 2.5))
print("%d" % 3.99, "%d" % -3.99, "%s" % 1e16, "%r" % 0.1, "%f" % 1e22)
print("%c%c%c" % ("a", 0x65e5, 128013))
print("%e %E %g %G" % (1e-10, 1e-10, 1e20, 1e-20))
print("%s" % "solo", "%d%%" % 50, "no args %%" % ())
print("%i items" % 2 ** 70)
try:
    "%d" % "x"
except TypeError:
    print("TypeError")
try:
    "%s %s" % ("one",)
except TypeError:
    print("TypeError not enough")
try:
    "%s" % ("a", "b")
except TypeError:
    print("TypeError not all converted")
try:
    "%(k)s" % {"x": 1}
except KeyError:
    print("KeyError")
