import io
import struct
import zlib

buf = io.BytesIO()
for i in range(4):
    buf.write(struct.pack("<If", i, i * 0.5))
print(buf.getbuffer().nbytes, len(buf.getbuffer()), buf.tell())
view = buf.getbuffer()
print(view.format, view.itemsize, view.readonly, bytes(view[:8]))
view[0:4] = b"\xff\xff\xff\xff"
print(buf.getvalue()[:8], struct.unpack_from("<I", view, 0))
try:
    buf.write(b"x")
except BufferError as e:
    print("BufferError:", e)
try:
    buf.truncate(2)
except BufferError as e:
    print("BufferError:", e)
buf.seek(0)
print(buf.read(4), buf.tell())
del view
buf.seek(0, 2)
buf.write(b"tail")
print(len(buf.getvalue()), buf.getvalue()[-6:], zlib.crc32(buf.getbuffer()))
with buf.getbuffer() as v:
    print(v.tobytes()[:4], v.nbytes)
buf.write(b"!")
print(buf.getvalue()[-5:])
out = io.BytesIO(b"header")
m = out.getbuffer()
m.release()
out.write(b"-more")
print(out.getvalue())
sink = io.BytesIO()
sink.write(bytes(range(10)))
print(list(sink.getbuffer()[2:5]), sink.getbuffer()[-1], bytearray(sink.getbuffer()[:3]))
sink.close()
try:
    sink.getbuffer()
except ValueError as e:
    print("ValueError:", e)
