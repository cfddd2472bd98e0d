# Generators and comprehensions pipeline: a lazy chain of generator stages
# (source -> parse -> filter -> window -> batch), yield from, generator
# expressions fed to sum/max/any, list/dict/set comprehensions, closures.
# Exercises: generator frames and resumption, iteration protocol, closures.


def lcg_stream(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def to_samples(stream):
    for r in stream:
        yield (r >> 8) % 1000 - 500, r % 4


def only_channels(samples, wanted):
    for value, channel in samples:
        if channel in wanted:
            yield value


def moving_window(values, size):
    window = []
    total = 0
    for v in values:
        window.append(v)
        total += v
        if len(window) > size:
            total -= window.pop(0)
        if len(window) == size:
            yield total


def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(nested):
    for part in nested:
        if isinstance(part, list):
            yield from flatten(part)
        else:
            yield part


def make_scaler(scale, offset):
    def apply(x):
        return x * scale + offset
    return apply


def pipeline(seed, count):
    scaler = make_scaler(3, -7)
    stream = moving_window(only_channels(to_samples(lcg_stream(seed, count)), (0, 1, 3)), 8)
    batch_sums = []
    peak = 0
    for batch in batched((scaler(x) for x in stream), 64):
        batch_sums.append(sum(batch))
        m = max(abs(v) for v in batch)
        if m > peak:
            peak = m
    return batch_sums, peak


def comprehensions(n):
    squares = [i * i for i in range(n)]
    evens = [s for s in squares if s % 2 == 0]
    pairs = [(i, j) for i in range(60) for j in range(i, 60) if (i + j) % 5 == 0]
    lookup = {i: i * 3 % 101 for i in range(n)}
    residues = {v % 97 for v in lookup.values()}
    grid = [[(x * y) % 11 for x in range(40)] for y in range(40)]
    diag = sum(grid[i][i] for i in range(40))
    nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, n, 4)]
    flat_total = sum(flatten(nested))
    any_big = any(v > n * n for v in squares)
    all_pos = all(v >= 0 for v in evens)
    return (len(evens), sum(evens) % 1000003, len(pairs), len(residues), diag,
            flat_total, any_big, all_pos)


def main():
    total = 0
    peaks = []
    for seed in (1, 2, 3):
        sums, peak = pipeline(seed, 260000)
        total += sum(sums)
        peaks.append(peak)
    print("pipeline:", total, peaks)
    acc = []
    for n in (20000, 30000, 40000):
        acc.append(comprehensions(n))
    for row in acc:
        print("comp:", row)


main()
