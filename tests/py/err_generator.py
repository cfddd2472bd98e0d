def gen():
    yield 1
    raise KeyError("from generator")

for v in gen():
    print("got", v)
