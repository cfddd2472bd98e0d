# results built in workers (nested containers, bytes, big ints, floats, None, user-class instances) are ordinary mutable values in main
from concurrent.futures import ThreadPoolExecutor


class Record:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def __repr__(self):
        return "Record(" + repr(self.name) + ", " + repr(self.tags) + ")"


def build(n):
    return {
        "n": n,
        "list": [i * n for i in range(4)],
        "nested": [[n], {"k": (n, str(n))}],
        "set": {n, n + 1, n * 10},
        "bytes": bytes([65 + n, 66 + n]),
        "big": 2 ** (64 + n),
        "float": n / 4,
        "none": None,
        "tuple": (n, [n, n]),
    }


def make_record(name, count):
    return Record(name.title(), ["t" + str(i) for i in range(count)])


def echo(x):
    return x


def summarize(data):
    return [len(data), sum(data["nums"]), sorted(data["tags"]), data["inner"][0][:2]]


def make_ba(n):
    return bytearray(b"ab" * n)


with ThreadPoolExecutor(max_workers=3) as ex:
    r = ex.submit(build, 2).result()
    print(sorted(r.items(), key=lambda kv: kv[0]))
    r["list"].append("main")
    r["nested"][1]["k2"] = "added"
    r["set"].add(-1)
    r["tuple"][1].append(99)
    r["new"] = r.pop("none")
    r["big"] += 1
    print(r["list"], r["nested"], sorted(r["set"]), r["tuple"], r["new"], r["big"])
    print(r["bytes"], r["bytes"].decode(), r["float"] * 3)

    rec = ex.submit(make_record, "alice", 3).result()
    print(rec, isinstance(rec, Record), type(rec).__name__)
    rec.tags.append("main-tag")
    rec.name = rec.name + "!"
    rec.extra = 5
    print(rec, rec.extra)
    recs = list(ex.map(make_record, ["bob", "cy"], [1, 2]))
    recs[0].tags.clear()
    print(recs)

    data = [1, 2, 3]
    back = ex.submit(echo, data).result()
    back.append(4)
    back[0] = "changed"
    print(back)
    arg = {"nums": [5, 6, 7], "tags": {"z", "a", "m"}, "inner": ("hello", b"x")}
    out = ex.submit(summarize, arg).result()
    out.append("main")
    print(out)
    s = ex.submit(echo, "text").result()
    t = ex.submit(echo, (1, [2, 3], frozenset([4]))).result()
    print(s + "!", t, ex.submit(echo, None).result(), ex.submit(echo, -0.5).result())
    ba = ex.submit(make_ba, 2).result()
    ba.extend(b"!!")
    ba[0] = 90
    print(ba, len(ba))
    many = list(ex.map(build, range(4)))
    for m in many:
        m["list"].reverse()
    print([m["list"] for m in many], sum(m["big"] for m in many))
