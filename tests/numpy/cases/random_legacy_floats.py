import numpy as np

# The global legacy generator: seeding, floats of every entry point.
np.random.seed(0)
print(repr(np.random.rand()), type(np.random.rand()).__name__)
print(repr(np.random.rand(3)))
print(repr(np.random.rand(2, 3)))
print(repr(np.random.random(4)), repr(np.random.random_sample((2, 2))))
print(repr(np.random.sample(2)), repr(np.random.ranf(2)))
print(repr(np.random.random(size=())), np.random.random(size=0).shape)
print(repr(np.random.random_sample(size=(2, 0, 3))))

# Reseeding repeats the sequence.
np.random.seed(12345)
a = np.random.rand(5)
np.random.seed(12345)
b = np.random.rand(5)
print(bool((a == b).all()), repr(a))

# Seeds: the full 32-bit range, arrays (init_by_array), a 1-element array.
for s in [0, 1, 2**32 - 1, [1, 2, 3], [0], np.array([7]), np.uint32(99), (2**32 - 1, 0)]:
    np.random.seed(s)
    print(repr(np.random.rand(2)))

# uniform: scalars, arrays, broadcasting, low > high.
rs = np.random.RandomState(7)
print(repr(rs.uniform()), repr(rs.uniform(2, 3)), repr(rs.uniform(-1.5, 1.5, 4)))
print(repr(rs.uniform([0, 10, 100], [1, 20, 200])))
print(repr(rs.uniform(np.zeros((2, 1)), [[1, 2, 3]])))
print(repr(rs.uniform(0, [1, 2], size=(3, 2))))
print(repr(rs.uniform(5, 2, 3)), repr(rs.uniform(np.float32(1), 2)))
print(repr(rs.uniform(1, 1, size=2)))

# Independent RandomState objects, seeded alike, agree.
r1 = np.random.RandomState(2024)
r2 = np.random.RandomState(2024)
print(repr(r1.random_sample(3)), bool((r2.random_sample(3) == np.random.RandomState(2024).rand(3)).all()))
print(str(r1), type(r1).__name__)

# get_state / set_state round trip, and reseeding an object.
st = r1.get_state()
print(st[0], st[1].dtype, st[1].shape, st[2], st[3], st[4])
x = r1.rand(4)
r1.set_state(st)
print(bool((r1.rand(4) == x).all()))
d = r1.get_state(legacy=False)
print(sorted(d.keys()), d['bit_generator'], d['state']['pos'])
r1.seed(5)
print(repr(r1.rand(2)), repr(np.random.RandomState(5).rand(2)))
g = np.random.get_state()
y = np.random.rand(3)
np.random.set_state(g)
print(bool((np.random.rand(3) == y).all()))
print(repr(np.random.RandomState(3).bytes(10)), len(np.random.RandomState(3).bytes(0)))
