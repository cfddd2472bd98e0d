# Iterating bytes and bytearray takes one step per byte (it used to copy the
# whole buffer at every step): 400 KB here, and a bytearray that grows while
# it is iterated.
data = bytes(range(256)) * 1600
total = 0
for b in data:
    total += b
print(total, sum(data), max(bytearray(data)), len(list(data)), list(enumerate(data[:3])))
grow = bytearray(b"abc")
for x in grow:
    if len(grow) < 7:
        grow.append(x + 1)
print(grow)
