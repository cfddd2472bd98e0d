#!/usr/bin/env python3
"""Writes tables.rs, the Unicode character database tables of taipan's
`unicodedata` module, from the running CPython's own `unicodedata`.

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
    emit("/// First code point of each run of equal property records.")
    emit("pub static RUN_STARTS: [u32; %d] = [" % len(starts))
    emit(wrap(["0x%x" % s for s in starts], 10))
    emit("];")
    emit("")
    emit("/// The record (index into `RECORDS`) of each run.")
    emit("pub static RUN_RECORDS: [u8; %d] = [" % len(recs))
    emit(wrap([str(r) for r in recs], 20))
    emit("];")
    emit("")
    emit("/// Distinct numeric values.")
    emit("pub static NUMERIC_VALUES: [f64; %d] = [" % len(values))
    emit(wrap([repr(float(v)) for v in values], 8))
    emit("];")
    emit("")
    emit("/// Code points with a numeric value.")
    emit("pub static NUMERIC_CPS: [u32; %d] = [" % len(numerics))
    emit(wrap(["0x%x" % e[0] for e in numerics], 10))
    emit("];")
    emit("")
    emit("/// Per numeric code point: value index << 2 | kind (2 decimal,")
    emit("/// 1 digit, 0 numeric only).")
    emit("pub static NUMERIC_INFO: [u16; %d] = [" % len(numerics))
    emit(wrap([str(e[1] << 2 | e[2]) for e in numerics], 16))
    emit("];")
    emit("")
    emit("/// Code points with a decomposition mapping.")
    emit("pub static DECOMP_CPS: [u32; %d] = [" % len(decomps))
    emit(wrap(["0x%x" % e[0] for e in decomps], 10))
    emit("];")
    emit("")
    emit("/// Per decomposing code point: byte start << 12 | byte length << 6 | tag")
    emit("/// index, the mapping being `DECOMP_TEXT[start..start + length]`.")
    emit("pub static DECOMP_INFO: [u32; %d] = [" % len(decomps))
    emit(wrap(["0x%x" % (e[2] << 12 | e[3] << 6 | e[1]) for e in decomps], 10))
    emit("];")
    emit("")
    emit("/// The decomposition mappings, one after another.")
    emit("pub static DECOMP_TEXT: &str = concat!(")
    chunk = 24
    for i in range(0, len(decomp_text), chunk):
        emit("    %s," % rust_str(decomp_text[i:i + chunk]))
    emit(");")
    emit("")
    emit("/// Canonical compositions (first, second, composite), sorted.")
    emit("pub static COMPOSITIONS: [(u32, u32, u32); %d] = [" % len(pairs))
    emit(wrap(["(0x%x, 0x%x, 0x%x)" % p for p in pairs], 4))
    emit("];")
    emit("")
    emit("/// Named sequences, one `NAME;characters` line each, sorted by name.")
    emit("pub static NAMED_SEQUENCES: &str = concat!(")
    for name, chars in sequences:
        emit("    %s," % rust_str(name + ";" + chars + "\n"))
    emit(");")

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.rs")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
