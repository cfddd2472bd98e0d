# Allocations far beyond memory, in one step each: MemoryError, caught.
for make in [
    lambda: [0] * 10**12,
    lambda: "ab" * 10**12,
    lambda: b"x" * 10**13,
    lambda: (1,) * 10**12,
    lambda: 1 << 10**12,
    lambda: 7 ** 10**12,
]:
    try:
        make()
        print("allocated?!")
    except MemoryError as e:
        print("MemoryError")
    except OverflowError as e:
        print("OverflowError")
print("still alive")
x = [0] * 10**12
