class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def kind(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, y, z):
            return "three"


print(kind(Point(0, 0)))
print(kind(Point(1, 2)))
