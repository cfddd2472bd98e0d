# sys and os constants scripts read: maxunicode, hexversion, the encoding
# queries, intern, and os.SEEK_* with a binary file.
import os
import sys
import tempfile

print(sys.maxunicode, hex(sys.hexversion)[:6], sys.getdefaultencoding(), sys.getfilesystemencoding())
s = "".join(["ab", "c"])
print(sys.intern(s) == "abc", os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        f.write(bytes(range(20)))
    with open(path, "rb") as f:
        f.seek(-4, os.SEEK_END)
        tail = f.read()
        f.seek(2, os.SEEK_SET)
        f.seek(3, os.SEEK_CUR)
        print(list(tail), f.read(2))
try:
    sys.intern(3)
except TypeError as e:
    print(e)
for query in (sys.getdefaultencoding, sys.getfilesystemencoding):
    try:
        query(1)
    except TypeError as e:
        print("TypeError:", e)
