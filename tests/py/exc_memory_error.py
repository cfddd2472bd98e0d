try:
    x = [0] * (10 ** 12)
except MemoryError:
    print("MemoryError")
print("survived")
