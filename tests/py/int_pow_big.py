# Powers whose results or exponents are big enough to be computed step by
# step (square-and-multiply with a poll for interrupts between steps): the
# values must be CPython's, signs and inverses included.
M = 10**9 + 7
for base in [3, -3, 7, 2**70 + 1, -(2**65)]:
    for exp in [20000, 20001, 65537]:
        r = base ** exp
        print(base % 97, exp, r.bit_length(), r % M, r < 0)
big_m = 10**3000 + 7
for base, exp, mod in [(7, 10**400, big_m), (-7, 10**400 + 1, big_m), (7, 10**400, -big_m),
                       (12345, 3**900, 2**5000 - 1), (2, 10**350, 10**2000),
                       (3, -(10**400), big_m), (10**2500, 10**300, big_m + 2)]:
    r = pow(base, exp, mod)
    print(r % M, r.bit_length(), r < 0)
print(pow(3, 10**5, 10**9), pow(-2, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
try:
    pow(6, -(10**400), 10**3000 + 8)
except ValueError as e:
    print("ValueError", e)
