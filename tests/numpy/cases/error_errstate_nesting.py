import numpy as np
from concurrent.futures import ThreadPoolExecutor


def attempt(label, f):
    try:
        print(label, repr(f()))
    except FloatingPointError as e:
        print(label, "FloatingPointError:", e)


print(np.geterr())
with np.errstate(all="ignore"):
    print(np.geterr())
    with np.errstate(divide="raise"):
        print(np.geterr())
        attempt("int floor_divide", lambda: np.arange(3) // 0)
        attempt("int remainder", lambda: np.arange(3) % np.zeros(3, dtype=np.int64))
        attempt("float divide", lambda: np.array([1.0, 2.0]) / np.array([0.0, 1.0]))
        attempt("log zero", lambda: np.log(np.array([1.0, 0.0])))
        attempt("zero over zero", lambda: np.array([0.0]) / 0.0)
        try:
            with np.errstate(divide="ignore"):
                raise KeyError("inner")
        except KeyError:
            print("restored after exception", np.geterr()["divide"])
    print(np.geterr())
print(np.geterr())

with np.errstate(all="raise"):
    attempt("int8 scalar add", lambda: np.int8(100) + np.int8(100))
    attempt("int8 array add wraps", lambda: np.array([100], dtype=np.int8) + np.int8(100))
    attempt("uint8 scalar sub", lambda: np.uint8(0) - np.uint8(1))
    attempt("int64 scalar neg", lambda: -np.int64(-2**63))
    attempt("int8 floor_divide", lambda: np.array([-128], dtype=np.int8) // np.int8(-1))
    attempt("float32 overflow", lambda: np.array([3e38], dtype=np.float32) * 2)
    attempt("exp overflow", lambda: np.exp(np.array([1000.0])))
    attempt("sqrt negative", lambda: np.sqrt(np.array([4.0, -4.0])))
    attempt("inf minus inf", lambda: np.array([np.inf]) - np.inf)
    attempt("nan passes", lambda: np.array([np.nan]) + 1.0)
    attempt("arcsin domain", lambda: np.arcsin(np.array([2.0])))
    attempt("scalar float divide", lambda: np.float64(1.0) / 0.0)
    attempt("divmod scalar", lambda: divmod(np.int32(7), np.int32(0)))
    attempt("in place", lambda: np.ones(2).__itruediv__(0.0))
    attempt("underflow", lambda: np.array([1e-300]) * 1e-300)
    attempt("exact tiny", lambda: np.array([1e-310]) * 1.0)

with np.errstate(under="raise"):
    attempt("underflow only", lambda: np.array([1e-300]) / 1e300)

seen = []


def handler(kind, flag):
    seen.append((kind, flag))


old = np.seterrcall(handler)
with np.errstate(all="call"):
    np.array([1.0, 0.0, -1.0]) / 0.0
print(seen, np.geterrcall() is handler)
np.seterrcall(old)


class Log:
    def write(self, msg):
        print("log:", msg.strip())


with np.errstate(over="log", call=Log()):
    np.array([1e308]) * 10.0
print(np.geterrcall())


@np.errstate(invalid="raise")
def checked_sqrt(x):
    return np.sqrt(x)


attempt("decorated", lambda: checked_sqrt(np.array([-1.0])))
print(checked_sqrt(np.array([4.0])), np.geterr()["invalid"])

e = np.errstate(divide="ignore")
with e:
    try:
        with e:
            pass
    except TypeError as err:
        print("TypeError:", err)

try:
    np.seterr(over="loudly")
except ValueError as err:
    print("ValueError:", err)
try:
    np.seterrcall(42)
except TypeError as err:
    print("TypeError:", err)
old = np.seterr(all="ignore")
print(old, np.geterr())
np.seterr(**old)


def worker(x):
    try:
        return repr(np.array([x]) / 0.0) + " " + np.geterr()["divide"]
    except FloatingPointError as err:
        return "raised " + str(err)


with np.errstate(divide="raise"):
    with ThreadPoolExecutor(2) as pool:
        print(list(pool.map(worker, [1.0, -1.0])))
    print(worker(1.0))
