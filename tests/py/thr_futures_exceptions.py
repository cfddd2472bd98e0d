# worker exceptions: result()/exception()/map propagate type and message; pool keeps working afterwards
from concurrent.futures import ThreadPoolExecutor


class AppError(Exception):
    pass


class DetailError(AppError):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def risky(n):
    if n == 3:
        raise ValueError("bad value " + str(n))
    if n == 5:
        return 1 // (n - 5)
    if n == 7:
        return {"a": 1}["missing"]
    if n == 8:
        raise DetailError(n * 10, "detail")
    if n == 9:
        raise AppError("app failure")
    return n * 100


def deep(level):
    if level == 0:
        return [1, 2][5]
    return deep(level - 1)


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(risky, i) for i in range(10)]
    for i, f in enumerate(futs):
        try:
            print(i, "ok", f.result())
        except AppError as e:
            print(i, "app", type(e).__name__, e.args)
        except Exception as e:
            print(i, "err", type(e).__name__, e)
    e3 = futs[3].exception()
    print(type(e3).__name__, str(e3), isinstance(e3, ValueError), e3.args)
    e8 = futs[8].exception()
    print(isinstance(e8, AppError), isinstance(e8, DetailError), e8.code)
    print(futs[0].exception(), futs[3].done(), futs[3].cancelled())
    print(ex.submit(risky, 4).result(), ex.submit(risky, 6).result())
    try:
        ex.submit(deep, 5).result()
    except IndexError as e:
        print("deep:", type(e).__name__, e)
    got = []
    try:
        for v in ex.map(risky, [1, 2, 3, 4]):
            got.append(v)
    except ValueError as e:
        print("map stopped:", got, type(e).__name__, e)
    print(list(ex.map(risky, [0, 1, 2])))
    try:
        ex.submit(int, "xyz").result()
    except ValueError as e:
        print("int:", type(e).__name__, e)
    try:
        ex.submit(risky, 3).result()
    except ValueError as e:
        print("again:", e)
    print(sum(ex.map(risky, [10, 11, 12])))
