vals = [2.0, 1.0, 0.5, 0.0]
for v in vals:
    print(v, 1.0 / v)
print("never")
