"""fractions for taipan: Fraction, rational numbers of arbitrary precision,
as CPython 3.11's fractions.Fraction.

Not provided: Decimal arguments (from_decimal) and the numbers ABCs (only
int, bool and Fraction count as rationals).
"""

import math
import operator
import re

__all__ = ["Fraction"]

_digits = r"\d+(?:_\d+)*"
_literal = re.compile(r"\s*([-+]?)(?=\.?\d)(%s)?(?:/(%s)|(?:\.(%s)?)?(?:[eE]([-+]?%s))?)\s*\Z"
                      % ((_digits,) * 4))
_MODULUS = 2305843009213693951


def _parse(text):
    """(numerator, denominator) of a Fraction literal."""
    m = _literal.match(text)
    if m is None:
        raise ValueError("Invalid literal for Fraction: %r" % (text,))
    sign, whole, denominator, decimals, exponent = m.groups()
    decimals = (decimals or "").replace("_", "")
    numerator = int((whole or "0").replace("_", "") + decimals)
    denominator = int(denominator) if denominator else 10 ** len(decimals)
    shift = int(exponent or "0")
    if shift >= 0:
        numerator *= 10 ** shift
    else:
        denominator *= 10 ** -shift
    return (-numerator if sign == "-" else numerator), denominator


def _exact(x):
    """x as a Fraction when it is an int or a Fraction, else None."""
    if isinstance(x, Fraction):
        return x
    return Fraction(x) if isinstance(x, int) else None


def _operator(exact, inexact):
    """The forward and reflected methods of a binary operator: `exact` on
    two Fractions, `inexact` on floats when either side is a float."""
    def forward(a, b):
        other = _exact(b)
        if other is not None:
            return exact(a, other)
        return inexact(float(a), b) if isinstance(b, float) else NotImplemented

    def reflected(b, a):
        other = _exact(a)
        if other is not None:
            return exact(other, b)
        return inexact(a, float(b)) if isinstance(a, float) else NotImplemented

    return forward, reflected


def _comparison(test):
    def compare(a, b):
        if isinstance(b, float):
            if not math.isfinite(b):
                return test(0.0, b)
            b = Fraction(b)
        else:
            b = _exact(b)
            if b is None:
                return NotImplemented
        return test(a._numerator * b._denominator, b._numerator * a._denominator)
    return compare


def _quotient(n, d):
    """Fraction(n, d), or the ZeroDivisionError of a division by zero."""
    if d == 0:
        raise ZeroDivisionError("Fraction(%d, 0)" % ((n > 0) - (n < 0)))
    return Fraction(n, d)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                    a._denominator * b._denominator)


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _exact(numerator) is None or _exact(denominator) is None:
            raise TypeError("both arguments should be Rational instances")
        elif isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
            numerator, denominator = _exact(numerator), _exact(denominator)
            numerator, denominator = (numerator._numerator * denominator._denominator,
                                      denominator._numerator * numerator._denominator)
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator, self._denominator = int(numerator) // g, int(denominator) // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator: the last convergent of self's continued fraction
        that fits, or the semiconvergent after it, whichever is closer."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            if q0 + a * q1 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q0 + a * q1
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        last = Fraction(p1, q1)
        return last if abs(last - self) <= abs(semi - self) else semi

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    __add__, __radd__ = _operator(lambda a, b: Fraction(
        a._numerator * b._denominator + b._numerator * a._denominator,
        a._denominator * b._denominator), operator.add)
    __sub__, __rsub__ = _operator(lambda a, b: Fraction(
        a._numerator * b._denominator - b._numerator * a._denominator,
        a._denominator * b._denominator), operator.sub)
    __mul__, __rmul__ = _operator(lambda a, b: Fraction(
        a._numerator * b._numerator, a._denominator * b._denominator), operator.mul)
    __truediv__, __rtruediv__ = _operator(lambda a, b: _quotient(
        a._numerator * b._denominator, a._denominator * b._numerator), operator.truediv)
    __floordiv__, __rfloordiv__ = _operator(_floordiv, operator.floordiv)
    __mod__, __rmod__ = _operator(_mod, operator.mod)
    __divmod__, __rdivmod__ = _operator(lambda a, b: (_floordiv(a, b), _mod(a, b)), divmod)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self) if isinstance(other, float) else NotImplemented

    def __pos__(self):
        return Fraction(self)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        return self.__trunc__()

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rest = divmod(self._numerator, self._denominator)
            if rest * 2 == self._denominator:
                return floor + floor % 2
            return floor + (rest * 2 > self._denominator)
        scale = Fraction(10) ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        inverse = pow(self._denominator, _MODULUS - 2, _MODULUS)
        h = abs(self._numerator) % _MODULUS * inverse % _MODULUS if inverse else 314159
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        if isinstance(other, float) and not math.isfinite(other):
            return False
        if isinstance(other, float):
            other = Fraction(other)
        other = _exact(other)
        if other is None:
            return NotImplemented
        return (self._numerator, self._denominator) == (other._numerator, other._denominator)

    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)


# Fraction is a numbers.Rational, as in CPython (registered: deriving from
# the ABC would make every abstract method of the tower a requirement).
import numbers as _numbers

_numbers.Rational.register(Fraction)
