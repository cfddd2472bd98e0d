def a(x):
    return b(x) + 1

def b(x):
    return c(x) * 2

def c(x):
    if x > 2:
        raise LookupError("too deep: " + str(x))
    return x

print(a(1))
print(a(2))
print(a(3))
