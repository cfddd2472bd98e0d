# lru_cache on a method: looked up on an instance it is a bound method whose
# attributes (cache_info, cache_clear, __wrapped__) are the cache wrapper's,
# as a tokenizer class caching its per-piece BPE merge does.
from functools import lru_cache


class Tokenizer:
    def __init__(self, ranks):
        self.ranks = ranks

    @lru_cache(maxsize=64)
    def encode_piece(self, piece):
        return tuple(self.ranks.get(ch, 0) for ch in piece)


tok = Tokenizer({"a": 1, "b": 2})
for piece in ["ab", "ba", "ab", "abc", "ab"]:
    print(piece, tok.encode_piece(piece))
bound = tok.encode_piece
print(bound.cache_info())
print(bound.cache_parameters())
print(bound.__self__ is tok, bound.__func__ is Tokenizer.__dict__["encode_piece"])
print(bound.__name__, bound.__wrapped__(tok, "b"))
print(type(bound).__name__, type(Tokenizer.encode_piece).__name__)
bound.cache_clear()
print(Tokenizer.encode_piece.cache_info())
print(tok.encode_piece(piece="ba"), Tokenizer.encode_piece(tok, "ba"))
print(Tokenizer.encode_piece.cache_info().hits)
