# A `break`, `continue` or `return` in a finally body that a `return` is
# running drops the pending return value: the loop goes on (or the new
# value is returned) with the stack as it was.


def first_ok(items):
    for i, item in enumerate(items):
        try:
            return (i, item)
        finally:
            if item is None:
                continue
    return None


def stop_at(limit):
    total = 0
    while True:
        total += 1
        try:
            return ("returned", total)
        finally:
            if total < limit:
                continue
            break
    return ("broke", total)


def nested(rows):
    seen = []
    for row in rows:
        for cell in row:
            try:
                try:
                    return cell * 10
                finally:
                    if cell % 2:
                        continue
            finally:
                seen.append(cell)
    return seen


def override(values):
    for v in values:
        try:
            return v
        finally:
            if v < 0:
                return "negative %d" % v


print(first_ok([None, None, "x", "y"]), first_ok([None]), first_ok([]))
print(stop_at(1), stop_at(4))
print(nested([[1, 3], [5, 4]]), nested([[1, 3]]))
print(override([-2, 5]), override([3]))
print([first_ok([None] * k + [k]) for k in range(4)])
