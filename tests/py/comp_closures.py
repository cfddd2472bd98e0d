fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = []
for j in range(3):
    hs.append(lambda: j)
print([h() for h in hs])

def make_adders():
    return [lambda x, n=n: x + n for n in range(4)]

print([a(10) for a in make_adders()])

def make_muls():
    out = []
    for n in range(3):
        def mul(x, n=n):
            return x * n
        out.append(mul)
    return out

print([m(7) for m in make_muls()])
y = 100
print([(lambda: y + k)() for k in range(3)])
nested = [[lambda a=a, b=b: a * b for b in range(3)] for a in range(3)]
print([[f() for f in row] for row in nested])
print({k: (lambda k=k: k * k)() for k in range(4)})
