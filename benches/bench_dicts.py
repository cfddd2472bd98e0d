# Dict / list building: word counts, grouping, inverted index, dict
# comprehensions, sorting with a key, tuple keys, set comprehensions of ints.
# Exercises: dict get / setdefault / items, `in`, list append, sorted(key=),
# tuples as keys and sort keys, set construction.

WORDS = [
    "the", "model", "input", "output", "tensor", "image", "resize", "crop",
    "normal", "token", "batch", "layer", "scale", "mean", "std", "pixel",
    "label", "score", "box", "anchor", "stride", "pad", "mask", "audio",
    "frame", "window", "hop", "mel", "log", "softmax", "logit", "class",
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 4


def make_records(rng, n):
    # (user, word, value) records; words skewed toward the front of the list.
    records = []
    nw = len(WORDS)
    for _ in range(n):
        r = rng.next()
        idx = min(r % nw, rng.next() % nw, rng.next() % nw)
        word = WORDS[idx] + str(r % 7)
        user = "u" + str(rng.next() % 500)
        value = rng.next() % 1000
        records.append((user, word, value))
    return records


def word_counts(records):
    counts = {}
    for _, word, _ in records:
        counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_user(records):
    groups = {}
    for user, word, value in records:
        groups.setdefault(user, []).append((word, value))
    return groups


def inverted_index(records):
    index = {}
    for i, (user, word, _) in enumerate(records):
        if word in index:
            index[word].append(i)
        else:
            index[word] = [i]
    return index


def user_stats(groups):
    stats = {}
    for user, items in groups.items():
        values = [v for _, v in items]
        distinct = len({v % 97 for v in values})
        stats[user] = (len(values), sum(values), max(values), min(values), distinct)
    return stats


def top_pairs(records, k):
    pair_counts = {}
    for user, word, _ in records:
        key = (user, word)
        pair_counts[key] = pair_counts.get(key, 0) + 1
    ranked = sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:k], len(pair_counts)


def main():
    rng = Lcg(99)
    total_checksum = 0
    for rnd in range(3):
        records = make_records(rng, 36000)
        counts = word_counts(records)
        groups = group_by_user(records)
        index = inverted_index(records)
        stats = user_stats(groups)
        top, n_pairs = top_pairs(records, 5)
        ranked_words = sorted(counts, key=lambda w: (-counts[w], w))
        freq = {w: c / len(records) for w, c in counts.items() if c > 100}
        busiest = sorted(stats.items(), key=lambda kv: (kv[1][1], kv[0]), reverse=True)[:3]
        postings = sum(len(v) for v in index.values())
        for i, w in enumerate(ranked_words):
            total_checksum = (total_checksum * 131 + counts[w] * (i + 1)) % 1000000007
        print(f"round {rnd}: words={len(counts)} users={len(groups)} pairs={n_pairs} postings={postings}")
        print("  top words", ranked_words[:4], "frequent", len(freq))
        print("  top pairs", top[:3])
        print("  busiest", [(u, s[0], s[1]) for u, s in busiest])
    print("checksum", total_checksum)


main()
