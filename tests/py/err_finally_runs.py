try:
    print("try")
    [].pop()
finally:
    print("finally before traceback")
