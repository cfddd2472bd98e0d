import os
import shutil
import zipfile

base = "/tmp/taipan_test_lib_zipfile_files"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/src/sub")
with open(base + "/src/a.txt", "w") as f:
    f.write("alpha\n" * 100)
with open(base + "/src/sub/b.csv", "w") as f:
    f.write("x,y\n1,2\n")
path = base + "/out.zip"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(base + "/src/a.txt", "a.txt")
    z.write(base + "/src/sub", "sub")
    z.write(base + "/src/sub/b.csv", arcname="/sub/./b.csv", compress_type=zipfile.ZIP_STORED)
    z.write(base + "/src/a.txt")
    print(repr(z) == "<zipfile.ZipFile filename=%r mode='w'>" % path)
print(zipfile.is_zipfile(path), zipfile.is_zipfile(base + "/src/a.txt"), zipfile.is_zipfile(base + "/none"))
with zipfile.ZipFile(path) as z:
    names = z.namelist()
    print(names[:3], names[3] == base[1:] + "/src/a.txt")
    print([(i.file_size, i.compress_type, i.external_attr >> 16 & 0o170000, i.is_dir()) for i in z.infolist()])
    print(z.extract("a.txt", base + "/x") == base + "/x/a.txt", open(base + "/x/a.txt").read(12))
    print(z.extract(z.getinfo("sub/"), base + "/x"), os.path.isdir(base + "/x/sub"))
    z.extractall(base + "/all")
    z.extractall(base + "/some", members=["sub/b.csv"])
print(sorted(os.listdir(base + "/all")), open(base + "/all/sub/b.csv").read(), os.listdir(base + "/some/sub"))
with zipfile.ZipFile(path, "a") as z:
    z.writestr(zipfile.ZipInfo("../../evil.txt"), b"kept inside")
    z.writestr(zipfile.ZipInfo("/abs/path.txt"), b"also inside")
with zipfile.ZipFile(path) as z:
    print(len(z.namelist()), z.extract("../../evil.txt", base + "/e"), z.extract("/abs/path.txt", base + "/e"))
print(sorted(os.listdir(base + "/e")), os.path.exists(base + "/evil.txt"))
with zipfile.ZipFile(base + "/new.zip", "a") as z:
    z.writestr(zipfile.ZipInfo("n.txt"), "created by mode a")
print(zipfile.ZipFile(base + "/new.zip").read("n.txt"))
for mode in ("x", "r"):
    try:
        zipfile.ZipFile(base + "/new.zip" if mode == "x" else base + "/missing.zip", mode)
    except OSError as e:
        print(type(e).__name__, e.errno)
with zipfile.ZipFile(base + "/x.zip", "x") as z:
    z.writestr(zipfile.ZipInfo("only"), b"")
    z.printdir()
with zipfile.ZipFile(base + "/empty.zip", "w"):
    pass
print(os.path.getsize(base + "/empty.zip"), zipfile.ZipFile(base + "/empty.zip").namelist())
shutil.rmtree(base)
