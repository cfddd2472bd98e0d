for v in [0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 70)]:
    print(v, hex(v), oct(v), bin(v))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(5, "b"), format(5, "#010b"))
print(0xff, 0o17, 0b1101, 0XAB, 1_000_000)
print(int(hex(12345), 16), int(bin(-99), 2), int(oct(777), 8))
print(f"{-42:x} {-42:#o} {42:08b}")
