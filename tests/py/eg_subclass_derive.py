# ExceptionGroup subclasses: extra constructor arguments through __new__, derive keeping the
# subclass and its attributes in split results, and BaseExceptionGroup subclasses.
class ValidationErrors(ExceptionGroup):
    def __new__(cls, message, errors, source):
        self = super().__new__(cls, message, errors)
        self.source = source
        return self

    def __init__(self, message, errors, source):
        super().__init__(message, errors)

    def derive(self, excs):
        return ValidationErrors(self.message, excs, self.source)

errs = ValidationErrors("form", [ValueError("age"), TypeError("name"), ValueError("zip")], "signup")
print(type(errs).__name__, errs.source, str(errs), errs.args[0])
match, rest = errs.split(ValueError)
print(type(match).__name__, match.source, [str(e) for e in match.exceptions])
print(type(rest).__name__, rest.source, [str(e) for e in rest.exceptions])

class Plain(ExceptionGroup):
    pass

p = Plain("p", [KeyError("k"), IndexError("i")])
m, r = p.split(KeyError)
print(type(p).__name__, type(m).__name__, type(r).__name__)

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    Bad("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

class Fatal(BaseExceptionGroup):
    pass

f = Fatal("fatal", [KeyboardInterrupt(), ValueError()])
print(type(f).__name__, isinstance(f, Exception), repr(f))
try:
    raise f
except* KeyboardInterrupt as g:
    print("got", type(g).__name__, repr(g))
except* ValueError as g:
    print("got", type(g).__name__, repr(g))

class Strict(ExceptionGroup):
    pass

try:
    Strict("s", [SystemExit()])
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise Plain("outer", [ValueError(1), TypeError(2)])
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("rest:", type(e).__name__, repr(e))
