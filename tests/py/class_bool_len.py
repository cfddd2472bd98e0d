class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v

class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
if B(True):
    print("truthy")
print(bool(L(0)), bool(L(3)), bool(Neither()))
print(not L(0), L(0) or "fallback", L(2) and "second")
print([x for x in [L(0), L(1), L(2)] if x].__len__())
while L(0):
    print("never")
try:
    bool(B(1))
except TypeError:
    print("TypeError bool must return bool")
