class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("release", self.name, et is not None)
        if et is KeyError:
            print("suppress KeyError")
            return True
        return None

try:
    with Resource("r1"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outside", e)
with Resource("r2"):
    raise KeyError("suppressed")
print("continuing")
try:
    with Resource("a"), Resource("b"):
        raise RuntimeError("both released")
except RuntimeError:
    print("caught runtime")

class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("from exit")

try:
    with BadExit():
        raise ValueError("body")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)

class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        print("never")

try:
    with BadEnter():
        print("never body")
except OSError as e:
    print("OSError", e)
