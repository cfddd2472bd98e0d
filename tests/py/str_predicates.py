samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "   ", "\t\n", "a b", "Hello World", "Hello world",
           "_name", "2name", "name2", "class", "é", "日本", "ABC1", "abc!", "Ⅻ", "a_b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isnumeric(), s.isdecimal(), s.isidentifier(), s.istitle(), s.isascii(), s.isprintable())
