vals = [1 / 7, 22 / 7, 1e15 + 0.3, 123456789.123456789, 0.1 + 0.7, 1.1 + 2.2, 3.3 * 3, 1e-10 * 3, 2 ** 0.5, 10 / 3,
        1e300 * 1e10, -1e-300 / 1e100, 1.0e-323, 4.9e-324, 2.5e-5, 0.00012, 1234.5e10, 1e17 / 3, 9.999999999999999e22,
        1e23 - 1e7, 0.1 ** 10, 100.0 ** 10, 7.0e-3, 123e-20]
for v in vals:
    print(repr(v))
print(str(1.0), str(10.0), str(1e5), str(1.5e15), str(1.5e16), str(-1e-4), str(-1.234e-5))
print(float("0.1"), float("1e-400"), float("-1e-400"), float("1e400"), float("0x1p3") if False else 8.0)
print([round(i * 0.1, 10) for i in range(11)])
print([i * 0.1 for i in range(11)])
