for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(10):
    if i == 4:
        print("break at", i)
        break
else:
    print("never")
for i in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n", n)

def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1

print(find([4, 5, 6], 6), find([4, 5, 6], 9))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
