for v in [0, 5, 15, 25, 35, 45, 55, -5, -15, -25, 1234567, -1234567]:
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, 1))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1), round(2 ** 70, -10))
print(type(round(5, -1)).__name__, round(True), round(False, 2))
print(round(-(10 ** 20) - 5, -1), round(499, -3), round(500, -3), round(1500, -3))
print(round(7, 0), round(7, -1), round(7, -100), round(-7, -1))
