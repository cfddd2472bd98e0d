import os
import stat
import tempfile
import shutil
from pathlib import Path

root = Path(tempfile.mkdtemp())
try:
    (root / "data").mkdir()
    (root / "data" / "shard-0.bin").write_bytes(b"\x00" * 1024)
    (root / "data" / "shard-1.bin").write_bytes(b"\x00" * 2048)
    (root / "README").write_text("hi")
    os.symlink(root / "README", root / "link")
    rows = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            st = os.lstat(full)
            mode = st.st_mode
            kind = "dir" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else "file" if stat.S_ISREG(mode) else "other"
            size = st.st_size if stat.S_ISREG(mode) else 0
            rows.append((os.path.relpath(full, root), kind, size, stat.filemode(mode)[0], oct(stat.S_IFMT(mode))))
    for r in sorted(rows):
        print(r)
    st = os.stat(root / "data" / "shard-0.bin")
    print(stat.S_IMODE(st.st_mode) & stat.S_IRUSR == stat.S_IRUSR, bool(st.st_mode & stat.S_IWUSR))
    print(stat.S_ISDIR(os.stat(root).st_mode), stat.S_ISREG(os.stat(root / "link").st_mode))
finally:
    shutil.rmtree(root)
for m in (0o100644, 0o100755, 0o40755, 0o120777, 0o104755, 0o41777, 0o20620, 0o10600, 0o140777, 0o60660):
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m))
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP, stat.ST_SIZE, stat.ST_MTIME, stat.S_IEXEC == stat.S_IXUSR)
