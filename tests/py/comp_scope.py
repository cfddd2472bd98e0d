x = 10
result = [x for x in range(3)]
print(result, x)
y = 5
print([y * i for i in range(3)], {i: y for i in range(2)}, {y + i for i in range(2)})

def f():
    z = 3
    return [z * i for i in range(3)]

print(f())

class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]

print(C.doubled)
funcs = [(lambda: n) for n in range(3)]
print([g() for g in funcs])
n = 100
gen = (n + i for i in range(3))
n = 200
print(list(gen))
print([i for i in range(3)], [j for j in "ab"])
try:
    print(i)
except NameError:
    print("NameError loop var not leaked")
