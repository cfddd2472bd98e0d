# PEP 380: yield from a class iterator calls its send(), throw() and close()
# and takes the value of the StopIteration its __next__ raises.
class Echo:
    n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return 100
    def throw(self, e):
        print("Echo.throw", repr(e))
        if isinstance(e, KeyError):
            raise StopIteration("thrown-stop")
        return -1
    def close(self):
        print("Echo.close")

def deleg():
    r = yield from Echo()
    print("deleg got", r)
    yield "end"

d = deleg(); print(next(d)); print(d.send("hi")); print(d.throw(ValueError("x"))); print(d.throw(KeyError("y")))
d = deleg(); next(d); d.close(); print("closed d")
d = deleg(); print(next(d), next(d), next(d), next(d))

class Plain:
    def __iter__(self): return iter([1, 2])
def deleg2():
    yield from Plain()
d = deleg2(); next(d)
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError", e)
d = deleg2(); next(d)
try:
    d.throw(IndexError("z"))
except IndexError as e:
    print("IndexError", e)

