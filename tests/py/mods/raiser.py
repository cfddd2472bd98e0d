print("raiser starting")


def fail(msg):
    raise ValueError(msg)


class RaiserError(Exception):
    pass
