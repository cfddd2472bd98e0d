data = [4, 2, 1, 0, 5]
print([10 // d for d in data[:3]])
print({d: 10 / d for d in data if d})
print(sum(1 / d for d in data[:2]))
print({d: 10 / d for d in data})
