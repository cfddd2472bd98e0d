x = 2.0
for p in [10, 100, 1000, 10000]:
    print(p)
    r = x ** p
    print(r)
print("never")
