for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "back\\slash", "nul\x00", "bell\x07",
          "\x7f", "\x80", "\xa0", "\xad", "é", "日本", "🐍", "\u200b", "\U0001f600", "\x1b[0m", ""]:
    print(repr(s))
print(["a", "b'c"], ("x",), {"k": "v"})
print(repr(repr("a")))
print(ascii("é日🐍\n"))
print(str("q'\""), repr("'"), repr('"'))
