s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100, 3).indices(10), slice(10, -10, -2).indices(8))
a = list(range(20))
print(a[s], "abcdefghijkl"[s], tuple(range(12))[s])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))

class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)

q = Seq()
print(q[3], q[1:5], q[::2], q[:-1], q[-2])
