class Bag:
    def __init__(self):
        self.data = {}

    def __len__(self):
        return len(self.data)

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __contains__(self, k):
        return k in self.data

    def __iter__(self):
        return iter(sorted(self.data))

b = Bag()
b["x"] = 1
b["a"] = 2
b["m"] = 3
print(len(b), b["x"], "a" in b, "q" in b, list(b), [k for k in b])
del b["a"]
print(len(b), list(b), bool(b))
try:
    b["zz"]
except KeyError:
    print("KeyError")

class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

sq = Squares(5)
print(list(sq), sq[-1], 9 in sq, 10 in sq, len(sq), sorted(sq, reverse=True))
for v in sq:
    print("v", v)
print(bool(Squares(0)), bool(Squares(1)))
