"""Thread-scaling workload: dict-heavy feature transform.

Module mode: importing this file builds the read-only schema once, at module
level: category vocabularies for one-hot fields (value -> index dicts),
bucket boundaries for numeric fields, a query-word list and a stop-word set.
`work(i)` generates a batch of RECORDS records (dicts of str -> value) from
i and turns each into a sparse feature dict: one-hot categories,
bucketised and scaled numbers, multi-hot tags, hashed feature crosses and
hashed query unigrams/bigrams (FNV-1a over the characters, never hash()).
It returns (checksum, feature count). `work` reads the module-level data
only: it never mutates globals or its argument, so the globals can be
frozen and shared read-only by every worker thread.

Script mode: python3 wl_features.py MODE THREADS TASKS
    MODE is serial, thread (ThreadPoolExecutor(THREADS).map(work, range(TASKS)))
    or process (ProcessPoolExecutor(THREADS), chunked). Prints one line:
    {"tasks": N, "seconds": S, "checksum": C}
    where S is time.perf_counter() around the map only and C combines every
    result in task order (the same for every mode and thread count).

Pure Python, deterministic (no random module, no hash() of strings, no
iteration over sets of strings).
"""

# ---------------------------------------------------------------- module data

RECORDS = 250           # records per task: about 30 ms under CPython 3.11
HASH_BUCKETS = 1 << 18

_SYL = ["ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "vu", "ze",
        "ban", "cor", "del", "fin", "gar", "hul", "jen", "kor", "lum", "mar"]


def _words(n, seed, syllables):
    """n distinct deterministic words of 2-3 syllables (64-bit LCG)."""
    out = []
    seen = {}
    x = seed
    while len(out) < n:
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        k = 2 + (x >> 40) % 2
        w = ""
        for j in range(k):
            w += syllables[(x >> (8 * j + 3)) % len(syllables)]
        if w not in seen:
            seen[w] = True
            out.append(w)
    return out


CATEGORIES = {
    "country": ["us", "de", "fr", "gb", "jp", "cn", "in", "br", "ca", "au",
                "it", "es", "mx", "kr", "nl", "se", "ch", "pl", "be", "at",
                "no", "dk", "fi", "ie", "pt", "gr", "cz", "hu", "ro", "nz"],
    "device": ["ios", "android", "windows", "mac", "linux", "other"],
    "browser": ["chrome", "safari", "firefox", "edge", "opera", "samsung",
                "webview", "other"],
    "category": _words(40, 11, _SYL),
    "weekday": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
}
ONE_HOT_FIELDS = ["country", "device", "browser", "category", "weekday"]

# field -> {value: index}
CAT_INDEX = {}
for _f in ONE_HOT_FIELDS:
    _m = {}
    for _j, _v in enumerate(CATEGORIES[_f]):
        _m[_v] = _j
    CAT_INDEX[_f] = _m

BOUNDARIES = {
    "age": [18, 21, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75],
    "price": [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0],
    "duration": [1.0, 3.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0],
    "clicks": [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
}
NUMERIC_FIELDS = ["age", "price", "duration", "clicks"]
# (offset, scale) for a standardised copy of each numeric field
SCALING = {"age": (40.0, 15.0), "price": (30.0, 80.0),
           "duration": (200.0, 400.0), "clicks": (10.0, 20.0)}

CROSSES = [("country", "device"), ("category", "weekday"),
           ("browser", "device"), ("country", "category")]

QUERY_WORDS = _words(600, 23, _SYL)
STOP_WORDS = {}
for _w in QUERY_WORDS[::15]:
    STOP_WORDS[_w] = True

TAGS = _words(64, 37, _SYL)


# ---------------------------------------------------------------- the work


def fnv1a(s):
    h = 2166136261
    for ch in s:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return h


def bucket(x, bounds):
    lo = 0
    hi = len(bounds)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < bounds[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def make_records(seed, n):
    """n deterministic records (dicts) for task `seed`."""
    recs = []
    x = (seed * 2654435761 + 7) % 18446744073709551616
    nq = len(QUERY_WORDS)
    for k in range(n):
        rnd = []
        for _ in range(12):
            x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
            rnd.append(x >> 33)
        cats = CATEGORIES
        words = []
        for j in range(2 + rnd[9] % 5):
            words.append(QUERY_WORDS[(rnd[10] >> (3 * j)) % nq])
        tags = []
        for j in range(rnd[11] % 4):
            tags.append(TAGS[(rnd[11] >> (6 * j + 2)) % len(TAGS)])
        rec = {
            "id": seed * n + k,
            "user": "u%d" % (rnd[0] % 5000),
            "country": cats["country"][rnd[1] % len(cats["country"])],
            "device": cats["device"][rnd[2] % len(cats["device"])],
            "browser": cats["browser"][rnd[3] % len(cats["browser"])],
            "category": cats["category"][rnd[4] % len(cats["category"])],
            "weekday": cats["weekday"][rnd[5] % 7],
            "age": 16 + rnd[6] % 70,
            "price": (rnd[7] % 100000) / 100.0,
            "duration": (rnd[8] % 360000) / 100.0,
            "clicks": rnd[9] % 100,
            "query": " ".join(words).upper() if rnd[0] % 7 == 0 else " ".join(words),
            "tags": tags,
        }
        if rnd[1] % 11 == 0:
            rec["browser"] = "netscape"   # not in the vocabulary
        recs.append(rec)
    return recs


def transform(rec):
    """One record -> a sparse feature dict (str -> float)."""
    feats = {}
    for f in ONE_HOT_FIELDS:
        v = rec[f]
        idx = CAT_INDEX[f].get(v)
        if idx is None:
            feats[f + "=<unk>"] = 1.0
        else:
            feats[f + "=" + v] = 1.0
            feats["%s#%d" % (f, idx)] = 1.0
    for f in NUMERIC_FIELDS:
        x = rec[f]
        feats[f + "_b" + str(bucket(x, BOUNDARIES[f]))] = 1.0
        off, scale = SCALING[f]
        feats[f] = (x - off) / scale
    for t in rec["tags"]:
        key = "tag=" + t
        feats[key] = feats.get(key, 0.0) + 1.0
    for a, b in CROSSES:
        key = "x%d" % (fnv1a(a + "=" + rec[a] + "&" + b + "=" + rec[b]) % HASH_BUCKETS)
        feats[key] = feats.get(key, 0.0) + 1.0
    toks = []
    for w in rec["query"].lower().split():
        if w not in STOP_WORDS:
            toks.append(w)
    prev = "<s>"
    for w in toks:
        k1 = "q%d" % (fnv1a(w) % HASH_BUCKETS)
        feats[k1] = feats.get(k1, 0.0) + 1.0
        k2 = "b%d" % (fnv1a(prev + " " + w) % HASH_BUCKETS)
        feats[k2] = feats.get(k2, 0.0) + 0.5
        prev = w
    feats["user_h"] = float(fnv1a(rec["user"]) % 1000) / 1000.0
    feats["n_tokens"] = float(len(toks))
    return feats


def work(i):
    checksum = 0
    count = 0
    for rec in make_records(i, RECORDS):
        feats = transform(rec)
        count += len(feats)
        for k, v in feats.items():
            checksum = (checksum * 131 + fnv1a(k) + int(v * 1000.0)) % 1000000007
    return (checksum, count)


# ---------------------------------------------------------------- script mode

if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, "wl_features.py"))
