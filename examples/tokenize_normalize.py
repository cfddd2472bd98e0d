"""A small preprocessing pipeline: normalise text, tokenize it with a
greedy word-piece vocabulary, and normalise a feature vector."""

import math

VOCAB = {"[UNK]": 0, "the": 1, "quick": 2, "brown": 3, "fox": 4, "jump": 5,
         "##s": 6, "over": 7, "lazy": 8, "dog": 9, "##ed": 10, "un": 11, "##able": 12}


def normalise(text):
    text = text.lower().strip()
    for ch in ".,!?;:":
        text = text.replace(ch, " ")
    return " ".join(text.split())


def wordpiece(word, vocab, max_len=20):
    if len(word) > max_len:
        return ["[UNK]"]
    pieces, start = [], 0
    while start < len(word):
        end = len(word)
        piece = None
        while start < end:
            cand = word[start:end] if start == 0 else "##" + word[start:end]
            if cand in vocab:
                piece = cand
                break
            end -= 1
        if piece is None:
            return ["[UNK]"]
        pieces.append(piece)
        start = end
    return pieces


def tokenize(text):
    ids = []
    for word in normalise(text).split():
        ids.extend(VOCAB[p] for p in wordpiece(word, VOCAB))
    return ids


def zscore(xs):
    mean = sum(xs) / len(xs)
    std = math.sqrt(sum((x - mean) ** 2 for x in xs) / len(xs))
    return [round((x - mean) / std, 4) for x in xs]


if __name__ == "__main__":
    sentence = "The quick brown fox jumps over the lazy dog!"
    ids = tokenize(sentence)
    print("normalised:", normalise(sentence))
    print("token ids: ", ids)
    print("features:  ", zscore([float(i) for i in ids]))
