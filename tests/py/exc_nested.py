def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("v")
            elif n == 1:
                raise TypeError("t")
            elif n == 2:
                raise KeyError("k")
            return "none"
        except ValueError:
            return "inner ValueError"
        finally:
            print("inner finally", n)
    except TypeError:
        return "outer TypeError"
    except Exception as e:
        return "outer " + type(e).__name__

for n in range(4):
    print(level(n))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")
except ValueError as e:
    print("got", e, type(e.__context__).__name__)
try:
    try:
        [][0]
    except KeyError:
        print("wrong")
except IndexError:
    print("IndexError passed through")
