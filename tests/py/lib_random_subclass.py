# random: Random subclasses; integers come from the generator a subclass overrides (random() or getrandbits())
import random

class Counter(random.Random):
    """Overrides random() only: randrange/choice/shuffle go through random()."""
    def __init__(self):
        super().__init__(0)
        self.i = 0
    def random(self):
        self.i += 1
        return (self.i * 0.6180339887498949) % 1.0

class Bits(random.Random):
    """Overrides getrandbits() only: random() stays the Mersenne Twister."""
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1)

class MoreBits(Bits):
    def extra(self):
        return self.randrange(1000)

c = Counter()
print([c.randrange(10) for _ in range(12)], c.choice('abcdefgh'), c.randint(1, 100))
deck = list(range(10))
c.shuffle(deck)
print(deck, c.sample(range(20), 5), c.i)
print(c.randrange(2**40), c.uniform(0, 10), c.choices('xyz', k=4))
b = Bits(5)
m = random.Random(5)
print([b.randrange(100) for _ in range(8)], [m.randrange(100) for _ in range(8)])
print(b.getrandbits(8), m.getrandbits(8), Bits(9).random() == random.Random(9).random())
mb = MoreBits(5)
print([mb.extra() for _ in range(5)], [Bits(5).randrange(1000) for _ in range(2)])
print(isinstance(c, random.Random), type(mb).__mro__[1].__name__, Counter.__doc__ is not None)
