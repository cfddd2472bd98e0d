# difflib: SequenceMatcher (junk, autojunk and popular elements), ndiff
# with its guide lines, unified and context diffs, restore and
# get_close_matches, over random sequences; the hash covers every result.
import difflib, random
rng = random.Random(3)
def rnd_seq(n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))
out = []
for trial in range(300):
    a = rnd_seq(rng.randint(0, 40), "abcde ")
    b = rnd_seq(rng.randint(0, 40), "abcde ")
    junk = [None, lambda c: c == " ", difflib.IS_CHARACTER_JUNK][trial % 3]
    sm = difflib.SequenceMatcher(junk, a, b, autojunk=trial % 2 == 0)
    out.append((sm.get_opcodes(), sm.get_matching_blocks(), sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(),
                sm.find_longest_match(0, len(a) // 2, min(1, len(b)), len(b)), list(sm.get_grouped_opcodes(2))))
for trial in range(20):
    a = [rng.choice("xyz") for _ in range(rng.randint(200, 400))]
    b = [rng.choice("xyzw") for _ in range(rng.randint(200, 400))]
    sm = difflib.SequenceMatcher(None, a, b)
    out.append((sm.get_opcodes(), sorted(sm.bpopular), round(sm.ratio(), 12)))
    out.append(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()[:10])
words = ["line %d %s\n" % (i, rnd_seq(6, "ab ")) for i in range(30)]
for trial in range(30):
    a = [rng.choice(words) for _ in range(rng.randint(0, 12))]
    b = [w if rng.random() < 0.7 else rng.choice(words)[:-2] + "x\n" for w in a] + [rng.choice(words) for _ in range(rng.randint(0, 3))]
    out.append(list(difflib.ndiff(a, b)))
    out.append(list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
    out.append(list(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024", "", n=rng.randint(0, 3))))
    out.append(list(difflib.context_diff(a, b, "a", "b", n=rng.randint(0, 3), lineterm="")))
    d = list(difflib.ndiff(a, b))
    out.append((list(difflib.restore(d, 1)) == a, list(difflib.restore(d, 2)) == b))
vocab = ["apple", "ample", "maple", "applet", "apply", "東京", "東京都", "京都", "naïve", "naive", "knave", "wave"]
for w in ["appel", "東京タワー", "naiv", "xyz", "wav"]:
    out.append(difflib.get_close_matches(w, vocab))
    out.append(difflib.get_close_matches(w, vocab, n=5, cutoff=0.3))
import hashlib
print(hashlib.sha256(repr(out).encode()).hexdigest())
print(out[-1], out[5][0][:3])
for bad in [lambda: difflib.get_close_matches("a", [], n=0), lambda: difflib.get_close_matches("a", [], cutoff=2), lambda: list(difflib.unified_diff([b"x"], ["y"])), lambda: list(difflib.restore([], 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
