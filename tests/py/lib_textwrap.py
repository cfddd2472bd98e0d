import textwrap

text = ("The quick brown fox jumps over the lazy dog. Well-known, state-of-the-art "
        "hyphenated-words break nicely -- or do they? Supercalifragilisticexpialidocious "
        "is long.  Tabs\there and\nnewlines too.")
for w in (10, 20, 33, 50):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20), textwrap.wrap("a\tb\tc", 20, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("x\ty", 40, tabsize=4))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap("one two three four five six", 12, max_lines=1))
print(textwrap.fill("Hello there. How are you? Fine!", 60, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!   This is\ta test.", 12))
print(textwrap.shorten("Hello  world!", 12))
print(textwrap.shorten("Hello world, again", 15, placeholder="~"))
print(repr(textwrap.shorten("   ", 10)))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("word"))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5))
print(textwrap.wrap("aaa-bbbbbbbbbbb-cc", 8), textwrap.wrap("---------- x", 4))
print(textwrap.wrap("em--dash and--more words--here", 8))
print(textwrap.wrap("e-mail re-use x-ray 123-456 ab-cd-ef", 6))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("some words here", 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=18, subsequent_indent="> ")
print(w.wrap(text)[:4])
w.width = 40
print(w.fill("short one"))

block = """
    def f():
        return 1
\t
      # comment
    x = 2
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("\tfoo\n\t  bar\n\t\tbaz\n")))
print(repr(textwrap.dedent("  a\n \tb\n")))
print(repr(textwrap.dedent("no indent\n  here\n")))
print(repr(textwrap.dedent("   \n  x\n   \n  y")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "+ ")))
print(repr(textwrap.indent("a\r\nb\rc", "> ", lambda line: True)))
print(repr(textwrap.indent("x\ny", "  ", predicate=lambda l: l.startswith("y"))))
