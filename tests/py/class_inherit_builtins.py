class MyList(list):
    def total(self):
        return sum(self)

m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__, m[1:3])

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

d = DefaultDict()
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, len(d), isinstance(d, dict))

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hey")
print(u, u.shout(), len(u), u + "x", isinstance(u, str))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(404, "not found")
except Exception as e:
    print(e, e.code, e.args)
