# __annotations__: a module or class body with annotations keeps a dict it already has (exec
# into a namespace with one); a class without its own gets an empty one on first access, never
# a base's; module code objects start at line 1.
ns = {"__annotations__": {1: 2}}
exec("x: int\ny: str = 'a'", ns)
print(ns["__annotations__"], ns["y"])


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"__annotations__": {"seeded": True}}


class WithSeed(metaclass=Prepared):
    z: float


print(WithSeed.__annotations__)


class C:
    pass


class D(C):
    x: int


class E(D):
    pass


print(C.__annotations__, D.__annotations__, E.__annotations__,
      C.__annotations__ is C.__dict__["__annotations__"])
try:
    int.__annotations__
except AttributeError as e:
    print(e)
code = compile("\n\n\nx: int = 1\n", "<s>", "exec")
print(code.co_firstlineno)
