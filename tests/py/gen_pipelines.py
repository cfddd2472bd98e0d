def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.strip().startswith("#"):
            yield line

def non_empty(lines):
    return (l for l in lines if l.strip())

def parse(lines):
    for line in lines:
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()

text = "# header\na = 1\n\nb= two\n  # indented comment\nc =3"
print(dict(parse(non_empty(strip_comments(read_lines(text))))))
nums = (x for x in range(20))
evens = (x for x in nums if x % 2 == 0)
squared = (x * x for x in evens)
print(sum(squared))
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
print(sorted((x % 7 for x in range(20)), reverse=True)[:5])
print(min((len(w), w) for w in "the quick brown fox".split()))

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))

def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s

print(list(running_sum([1, 2, 3, 4])))
