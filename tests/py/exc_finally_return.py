def f():
    try:
        return "try"
    finally:
        return "finally"

def g():
    try:
        raise ValueError
    finally:
        return "swallowed by finally"

def h():
    x = 1
    try:
        return x
    finally:
        x = 2

def k():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("k finally", i)
    return i

def m():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", e)
    finally:
        print("outer finally")
    return "m done"

print(f(), g(), h(), k(), m())
