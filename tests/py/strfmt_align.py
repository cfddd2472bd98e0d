for s in ["a", "abc", "abcdefgh"]:
    print("|{:<6}|{:>6}|{:^6}|{:.<6}|{:#^7}|".format(s, s, s, s, s))
for n in [0, 7, -7, 123456, -9876543]:
    print("|{:6}|{:<6}|{:^8}|{:+}|{:=+9}|{:,}|{:_x}|{:08.2f}|".format(n, n, n, n, n, n, n, n))
print("{:10.3s}|{:>10.3s}|".format("truncate", "truncate"))
print("{0:>{1}}|{0:<{1}}|{0:^{1}}".format("mid", 9))
print("{:%}|{:.2%}|{:e}|{:.0e}|{:g}|{:G}".format(0.25, 1 / 3, 123.456, 5500, 1e-7, 1e20))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
table = [("id", "name", "score"), (1, "ann", 93.5), (22, "bob", 7.25)]
for row in table:
    print("{:>4} {:<6} {:>7}".format(*row))
