# pprint: long strings and bytes split across lines, compact, indent, depth, underscore_numbers, recursion, pp, errors.
import io
import sys
import pprint

data = {"name": "x" * 30, "items": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "c": "y" * 40}}
rec = [1, 2]
rec.append(rec)
drec = {"self": None}
drec["self"] = drec
print(pprint.pformat(rec).split(" with")[0], pprint.saferepr(drec).split(" with")[0])
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive(data), pprint.isreadable(data))
print(pprint.isreadable({"a": [1, 2.5, "s"]}), pprint.isreadable(object()), pprint.isreadable(len))
print(pprint.pformat([10 ** 9 + i for i in range(12)], underscore_numbers=True, width=40))
pprint.pprint(data, width=40)
pprint.pp({"b": 1, "a": [2] * 30, "c": 3})
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.PrettyPrinter(indent=4, width=30, stream=sys.stdout).pprint(data)
printer = pprint.PrettyPrinter(depth=2)
print(printer.pformat(data), printer.isreadable(data), printer.isrecursive(data))
print(pprint.pformat([[[[1]]], {"a": {"b": {"c": 1}}}], depth=2), pprint.pformat((1, (2, (3,))), depth=1))
for width in (30, 12, 5):
    print(pprint.pformat(bytearray(b"0123456789" * 5), width=width))
    print(pprint.pformat(b"abcdefgh" * 10, width=width))
    print(pprint.pformat({"k": b"abcdefgh" * 10, "s": "a b c d " * 8}, width=width))
    print(pprint.pformat("word " * 40, width=width))
    print(pprint.pformat(["word " * 40, ("tuple " * 9,)], width=width))
    print(pprint.pformat("line one\nline two is longer\n" * 4, width=width))
    print(pprint.pformat("nospacesatallinthisverylongstringwhichcannotbesplit" * 2, width=width))
print(pprint.pformat(list(range(100)), compact=True, width=50))
print(pprint.pformat([[1, 2, 3]] * 10, compact=True, width=30, indent=3))
print(pprint.pformat(["ab" * i for i in range(12)], compact=True, width=25))
out = io.StringIO()
pprint.pprint(list(range(40)), stream=out, width=60, compact=True)
print(repr(out.getvalue()))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
