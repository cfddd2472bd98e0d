# functools.cached_property needs an instance __dict__: on a class with
# __slots__ it raises CPython's TypeError before computing anything; with
# a __dict__ the cached value is returned from then on.
import functools

calls = []


class Tokenizer:
    def __init__(self, words):
        self.words = words

    @functools.cached_property
    def vocab(self):
        calls.append("vocab")
        return {w: i for i, w in enumerate(sorted(set(self.words)))}


class SlottedTokenizer:
    __slots__ = ("words",)

    def __init__(self, words):
        self.words = words

    @functools.cached_property
    def vocab(self):
        calls.append("slotted vocab")
        return {}


t = Tokenizer("b a c a".split())
print(t.vocab, t.vocab is t.vocab, calls, "vocab" in vars(t))
try:
    SlottedTokenizer(["x"]).vocab
except TypeError as e:
    print("TypeError:", e)
print(calls, Tokenizer.vocab.attrname)
