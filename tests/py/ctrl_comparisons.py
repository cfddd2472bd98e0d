a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b > a > 0, 1 < 3 > 2 < 4, 1 <= 1 <= 1, 5 > 4 == 4)
calls = []

def val(x):
    calls.append(x)
    return x

print(val(1) > val(2) > val(3), calls)
calls.clear()
print(val(1) < val(2) < val(0), calls)
x = None
print(x is None, x is not None, x == None, not x)
print(1 is not None, [] is not [], "a" in "abc" in "xabcx")
print(0 < 0.5 < 1 < 1.5, "a" < "b" < "c", [1] < [2] < [3])
print(1 != 2 != 1, 1 == 1 != 2)
lst = [1, 2]
same = lst
print(lst is same, lst is [1, 2], lst == [1, 2], lst is not lst[:])
print(True is True, None is None, type(None) is type(None))
