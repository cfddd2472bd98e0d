a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-5:-1], a[5:2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
b[-2:] = []
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
try:
    c[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice")
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[0:2] = (x * 10 for x in range(4))
print(e)
print(a[slice(1, 8, 3)], a[slice(None)], a[slice(-2, None)])
