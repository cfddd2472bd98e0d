def add_item(lst, item):
    lst.append(item)
    return lst

a = []
r = add_item(a, 1)
print(a, r is a)
grid = [[]] * 3
grid[0].append("x")
print(grid)
rows = [[i] for i in range(3)]
alias = rows[1]
alias.append("y")
print(rows)
copy = list(rows)
copy[0].append("z")
copy.append("new")
print(rows, copy)
t = ([1], [2])
t[0].append(99)
print(t)
d = {"k": []}
v = d["k"]
v.append(1)
print(d)
a = [1, 2, 3]
for x in a[:]:
    if x == 2:
        a.remove(x)
print(a)
