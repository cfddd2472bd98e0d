print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, 200, 1000007))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(7, -1, 13), pow(2, -3, 11))
print(pow(10 ** 20, 3, 97))
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3, 2 ** 0.5)
print((-8) ** 2, -8 ** 2)
print(2 ** 3 ** 2)
print(1 ** 10 ** 10, (-1) ** (10 ** 10 + 1))
print(0.0 ** 0, 0 ** 5)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError")
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2, 3.0, 5)
except TypeError:
    print("TypeError")
x = 3
x **= 4
print(x)
