class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([c.__name__ for c in D.__mro__])
print(D().who())

class X:
    pass

class Y:
    pass

class Z(X, Y):
    pass

class W(Y):
    pass

class V(Z, W):
    pass

print([c.__name__ for c in V.__mro__])
print([c.__name__ for c in V.mro()])

class M1:
    def f(self):
        return "M1"

class M2:
    def f(self):
        return "M2"

    def g(self):
        return "M2.g"

class Both(M1, M2):
    pass

print(Both().f(), Both().g(), [c.__name__ for c in Both.__mro__])
try:
    class Bad(A, D):
        pass
except TypeError:
    print("TypeError MRO")
