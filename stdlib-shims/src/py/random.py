"""random for taipan: pseudo-random numbers from a Mersenne Twister.

The generator is MT19937 (Matsumoto and Nishimura), seeded, stepped and
converted to ints and floats exactly as CPython 3.11's _random module and
random.py do, so a given seed yields CPython's sequences: random(),
getrandbits(), randrange(), choice(), shuffle(), sample(), choices(), the
distributions, and getstate() tuples all match.

Seeds: an int uses all of its bits (its absolute value); a float, or any
other hashable with version=3, uses hash(a) as an unsigned 64-bit number; a str, bytes or
bytearray (version 2, the default) is extended with its SHA-512 digest,
computed here in pure Python, as CPython does. seed(None) mixes the clock
with an object address, since there is no os.urandom.

Differences from CPython: integral floats given to randrange() are taken
without the DeprecationWarning, and no warning either when a subclass that only overrides random() draws from a
range of 2**53 or more; there is no pickling support. SystemRandom draws from
os.urandom.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import time as _time
from _thread import start_seed as _start_seed
from _os import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random",
    "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
_ONE = 1

# MT19937's parameters.
_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF

# The types a sample() population may have (CPython asks for a
# collections.abc.Sequence; these are the built-in ones).
_SEQUENCE_TYPES = (list, tuple, str, range, bytes, bytearray)


# --- SHA-512 (FIPS 180-4), for seeding from str, bytes and bytearray ---

_MASK64 = (1 << 64) - 1


def _iroot(n, k):
    """The integer k-th root of n >= 1: the largest r with r ** k <= n."""
    r = 1 << ((n.bit_length() + k - 1) // k)    # r ** k >= n
    while True:
        s = ((k - 1) * r + n // r ** (k - 1)) // k
        if s >= r:
            return r
        r = s


def _first_primes(count):
    """The first count prime numbers."""
    primes = []
    n = 2
    while len(primes) < count:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1
    return primes


# The first 64 bits of the fractional parts of the square roots of the
# first 8 primes (initial hash) and of the cube roots of the first 80
# primes (round constants).
_SHA512_PRIMES = _first_primes(80)
_SHA512_H = [_iroot(p << 128, 2) & _MASK64 for p in _SHA512_PRIMES[:8]]
_SHA512_K = [_iroot(p << 192, 3) & _MASK64 for p in _SHA512_PRIMES]


def _rotr(x, n):
    """x, a 64-bit word, rotated right by n bits."""
    return ((x >> n) | (x << (64 - n))) & _MASK64


def _sha512(data):
    """The SHA-512 digest (64 bytes) of the bytes-like data."""
    length = len(data)
    msg = (bytes(data) + b'\x80' + bytes((111 - length) % 128)
           + (length * 8).to_bytes(16, 'big'))
    h = list(_SHA512_H)
    for start in range(0, len(msg), 128):
        w = [int.from_bytes(msg[i:i + 8], 'big')
             for i in range(start, start + 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            t1 = (hh + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41))
                  + ((e & f) ^ (~e & g)) + _SHA512_K[t] + w[t])
            t2 = ((_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39))
                  + ((a & b) ^ (a & c) ^ (b & c)))
            hh, g, f, e = g, f, e, (d + t1) & _MASK64
            d, c, b, a = c, b, a, (t1 + t2) & _MASK64
        h = [(x + y) & _MASK64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


# --- the generator ---

class Random:
    """A random number generator with its own state.

    Random(x) is seeded as by seed(x). Instances share nothing, so each
    gives its own reproducible sequence; the module-level functions are
    the bound methods of one hidden instance.
    """

    VERSION = 3     # the first item of a getstate() tuple

    def __init__(self, x=None):
        """Initialize an instance, seeded from x as by seed(x)."""
        cls = type(self)
        if cls is not Random and '_randbelow' not in cls.__dict__:
            # taipan does not call __init_subclass__ (yet): choose here.
            _choose_randbelow(cls)
        self._mt = [0] * _N
        self._index = _N
        self.seed(x)
        self.gauss_next = None

    # -- the Mersenne Twister core (CPython's _random.Random) --

    def _init_genrand(self, s):
        """Fill the state from the 32-bit number s (MT's init_genrand)."""
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._index = _N

    def _init_by_array(self, key):
        """Fill the state from a list of 32-bit words (MT's init_by_array)."""
        self._init_genrand(19650218)
        mt = self._mt
        length = len(key)
        i = 1
        j = 0
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                     + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941))
                     - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        """Regenerate all 624 state words at once."""
        mt = self._mt
        for k in range(_N):
            y = (mt[k] & _UPPER_MASK) | (mt[(k + 1) % _N] & _LOWER_MASK)
            word = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                word ^= _MATRIX_A
            mt[k] = word
        self._index = 0

    def _genrand_uint32(self):
        """The next 32-bit output word (MT's genrand_uint32)."""
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def _seed_int(self, a):
        """Seed from a: the words of abs(a), least significant first, or
        (for anything else but None) those of hash(a) as a C size_t."""
        if a is None:
            a = ((int(_time.time() * 1e9) << 64) ^ (id(self) << 16)
                 ^ int(_time.perf_counter() * 1e9))
        elif not isinstance(a, int):
            a = hash(a) & 0xFFFFFFFFFFFFFFFF
        a = abs(a)
        key = []
        while a:
            key.append(a & _MASK32)
            a >>= 32
        self._init_by_array(key or [0])

    # -- seeding and state (random.py's Random) --

    def seed(self, a=None, version=2):
        """Initialize the internal state from a seed.

        None seeds from the clock. An int uses all of its bits. With
        version 2 (the default) a str, bytes or bytearray uses all of its
        bits too; version 1 reproduces Python 2's narrower str seeding.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._seed_int(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state; setstate() takes it back later."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from a getstate() result."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        self._set_core_state(internalstate)

    def _set_core_state(self, state):
        """Load a 625-tuple: 624 state words, then the index."""
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for x in state[:_N]:
            x = _index(x)
            if x < 0:
                raise OverflowError(
                    "can't convert negative value to unsigned int")
            if x > 0xFFFFFFFFFFFFFFFF:
                raise OverflowError(
                    "Python int too large to convert to C unsigned long")
            words.append(x & _MASK32)
        index = _index(state[_N])
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt = words
        self._index = index

    # -- integers --

    def random(self):
        """Return the next random float in the range [0.0, 1.0)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return self._genrand_uint32() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            word = self._genrand_uint32()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def __init_subclass__(cls, /, **kwargs):
        """Make a subclass draw integers with the generator it overrides:
        getrandbits() if it has its own, else random()."""
        _choose_randbelow(cls)

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0, n), for n > 0."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0, n), for n > 0, using only
        random() (CPython warns when n >= maxsize; taipan has no warnings
        module and stays silent)."""
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Return n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Return a random item from range(start, stop, step), or from
        range(start) when stop is omitted; any range size is fine."""
        istart = self._range_arg(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = self._range_arg(stop, "stop")
        width = istop - istart
        istep = self._range_arg(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    @staticmethod
    def _range_arg(x, what):
        """x as an int for randrange(); an integral non-int (2.0) is taken,
        anything else is a ValueError naming the argument."""
        try:
            return _index(x)
        except TypeError:
            ix = int(x)
            if ix != x:
                raise ValueError("non-integer %s for randrange()" % what)
            return ix

    def randint(self, a, b):
        """Return a random int in the range [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # -- sequences --

    def choice(self, seq):
        """Return a random element of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place, and return None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Return a list of k distinct elements drawn from the sequence
        population, in selection order; the population is unchanged.

        counts repeats elements: sample(['a', 'b'], 3, counts=[4, 2]) draws
        from ['a', 'a', 'a', 'a', 'b', 'b'].
        """
        if not isinstance(population, _SEQUENCE_TYPES):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError(
                    'The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # CPython weighs the memory of a pool list against a selected set.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            # Unselected items are kept in pool[0 : n - i].
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a list of k elements of population chosen with
        replacement, with the relative weights or cumulative weights given
        (equal chances when neither is)."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)]
                        for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    # -- real-valued distributions --

    def uniform(self, a, b):
        """Return a random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode
        (the midpoint by default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma
        (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution with mean mu and standard deviation sigma.

        The Box-Muller transform makes two values at a time; the second is
        kept for the next call (seed() and setstate() reset it).
        """
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 over the mean."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles in [0, 2*pi): mean angle mu,
        concentration kappa >= 0 (0 gives a uniform angle)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function) with shape alpha > 0
        and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            # Algorithm GS (Kennedy and Gentle), for 0 < alpha < 1.
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


def _choose_randbelow(cls):
    """Set cls._randbelow after the nearest class in cls's MRO that defines
    _randbelow, getrandbits or random (CPython's Random.__init_subclass__)."""
    for c in cls.__mro__:
        if '_randbelow' in c.__dict__:
            break
        if 'getrandbits' in c.__dict__:
            cls._randbelow = cls._randbelow_with_getrandbits
            break
        if 'random' in c.__dict__:
            cls._randbelow = cls._randbelow_without_getrandbits
            break


class SystemRandom(Random):
    """Random numbers from the operating system's source (os.urandom):
    seed() does nothing, and getstate()/setstate() raise
    NotImplementedError, as in CPython."""

    def random(self):
        """Return a random float in the range [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        return int.from_bytes(_urandom(numbytes), 'big') >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Return n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source takes no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# A worker thread's generator is seeded from the one of the thread that
# started it (so random.seed(n) before starting a pool reaches the workers);
# the main thread's from the clock.
_inst = Random(_start_seed())
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
