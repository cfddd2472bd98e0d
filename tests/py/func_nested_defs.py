def outer(n):
    def helper(x):
        return x * n

    def other(x):
        return helper(x) + 1

    return [helper(2), other(2)]

print(outer(5))

def make_ops():
    def add(a, b):
        return a + b

    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}

ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), sorted(ops))

def fact(n):
    def go(k, acc):
        return acc if k <= 1 else go(k - 1, acc * k)
    return go(n, 1)

print(fact(20))

def cond_def(flag):
    if flag:
        def g():
            return "first"
    else:
        def g():
            return "second"
    return g()

print(cond_def(True), cond_def(False))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
