x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
elif x > 0:
    print("small")
else:
    print("nonpositive")
if not []:
    print("empty")
if x:
    pass
result = [("even" if i % 2 == 0 else "odd") for i in range(3)]
print(result)
i = 0
while i < 3:
    i += 1
print(i)
del x
try:
    x
except NameError:
    print("NameError after del")
a = b = []
a.append(1)
print(b)
values = [3, 1, 2]
while values:
    print("pop", values.pop())
print(type(...).__name__, ... is Ellipsis)
if 0:
    print("no")
elif None:
    print("no")
else:
    print("else branch")
for _ in range(2):
    pass
print(_)
