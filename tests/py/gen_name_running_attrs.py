# Generator objects know their function's __name__ and __qualname__ (also
# once finished) and whether they are running or suspended.
import re


def countdown(n):
    while n:
        me_running = gen.gi_running
        yield n, me_running
        n -= 1


class Reader:
    def lines(self):
        yield "a"


gen = countdown(2)
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_suspended)
print(next(gen), gen.gi_running, gen.gi_suspended)
print(list(gen), gen.gi_running, gen.gi_suspended, gen.__name__)
r = Reader().lines()
print(r.__name__, r.__qualname__, r.gi_code.co_name, type(r).__name__)
expr = (x for x in range(2))
print(expr.__name__, expr.__qualname__)
print(re.sub(r" at 0x[0-9a-f]+", "", repr(r)), re.sub(r" at 0x[0-9a-f]+", "", repr(expr)))


def outer():
    def inner_gen():
        yield 1
    return inner_gen()


print(outer().__qualname__, str(outer()).split(" at ")[0])
