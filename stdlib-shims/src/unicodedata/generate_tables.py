#!/usr/bin/env python3
"""Writes tables.rs and tables.bin, the Unicode character database tables
of taipan's `unicodedata` module, from the running CPython's own
`unicodedata`.

Run with CPython 3.11 (Unicode 14.0.0), from any directory:

    python3 stdlib-shims/src/unicodedata/generate_tables.py [NamedSequences.txt]

The Unicode 14.0 NamedSequences.txt gives only the names of the named
sequences (`lookup` accepts them); their characters come from CPython. By
default it is Perl's copy, /usr/share/perl/5.36.0/unicore/NamedSequences.txt
(Debian's perl-modules-5.36 carries Unicode 14.0).

Standard library only. The tables it writes:

* property runs: sorted start code points of runs of equal
  (category, bidirectional, east_asian_width, mirrored, combining)
  records, with one record index per run (binary search by code point);
* numeric values: the code points with a numeric value, each with the
  value's index and whether it is also a digit / decimal;
* decompositions: the code points with a decomposition mapping, each with
  its tag and the mapped characters (stored in one string);
* canonical compositions: the (first, second) -> composite pairs of the
  primary composites (canonical pairs not excluded from composition);
* named sequences: `NAME;characters` lines, sorted by name.

tables.rs holds the small tables (names of property values, the distinct
property records and numeric values). The long ones go to tables.bin,
which build.rs deflates into the binary and `tables.rs`'s decoder reads
once, on first use (128 KB as Rust arrays and strings, 24 KB deflated). tables.bin is
a series of unsigned LEB128 numbers. Each table is its row count, then
its columns one after another; the first column is sorted and stored as
differences from the row before:

    runs:           start code point, record
    numerics:       code point, info
    decompositions: code point, UTF-8 length of its mapping, tag (the
                    mappings follow one another in the text below)
    compositions:   first, second, composite
    decomposition text, named sequences: UTF-8 byte length, the bytes
"""

import os
import sys
import unicodedata

MAX_CP = 0x110000
EXPECTED_VERSION = "14.0.0"
NAMED_SEQUENCES = "/usr/share/perl/5.36.0/unicore/NamedSequences.txt"


def rust_str(chars):
    """A Rust string literal holding `chars`, non-ASCII as escapes."""
    out = []
    for ch in chars:
        cp = ord(ch)
        if 0x20 <= cp < 0x7F and ch not in '"\\':
            out.append(ch)
        else:
            out.append("\\u{%x}" % cp)
    return '"' + "".join(out) + '"'


def wrap(items, per_line):
    """Array items, `per_line` on each line."""
    lines = []
    for i in range(0, len(items), per_line):
        lines.append("    " + ", ".join(items[i:i + per_line]) + ",")
    return "\n".join(lines)


def property_runs():
    """Distinct property records and the runs of code points sharing one."""
    records, index, starts, recs = [], {}, [], []
    for cp in range(MAX_CP):
        ch = chr(cp)
        rec = (
            unicodedata.category(ch),
            unicodedata.bidirectional(ch),
            unicodedata.east_asian_width(ch),
            unicodedata.mirrored(ch),
            unicodedata.combining(ch),
        )
        if rec not in index:
            index[rec] = len(records)
            records.append(rec)
        if not recs or recs[-1] != index[rec]:
            starts.append(cp)
            recs.append(index[rec])
    return records, starts, recs


def numeric_entries():
    """(code point, value index, kind) with kind 2 decimal, 1 digit,
    0 numeric only; and the distinct float values."""
    values, index, entries = [], {}, []
    for cp in range(MAX_CP):
        ch = chr(cp)
        value = unicodedata.numeric(ch, None)
        if value is None:
            continue
        if unicodedata.decimal(ch, None) is not None:
            kind = 2
        elif unicodedata.digit(ch, None) is not None:
            kind = 1
        else:
            kind = 0
        if value not in index:
            index[value] = len(values)
            values.append(value)
        entries.append((cp, index[value], kind))
    return values, entries


def decompositions():
    """(code point, tag index, start, length) into one string of mapped
    characters; and the tags ('' for canonical)."""
    tags, tag_index, entries, text, start = [""], {"": 0}, [], [], 0
    for cp in range(MAX_CP):
        fields = unicodedata.decomposition(chr(cp)).split()
        if not fields:
            continue
        tag = ""
        if fields[0].startswith("<"):
            tag = fields.pop(0)
        if tag not in tag_index:
            tag_index[tag] = len(tags)
            tags.append(tag)
        mapped = "".join(chr(int(f, 16)) for f in fields)
        size = len(mapped.encode("utf-8"))
        text.append(mapped)
        entries.append((cp, tag_index[tag], start, size))
        start += size
    return tags, entries, "".join(text)


