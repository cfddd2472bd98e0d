# Regular expressions that backtrack catastrophically: CPython would run
# for hours on this one; taipan stops it with a clear error after a bounded
# number of steps from one position (and a call's time budget or a cancel
# stops it sooner: the matcher checks every 4096 steps).
import re

try:
    print(re.match(r"(a|aa)*c", "a" * 80))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print("the thread goes on:", re.match(r"(a+)+$", "aaaa").group(0))
re.search(r"(x+x+)+y", "x" * 60)
