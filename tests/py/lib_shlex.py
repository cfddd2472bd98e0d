import shlex

cases = ["a b  c", "a\\\nb", '"a\\"b\\\\c\\d"', "'a\\b'", 'a"b c"d', "a '' b", '""', "a#b c",
         "#x\na", "a #c\nd", "a\\ b", "a\xa0b", "\u00e9 \u00fc", "a;b|c&d>e", '\\"', '"\\$\\`"',
         "a\tb\rc\nd\x0bf\x0cg", "'\"'", "\"'\"", "\\\\", "  ", "", 'a""', '""a', "a#", "a # b",
         '"a#b"', "a'#'b", "x#\n#y\nz", "a#b\rc", 'cmd --opt="a b" \'c d\' e\\ f',
         "x\\", '"x', "'x", '"a\\']
for s in cases:
    for comments in (False, True):
        try:
            print(ascii(s), comments, shlex.split(s, comments=comments))
        except ValueError as e:
            print(ascii(s), comments, "ValueError", e)
for s in ["", "abc", "a b", "it's", "-_./:=@%+,", "a$b", "\u00e9", "a\nb", "'", '"', "~x", "*"]:
    q = shlex.quote(s)
    print(ascii(s), ascii(q), shlex.split(q) == [s])
args = ["ls", "-l", "my file.txt", "it's", "", "a&b"]
print(shlex.join(args), shlex.split(shlex.join(args)) == args)
