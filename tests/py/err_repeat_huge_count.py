# Repeating a sequence by a count beyond 64 bits, or a __len__ returning
# such an int, is an OverflowError (not the IndexError that indexing by
# such an int gives).
huge = 1 << 70
attempts = [lambda: "b" * huge, lambda: "b" * -huge, lambda: [1] * huge, lambda: huge * b"x",
            lambda: (1,) * (1 << 64), lambda: bytearray(b"a") * huge, lambda: [0, 1][huge],
            lambda: "ab"[-huge]]
for attempt in attempts:
    try:
        attempt()
    except (OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)
row = [0]
try:
    row *= huge
except OverflowError as e:
    print("in place:", e)
print("b" * 3, [1] * 2, 2 * (0,), "x" * -1)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, 0, -1, 1 << 70, -(1 << 70)]:
    try:
        print(len(Sized(n)), bool(Sized(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
"pad" * huge
