class DataError(Exception):
    pass

try:
    int("bad")
except ValueError as e:
    print("converting")
    raise DataError("could not parse") from e
