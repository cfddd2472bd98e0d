words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print({i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({(a, b) for a in range(3) for b in range(3) if a < b})
print({x % 4 for x in range(100)}, {-x for x in range(5)})
sq = {x: x * x for x in range(-3, 4)}
print(sq, {v for v in sq.values()})
print({str(k): k for k in (1, 2.5, None, True)})
