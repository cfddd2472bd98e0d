def process(x):
    try:
        return 100 // x
    except ZeroDivisionError:
        print("logging error for", x)
        raise

print(process(4))
print(process(0))
