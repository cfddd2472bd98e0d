import io
import zipfile

# Written by CPython's zipfile: a deflated member, a UTF-8 name, a directory, a comment.
ARCHIVE = bytes.fromhex(
    "504b0304140000000800af6db150777453e88f0000000801000010000000646174612f6e756d626572732e63"
    "7376158fb91100210c0373d7a2c01f06f7dfd8ed458cc67a16975b282cd5565a6bc5d8511e1bd5d855af3d4d"
    "dbea85852b9c008944a5a2dba2c8ac05d11d0bc2a463e8405de5e3f6548973e964cbd5b464a81bc5f46bcbd2"
    "c9b56c9d3b9647434b8ee65757f7bf3ddddf090ab9722d2d155a3a0b1667a28071160b9a00a00ea834d5f082"
    "575751d0d6fbd9f1afe2f0970f504b03041400000800007dbf9f277fcdd39607000000070000000900000063"
    "6166c3a92e7478746e61c3af76650a504b03041400000000000000212a000000000000000000000000060000"
    "00656d7074792f504b01021403140000000800af6db150777453e88f00000008010000100000000000000000"
    "000000800100000000646174612f6e756d626572732e637376504b010214031400000800007dbf9f277fcdd3"
    "9607000000070000000900000000000000000000008001bd000000636166c3a92e747874504b010214031400"
    "000000000000212a000000000000000000000000060000000000000000001000ed41eb000000656d7074792f"
    "504b05060000000003000300a90000000f0100000f006d6164652062792043507974686f6e")
print(zipfile.is_zipfile(io.BytesIO(ARCHIVE)), zipfile.is_zipfile(io.BytesIO(b"PK not a zip")))
z = zipfile.ZipFile(io.BytesIO(ARCHIVE))
print(z.namelist(), z.comment, z.testzip())
for info in z.infolist():
    print(info, info.date_time, info.CRC, info.compress_size, info.file_size, info.is_dir(),
          info.flag_bits, info.create_system, info.extract_version, info.header_offset)
data = z.read("data/numbers.csv")
print(len(data), data[:20], data.count(b"\n"), z.read("caf\u00e9.txt").decode())
with z.open("data/numbers.csv") as f:
    print(f.readline(), f.readline(4), f.read(7), f.tell(), f.seekable(), f.readable())
    print(f.seek(-6, 2), f.read(), f.seek(3), f.read(5), f.seek(2, 1), f.readline())
    print(f.peek(3)[:3], f.read1(4), len(f.readlines()), f.read(), f.closed)
print(f.closed, [line for line in z.open("caf\u00e9.txt")], list(io.TextIOWrapper(z.open(z.infolist()[0])))[-2:])
info = z.getinfo("empty/")
print(info.external_attr, z.read(info), z.open(info).read(3))
for bad in ["missing", "data/"]:
    try:
        z.getinfo(bad)
    except KeyError as e:
        print("KeyError", e)
for call in [lambda: z.open("caf\u00e9.txt", "x"), lambda: z.writestr("n", b""),
             lambda: zipfile.ZipFile(io.BytesIO(ARCHIVE), "q"), lambda: z.open("new", "w")]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for blob in [b"", b"not a zip file at all", ARCHIVE[:-40], ARCHIVE[100:]]:
    try:
        zipfile.ZipFile(io.BytesIO(blob))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e, isinstance(e, zipfile.BadZipfile), zipfile.error is zipfile.BadZipFile)
z.close()
z.close()
print(repr(z))
try:
    z.read("caf\u00e9.txt")
except ValueError as e:
    print("ValueError", e)
