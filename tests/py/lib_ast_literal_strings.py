from ast import literal_eval

for s in ["'a' 'b' \"c\"", r"('x'" + "\n" + r"'y')", r"u'x' 'y'", r"b'a' b'b'", r"rb'\x00' Rb'\q'",
          r"BR'a\n'", r"r'\''", r'r"\""', r"'\\'", r"'\''", r"'\"'", r'"it\'s"', r"'''a'b''c'''",
          '"""x\ny"""', "'''\n'''", r"'a\
b'", r"'\a\b\f\n\r\t\v'", r"'\0\1\12\123\1234'", r"'\400\777'", r"'\x41\x7a\xff'",
          r"'\u00e9\u20ac'", r"'\U0001F600\U00000041'", r"'\N{EM DASH}\N{bullet}\N{Latin Small Letter A}'",
          r"'\N{LATIN CAPITAL LETTER GHA}'", r"'\d\w\q\ '", r"'\é'", "'\u00e9\u4e2d\U0001F600'",
          r"b'\a\b\f\n\r\t\v\0\12\377\777'", r"b'\x00\xFF\x7f'", r"b'\u1234\N{x}\d'", r"b'\'\"\\'",
          "b'abc' b\"\"", "''", '""', "''''''", "b''", r"'\
'"]:
    r = literal_eval(s)
    print(ascii(s), "->", type(r).__name__, ascii(r))
for s in [r"'\x4'", r"'\x'", r"'\u12'", r"'\U0011ffff'", r"'\U00110000'", r"'\N'", r"'\N{'",
          r"'\N{x'", r"'\N{}'", r"'\N{NO SUCH CHARACTER}'", r"'\u00e9\x4'", "'\u00e9\\x4'",
          r"b'\x4'", r"b'\x'", r"b'ab\xg0'", "b'\u00e9'", r"'a' b'b'", r"b'a' 'b'", r"'ok' '\x1'",
          r"('\x1'" + "\n" + "'b')", "f'{1}' 'x'", "ur'x'", "bu'x'", "'\\\n", "'abc\n'"]:
    try:
        print(ascii(s), "->", ascii(literal_eval(s)))
    except (SyntaxError, ValueError) as e:
        print(ascii(s), type(e).__name__, ascii(str(e).split(" at 0x")[0]), getattr(e, "lineno", ""))
