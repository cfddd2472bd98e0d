class Guard:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        return False

with Guard():
    print("inside")
    raise OSError("disk full")
