print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
factor = 10
print([x * factor for x in range(3)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
x = "outer"
print([x for x in range(3)], x)
print([i for i in []], [[]for _ in range(2)])
print([(lambda v: v + 1)(i) for i in range(3)])
print([s.strip() for s in " a , b ,c ".split(",")])
