# random: choice, choices (plain, weights, cum_weights), shuffle, sample (pool and set methods, counts), errors
import random

random.seed(7)
print([random.choice('abcdefg') for _ in range(20)], random.choice([None]), random.choice(range(10**18, 10**18 + 9)))
print(random.choices(range(100), k=15), random.choices('xyz'), random.choices('xyz', k=0), random.choices('xyz', k=-2))
print(random.choices(['a', 'b', 'c'], [1, 0, 5], k=12))
print(random.choices(['a', 'b', 'c'], [0.25, 2.5, 0.125], k=12))
print(random.choices('abcd', cum_weights=[1, 1, 10, 11], k=12))
print(random.choices([10, 20], weights=(1, 1), k=6), random.choices('q', [3], k=3))
for n in (0, 1, 2, 5, 20, 52):
    deck = list(range(n))
    random.shuffle(deck)
    print(n, deck)
words = ['ant', 'bee', 'cat', 'dog', 'eel', 'fox']
random.shuffle(words)
print(words, sorted(words) == ['ant', 'bee', 'cat', 'dog', 'eel', 'fox'])
pop = list(range(100))
for k in (0, 1, 5, 6, 10, 25, 60, 100):
    print(k, random.sample(pop, k) if k <= 25 else sorted(random.sample(pop, k))[:8])
# large population: the selected-set method
print(random.sample(range(10**6), 12))
print(random.sample(range(-10**18, 10**18, 3), 4))
print(random.sample(range(30), 6), random.sample(range(100), 6), random.sample(range(200), 30)[:6])
print(random.sample('abcdefgh', 8), random.sample((1.5, 2.5, 3.5), 2), random.sample(b'hello', 3))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample('ab', 3, counts=[2, 2]))
print(pop[:5], len(pop))
r = random.Random(31337)
print(r.sample(range(50), 10), r.choices('abc', k=5), r.choice((4, 5, 6)))
def err(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
err(random.choice, [])
err(random.choice, '')
err(random.choices, [], k=2)
err(random.choices, 'abc', [1, 2])
err(random.choices, 'abc', [1, 2, 3], cum_weights=[1, 2, 3])
err(random.choices, 'abc', [0, 0, 0])
err(random.choices, 'abc', [1, 2, float('inf')])
err(random.choices, 'abc', 3)
err(random.sample, [1, 2, 3], 4)
err(random.sample, [1, 2, 3], -1)
err(random.sample, {1, 2, 3}, 2)
err(random.sample, {'a': 1}, 1)
err(random.sample, 'abc', 2, counts=[1, 2])
err(random.sample, 'abc', 2, counts=[0, 0, 0])
err(random.sample, 'abc', 2, counts=[1.0, 2.0, 3.0])
err(random.sample, 'ab', 5, counts=[1, 2])
print(random.random())
