class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(2, 0), Version(1, 2)]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1), Version(1, 0) < Version(1, 1), Version(2, 0) >= Version(1, 9))
print(Version(1, 0) == "1.0", Version(1, 0) != 5)
d = {Version(1, 0): "one"}
print(d[Version(1, 0)], Version(1, 0) in d, len({Version(1, 0), Version(1, 0), Version(2, 0)}))
print(Version(3, 1) > Version(3, 0), Version(0, 1) <= Version(0, 1))

class NoEq:
    pass

a = NoEq()
print(a == a, a == NoEq(), a != NoEq())

class EqOnly:
    def __eq__(self, other):
        return True

try:
    hash(EqOnly())
except TypeError:
    print("TypeError unhashable")
try:
    NoEq() < NoEq()
except TypeError:
    print("TypeError ordering")
