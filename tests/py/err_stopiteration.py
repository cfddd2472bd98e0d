def first(it):
    return next(it)

it = iter([1])
print(first(it))
print(next(it, "default"))
first(it)
