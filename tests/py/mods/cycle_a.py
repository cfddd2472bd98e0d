import cycle_b

A_VALUE = "a"


def from_b():
    return cycle_b.B_VALUE
