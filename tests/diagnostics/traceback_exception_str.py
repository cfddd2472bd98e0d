# The last line of an uncaught exception's traceback is str() of it: the
# class's own __str__ shows, and a failing __str__ gives CPython's stand-in.
class Shape(Exception):
    def __str__(self):
        return "shape mismatch: " + " x ".join(str(a) for a in self.args)


try:
    raise Shape(3, 4)
except Shape as e:
    print(e)


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no text")


try:
    raise Broken()
except Broken:
    pass
raise Shape(2, 5)
