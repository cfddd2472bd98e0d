# difflib on prose and CJK text: ratios, opcodes, ndiff and unified
# diffs, close matches among accented words.
import difflib
a = "The cat sat on the mat. It was happy. Café au lait.".split()
b = "The dog sat on a mat. It was very happy. Cafe au lait!".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), sm.quick_ratio(), sm.real_quick_ratio())
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, len(a), 0, len(b)))
print(list(difflib.ndiff(["naïve\n", "café\n", "x\n"], ["naive\n", "café\n", "y\n"])))
print("".join(difflib.unified_diff(["a\n", "b\n", "c\n", "d\n"], ["a\n", "B\n", "c\n", "e\n", "f\n"], "old.txt", "new.txt", n=1)))
print("".join(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"], n=3, cutoff=0.5))
print(difflib.get_close_matches("kafé", ["café", "cafe", "coffee", "kaffee"]))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 4), s2.get_opcodes())
s3 = difflib.SequenceMatcher(None, "日本語テキスト処理", "日本語のテキスト前処理")
print(s3.ratio(), s3.get_opcodes())
print(difflib.SequenceMatcher(None, "abcd" * 60 + "x", "abcd" * 60 + "y").ratio())
