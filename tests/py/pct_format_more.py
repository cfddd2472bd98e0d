for v in [0, 1, -1, 3.7, -3.7, 255, 1e10, 2 ** 40]:
    print("%d|%5d|%-5d|%05d|%+d|%x|%o|%e|%.2f|%g|%s|%r" % (v, v, v, v, v, int(v), int(v), v, v, v, v, v))
for v in [0.0, 0.5, 1.5, 2.5, 1e-5, 123456789.0, float("inf"), float("nan"), -0.0]:
    print("%f|%.0f|%.3e|%10.4f|%-10.2f|%g|%.3g|%G" % (v, v, v, v, v, v, v, v))
print("%s and %s" % ("a", "b"), "%(x)s%(y)s%(x)s" % {"x": 1, "y": 2}, "%%d" % ())
print("%.3s|%5.1s|%-6s|" % ("abcdef", "xyz", "é"))
print("%c|%5c|%-3c|" % ("x", "y", 122))
print("%#.3g %#x %#o %08.2e" % (1.0, 0, 0, 12345.678))
print("%s" % {"k": "v"}, "%s" % ((1, 2),), "%r" % ([1],))
