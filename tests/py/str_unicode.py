s = "naïve café résumé"
print(len(s), s.upper(), s.split(), s.find("é"), s.count("é"), s.replace("é", "e"))
jp = "日本語のテキスト"
print(len(jp), jp[0], jp[-1], jp[2:4], jp[::2], jp.encode("utf-8")[:6], len(jp.encode()))
emoji = "🐍🎉👍🏽"
print(len(emoji), [hex(ord(c)) for c in emoji], emoji[0], emoji[1:], len(emoji.encode("utf-8")))
mixed = "a日🐍é"
print([len(c.encode()) for c in mixed], mixed[::-1], mixed * 2, mixed.center(10, "·"))
print("\u00e9" == "é", "\U0001F40D" == "🐍", "\x41")
print(chr(0x3b1).upper(), "Straße".upper(), "ǲ".upper(), "İ".casefold() == "i̇")
print(sorted("zäaöb"), "é".isalpha(), "٣".isdigit(), int("٣٤"), float("٣.٥"))
print(f"{jp:>12}|{emoji:*^8}|{'é':3}|")
