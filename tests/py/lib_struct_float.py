# struct e/f/d: IEEE 754 encodings, exact round trips, rounding to nearest-even, subnormals, inf/nan, overflow
import math
import struct

specials = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 0.1, -0.3, 1 / 3, 65504.0, 65505.0, 65519.99, 6.1e-05, 6e-08,
            2**-24, 2**-25, 2**-25 * 1.0001, 2**-24 * 1.5, 2**-14, 2**-126, 2**-149, 2**-150, 2**-150 * 1.5,
            1.401298464324817e-45, 3.4028234663852886e38, 3.4028235677973362e38, 1e-310, 5e-324,
            2.2250738585072014e-308, 1.7976931348623157e308, math.pi, -math.e, 1e22, 123456789.0,
            float("inf"), float("-inf")]
for x in specials:
    row = [repr(x)]
    for fmt in ["<e", ">e", "<f", ">f", "@f", "<d", ">d"]:
        try:
            packed = struct.pack(fmt, x)
            row.append("%s=%s->%r" % (fmt, packed.hex(), struct.unpack(fmt, packed)[0]))
        except OverflowError as e:
            row.append("%s:%s" % (fmt, e))
    print(" ".join(row))

for fmt in ["<e", ">e", "<f", "@f", "<d", "!d"]:
    for x in [float("nan"), -float("nan")]:
        packed = struct.pack(fmt, x)
        y = struct.unpack(fmt, packed)[0]
        print(fmt, packed.hex(), math.isnan(y), math.copysign(1.0, y))
print(struct.unpack("<e", b"\x01\x7c"), struct.unpack("<f", b"\x01\x00\x80\xff"), struct.unpack(">d", b"\x7f\xf0" + b"\x00" * 5 + b"\x01"))
print(struct.pack("@f", 1e300), struct.pack("@f", -1e39), struct.pack("@f", 3.4028235677973366e38))

# A spread of binary16, binary32/binary64 bit patterns round-trip exactly.
bad = 0
for bits in list(range(0, 0x10000, 41)) + [0x7bff, 0x7c00, 0x03ff, 0x0400, 0x8001, 0xfbff]:
    packed = bits.to_bytes(2, "little")
    x = struct.unpack("<e", packed)[0]
    if not math.isnan(x) and struct.pack("<e", x) != packed:
        bad += 1
print("binary16 round-trip failures:", bad)

state = 12345
checksum = 0
nans = 0
for n in range(500):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    for fmt, size in [("<f", 4), ("<d", 8)]:
        packed = (state >> (64 - 8 * size)).to_bytes(size, "little")
        x = struct.unpack(fmt, packed)[0]
        if math.isnan(x):
            nans += 1
            continue
        if struct.pack(fmt, x) != packed:
            print("round-trip failure", fmt, packed.hex(), x)
        # Narrowing a double rounds it the way C does.
        for narrow in ["<f", "<e"]:
            try:
                checksum = (checksum * 31 + int.from_bytes(struct.pack(narrow, x), "little")) % 1000000007
            except OverflowError:
                checksum = (checksum * 31 + 7) % 1000000007
print("checksum", checksum, "nans", nans)

# Halfway cases round to even.
for fmt, ulp_exp in [("<e", -10), ("<f", -23)]:
    for k in range(4):
        for extra in [0.5, -0.5, 0.25, 0.75]:
            x = 1.0 + (k + extra) * 2.0**ulp_exp
            print(fmt, k, extra, struct.unpack(fmt, struct.pack(fmt, x))[0], end="; ")
    print()
