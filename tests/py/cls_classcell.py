# The class body hands its __class__ cell to type.__new__ as __classcell__; type.__new__ fills
# it (before mro() runs) and drops it from the class dict; __build_class__ checks the result.


def show(f):
    try:
        print(f())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


snapshot = None


class Snap(type):
    def __new__(mcls, name, bases, ns):
        global snapshot
        snapshot = dict(ns)
        return super().__new__(mcls, name, bases, ns)


class Plain(metaclass=Snap):
    pass


print("__classcell__" in snapshot)


class WithRef(metaclass=Snap):
    def f(self):
        return __class__


cell = snapshot["__classcell__"]
print(type(cell).__name__, cell is WithRef.f.__closure__[0], cell.cell_contents is WithRef)
print("__classcell__" in WithRef.__dict__, WithRef().f() is WithRef)


class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


def dropped():
    class C(metaclass=Drop):
        def f(self):
            return __class__
    return C


show(lambda: dropped().__name__)


class Overwrite(type):
    def __new__(mcls, name, bases, ns, cell):
        ns["__classcell__"] = cell
        return super().__new__(mcls, name, bases, ns)


for bad in (None, 0, ""):
    show(lambda: Overwrite("X", (), {}, cell=bad))


class Twice(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        type("Other", (), ns)
        return cls


def twice():
    class T(metaclass=Twice):
        def f(self):
            return __class__


show(twice)

saved = None


class Later(type):
    def __new__(mcls, name, bases, ns):
        global saved
        saved = ns
        return None


class Gone(metaclass=Later):
    @staticmethod
    def f():
        return __class__


print(Gone)
Made = type("Made", (), saved)
print(Made.f() is Made)
seen = None


class MroMeta(type):
    def mro(cls):
        global seen
        seen = cls.__dict__["g"]()
        return super().mro()


class UsesMro(metaclass=MroMeta):
    def g():
        return __class__


print(seen is UsesMro, [k.__name__ for k in UsesMro.__mro__])


class BadMro(type):
    def mro(cls):
        return [cls, 1]


show(lambda: BadMro("Y", (), {}))
