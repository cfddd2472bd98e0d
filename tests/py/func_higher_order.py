def apply(f, *args):
    return f(*args)

def twice(f):
    return lambda x: f(f(x))

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed

print(apply(max, 3, 9, 2), twice(lambda x: x + 3)(1), twice(twice(lambda x: x * 2))(1))
pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))

def reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "abc", ""))
handlers = {"double": lambda x: x * 2, "neg": lambda x: -x, "str": str}
print([handlers[k](21) for k in ["double", "neg", "str"]])

def make_multiplier_table(n):
    return {i: (lambda x, i=i: x * i) for i in range(1, n + 1)}

t = make_multiplier_table(4)
print([t[k](10) for k in t])
print(list(map(apply, [len, abs], ["abc", -4])))
funcs = [len, str.upper, sorted]
print([f("cab") for f in funcs])

def curry(f):
    return lambda a: lambda b: f(a, b)

print(curry(pow)(2)(10))
