s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print(repr("www.example.com".strip("cmowz.")), repr("hello".strip("")))
print(repr("\u3000 wide \u3000".strip()), repr("éé café éé".strip("é ")))
print(repr("  x  ".strip(None)), repr("12300".rstrip("0")), repr("0.500".rstrip("0").rstrip(".")))
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")), repr("abc".removeprefix("x")))
