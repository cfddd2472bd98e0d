def use():
    return undefined_variable + 1

defined = 5
print("about to use undefined", defined)
print(use())
