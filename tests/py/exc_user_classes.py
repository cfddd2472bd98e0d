class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(LookupError):
    pass

class Detailed(ValueError):
    code = 400

try:
    raise ValidationError("email", "invalid")
except ValidationError as e:
    print(e, e.field, e.message, e.args, type(e).__name__)
    print(repr(e))
try:
    raise NotFound("thing")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e, repr(e))
try:
    raise Detailed("bad", 1)
except ValueError as e:
    print(e.code, e.args, str(e), repr(e))

class Plain(Exception):
    pass

print(repr(Plain()), str(Plain()), repr(Plain("a")), str(Plain("a", "b")), Plain(1).args)
print(isinstance(Plain(), Exception), issubclass(NotFound, Exception))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

try:
    raise WithDefault
except WithDefault as e:
    print(e)
