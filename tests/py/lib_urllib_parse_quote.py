from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

def show(f, *args, **kwargs):
    try:
        print(ascii(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a b/c~d_e.f-g+h&\u00e9\u20ac", "", "\x00\x7f\xff", b"\xff /+", b""]:
    for safe in ["/", "", "+/\u00e9", b"/ ", "~%"]:
        show(quote, s, safe)
        show(quote_plus, s, safe)
    show(quote, s, encoding="latin-1")
    show(quote, s, encoding="ascii", errors="ignore")
show(quote, "\u20ac", encoding="latin-1")
show(quote, 5)
show(quote_from_bytes, b"a b\x00")
for s in ["%41%e2%82%ac%zz%4%ff%C3", "%E9", b"%41b%ff", "a+b%2B", "%", "%%41", "%c3%a9x%c3", ""]:
    show(unquote, s)
    show(unquote, s, "latin-1")
    show(unquote, s, errors="ignore")
    show(unquote_to_bytes, s)
    if isinstance(s, str):
        show(unquote_plus, s)

for q in [{"a": 1, "b": "x y", "c": [1, 2]}, [("a", "\u00e9"), ("b", b"\xff"), (b"k", 2.5)],
          {"c": [1, 2], "s": "ab", "t": (b"x",), "n": None, "e": []}, (("a", "b"),), {"a": "/~ &="},
          [], {}]:
    show(urlencode, q)
    show(urlencode, q, True)
    show(urlencode, q, safe="/&")
    show(urlencode, q, quote_via=quote)
for q in ["abc", 5, [1], [[1, 2]]]:
    try:
        urlencode(q)
    except TypeError as e:
        print("TypeError", e)

for q in ["a=1&b=2;c=3", "a=1&a=2&b=%20+x", "", "a", "&", "a=1&", "=&=", "a=b=c", "a+b=c+d",
          "a&b=&=c&d=1=2;e", "x=%zz%4", "k=%E9"]:
    show(parse_qsl, q)
    show(parse_qsl, q, keep_blank_values=True)
    show(parse_qs, q)
    show(parse_qs, q, True)
    show(parse_qsl, q, strict_parsing=True)
    show(parse_qsl, q, separator=";")
    show(parse_qsl, q, max_num_fields=2)
    show(parse_qsl, q, encoding="latin-1")
show(parse_qsl, "a=1", separator="")
show(parse_qsl, "a=1", separator=None)
