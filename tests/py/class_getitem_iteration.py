class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)

s = Seq("abcde")
print(list(s), s[1], s[-1], s[1:3], "c" in s, "z" in s)
for ch in s:
    print(ch, end=" ")
print()
print(list(reversed(s)), sorted(s, reverse=True), list(enumerate(s))[:2])

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], m[1, 0])
m[1, 1] = 40
print(m.rows)
