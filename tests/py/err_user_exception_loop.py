class Abort(Exception):
    pass

def step(n):
    print("step", n)
    if n == 3:
        raise Abort(f"aborted at step {n}")

for n in range(1, 6):
    step(n)
