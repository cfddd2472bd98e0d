import io
import struct
import zipfile


def attempt(label, call):
    try:
        print(label, repr(call()))
    except (zipfile.BadZipFile, RuntimeError, ValueError) as e:
        print(label, type(e).__name__, e)


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as w:
    w.writestr(zipfile.ZipInfo("s.txt"), b"stored data " * 4)
    w.writestr(zipfile.ZipInfo("d.txt"), b"deflated " * 40, compress_type=zipfile.ZIP_DEFLATED)
    with w.open(zipfile.ZipInfo("big.txt"), "w", force_zip64=True) as f:
        f.write(b"zip64 extra in the local header")
    attempt("no zip64", lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open(
        "x", "w", force_zip64=True))
good = buf.getvalue()
attempt("zip64 local", lambda: zipfile.ZipFile(io.BytesIO(good)).read("big.txt"))
# The same archive with ZIP64 end records and ZIP64 sizes in its directory.
cd_start = good.index(b"PK\x01\x02")
eocd = good.index(b"PK\x05\x06")
entries = []  # central directory entries with their sizes and offset in ZIP64 fields
pos = cd_start
while pos < eocd:
    fixed = list(struct.unpack("<4s4B4HL2L5H2L", good[pos:pos + 46]))
    name = good[pos + 46:pos + 46 + fixed[12]]
    extra = struct.pack("<HHQQQ", 1, 24, fixed[11], fixed[10], fixed[18])
    fixed[10] = fixed[11] = fixed[18] = 0xFFFFFFFF
    fixed[13], fixed[14] = len(extra), 0
    entries.append(struct.pack("<4s4B4HL2L5H2L", *fixed) + name + extra)
    pos += 46 + len(name) + struct.unpack("<H", good[pos + 30:pos + 32])[0]
cd = b"".join(entries)
end64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 3, 3, len(cd), cd_start)
locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, cd_start + len(cd), 1)
tail = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
z64 = zipfile.ZipFile(io.BytesIO(good[:cd_start] + cd + end64 + locator + tail))
print([(i.filename, i.file_size, i.compress_size if i.compress_type == 0 else "-",
       i.header_offset if i.filename == "d.txt" else "-") for i in z64.infolist()])
print(z64.testzip(), z64.read("d.txt")[:9], z64.read("big.txt"))
bad_extra = good[:cd_start] + cd[:30] + b"\x40\x00" + cd[32:] + end64 + locator + tail
attempt("extra", lambda: zipfile.ZipFile(io.BytesIO(bad_extra)))
attempt("disks", lambda: zipfile.ZipFile(io.BytesIO(good[:cd_start] + cd + end64
                                                    + locator[:-4] + b"\x02\x00\x00\x00" + tail)))
