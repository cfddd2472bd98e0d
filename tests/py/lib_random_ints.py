# random: randrange/randint over small, negative, stepped and huge ranges; argument checks and messages
import random

random.seed(12345)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(1) for _ in range(5)], [random.randint(7, 7) for _ in range(3)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-1000, -990) for _ in range(15)])
print([random.randrange(0, 100, 7) for _ in range(15)])
print([random.randrange(100, 0, -3) for _ in range(15)])
print([random.randrange(-50, 50, 11) for _ in range(15)])
print([random.randrange(10, -10, -1) for _ in range(15)])
for n in (2**31, 2**32, 2**32 + 1, 2**53, 2**64 - 1, 10**30, 3**100):
    print(n.bit_length(), random.randrange(n), random.randint(-n, n))
print(random.randrange(-10**50, 10**50, 10**20 + 1))
print(random.randint(2**200, 2**200 + 5), random.randrange(2**300, 2**301, 2**250))
print(random.randrange(True, 10), random.randrange(5, False, -1), random.randint(False, True))
print(random.randrange(stop=9, start=3), random.randrange(3, 9, step=2), random.randint(b=4, a=2))
r = random.Random(2**64 + 1)
print([r.randrange(3) for _ in range(40)])
print([r.randrange(1 << k) for k in range(1, 40, 3)])
def err(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
err(random.randrange, 0)
err(random.randrange, -3)
err(random.randrange, 5, 5)
err(random.randrange, 5, 2)
err(random.randrange, 0, 10, 0)
err(random.randrange, 0, 10, -1)
err(random.randrange, 10, 0, 2)
err(random.randrange, 10, None, 2)
err(random.randint, 5, 3)
def err_type(f, *args):
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
err_type(random.randrange, 'a')
err_type(random.randrange, [3])
err_type(random.randrange, None)
err_type(random.randint, 1)
err_type(random.randint, '1', '2')
print(random.random())
