def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
x.close()
print("closed")
print(next(x, "after close"))
y = g()
y.close()
print("closed before start")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

c = catcher()
next(c)
c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError ignored GeneratorExit")
print(next(s, "finished"))
z = g()
for v in z:
    print("v", v)
print("loop done")

def gen_throw():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("got", e)
            yield "recovered"

t = gen_throw()
print(next(t), t.throw(ValueError("oops")), next(t))
try:
    t.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(next(t, "dead"))
