import io
import struct
import zipfile

# Made by Info-ZIP's `zip -P secret`: traditional encryption, one stored and one deflated member.
ENCRYPTED = bytes.fromhex(
    "504b03040a0009000000c42864527fabebec220000001600000005000000612e747874e6f867ce8ddbe7e4fe"
    "b45b93953ca2d85837aeb22258267ee44759a144d2c448e26d504b07087fabebec2200000016000000504b03"
    "04140009000800c4286452132d431b130000002c010000090000007375622f622e747874358755afff44f106"
    "20344afd3d8f876532f0a3504b0708132d431b130000002c010000504b01021e030a0009000000c42864527f"
    "abebec2200000016000000050000000000000001000000a48100000000612e747874504b01021e0314000900"
    "0800c4286452132d431b130000002c010000090000000000000001000000a481550000007375622f622e7478"
    "74504b050600000000020002006a0000009f0000000000")


def attempt(label, call):
    try:
        print(label, repr(call()))
    except (zipfile.BadZipFile, RuntimeError, ValueError, TypeError, EOFError) as e:
        print(label, type(e).__name__, e)


z = zipfile.ZipFile(io.BytesIO(ENCRYPTED))
print([(i.filename, i.flag_bits, i.compress_type, i.date_time) for i in z.infolist()])
attempt("nopwd", lambda: z.read("a.txt"))
attempt("wrong", lambda: z.read("a.txt", pwd=b"wrong"))
attempt("str", lambda: z.read("a.txt", pwd="secret"))
attempt("right", lambda: z.read("a.txt", pwd=b"secret"))
z.setpassword(b"secret")
attempt("default", lambda: z.read("sub/b.txt")[-10:])
attempt("seek", lambda: (lambda f: (f.read(3), f.seek(1), f.read(4)))(z.open("a.txt")))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as w:
    w.writestr(zipfile.ZipInfo("s.txt"), b"stored data " * 4)
    w.writestr(zipfile.ZipInfo("d.txt"), b"deflated " * 40, compress_type=zipfile.ZIP_DEFLATED)
good = buf.getvalue()
start, eocd = good.index(b"stored data"), good.index(b"PK\x05\x06")
for label, blob in [("crc", good[:start] + b"S" + good[start + 1:]), ("header", b"XK" + good[2:])]:
    broken = zipfile.ZipFile(io.BytesIO(blob))
    attempt(label + " testzip", broken.testzip)
    attempt(label + " read", lambda: broken.read("s.txt"))
    attempt(label + " partial", lambda: broken.open("s.txt").read(5))
attempt("short", lambda: zipfile.ZipFile(io.BytesIO(good[:start + 5] + good[eocd:])).read("s.txt"))
