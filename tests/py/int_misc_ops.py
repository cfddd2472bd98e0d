x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
print(-(-5), +(-5), -0, 0 - 0)
print(7 .real, (7).imag, (7).numerator, (7).denominator)
print((10).conjugate(), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).bit_count() if hasattr(int, "bit_count") else 8)
print(sum(range(101)), sum(range(-10, 11)))
print(max(3, -7, 12, 0), min(3, -7, 12, 0))
print(1_0 + 0 if False else 10)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7, 2))
