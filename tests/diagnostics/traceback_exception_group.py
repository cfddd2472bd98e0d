def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


def validate(values):
    errors = []
    for v in values:
        try:
            check(v)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("missing")
    except KeyError as e:
        try:
            raise TypeError("bad record") from e
        except TypeError as t:
            errors.append(t)
    inner = ExceptionGroup("nested", [OSError("disk"), ZeroDivisionError()])
    inner.add_note("while saving")
    errors.append(inner)
    raise ExceptionGroup("validation failed", errors)


try:
    validate([1, -2, 3])
except ExceptionGroup as g:
    print(g.message)
    try:
        raise RuntimeError("report failed")
    except RuntimeError:
        raise BaseExceptionGroup("all", [g, KeyboardInterrupt()])
