class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P{self.x}{self.y}"

grid = {Point(0, 0): "origin", Point(1, 2): "a"}
print(grid[Point(0, 0)], grid.get(Point(1, 2)), grid.get(Point(9, 9), "none"))
grid[Point(0, 0)] = "replaced"
print(grid, len(grid))
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), Point(2, 2) in s)

class Ident:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"I{self.n}"

i1, i2 = Ident(1), Ident(1)
d = {i1: "first", i2: "second"}
print(len(d), d[i1], d[i2])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)], key=lambda p: (p.x, p.y)))
