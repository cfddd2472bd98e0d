pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (5, 5), (-5, 5), (13, -4), (-13, 4)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print("float floordiv", 7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print("float mod", 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print("mixed", 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print("divmod float", divmod(7.5, 2), divmod(-7.5, 2))
print("neg zero mod", -0.0 % 5, 0.0 % -5)
print("int truediv", 7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print("type", type(6 / 3).__name__, type(6 // 3).__name__)
print("big", (10 ** 30) // -7, (10 ** 30) % -7)
print("small mod float", 1e-30 % 1, -1e-30 % 1)
