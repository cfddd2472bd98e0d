def parse(v):
    try:
        return int(v)
    except ValueError:
        return "bad"
    except TypeError:
        return "wrong type"
    else:
        return "unreachable"

print(parse("3"), parse("x"), parse(None))

def with_else(v):
    try:
        n = int(v)
    except ValueError:
        return "bad"
    else:
        return n * 2
    finally:
        print("finally for", repr(v))

print(with_else("21"), with_else("?"))

def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)

print(nested_finally())
