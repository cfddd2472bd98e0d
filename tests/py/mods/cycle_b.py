import cycle_a

B_VALUE = "b"


def from_a():
    return cycle_a.A_VALUE
