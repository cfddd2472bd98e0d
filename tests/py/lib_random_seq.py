# random: MT19937 seeding (int, float, str, bytes), random(), getrandbits, randbytes, getstate/setstate, instances
import random

for s in (0, 1, 42, 2**40 + 7, -5, 2**100, 10**40 + 3, True):
    random.seed(s)
    print(s, [random.random() for _ in range(4)], random.getrandbits(32))
random.seed(5)
print(random.random() == random.Random(-5).random(), random.Random(0).random() == random.Random(False).random())
random.seed(2024)
print([random.getrandbits(k) for k in range(0, 34)])
print([random.getrandbits(k) for k in (63, 64, 65, 95, 96, 97, 100, 128, 200)])
print(sum(random.random() for _ in range(2000)))
print(random.randbytes(0), random.randbytes(5), random.randbytes(13).hex())
# 700 draws cross the 624-word regeneration boundary more than once
r = random.Random(99)
print([r.getrandbits(32) for _ in range(1300)][-5:])
for s in (1.5, -2.75, 0.1, 1e300, 'hello', '', 'héllo wörld', b'bytes', bytearray(b'\x00\xff')):
    print(repr(s), random.Random(s).random(), random.Random(s).getrandbits(40))
a = random.Random('x' * 200)
print(a.random(), a.randrange(10**20))
r = random.Random()
r.seed('abc', version=1)
print(r.random())
r.seed(b'abc', version=1)
print(r.random())
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
first = [random.random() for _ in range(3)]
random.setstate(st)
print(first == [random.random() for _ in range(3)])
print(random.Random(7).getstate()[1][:4], random.Random(7).getstate()[1][-1])
a, b = random.Random(11), random.Random(11)
x = a.random()
random.seed(11)
print(x == b.random() == random.random(), a.random() == b.random())
b.setstate(a.getstate())
print(a.getrandbits(70) == b.getrandbits(70))
for bad in ((3, (1, 2, 3), None), (3, list(range(625)), None), (3, (0,) * 624 + (625,), None)):
    try:
        random.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (-1, 2.0, 'x'):
    try:
        random.getrandbits(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for bad in ([1], {}, (1, 2)):
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = random.Random(3)
r.seed()
print(0.0 <= r.random() < 1.0, random.Random.VERSION)
