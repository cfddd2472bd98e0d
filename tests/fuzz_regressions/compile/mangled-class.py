class C(*[], **{}):
    def f(self, /, *, a=lambda: (yield)):
        nonlocal b
    async def g(): await 1
 del f[::]
global x; x: int = 1 if 2 else 3
