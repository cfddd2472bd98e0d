import re


def number(scanner, token):
    return ("NUM", int(token))


def word(scanner, token):
    return ("WORD", token.upper())


lexicon = [
    (r"\d+", number),
    (r"[a-z]+(_[a-z]+)?", word),
    (r"[+*/-]", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r"'[^']*'", lambda s, t: ("STR", t[1:-1])),
]
scanner = re.Scanner(lexicon)
print(scanner.scan("12 + foo_bar * 'hi there' - 7"))
print(scanner.scan("x = 3"))
print(scanner.scan(""))
print(re.Scanner([(r"a", "A"), (r"b", "B")]).scan("abba!"))


def words(p: re.Pattern[str]) -> list:
    return p.findall("one two")


print(words(re.compile(r"\w+")))
