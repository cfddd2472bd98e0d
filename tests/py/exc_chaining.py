class AppError(Exception):
    pass

def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    print(e, repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("direct") from KeyError("why")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            raise TypeError(3)
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
