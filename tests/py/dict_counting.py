text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
letters = {}
for ch in text.replace(" ", ""):
    letters.setdefault(ch, 0)
    letters[ch] += 1
print(letters)
top = max(letters, key=letters.get)
print(top, letters[top])
by_len = {}
for w in set(text.split()):
    by_len.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
nums = [3, 1, 3, 2, 1, 3]
freq = {n: nums.count(n) for n in nums}
print(freq, sum(freq.values()), list(freq.keys()))
inv = {}
for k, v in freq.items():
    inv[v] = inv.get(v, []) + [k]
print(inv)
