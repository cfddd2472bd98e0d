# re.sub with a function: what it returns joins as CPython joins it (bytes
# for a bytearray subject; a bad return value named by its place among
# the non-empty pieces), and re.finditer checks its subject when called,
# not when the loop starts, as a cleaning pipeline handling None meets.
import re


def scrub(m):
    return m.group(0).upper()


print(repr(re.sub(rb"[aeiou]", lambda m: m.group().upper(), bytearray(b"bytes are raw"))))
print(repr(re.sub(rb"z", lambda m: b"?", bytearray(b"no match"))))
print(repr(re.subn(rb"a", lambda m: b"", bytearray(b"aaa"))))
print(re.sub(r"\w+", scrub, "mixed case text"), re.subn(r"x", lambda m: None, "axbxc"))
for subject, repl in [("x", lambda m: 5), ("a x", lambda m: b"y"), ("xx", lambda m: m.group() if m.start() else 1.5),
                      ("ab x", lambda m: [m.group()])]:
    try:
        print(re.sub(r"x", repl, subject))
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(rb"x", lambda m: "str", b"x")
except TypeError as e:
    print("TypeError", e)
for value in ["ok text", None, 3.5, b"bytes"]:
    try:
        it = re.finditer(r"\w+", value)
        print("made an iterator")
        print([m.group() for m in it])
    except TypeError as e:
        print("TypeError", e)
it = re.compile(r"\d").finditer("a1b22", 2)
print(next(it).span(), [m.group() for m in it])