def compositions():
    """Sorted (first, second, composite) of every primary composite: a
    canonical two-character mapping whose character NFC keeps."""
    pairs = []
    for cp in range(MAX_CP):
        ch = chr(cp)
        fields = unicodedata.decomposition(ch).split()
        if len(fields) != 2 or fields[0].startswith("<"):
            continue
        if unicodedata.normalize("NFC", ch) != ch:
            continue
        pairs.append((int(fields[0], 16), int(fields[1], 16), cp))
    pairs.sort()
    return pairs


def leb128(n):
    """`n` as unsigned LEB128 bytes."""
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def packed(rows):
    """A count, then the rows' numbers column by column, the first column
    (by which the rows are sorted) as differences from the row before."""
    out = bytearray(leb128(len(rows)))
    before = 0
    for row in rows:
        assert row[0] >= before
        out += leb128(row[0] - before)
        before = row[0]
    for column in range(1, len(rows[0])):
        for row in rows:
            out += leb128(row[column])
    return bytes(out)


def text_bytes(text):
    """UTF-8 byte length, then the bytes."""
    data = text.encode("utf-8")
    return leb128(len(data)) + data


def named_sequences(path):
    """Sorted (name, characters) of the named sequences CPython knows."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or ";" not in line:
                continue
            name = line.split(";")[0].strip()
            out.append((name, unicodedata.lookup(name)))
    out.sort()
    return out


def main():
    if unicodedata.unidata_version != EXPECTED_VERSION:
        sys.exit("need CPython 3.11 (Unicode %s), this one has %s"
                 % (EXPECTED_VERSION, unicodedata.unidata_version))
    records, starts, recs = property_runs()
    values, numerics = numeric_entries()
    tags, decomps, decomp_text = decompositions()
    pairs = compositions()
    sequences = named_sequences(sys.argv[1] if len(sys.argv) > 1 else NAMED_SEQUENCES)
    cats = sorted({r[0] for r in records})
    bidis = sorted({r[1] for r in records})
    widths = sorted({r[2] for r in records})
    for entry in decomps:
        # Packed as start << 12 | length << 6 | tag.
        assert entry[1] < 64 and entry[3] < 64 and entry[2] < (1 << 20)

    out = []
    emit = out.append
    emit("//! Unicode %s tables for `unicodedata`, generated by"
         % unicodedata.unidata_version)
    emit("//! `generate_tables.py` from CPython %d.%d's `unicodedata`: do not edit."
         % sys.version_info[:2])
    emit("")
    emit("/// The Unicode version of these tables.")
    emit('pub const UNIDATA_VERSION: &str = "%s";' % unicodedata.unidata_version)
    emit("")
    for name, doc, items in (
        ("CATEGORIES", "General category names", cats),
        ("BIDIRECTIONALS", "Bidirectional class names", bidis),
        ("EAST_ASIAN_WIDTHS", "East Asian width names", widths),
        ("DECOMP_TAGS", "Decomposition tags ('' is canonical)", tags),
    ):
        emit("/// %s." % doc)
        emit("pub static %s: [&str; %d] = [" % (name, len(items)))
        emit(wrap(['"%s"' % s for s in items], 8))
        emit("];")
        emit("")
    first_combining = min(cp for cp, r in zip(starts, recs) if records[r][4])
    emit("/// No code point below this one has a nonzero combining class.")
    emit("pub const FIRST_COMBINING: u32 = 0x%x;" % first_combining)
    emit("")
    emit("/// Property records: (category, bidirectional, east_asian_width,")
    emit("/// mirrored, combining), the first three as indexes into the name tables.")
    emit("pub static RECORDS: [(u8, u8, u8, bool, u8); %d] = [" % len(records))
    emit(wrap(["(%d, %d, %d, %s, %d)" % (cats.index(r[0]), bidis.index(r[1]),
                                         widths.index(r[2]), "true" if r[3] else "false",
                                         r[4]) for r in records], 4))
    emit("];")
    emit("")
    emit("/// Distinct numeric values.")
    emit("pub static NUMERIC_VALUES: [f64; %d] = [" % len(values))
    emit(wrap([repr(float(v)) for v in values], 8))
    emit("];")
    emit("")
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "tables.rs")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)
    blob = b"".join([
        packed(list(zip(starts, recs))),
        packed([(e[0], e[1] << 2 | e[2]) for e in numerics]),
        packed([(e[0], e[3], e[1]) for e in decomps]),
        packed(pairs),
        text_bytes(decomp_text),
        text_bytes("".join(name + ";" + chars + "\n" for name, chars in sequences)),
    ])
    path = os.path.join(here, "tables.bin")
    with open(path, "wb") as f:
        f.write(blob)
    print("wrote", path, len(blob), "bytes")


if __name__ == "__main__":
    main()
