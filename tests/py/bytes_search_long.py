# bytes/bytearray searching: find, rfind, index, count, in, split,
# replace, partition with short and long needles, overlapping candidates,
# windows (start/end) and needles that never occur in long haystacks.
hay = b"a" * 200000 + b"b" + b"a" * 1000
needle = b"a" * 5000 + b"b"
print(hay.find(needle), hay.rfind(needle), hay.index(needle), hay.count(needle), needle in hay)
miss = b"a" * 5000 + b"c"
print(hay.find(miss), hay.rfind(miss), hay.count(miss), miss in hay, len(hay.split(miss)))
print(bytearray(hay).find(needle), bytearray(b"xyz") in [bytearray(b"xyz")])
s = b"abracadabra abracadabra"
for sub in [b"a", b"abra", b"cad", b"", b"zz", b"aa", b"ra a"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), sub in s,
          s.find(sub, 5), s.rfind(sub, 0, 12), s.count(sub, 3, 20), s.find(sub, 30), s.rfind(sub, 30))
print(b"aaaa".count(b"aa"), b"aaaaa".replace(b"aa", b"b"), b"a,b,,c".split(b","), b"a::b::c".rsplit(b"::", 1))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".partition(b"zz"))
print(bytearray(b"hello world").replace(b"o", b"0"), bytearray(b"hello").find(b"ll"))
print(b"" in b"", b"" in b"abc", b"abc".find(b"", 2), b"abc".rfind(b""), b"abc".count(b""))
try:
    b"abc".index(b"d")
except ValueError as e:
    print("ValueError", e)
