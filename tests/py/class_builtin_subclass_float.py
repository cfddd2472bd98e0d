# A float subclass: float's own methods and float.__repr__ read the float
# value even where the subclass changes repr; json writes it as a float.
import json


class Celsius(float):
    def __repr__(self):
        return "Celsius(" + float.__repr__(self) + ")"


t = Celsius(21.5)
print(repr(t), str(t), float.__repr__(t), [t], isinstance(t, float))
print(t.is_integer(), t.hex(), t.as_integer_ratio(), t.conjugate(), t + 0.5, round(t))
print(json.dumps({"t": t, "list": [Celsius(1), 2.0]}))
print(float.__repr__(1e300), float.__repr__(-0.0), float.__repr__(float("nan")))
for bad in ("1.5", 2, None):
    try:
        float.__repr__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    float.hex("a")
except TypeError as e:
    print("TypeError:", e)
