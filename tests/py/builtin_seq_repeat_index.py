# Sequences repeat by any object with __index__; other operands are refused
# with CPython's message.
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([0] * Count(3), Count(2) * (1, 2), "ab" * Count(2), b"x" * Count(3))
items = [1]
items *= Count(2)
print(items)
for make in (lambda: "a" * 1.5, lambda: [1] * 2.0, lambda: 2.5 * (1,)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
