# bisect: bisect_left/right, insort_left/right with lo/hi and key=, the comparisons made, errors
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect_left(a, x) for x in range(10)])
print([bisect_right(a, x) for x in range(10)])
print([bisect.bisect(a, x) for x in (0, 2, 9)], bisect.bisect is bisect_right, insort is insort_right)
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 8, hi=4), bisect_right(a, 0, lo=3))
print(bisect_left(a, 2, 5, 5), bisect_left(a, 2, 6, 2), bisect_left([], 1), bisect_right([], 1))
print(bisect_left(a, 2.5), bisect_right(a, 2.0), bisect_left("aceg", "d"), bisect_right((1, 3), 3))
print(bisect_left(a, 2, 0, None), bisect_right(a, 2, hi=None))
grades = "FDCBA"
print([grades[bisect_right([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect_left(recs, 5, 1, 3, key=lambda r: r[1]), bisect_right(recs, 0, key=lambda r: r[1]))
words = ["fig", "apple", "banana", "cherry"]
words.sort(key=len)
insort_left(words, "kiwi", key=len)
insort_right(words, "date", key=len)
insort(words, "plum", key=len)
insort(words, "grapefruit", key=len)
print(words)
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(b, x)
print(b)
c = [1.0, 2.0, 3.0]
insort_left(c, 2)
insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
d = [0, 5, 9, 9]
insort_left(d, 7, 0, 2)
insort_right(d, 1, 2)
print(d)
show("lo negative", lambda: bisect_left(a, 1, -1))
show("lo negative right", lambda: bisect_right(a, 1, lo=-3))
show("insort lo negative", lambda: insort(list(a), 1, -1))
show("hi too big", lambda: bisect_left(a, 4, 0, 100))
show("mixed types", lambda: bisect_left([1, 2, 3], "a"))
show("no len", lambda: bisect_right(5, 1))
for bad in [lambda: bisect_left(a, 1, 1.5), lambda: bisect_left(a), lambda: bisect_left(a, 1, key=len, foo=1)]:
    try:
        bad()
    except TypeError as e:
        print("bad args", type(e).__name__)

class Num:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Num.log.append((self.v, other.v))
        return self.v < other.v
nums = [Num(v) for v in [1, 3, 5, 7, 9, 11]]
print(bisect_left(nums, Num(6)), Num.log)
Num.log.clear()
print(bisect_right(nums, Num(9)), Num.log)
Num.log.clear()
insort_left(nums, Num(0))
print([n.v for n in nums], Num.log)
class MyList(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)
m = MyList([1, 3])
insort(m, 2)
print(m)
