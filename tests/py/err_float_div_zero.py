vals = [2.0, 1.0, 0.5, -0.0]
for v in vals:
    r = 1.0 / v
    print(v, r)
print("never")
