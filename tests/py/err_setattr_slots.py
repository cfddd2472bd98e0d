class P:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

p = P()
print(p.x)
p.y = 2
