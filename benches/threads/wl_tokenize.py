"""Thread-scaling workload: WordPiece tokenization.

Module mode: importing this file builds a WordPiece vocabulary of about
30,000 entries (VOCAB, a dict str -> int) once, at module level; `work(i)`
then generates a batch of deterministic paragraphs from i and tokenizes
them with greedy longest-match-first WordPiece ("##" continuation
pieces), returning (sum of token ids, token count). `work` reads the
module-level data only: it never mutates globals or its argument, so the
globals can be frozen and shared read-only by every worker thread.

Script mode: python3 wl_tokenize.py MODE THREADS TASKS
    MODE is serial, thread (ThreadPoolExecutor(THREADS).map(work, range(TASKS)))
    or process (ProcessPoolExecutor(THREADS), chunked). Prints one line:
    {"tasks": N, "seconds": S, "checksum": C}
    where S is time.perf_counter() around the map only and C combines every
    result in task order (the same for every mode and thread count).

Pure Python, deterministic (no random module, no hash() of strings).
"""

# ---------------------------------------------------------------- module data

ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r",
          "s", "t", "v", "w", "z", "ch", "sh", "th", "st", "tr", "pl"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
CODAS = ["", "", "", "n", "r", "s", "t", "l", "nd", "ng"]

# Every onset+vowel(+coda) syllable: 24 * 8 * 8 distinct = 1,536.
SYLLABLES = []
for _o in ONSETS:
    for _v in VOWELS:
        for _c in CODAS:
            _s = _o + _v + _c
            if _s not in SYLLABLES:
                SYLLABLES.append(_s)

VOCAB_TARGET = 30000
LCG_A = 6364136223846793005
LCG_C = 1442695040888963407
LCG_M = 2 ** 64


def _build_vocab():
    vocab = {}
    for tok in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]:
        vocab[tok] = len(vocab)
    # Single characters, bare and as continuations, so that most words can be
    # tokenized; digits and a few letters are left out so some words are [UNK].
    for ch in "abcdefghijklmnoprstuvwz.,;:!?'-":
        vocab[ch] = len(vocab)
        vocab["##" + ch] = len(vocab)
    for s in SYLLABLES:
        vocab[s] = len(vocab)
        vocab["##" + s] = len(vocab)
    # Multi-syllable words and continuation pieces from a 64-bit LCG.
    x = 20240601
    n_syl = len(SYLLABLES)
    while len(vocab) < VOCAB_TARGET:
        x = (x * LCG_A + LCG_C) % LCG_M
        k = 2 + (x >> 33) % 3
        parts = []
        for _ in range(k):
            x = (x * LCG_A + LCG_C) % LCG_M
            parts.append(SYLLABLES[(x >> 29) % n_syl])
        word = "".join(parts)
        if (x >> 20) % 5 < 2:
            word = "##" + word
        if word not in vocab:
            vocab[word] = len(vocab)
    return vocab


VOCAB = _build_vocab()
UNK_ID = VOCAB["[UNK]"]
MAX_WORD_CHARS = 100
PUNCT = ".,;:!?'-"

# Word list for generating paragraphs: every 7th whole word of the vocabulary
# (so the text hits whole-word entries) plus every syllable.
TEXT_WORDS = []
for _w in VOCAB:
    if not _w.startswith("##") and not _w.startswith("[") and len(_w) > 1:
        TEXT_WORDS.append(_w)
TEXT_WORDS = TEXT_WORDS[::7] + SYLLABLES

PARAGRAPH_WORDS = 700
BATCH = 11  # paragraphs per task: about 30 ms under CPython 3.11


# ---------------------------------------------------------------- the work


def make_paragraph(i):
    """A deterministic paragraph of PARAGRAPH_WORDS words, varied by i."""
    x = (i * 2654435761 + 12345) % LCG_M
    n = len(TEXT_WORDS)
    out = []
    for j in range(PARAGRAPH_WORDS):
        x = (x * LCG_A + LCG_C) % LCG_M
        r = x >> 32
        w = TEXT_WORDS[r % n]
        kind = (r >> 12) % 16
        if kind == 0:
            # glue two words: forces ## continuation pieces
            w = w + TEXT_WORDS[(r >> 16) % n]
        elif kind == 1:
            w = w.capitalize()
        elif kind == 2:
            w = w + PUNCT[(r >> 16) % len(PUNCT)]
        elif kind == 3:
            w = w + str((r >> 16) % 1000)  # digits are not in the vocab: [UNK]
        elif kind == 4:
            w = w.upper()
        out.append(w)
        if j % 13 == 12:
            out.append("\n")
    return " ".join(out)


def basic_tokenize(text):
    """Lower-case, split on whitespace, split punctuation off as own tokens."""
    words = []
    for raw in text.lower().split():
        cur = ""
        for ch in raw:
            if ch in PUNCT:
                if cur:
                    words.append(cur)
                    cur = ""
                words.append(ch)
            else:
                cur += ch
        if cur:
            words.append(cur)
    return words


def wordpiece(word, vocab):
    """Greedy longest-match-first WordPiece; returns a list of ids."""
    if len(word) > MAX_WORD_CHARS:
        return [UNK_ID]
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
            tid = vocab.get(piece)
            if tid is not None:
                found = tid
                break
            end -= 1
        if found < 0:
            return [UNK_ID]
        ids.append(found)
        start = end
    return ids


def work(i):
    """Tokenize a batch of BATCH paragraphs; return (sum of ids, token count)."""
    total = 0
    count = 0
    for k in range(BATCH):
        for word in basic_tokenize(make_paragraph(i * BATCH + k)):
            for tid in wordpiece(word, VOCAB):
                total += tid
                count += 1
    return (total, count)


# ---------------------------------------------------------------- script mode

if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, "wl_tokenize.py"))
