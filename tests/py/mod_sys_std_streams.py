# sys.__stdout__ / __stderr__ / __stdin__ keep the original streams.
import io
import sys

print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
buf = io.StringIO()
sys.stdout = buf
print("captured")
sys.__stdout__.write("straight to the terminal\n")
sys.stdout = sys.__stdout__
print("restored", repr(buf.getvalue()))


class B:
    pass


class C:
    def __init__(self, a):
        self.a = a


class N:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


for label, make in (("B", lambda: object.__new__(B, 1)), ("C", lambda: object.__new__(C, 1)),
                    ("N", lambda: N(1)), ("N0", lambda: N())):
    try:
        print(label, type(make()).__name__)
    except TypeError as e:
        print(label, "TypeError", e)
