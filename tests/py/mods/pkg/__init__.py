print("pkg/__init__ imported")
VERSION = "1.2.3"
loaded = []


def describe():
    return "pkg version " + VERSION
