excs = [ValueError("x"), ValueError(), ValueError("a", "b"), ValueError(1), KeyError("k"), KeyError(), KeyError("a", "b"),
        KeyError(0), IndexError("list index out of range"), TypeError("t"), ZeroDivisionError("division by zero"),
        RuntimeError(), Exception("e", 2), StopIteration(5), AssertionError("msg"), NameError("n"), OSError("os"),
        NotImplementedError(), AttributeError("attr"), ValueError("it's \"quoted\"")]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(str(e), e.args)
try:
    [1][5]
except IndexError as e:
    print(str(e))
try:
    int("abc")
except ValueError as e:
    print(str(e))
