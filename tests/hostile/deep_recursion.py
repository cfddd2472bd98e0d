# Unbounded recursion in Python code and through native re-entry.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("python:", e)


class Loop:
    def __repr__(self):
        return repr(self.inner)


a = Loop()
a.inner = a
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)


class Key:
    def __lt__(self, other):
        return sorted([Key(), Key()]) is None


try:
    sorted([Key(), Key()])
except RecursionError as e:
    print("sort key:", e)
down(0)
