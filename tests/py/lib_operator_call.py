# operator.call (new in Python 3.11): obj(*args, **kwargs).
import functools
import operator

print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True),
      operator.call(dict, a=1), operator.call(lambda *a, **k: (a, k), 1, x=2))
steps = [functools.partial(str.strip), str.lower, functools.partial(str.replace, old=" ", new="_")
         if False else (lambda s: s.replace(" ", "_"))]
print(functools.reduce(lambda acc, f: operator.call(f, acc), steps, "  Hello World  "))
print(list(map(operator.call, [len, str.upper, abs], ["abc", "x", -2])))
try:
    operator.call()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    operator.call(5)
except TypeError as e:
    print("TypeError", e)
