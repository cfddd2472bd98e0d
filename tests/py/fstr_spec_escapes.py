# Escapes in an f-string's format spec are read as in the rest of the
# f-string (a fill character written as an escape), except in a raw one.
rows = [("naïve", 3), ("東京", 12), ("ok", 100)]
for name, n in rows:
    print(f"{name:\u3000<6}|{n:\x2e>5}|{n:\t^7}|{name!r:\u00b7>9}|")
width = 8
print(f"{'x':\u2500^{width}}", f"{3.5:\101>6}", rf"{'y':\\>4}" if False else "", f"{'a' + 'b':\x20>4}!")
print(f"{'z':\\<3}|", f"{7:\u0030>{width}d}", f"{0.25:\u2007>8.1%}")
