# ExceptionGroup subclasses with their own derive(), BaseExceptionGroup caught by a plain except.
class Errors(ExceptionGroup):
    def derive(self, excs):
        return Errors(self.message + '*', excs)


try:
    raise Errors("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print(type(g).__name__, repr(g.subgroup(ValueError)), isinstance(g, Errors))
try:
    Errors("x", [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError', e)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except Exception:
    print('not here')
except BaseExceptionGroup as g:
    print('base', repr(g.subgroup(KeyboardInterrupt)), repr(g.split(Exception)[1]))
