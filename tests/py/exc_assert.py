try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message", repr(e), e.args)
assert True, "never"
try:
    x = []
    assert x, f"empty list {x}"
except AssertionError as e:
    print(e)
try:
    assert isinstance(5, str), ("tuple", "msg")
except AssertionError as e:
    print(e.args)
