# String tokenizing: a WordPiece-style greedy longest-match tokenizer over a
# generated vocabulary and corpus. Exercises: str.split / lower / strip,
# slicing, `in` on dicts, dict look-ups, string concatenation, list appends.

SYLLABLES = [
    "ka", "to", "ri", "na", "me", "su", "lo", "pe", "chi", "an", "ber", "tion",
    "ing", "ed", "er", "s", "pre", "post", "pro", "cess", "mod", "el", "ize",
    "norm", "al", "trans", "form", "ten", "sor", "im", "age", "x", "qu", "ly",
]

PUNCT = ".,;:!?\"'()"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def choice(self, items):
        return items[self.next() % len(items)]


def build_vocab(rng):
    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3}
    pieces = []
    for s in SYLLABLES:
        pieces.append(s)
        pieces.append("##" + s)
    # Longer pieces: pairs and some triples of syllables.
    for _ in range(1500):
        n = 2 + rng.next() % 2
        word = "".join(rng.choice(SYLLABLES) for _ in range(n))
        pieces.append(word)
        if rng.next() % 3 == 0:
            pieces.append("##" + word)
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
        pieces.append(ch)
        pieces.append("##" + ch)
    for ch in PUNCT[:-2]:
        pieces.append(ch)
    for p in pieces:
        if p not in vocab:
            vocab[p] = len(vocab)
    return vocab


def make_corpus(rng, n_lines):
    lines = []
    for _ in range(n_lines):
        words = []
        for _ in range(8 + rng.next() % 10):
            n = 1 + rng.next() % 4
            w = "".join(rng.choice(SYLLABLES) for _ in range(n))
            r = rng.next() % 20
            if r == 0:
                w = w.upper()
            elif r == 1:
                w = w.capitalize()
            elif r == 2:
                w = w + rng.choice(PUNCT)
            elif r == 3:
                w = rng.choice(PUNCT) + w
            elif r == 4:
                w = w + str(rng.next() % 1000)
            words.append(w)
        lines.append("  " + " ".join(words) + " \n")
    return lines


class WordPiece:
    def __init__(self, vocab, max_chars=40):
        self.vocab = vocab
        self.unk = vocab["[UNK]"]
        self.max_chars = max_chars

    def basic_split(self, text):
        out = []
        for raw in text.strip().lower().split():
            word = raw.strip(PUNCT)
            if not word:
                continue
            # Split leading / trailing punctuation off as tokens of their own.
            lead = raw[: len(raw) - len(raw.lstrip(PUNCT))]
            trail = raw[len(raw.rstrip(PUNCT)):]
            for ch in lead:
                out.append(ch)
            out.append(word)
            for ch in trail:
                out.append(ch)
        return out

    def word_pieces(self, word):
        if len(word) > self.max_chars:
            return [self.unk]
        vocab = self.vocab
        ids = []
        start = 0
        n = len(word)
        while start < n:
            end = n
            found = -1
            while start < end:
                piece = word[start:end]
                if start > 0:
                    piece = "##" + piece
                if piece in vocab:
                    found = vocab[piece]
                    break
                end -= 1
            if found < 0:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text):
        ids = [self.vocab["[CLS]"]]
        for word in self.basic_split(text):
            ids.extend(self.word_pieces(word))
        ids.append(self.vocab["[SEP]"])
        return ids


def main():
    rng = Lcg(7)
    vocab = build_vocab(rng)
    inv = {v: k for k, v in vocab.items()}
    corpus = make_corpus(rng, 13000)
    tok = WordPiece(vocab)
    total = 0
    checksum = 0
    unk = 0
    longest = 0
    for line in corpus:
        ids = tok.encode(line)
        total += len(ids)
        if len(ids) > longest:
            longest = len(ids)
        for i in ids:
            checksum = (checksum * 31 + i) % 1000000007
            if i == 1:
                unk += 1
    first = tok.encode(corpus[0])
    print(f"vocab={len(vocab)} lines={len(corpus)} tokens={total} unk={unk} longest={longest}")
    print(f"checksum={checksum}")
    print(" ".join(inv[i] for i in first[:16]))


main()
