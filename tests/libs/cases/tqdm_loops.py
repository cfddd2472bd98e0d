# tqdm around the loops of a preprocessing script: what the script prints
# on stdout must not change (the bars go to stderr).
import io
from tqdm import tqdm, trange
from tqdm.auto import tqdm as auto_tqdm

records = [{"id": i, "text": "w%d " % i * (i % 4 + 1)} for i in range(23)]
lengths = []
for rec in tqdm(records, desc="records", unit="rec"):
    lengths.append(len(rec["text"].split()))
print(sum(lengths), lengths[:8])

bar = tqdm(total=40, desc="bytes", leave=False)
for chunk in range(7):
    bar.update(6)
print("n", bar.n, "total", bar.total, "desc", repr(bar.desc))
bar.set_description("stage 2")
print(repr(bar.desc))
bar.set_description_str("raw")
print(repr(bar.desc))
bar.set_postfix(loss=0.123456, step=3, name=" x ", flags=[1, 2], ok=True)
print(bar.postfix)
bar.set_postfix({"b": 2.5, "a": 1e-7}, z=100000000)
print(bar.postfix)
bar.set_postfix_str("free text")
print(bar.postfix)
bar.reset(total=5)
print("after reset", bar.n, bar.total)
bar.close()

squares = [i * i for i in trange(2, 12, 3, desc="trange")]
print(squares)
print(len(tqdm(range(9))), len(tqdm(total=4)), len(trange(0, 10, 4)))
print(bool(tqdm(total=0)), bool(tqdm(total=3)), bool(tqdm([0])), bool(tqdm([])))
print(auto_tqdm is tqdm)

# tqdm.write prints to stdout by default, or to the file given.
for k in tqdm(range(3)):
    tqdm.write("line %d" % k)
buf = io.StringIO()
tqdm.write("to buffer", file=buf, end="!")
print(repr(buf.getvalue()))

# A bar drawn to a file of the script's own: count the redraws' final text.
out = io.StringIO()
with tqdm(total=3, file=out, mininterval=0, desc="own", bar_format="{desc}: {n_fmt}/{total_fmt}") as own:
    for _ in range(3):
        own.update()
print(out.getvalue().replace("\r", "|").strip())

# Disabled bars iterate, count nothing and draw nothing.
quiet = tqdm(range(4), disable=True, file=out)
print(list(quiet), quiet.n)

# A generator has no length: no total.
g = tqdm(x for x in range(5))
print(g.total, sum(g))

try:
    tqdm(range(3), colour_typo="red")
except KeyError as e:
    print(type(e).__name__, e)
try:
    bool(tqdm())
except TypeError as e:
    print(type(e).__name__, e)
