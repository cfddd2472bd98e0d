# csv.writer writes every non-str field with str() (a float subclass's own
# __str__, or its __repr__ when it has no __str__) and, under
# QUOTE_NONNUMERIC, leaves unquoted whatever converts to a number.
import csv
import io


class F(float):
    def __repr__(self):
        return "F-repr"

    def __str__(self):
        return "F-str"


class G(float):
    def __repr__(self):
        return "G-repr"


class S(str):
    def __str__(self):
        return "S-str"


class Index:
    def __index__(self):
        return 4

    def __str__(self):
        return "index"


class Int:
    def __int__(self):
        return 4

    def __str__(self):
        return "int"


class Float:
    def __float__(self):
        return 4.0

    def __str__(self):
        return "float"


class Plain:
    def __str__(self):
        return "plain"


row = [F(1.5), G(2.5), S("x"), Index(), Int(), Float(), Plain(), True, None, 0.1, 1e22, -0.0, 7]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONNUMERIC, csv.QUOTE_ALL):
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting).writerow(row)
    print(repr(buf.getvalue()))
