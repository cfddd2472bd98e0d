# Repeating a sequence by a count beyond 64 bits is an OverflowError (not
# the IndexError that indexing by such an int gives).
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
"pad" * huge
