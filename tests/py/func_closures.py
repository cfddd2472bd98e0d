def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1())

def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "changed"
    return middle()

print(outer())

def acc():
    items = []

    def add(v):
        items.append(v)
        return list(items)

    return add

a = acc()
print(a(1), a(2), a(3))
