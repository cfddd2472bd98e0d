print([[[k for k in range(j)] for j in range(i)] for i in range(4)])
print({i: {j: i * j for j in range(3)} for i in range(3)})
print([{c for c in w} == set(w) for w in ["ab", "aab"]])
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
flat = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flat)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([(i, j, k) for i in range(1, 20) for j in range(i, 20) for k in range(j, 20) if i * i + j * j == k * k])
words = ["hello", "world", "python"]
print({w: [c for c in w if c in "aeiou"] for w in words})
print([sum(row) for row in [[1, 2], [3, 4], [5]]])
print(list(map(lambda r: [x * 2 for x in r], [[1], [2, 3]])))
