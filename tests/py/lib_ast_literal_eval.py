from ast import literal_eval

cases = [
    "1", "-1", "+1", "- 2", "-0", "-0.0", "1.5", "1.", ".5", "1e5", "1E-3", "-1e400", "1_000_000",
    "0x_ff", "0XAB", "0o17", "0O7", "0b101", "-0b1", "00", "0_0", "09.5", "09e1", "1_0.2_5e1_0",
    "123456789012345678901234567890", "-(1)", "(-1)", "(((2)))", "True", "False", "None", "...",
    "'a'", "b'a'", "()", "(1,)", "1,", "1, 2", "(1, 2,)", "[]", "[1,]", "[1, [2, [3, []]]]",
    "{}", "{1}", "{1,}", "{1: 2,}", "{1: 'a', 1.0: 'b', True: 'c'}", "{1, 1.0, True, 2}",
    "set()", "{(1, 2): [3], (): {}}", "[None, True, ..., -1.25]", "{'k': {'n': ({1, 2}, b'')}}",
    "[\n 1,\n 2  # two\n]", "{\n'a': 1,\n\n  'b': [2,\n3],\n}", "(1,\\\n 2)", "  \t[1]", "[1]\n",
    "[1]\n\n", "1 # comment", "#c\n1", "\n\n[2]", "(-\n1)", "[-\n1]", "[1e-7, 1e22, 1e16, 0.1]",
    "{'a':1,'b':2,'a':3}", "[1.5, -2.5e-3, 3.0]", "(1, (2, (3, (4,))))", "[[]]*1" [:-2],
]
for s in cases:
    r = literal_eval(s)
    print(repr(s), "->", type(r).__name__, repr(r))
deep = "[" * 200 + "7" + "]" * 200
r = literal_eval(deep)
depth = 0
while isinstance(r, list):
    r, depth = r[0], depth + 1
print("depth", depth, r)
big = repr([{"i": i, "s": str(i) * 3, "f": i / 7, "t": (i, -i)} for i in range(300)])
print(literal_eval(big) == [{"i": i, "s": str(i) * 3, "f": i / 7, "t": (i, -i)} for i in range(300)])
print(literal_eval(repr(literal_eval(big)[::37])))
import ast
print(ast.literal_eval(ast.Constant(5)), ast.literal_eval(ast.Expression(ast.List([ast.Constant(1)], ast.Load()))))
node = ast.Dict([ast.Constant("k")], [ast.UnaryOp(ast.USub(), ast.Constant(2.5))])
print(ast.literal_eval(node), ast.literal_eval(ast.Tuple([ast.Set([ast.Constant(1)])], ast.Load())))
for bad in (5, b"1", None, [1], ast.Dict([ast.Constant(1)], []), ast.Name("x", ast.Load())):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(str(e).split(" at 0x")[0])
