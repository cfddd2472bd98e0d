# pprint: pformat/saferepr of many generated nested structures, with varied width, indent, depth, compact, sort_dicts.
import pprint

state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


WORDS = ["alpha", "beta", "gamma delta", "x", "", "long words here and there", "tab\there",
         "new\nline", "quote'd", 'dq"x', "uni\u00e9", "sp  aces   "]


def scalar():
    k = rnd(9)
    if k == 0:
        return rnd(1000) - 500
    if k == 1:
        return rnd(10 ** 12) * 7919
    if k == 2:
        return rnd(1000) / 8
    if k == 3:
        return WORDS[rnd(len(WORDS))]
    if k == 4:
        return " ".join(WORDS[rnd(len(WORDS))] for _ in range(rnd(12)))
    if k == 5:
        return None if rnd(2) else (rnd(2) == 1)
    if k == 6:
        return bytes(rnd(256) for _ in range(rnd(30)))
    return (rnd(10), WORDS[rnd(4)]) if k == 7 else rnd(100)


def value(depth):
    if depth <= 0 or rnd(3) == 0:
        return scalar()
    k, n = rnd(8), rnd(7)
    if k == 0:
        return [value(depth - 1) for _ in range(n)]
    if k == 1:
        return tuple(value(depth - 1) for _ in range(n))
    if k in (2, 3):
        return {(rnd(50) if rnd(2) else WORDS[rnd(len(WORDS))]): value(depth - 1) for _ in range(n)}
    if k == 4:
        return set(rnd(200) for _ in range(n))
    if k == 5:
        return frozenset((rnd(30), rnd(3)) for _ in range(n))
    if k == 6:
        return [rnd(1000) for _ in range(n * 5)]
    return {"k%d" % i: [rnd(99) for _ in range(rnd(6))] for i in range(n)}


for case in range(250):
    v = value(4)
    width, indent = [80, 40, 20, 10, 1, 60, 120][rnd(7)], [1, 1, 2, 4, 0][rnd(5)]
    depth, compact, sort_dicts = [None, None, None, 1, 2, 3][rnd(6)], rnd(3) == 0, rnd(4) != 0
    print("case", case, width, indent, depth, compact, sort_dicts)
    print(pprint.pformat(v, width=width, indent=indent, depth=depth, compact=compact, sort_dicts=sort_dicts))
    print(pprint.saferepr(v), pprint.isreadable(v), pprint.isrecursive(v))
