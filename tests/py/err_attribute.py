class A:
    pass

print("making A")
A().missing
