import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.kwlist) == keyword.kwlist)
for w in ["if", "If", "def", "match", "case", "_", "print", "None", "none", "async", "", "True"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError:
    print("TypeError")
print(sorted(keyword.__all__))
