cases = [(), ("msg",), ("invalid syntax", ("<unknown>", 1, 3, "1 2", 1, 4)),
         ("bad", ("/some/dir/file.py", 7, 2, "x y\n")), ("m", (None, 3, 1, "t")),
         ("m", ("f.py", None, None, None)), ("m", ["g.py", 2, 5, "text", 2, 9]),
         ("m", ("f", True, 1, "t")), (5, ("f", 1, 1, "t")), ("a", "b", "c")]
for args in cases:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno,
          e.end_offset, e.print_file_and_line, e.args)
for cls in (IndentationError, TabError):
    e = cls("unexpected indent", ("<unknown>", 2, 1, " x", 2, -1))
    print(type(e).__name__, str(e), e.lineno, e.offset, isinstance(e, SyntaxError), repr(e))
for bad in [("m", (1, 2)), ("m", (1, 2, 3, 4, 5, 6, 7)), ("m", 5)]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print("TypeError")
try:
    raise SyntaxError("boom", ("x.py", 4, 1, "y"))
except SyntaxError as e:
    print(e, e.lineno, e.filename)
e = SyntaxError("m", ("f", 1, 1, "t"))
e.lineno = 9
e.msg = "changed"
print(str(e))
