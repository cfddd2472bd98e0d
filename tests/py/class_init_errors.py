class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v

try:
    Strict(-1)
except ValueError as e:
    print("caught", e)
print(Strict(3).v)
try:
    Strict()
except TypeError as e:
    print(type(e).__name__)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__)

class ReturnsValue:
    def __init__(self):
        return None

print(type(ReturnsValue()).__name__)

class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError("half built")

try:
    Partial()
except RuntimeError as e:
    print("RuntimeError", e.args)
