import sys
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[6], len(sys.float_info))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is None or True)
print(sys.exc_info())
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2000))
sys.setrecursionlimit(old)
print(callable(exit), callable(quit), type(sys.executable).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
exit(3)
