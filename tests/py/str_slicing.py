s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-100:-1], s[:100])
print(s[slice(2, 8, 3)], s[slice(None, None, -3)])
u = "héllo 日本語 🐍!"
print(len(u), u[1], u[6], u[7:9], u[-2], u[::-1], u[10:12])
print([c for c in "a日🐍"], list(reversed("abc")))
try:
    s[10]
except IndexError:
    print("IndexError")
try:
    s[::0]
except ValueError:
    print("ValueError step")
try:
    s[0] = "x"
except TypeError:
    print("TypeError assign")
