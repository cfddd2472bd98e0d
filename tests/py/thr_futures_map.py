# Executor.map: order preservation, several iterables, unequal lengths, generators, lambdas, empty input
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def combine(a, b, c):
    return (a, b, c)


def words(n):
    return "w" * n


def gen_values(n):
    for i in range(n):
        yield i * 3


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(12))))
    print(list(ex.map(combine, [1, 2, 3], "abc", [True, False, None])))
    print(list(ex.map(pow, [2, 3, 4, 5], [10, 20])))
    print(list(ex.map(combine, range(100), "xy", (1.5, 2.5, 3.5))))
    print(list(ex.map(words, gen_values(4))))
    print(list(ex.map(lambda s: s.upper(), ["ab", "cd", "ef"])))
    print(list(ex.map(square, [])))
    print(list(ex.map(square, [2 ** 70, -3])))
    it = ex.map(square, [1, 2, 3])
    print(next(it), next(it), next(it))
    try:
        next(it)
    except StopIteration:
        print("exhausted")
    total = 0
    for v in ex.map(square, range(1, 101), timeout=5):
        total += v
    print(total)
    print(sorted(ex.map(len, [[1], [1, 2, 3], [], "abcd"])))
    print(dict(zip("abc", ex.map(square, [7, 8, 9]))))

with ThreadPoolExecutor(max_workers=1) as ex:
    print(list(ex.map(divmod, [17, 20, -7], [5, 6, 2])))
