import errno
import os
import time
import tempfile
import shutil


def ensure_dir(path):
    try:
        os.makedirs(path)
        return "created"
    except OSError as e:
        if e.errno == errno.EEXIST:
            return "exists"
        raise


def safe_remove(path):
    try:
        os.remove(path)
    except OSError as e:
        if e.errno != errno.ENOENT:
            raise
        return f"missing ({errno.errorcode[e.errno]}: {os.strerror(e.errno)})"
    return "removed"


root = tempfile.mkdtemp()
try:
    d = os.path.join(root, "cache")
    print(ensure_dir(d), ensure_dir(d))
    f = os.path.join(d, "x.bin")
    with open(f, "wb") as fh:
        fh.write(b"12")
    print(safe_remove(f), safe_remove(f))
    try:
        os.rmdir(root)
    except OSError as e:
        print(e.errno == errno.ENOTEMPTY, errno.errorcode[e.errno], os.strerror(e.errno))
finally:
    shutil.rmtree(root)
for code in [errno.EPERM, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.ENOSPC, errno.ETIMEDOUT, errno.ECONNREFUSED, 0, 9999]:
    print(code, errno.errorcode.get(code), os.strerror(code))
print(errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP, errno.errorcode[errno.EWOULDBLOCK], len(errno.errorcode) > 100)
try:
    os.strerror("2")
except TypeError as e:
    print("TypeError:", e)
exc = OSError(errno.ENOENT, os.strerror(errno.ENOENT), "model.bin")
print(exc, type(exc).__name__, isinstance(exc, FileNotFoundError))
t0 = time.process_time()
t0n = time.process_time_ns()
total = sum(i * i for i in range(200000))
t1 = time.process_time()
print(total, type(t0).__name__, type(t0n).__name__, t1 >= t0, t0 >= 0, time.process_time_ns() >= t0n)
print(type(time.thread_time()).__name__, time.thread_time_ns() >= 0)
