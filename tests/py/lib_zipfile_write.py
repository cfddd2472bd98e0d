import io
import zlib
import zipfile


def build(compression):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        info = zipfile.ZipInfo("notes/a.txt", (2022, 2, 3, 4, 5, 7))
        z.writestr(info, "caf\u00e9 " * 50)
        z.writestr(zipfile.ZipInfo("b.bin", (1980, 1, 1, 0, 0, 0)), bytes(range(256)) * 3,
                   compress_type=zipfile.ZIP_STORED)
        with z.open("stream.txt", "w") as w:
            print(w.write(b"line one\n"), w.write(bytearray(b"line two\n")), w.writable())
        z.mkdir("dir")
        z.writestr(zipfile.ZipInfo("\u00fcnic\u00f6de.txt"), b"x")
        z.comment = b"written in the script"
        print(repr(z)[:30], z.namelist())
    return buf.getvalue()


stored = build(zipfile.ZIP_STORED)
deflated = build(zipfile.ZIP_DEFLATED)
print(len(stored), zlib.crc32(stored), stored[:4], deflated[-21:])
for blob in (stored, deflated):
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        print(z.testzip(), z.comment, [(i.filename, i.file_size, i.CRC, i.compress_type,
                                        i.flag_bits, i.external_attr) for i in z.infolist()])
        print(z.read("notes/a.txt").decode()[:12], z.read("b.bin")[250:260], z.read("stream.txt"))
        print([repr(i) for i in z.infolist() if i.compress_type == 0])
buf = io.BytesIO(stored)
with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr(zipfile.ZipInfo("added.txt", (2030, 12, 31, 23, 59, 59)), "appended " * 20)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read("added.txt")[:18], z.getinfo("added.txt").date_time, z.comment)
buf = io.BytesIO(b"prefix bytes ")
with zipfile.ZipFile(buf, "a") as z:
    z.writestr(zipfile.ZipInfo("after.txt"), b"after a prefix")
print(buf.getvalue()[:13], zipfile.ZipFile(buf).read("after.txt"))
z = zipfile.ZipFile(io.BytesIO(), "w")
w = z.open("one", "w")
for call in [lambda: z.open("two", "w"), lambda: z.writestr("x", b""), z.close,
             lambda: z.read("one"), lambda: w.write("text")]:
    try:
        call()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
w.close()
z.close()
for bad in [lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
            lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=5),
            lambda: zipfile.ZipFile(io.BytesIO(), "w").mkdir(zipfile.ZipInfo("file"))]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
