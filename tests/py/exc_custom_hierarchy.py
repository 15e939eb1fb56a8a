# Custom exception hierarchies: catching by base class, custom __init__ with extra fields and
# super().__init__ args, __str__ override, exceptions carrying data, except order, and
# exceptions that are not BaseException subclasses.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return "%s: %s" % (self.field, self.problem)

class NotFound(AppError, LookupError):
    pass

class Silent(AppError):
    def __init__(self):
        pass

def check(case):
    try:
        if case == 1:
            raise ValidationError("age", "negative")
        if case == 2:
            raise NotFound("user 7")
        if case == 3:
            raise Silent()
        if case == 4:
            raise AppError("generic", 42)
        return "ok"
    except ValidationError as e:
        return "validation %s | %r | args=%s field=%s" % (e, e, e.args, e.field)
    except LookupError as e:
        return "lookup %s | mro=%s" % (e, [c.__name__ for c in type(e).__mro__])
    except AppError as e:
        return "app %r args=%r str=%r" % (e, e.args, str(e))

for case in range(5):
    print(case, check(case))

class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr custom>"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    pass
class WithMeta(Exception, metaclass=Meta):
    pass
try:
    raise WithMeta("meta")
except WithMeta as e:
    print(type(type(e)).__name__, e)

class Chain(Exception):
    def __init__(self, *a, code=0):
        super().__init__(*a)
        self.code = code
try:
    raise Chain("c", code=5)
except Exception as e:
    print(e.code, e.args, isinstance(e, Chain))
class KwOnly(Exception):
    pass
try:
    KwOnly(x=1)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(NotFound, KeyError), NotFound.__bases__)
