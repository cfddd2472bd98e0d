# sys.stdout.buffer writes raw bytes (not only UTF-8) in order with the
# text written before and after; the buffer is binary ("wb").
import sys

print("text first")
sys.stdout.buffer.write(b"raw \xff\xfe bytes\n")
sys.stdout.write("after\n")
sys.stdout.buffer.write("é\n".encode())
sys.stdout.flush()
print(sys.stdout.buffer.mode, sys.stdout.buffer.name, sys.stdin.buffer.mode)
