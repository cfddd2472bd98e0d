def parse_all(items):
    return [int(x) for x in items]

print(parse_all(["1", " 2 ", "-3"]))
print(parse_all(["4", "x"]))
