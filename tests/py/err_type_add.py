values = [1, 2.5, True, "a"]
total = 0
for v in values:
    print("adding", repr(v))
    total = total + v
print("never")
