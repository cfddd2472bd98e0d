def po(a, b, /, c, *, d):
    return (a, b, c, d)

print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
for call in [lambda: po(1, 2, 3, 4), lambda: po(a=1, b=2, c=3, d=4), lambda: po(1, 2, 3), lambda: po(1, 2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)

def ko(*, x, y=2):
    return x + y

print(ko(x=1), ko(y=10, x=1))
try:
    ko(1)
except TypeError as e:
    print(type(e).__name__)

def mixed(a, /, b=5, *args, c, **kw):
    return a, b, args, c, kw

print(mixed(1, c=2), mixed(1, 2, 3, 4, c=5, a=6))
