def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print("fact20", fact(20))
print("fact30", fact(30))
print("fact50", fact(50))
print("2**200", 2 ** 200)
print("-2**200", -2 ** 200)
print("(-2)**201", (-2) ** 201)
print("3**100", 3 ** 100)
big = 10 ** 40 + 7
print("big", big)
print("big+1", big + 1)
print("big-big", big - big)
print("big*big", big * big)
print("big//7", big // 7)
print("big%7", big % 7)
print("-big//7", -big // 7)
print("-big%7", -big % 7)
print("big//-3", big // -3)
print("big%-3", big % -3)
print("neg*neg", (-big) * (-big))
print("cmp", big > 10 ** 40, big < 10 ** 41, -big < -10 ** 40)
print("eq", 2 ** 64 == 18446744073709551616)
print("len digits", len(str(fact(100))))
print("sum digits", sum(int(c) for c in str(2 ** 1000)))
print("mixed", 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1)
print("bool", bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print("abs", abs(-3 ** 50))
print("divmod", divmod(2 ** 100, 3 ** 20))
print("divmod neg", divmod(-2 ** 100, 3 ** 20))
