from dataclasses import dataclass, field, InitVar, KW_ONLY
import dataclasses

@dataclass
class A:
    x: int
    y: int = 2
    z: list = field(default_factory=list)
    w: int = field(default=7, init=False)
    v: int = field(init=False)

    def __post_init__(self):
        self.v = self.x + self.y

a = A(1); print(a, vars(a))
b = A(1, 3, [4]); print(b, vars(b))
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(A(x=5, y=1))

@dataclass(frozen=True)
class F:
    a: float
    b: str = "q"
f = F(1.5); print(f, hash(f) == hash(F(1.5)))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
try:
    K(1)
except TypeError as e:
    print(e)
print(K(1, b=2))

@dataclass
class I:
    a: int
    s: InitVar[int] = 5
    def __post_init__(self, s):
        self.t = self.a * s
print(vars(I(2)), vars(I(2, 3)))

class Watch:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
@dataclass
class W(Watch):
    p: int
    q: int = 0
W(1); W(1, 2)
