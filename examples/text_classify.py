"""Text classification pre- and post-processing: a JSON config, regex
cleaning, tokenization against a vocabulary, a bag-of-words linear model
in numpy, and softmax over the logits with top-k labels.

    taipan run examples/text_classify.py                  # every line of the inputs file
    taipan run examples/text_classify.py "some text"      # one text
    taipan map examples/text_classify.py:classify "text one" "text two" --threads 2
"""

import json
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CONFIG = json.loads((HERE / "data" / "textclf_config.json").read_text(encoding="utf-8"))

URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
REPEATS = re.compile(r"(\w)\1{2,}")
PUNCT_RUN = re.compile(r"([!?.])\1+")
TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?|[^\w\s]", re.IGNORECASE)
SPACES = re.compile(r"\s+")

LABELS = CONFIG["labels"]
VOCAB = {word: i for i, word in enumerate(CONFIG["vocab"])}
WEIGHTS = np.array(CONFIG["weights"], dtype=np.float32)
BIAS = np.array(CONFIG["bias"], dtype=np.float32)


def clean(text):
    """Normalises a raw message the way the model's training data was."""
    rules = CONFIG["cleaning"]
    if rules["strip_urls"]:
        text = URL.sub(" <url> ", text)
    if rules["strip_emails"]:
        text = EMAIL.sub(" <email> ", text)
    if rules["lowercase"]:
        text = text.lower()
    if rules["collapse_repeats"]:
        text = REPEATS.sub(r"\1\1", text)
        text = PUNCT_RUN.sub(r"\1", text)
    return SPACES.sub(" ", text).strip()


def tokenize(text):
    tokens = TOKEN.findall(text)
    return tokens[: CONFIG["max_tokens"]]


def features(tokens):
    """Bag of words: counts per vocabulary entry, L2-normalised."""
    x = np.zeros(len(VOCAB), dtype=np.float32)
    for tok in tokens:
        x[VOCAB.get(tok, 0)] += 1.0
    norm = np.linalg.norm(x)
    return x / norm if norm > 0 else x


def softmax(logits, temperature=1.0):
    z = logits / temperature
    z = z - z.max()
    e = np.exp(z)
    return e / e.sum()


def classify(text):
    """The top-k labels of one text, with their probabilities."""
    cleaned = clean(text)
    tokens = tokenize(cleaned)
    if not tokens:
        return {"text": cleaned, "labels": [], "known": 0}
    probs = softmax(WEIGHTS @ features(tokens) + BIAS, CONFIG["temperature"])
    order = np.argsort(-probs, kind="stable")[: CONFIG["top_k"]]
    known = sum(1 for t in tokens if t in VOCAB)
    return {
        "text": cleaned,
        "labels": [(LABELS[i], round(float(probs[i]), 4)) for i in order],
        "known": known,
    }


def main(argv):
    if len(argv) > 1:
        texts = argv[1:]
    else:
        texts = (HERE / "data" / "textclf_inputs.txt").read_text(encoding="utf-8").splitlines()
    counts = {label: 0 for label in LABELS}
    for text in texts:
        result = classify(text)
        print(json.dumps(result, ensure_ascii=False))
        if result["labels"]:
            counts[result["labels"][0][0]] += 1
    print("top-1 counts:", json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv)
