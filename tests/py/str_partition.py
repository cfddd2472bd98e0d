for s in ["key=value", "key=val=ue", "novalue", "=x", "x=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("日本=語".partition("="))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
