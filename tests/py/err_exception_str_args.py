e = ValueError("a", 1, [2])
print(e.args)
print(str(e))
print(repr(e))
print("raising with several args")
raise e
