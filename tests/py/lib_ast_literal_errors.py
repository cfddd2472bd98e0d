import ast


def show(source):
    try:
        print(repr(source), "->", repr(ast.literal_eval(source)))
    except (ValueError, SyntaxError, TypeError) as e:
        msg = str(e).split(" at 0x")[0]
        where = (e.lineno, e.offset) if isinstance(e, SyntaxError) else ""
        print(repr(source), type(e).__name__, msg, where)


for s in ["x", "x.y", "f()", "set(1)", "set(*a)", "1+2", "1-2", "--1", "+-1", "-(1+2)", "+True",
          "-'a'", "-None", "-[1]", "not 1", "~1", "1 < 2", "a and b", "1 if 2 else 3", "lambda: 0",
          "[x for x in y]", "{k: v for k, v in z}", "(x for x in y)", "a[0]", "[*a]", "{**a}",
          "{1: 2, **a}", "f'x'", "'a' f'b'", "(x := 1)", "inf", "nan", "Ellipsis", "[1, x]",
          "{1: x}", "{x: 1}", "(1, (2, y))", "[1,\n 2,\n z]", "await x", "(yield)", "1 .real",
          "[[1]] [0]", "{[1]: 2}", "{[1]}", "{1: [], [2]: 3}", "{x, [1]}", "{[1], x}"]:
    show(s)
for s in ["", " ", "\n", "#only", "1 2", "x y", "1,,", "[1,,2]", "[,]", "(,)", "{,}", "x = 1",
          "1;2", "1 +", "-\n1", "not", "'a'\n'b'", "[1]\n[2]", "\n x", "1\n 2", "1\n  ", "*a",
          "x := 1", "yield", "..", "....", "1 ...", "$", "a€", "\x01", "1\x00", "[1 2]", "(1 2)",
          "{1: 2 3}", "f(a b)", "[x if y]", "1 if 2", "{1: 2, 3}", "{'a': }", "{'a': *b}", "[a=1]",
          "{'a'=1}", "print 1", "[_ 1]", "hello world", "2021-01-01", "3 apples", "[1, 2", "{'a': 1",
          "(\n1,\n2", "[1, (2, 3]", "[1, (2,\n 3]", ")", "1)", "\\", "1\\ 2", "x\\\n", "(1,\\\n",
          "0777", "09", "1_", "1__0", "1e", "1e+", "0x", "0b2", "0o8", "0b", "123abc", "1.__class__",
          "1_e5", "0_9", "1andx", "'abc", "'''abc\n\n", "b'\\xe9' 'x'", "'x' b'y'",
          "b'\u00e9'", "[" * 201, "[" * 201 + "]" * 201, "[(" * 100 + ")]" * 100]:
    show(s)
