# Huge ints and strings: CPython's int<->str digit limit, and arithmetic
# that would take forever or all memory.
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)))
try:
    f"{big}"
except ValueError as e:
    print("f-string:", type(e).__name__)
print(len(str(10 ** 4299)))
print(float(10 ** 300) == 1e300)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(repr(big)[:10])
