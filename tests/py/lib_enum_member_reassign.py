# An enum member cannot be reassigned or deleted; other class attributes can.
import enum
class C(enum.Enum):
    A = 1
    B = 2
try:
    C.A = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del C.A
except AttributeError as e:
    print("AttributeError", e)
C.other = 3
print(C.other, list(C), C.A)
class F(enum.IntFlag):
    X = 1
try:
    F.X = 2
except AttributeError as e:
    print("AttributeError", e)
