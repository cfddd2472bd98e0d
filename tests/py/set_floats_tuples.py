fs = {0.5, 1.5, -2.25, 3.0, 1e-3, 1e6, -0.0, 7.75, 100.125}
print(fs)
print(sorted(fs))
ts = {(0, 1), (1, 0), (2, 2), (-1, -1), (10, 20, 30), (1,), (0,), (), ((1, 2), 3)}
print(ts)
print(list(ts))
mix = {1, 2.5, (3, 4), -7, 2 ** 33, (0.5,)}
print(mix)
fs.discard(0.5)
fs.add(0.25)
fs.add(2.0)
print(fs)
print({x / 2 for x in range(10)})
print({(x, y) for x in range(3) for y in range(2)})
print(set([(1, 2), (1, 2), (2, 1)]), len({0.1 + 0.2, 0.3}))
print({float(i) for i in range(8)}, {i for i in range(8)} == {float(i) for i in range(8)})
