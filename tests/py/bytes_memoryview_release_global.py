# A memoryview bound to a module-level name stops pinning its bytearray
# once the name is deleted or rebound (the bytearray can grow again), as
# in CPython where the last reference going frees the view.
packet = bytearray(b"\x01\x02\x03\x04")

view = memoryview(packet)
header = view[:2].tobytes()
size = view.nbytes
del view
packet.extend(b"\x05\x06")
print(header, size, packet)

view = memoryview(packet)
alias = view
first = alias[0]
view = None
alias = None
packet.append(7)
print(first, len(packet))

frames = []
for i in range(3):
    window = memoryview(packet)[i:i + 2]
    frames.append(bytes(window))
    window = None
packet += b"\x08"
print(frames, packet[-3:])

view = memoryview(packet)
try:
    packet.append(9)
except BufferError as e:
    print("BufferError:", e)
del view
packet.append(9)
print(len(packet))
