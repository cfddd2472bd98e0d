print(format("abc", ">6"), format("abc", "<6") + "|", format("abc", "^7"), format("abc", "*^8"), format("abc", ".2"))
print(format(42), format(42, "d"), format(42, "5d"), format(-42, "05d"), format(42, "+d"), format(42, " d"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"), format(255, "_x"), format(2 ** 40, "_b"))
print(format(42, "c"), format(65, "c"), format(True), format(None), format([1, 2]))
print(format(3, "=+5"), format(-3, "=6"), format(7, "x<4"), format("日本", "^6"))
print(format(42, "#x"), format(42, "#X"), format(42, "#o"), format(42, "#b"), format(0, "#x"))
print(format(1.5), format(10, ".2f"), format(10, "e"), format(10, "%"))
try:
    format("abc", "d")
except ValueError:
    print("ValueError")
