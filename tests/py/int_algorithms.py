def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def digits(n, base=10):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1] or [0]

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print(gcd(48, 18), gcd(-48, 18), gcd(0, 0), gcd(2 ** 64, 2 ** 40 * 3))
print([n for n in range(60) if is_prime(n)])
print(digits(255, 2), digits(255, 16), digits(0), digits(10 ** 20, 1000))
print([collatz(n) for n in range(1, 20)], collatz(27))
print(sum(i * i for i in range(1, 1001)), sum(1 << i for i in range(64)))
n = 1
for i in range(1, 31):
    n *= i
print(n, n % (10 ** 9 + 7), n.bit_length())
print(pow(2, 10 ** 6, 10 ** 9 + 7), 7 ** 77 % 1000)
