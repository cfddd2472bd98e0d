# String building and formatting: f-strings with format specs, str.format,
# %-formatting, join, replace, repr of floats, building CSV/JSON-like
# report lines, and parsing them back.
# Exercises: str allocation, int/float to text, format mini-language.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def float(self):
        return self.next() / 2147483648.0


LABELS = ["person", "car", "bicycle", "dog", "cat", "traffic light", "bus"]


def fstring_rows(rng, n):
    out = []
    for i in range(n):
        label = LABELS[rng.next() % len(LABELS)]
        score = rng.float()
        x = rng.float() * 1920
        y = rng.float() * 1080
        out.append(f"{i:06d},{label:>14},{score:.4f},{x:8.2f},{y:8.2f},{score * 100:5.1f}%")
    return out


def format_rows(rng, n):
    out = []
    template = "{0}|{1:<10}|{2:+.3e}|{3:x}|{4!r}"
    for i in range(n):
        v = rng.float() - 0.5
        out.append(template.format(i, LABELS[i % len(LABELS)], v * 1e4, rng.next() % 65536, v))
    return out


def percent_rows(rng, n):
    out = []
    for i in range(n):
        a = rng.next() % 100000
        b = rng.float()
        out.append("%5d %-8s %08.3f %s" % (a, LABELS[a % len(LABELS)][:8], b * 1000, str(a % 7)))
    return out


def to_json_like(rows):
    parts = []
    for row in rows:
        fields = row.split(",")
        items = ", ".join('"f%d": "%s"' % (k, f.strip()) for k, f in enumerate(fields))
        parts.append("{" + items + "}")
    return "[" + ",\n".join(parts) + "]"


def parse_back(rows):
    total = 0.0
    count = 0
    for row in rows:
        fields = row.split(",")
        total += float(fields[2]) + float(fields[3].strip())
        count += int(fields[0])
    return total, count


def build_text(n):
    pieces = []
    for i in range(n):
        word = "tok" + str(i % 97)
        if i % 3 == 0:
            word = word.upper()
        pieces.append(word)
    text = " ".join(pieces)
    text = text.replace("TOK1", "<one>").replace(" tok2", " [two]")
    return text


def checksum(s):
    h = 0
    for ch in s[::7]:
        h = (h * 33 + ord(ch)) % 1000000007
    return h


def main():
    rng = Lcg(2718)
    rows = fstring_rows(rng, 62000)
    frows = format_rows(rng, 54000)
    prows = percent_rows(rng, 54000)
    doc = to_json_like(rows[:8000])
    total, count = parse_back(rows)
    text = build_text(108000)
    reprs = "".join(repr(rng.float() * 10 ** (i % 12 - 6)) for i in range(27000))
    print(rows[0])
    print(frows[1])
    print(prows[2])
    print(f"lens: {len(''.join(rows))} {len(''.join(frows))} {len(''.join(prows))} {len(doc)} {len(text)} {len(reprs)}")
    print(f"parse: {total:.4f} {count}")
    print("checksums:", checksum("".join(rows)), checksum("".join(frows)), checksum("".join(prows)),
          checksum(doc), checksum(text), checksum(reprs))


main()
