results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(f"err{e}")
    finally:
        results.append(f"f{i}")
print(results)

def first_int(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            continue
        finally:
            print("checked", repr(it))
    return None

print(first_int(["a", "b", "7", "8"]))
print(first_int([]))
n = 0
while True:
    try:
        n += 1
        if n > 3:
            raise StopIteration
    except StopIteration:
        print("stopping at", n)
        break
