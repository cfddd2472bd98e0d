# Module-level loops read globals that change as they run: rebinding,
# shadowing a builtin, deleting the shadow, a global defined after a
# function that reads it failed, and new globals added between reads.
total = 0
for i in range(5):
    total = total + i
print(total)

len_calls = []
for i in range(3):
    if i == 1:
        def len(x):
            len_calls.append(x)
            return -1
    if i == 2:
        del len
    print(len("abc"))
print(len_calls)


def reads_late():
    return late_value * 2


try:
    reads_late()
except NameError as e:
    print("NameError:", e)
late_value = 21
print(reads_late())
late_value = 5
print(reads_late())
names = {}
for k in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"):
    names[k] = k.upper()
    print(reads_late(), end=" ")
print()
