s = "a" * 1000000
for i in range(900):
    "".join(map(str.upper, s))
