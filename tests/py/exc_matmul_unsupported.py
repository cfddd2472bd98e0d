# `@` between numbers that do not support it names both operand types,
# for ints of any size and bools, written plainly or augmented.
pairs = [(3, 4), (2 ** 80, 5), (True, 2), (1.5, 2), (7, 2.5), ("s", 1)]
for a, b in pairs:
    try:
        a @ b
    except TypeError as e:
        print(e)
    try:
        c = a
        c @= b
    except TypeError as e:
        print(e)


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __rmatmul__(self, other):
        return sum(other * x for x in self.xs)


print(3 @ Vec([1, 2]), 2 ** 70 @ Vec([1]))
