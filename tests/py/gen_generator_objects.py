def numbered(items, start=1):
    n = start
    for it in items:
        yield f"{n}. {it}"
        n += 1

for line in numbered(["a", "b", "c"]):
    print(line)
print(list(numbered("xy", 10)))

def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield (a, b)

print(list(pairs([1, 2, 3, 4, 5])))

def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]

print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("abcd", 2)))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        nxt = []
        for g in gens:
            try:
                yield next(g)
                nxt.append(g)
            except StopIteration:
                pass
        gens = nxt

print(list(interleave([1, 2, 3], "ab", (10,))))
