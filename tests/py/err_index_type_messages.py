# A non-integer index into each kind of sequence: the TypeError wording
# differs by type (str alone quotes the type name and omits slices).
sequences = ["abc", [1, 2], (1, 2), b"ab", bytearray(b"ab"), range(3)]
for seq in sequences:
    for key in ["1", 1.5, None, (0,)]:
        try:
            seq[key]
        except TypeError as e:
            print(type(seq).__name__, type(key).__name__, e)
for seq in [[1, 2], bytearray(b"ab")]:
    try:
        seq["k"] = 0
    except TypeError as e:
        print("set", type(seq).__name__, e)
for seq in sequences:
    try:
        seq[10]
    except IndexError as e:
        print(type(seq).__name__, e)
columns = {"name": 0, "age": 1}
row = "alice,30".split(",")
try:
    print(row["name"])
except TypeError as e:
    print("row lookup:", e)
print(row[columns["name"]])
position = 1.0
"abc"[position]
