try:
    {}["k"]
except KeyError:
    print("handling")
    raise RuntimeError("failed while handling")
