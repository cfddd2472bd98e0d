# sorted() with key functions: keys of strs and tuples order on the fast
# path, mixed or user-ordered keys take the general comparison, and key
# functions bind defaults, several arguments and wrong arity as calls do.
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1.5), ("a", float("nan"))]
print(sorted(pairs[:4], key=lambda kv: (-kv[1], kv[0])))
print(sorted(pairs, key=lambda kv: kv[0]))
print(sorted(["b", "a", "C", "é", ""]), sorted([(1, "a"), (1, "A"), (0, "z")], reverse=True))
print(sorted([(1, 2.5), (1, 2), (0, 3)]))
def k(x, scale=10):
    return -x * scale
print(sorted([3, 1, 2], key=k), list(map(k, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"P({self.v})"
print(sorted([(1, P(3)), (1, P(2)), (0, P(9))]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda a, b: a)
except TypeError as e:
    print("TypeError:", e)
