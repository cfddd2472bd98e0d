total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)

add(5)
add(7)
print(total, names)

def create():
    global created
    created = "yes"

create()
print(created)

def shadow():
    total = 1000
    return total

print(shadow(), total)

def read_only():
    return total * 2

print(read_only())
x = 1

def f():
    global x
    x = x + 1

    def g():
        return x
    return g()

print(f(), f(), x)
