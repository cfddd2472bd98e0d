import math

print("geometry imported, __name__ =", __name__)

PI_ISH = 3.14
UNIT = (1, 1)
_private = "hidden"


def area_circle(r):
    return math.pi * r * r


def dist(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


if __name__ == "__main__":
    print("never when imported")
