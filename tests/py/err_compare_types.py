values = [3, 1, 2]
print(sorted(values))
values.append("four")
print(len(values))
print(sorted(values))
