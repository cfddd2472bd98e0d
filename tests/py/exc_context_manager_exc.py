class Tx:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback:{et.__name__}:{ev}")
        return False

t = Tx()
with t:
    t.log.append("work")
print(t.log)
t2 = Tx()
try:
    with t2:
        t2.log.append("work")
        raise ValueError("bad data")
except ValueError:
    pass
print(t2.log)

def use():
    t3 = Tx()
    with t3:
        return t3
print(use().log)
t4 = Tx()
for i in range(3):
    with t4:
        if i == 1:
            continue
        t4.log.append(i)
print(t4.log)
