vals = [1.5, -2.5, 1e300]
for v in vals:
    print(int(v) > 0)
print(int(1e300) == 10 ** 300)
print(len(str(int(1e300))))
print(int(float("inf")))
