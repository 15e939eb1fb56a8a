# Exception classes with their own state: extra constructor arguments, __str__ using them, args
# kept as given, repr, pickling-free copying via args, inheritance of __init__, and error
# hierarchies caught by base class in handler order.
class AppError(Exception):
    code = 1
    def __init__(self, message, *, context=None):
        super().__init__(message)
        self.context = context or {}
    def __str__(self):
        base = super().__str__()
        if self.context:
            details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.context.items()))
            return f"{base} [{details}]"
        return base

class NotFound(AppError):
    code = 404

class Conflict(AppError):
    code = 409
    def __init__(self, resource, version):
        super().__init__(f"{resource} changed", context={"version": version})
        self.resource = resource

errors = [NotFound("user 7 missing", context={"id": 7}), Conflict("order", 3), AppError("generic"),
          ValueError("not an app error")]
for err in errors:
    try:
        raise err
    except NotFound as e:
        print("404:", e, e.args, e.code)
    except AppError as e:
        print(f"{e.code}:", e, repr(e), type(e).__mro__[1].__name__)
    except Exception as e:
        print("other:", repr(e))

c = Conflict("cart", 9)
print(c.resource, c.context, c.args, str(c))
class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet("hidden")
except Quiet as e:
    print(repr(str(e)), e.args, repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr!>"
print(repr(WithRepr(1, 2)), str(WithRepr(1, 2)), str(KeyError("k")), str(KeyError("a", "b")))
e = AppError("x")
e.args = ("changed", 2)
print(e.args, str(e) if not e.context else "")
print(isinstance(NotFound("x"), Exception), issubclass(Conflict, AppError), NotFound.__bases__)
