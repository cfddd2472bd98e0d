def make_pair():
    val = 0

    def get():
        return val

    def set_(v):
        nonlocal val
        val = v

    return get, set_

g, s = make_pair()
print(g())
s(42)
print(g())

def nest3():
    n = 1

    def l1():
        nonlocal n
        n += 10

        def l2():
            nonlocal n
            n *= 2
            return n

        return l2()

    return l1(), n

print(nest3())
