"""BERT-style WordPiece tokenization, from raw text to model inputs.

The pipeline follows the shape of the original BERT tokenizer:

1. BasicTokenizer: clean the text (drop control characters, NUL and
   U+FFFD, turn every kind of whitespace into a space), put spaces around
   CJK ideographs, lower-case, strip accents (NFD, then drop the
   nonspacing marks, category "Mn") and split off punctuation.
2. WordpieceTokenizer: split each word into the longest vocabulary pieces
   from the left, later pieces marked with "##"; a word that cannot be
   split, or is too long, becomes [UNK].
3. Model inputs: ids with [CLS] ... [SEP], truncated or padded to MAX_LEN,
   and an attention mask.

Run it on the sample texts, on your own text, or in parallel:

    taipan run examples/bert_tokenize.py
    taipan run examples/bert_tokenize.py "Some text to tokenize"
    taipan map examples/bert_tokenize.py:encode "some text" --threads 2
"""

import sys
import unicodedata

MAX_LEN = 32
MAX_WORD_CHARS = 100

# Code point ranges of the CJK ideograph blocks (not all of "CJK": kana and
# hangul are written with spaces or inside words, and stay whole).
CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)


def data_path(name):
    """A file in the data folder next to this script."""
    here = __file__.replace("\\", "/")
    folder = here[: here.rfind("/") + 1]
    return folder + "data/" + name


def load_vocab(path):
    """Token -> id, the id being the token's line number."""
    vocab = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f):
            token = line.strip()
            if token:
                vocab[token] = number
    return vocab


# Character classes.

def is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def is_control(ch):
    # Tab and newlines count as whitespace, not as control characters.
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cf")


def is_punctuation(ch):
    # ASCII symbols such as $ + < = > ^ ` | ~ are split off as well, though
    # Unicode files them under "S", not "P".
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def is_cjk(ch):
    cp = ord(ch)
    for low, high in CJK_RANGES:
        if low <= cp <= high:
            return True
    return False


class BasicTokenizer:
    """Cleaning, CJK spacing, lower-casing, accent stripping, punctuation."""

    def __init__(self, lower_case=True):
        self.lower_case = lower_case

    def tokenize(self, text):
        text = self.clean(text)
        text = self.space_cjk(text)
        tokens = []
        for word in text.split():
            if self.lower_case:
                word = self.strip_accents(word.lower())
            tokens.extend(self.split_punctuation(word))
        return tokens

    def clean(self, text):
        out = []
        for ch in text:
            if ch == "\x00" or ch == "\ufffd" or is_control(ch):
                continue
            out.append(" " if is_whitespace(ch) else ch)
        return "".join(out)

    def space_cjk(self, text):
        out = []
        for ch in text:
            if is_cjk(ch):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        return "".join(out)

    def strip_accents(self, word):
        decomposed = unicodedata.normalize("NFD", word)
        return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")

    def split_punctuation(self, word):
        pieces = []
        current = ""
        for ch in word:
            if is_punctuation(ch):
                if current:
                    pieces.append(current)
                    current = ""
                pieces.append(ch)
            else:
                current += ch
        if current:
            pieces.append(current)
        return pieces


class WordpieceTokenizer:
    """Greedy longest-match-first split of words into vocabulary pieces."""

    def __init__(self, vocab, unknown="[UNK]", max_chars=MAX_WORD_CHARS):
        self.vocab = vocab
        self.unknown = unknown
        self.max_chars = max_chars

    def tokenize(self, text):
        tokens = []
        for word in text.split():
            pieces = self.split_word(word)
            if pieces is None:
                tokens.append(self.unknown)
            else:
                tokens.extend(pieces)
        return tokens

    def split_word(self, word):
        """The pieces of `word`, or None when it cannot be split."""
        if len(word) > self.max_chars:
            return None
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while end > start:
                candidate = word[start:end]
                if start > 0:
                    candidate = "##" + candidate
                if candidate in self.vocab:
                    found = candidate
                    break
                end -= 1
            if found is None:
                return None
            pieces.append(found)
            start = end
        return pieces


class FullTokenizer:
    """Basic tokenization, then WordPiece, then ids."""

    def __init__(self, vocab, lower_case=True):
        self.vocab = vocab
        self.basic = BasicTokenizer(lower_case)
        self.wordpiece = WordpieceTokenizer(vocab)

    def tokenize(self, text):
        tokens = []
        for token in self.basic.tokenize(text):
            tokens.extend(self.wordpiece.tokenize(token))
        return tokens

    def to_ids(self, tokens):
        return [self.vocab[token] for token in tokens]


def model_inputs(tokenizer, text, max_len=MAX_LEN):
    """(tokens, ids, attention mask): [CLS] tokens [SEP], cut or padded."""
    tokens = ["[CLS]"] + tokenizer.tokenize(text)[: max_len - 2] + ["[SEP]"]
    ids = tokenizer.to_ids(tokens)
    mask = [1] * len(ids)
    padding = max_len - len(ids)
    ids = ids + [tokenizer.vocab["[PAD]"]] * padding
    mask = mask + [0] * padding
    return tokens, ids, mask


TOKENIZER = FullTokenizer(load_vocab(data_path("bert_vocab.txt")))


def encode(text):
    """The padded input ids of `text` (for `taipan map`)."""
    return model_inputs(TOKENIZER, text)[1]


def report(text):
    tokens, ids, mask = model_inputs(TOKENIZER, text)
    print("text:  ", repr(text))
    print("tokens:", " ".join(tokens))
    print("ids:   ", ids)
    print("mask:  ", "".join(str(m) for m in mask))
    return tokens


def main():
    if len(sys.argv) > 1:
        texts = [" ".join(sys.argv[1:])]
    else:
        with open(data_path("bert_texts.txt"), encoding="utf-8") as f:
            texts = [line.rstrip("\n") for line in f]
    unknown = 0
    total = 0
    for text in texts:
        tokens = report(text)
        total += len(tokens)
        unknown += tokens.count("[UNK]")
    print("texts:", len(texts), "tokens:", total, "unknown:", unknown,
          "vocab:", len(TOKENIZER.vocab))


if __name__ == "__main__":
    main()
