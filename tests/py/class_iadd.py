class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __isub__(self, other):
        self.items.remove(other)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
ref = a
a += 1
a += 2
print(a, ref is a)
a -= 1
print(a)
a *= 3
print(a, ref)

class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoIadd(self.v + o)

n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
t = (1, [2])
try:
    t[1] += [3]
except TypeError:
    print("TypeError", t)
