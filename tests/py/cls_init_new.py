# __new__ and __init__: __new__ returning another class's instance skips __init__, immutable
# subclasses customised in __new__, singletons via __new__, __init__ returning a value, and the
# argument errors of object.__new__/__init__.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, isinstance(p, tuple), type(p).__name__)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), len(Upper("xy")), Upper("q") + "r")

class Other:
    def __init__(self):
        print("  Other.__init__ (not expected)")
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)
    def __init__(self, kind):
        print("  Factory.__init__", kind)
print(type(Factory("self")).__name__, type(Factory("other")).__name__)

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass
for f in (lambda: NoArgs(1), lambda: object.__new__(NoArgs, 1), lambda: NoArgs.__init__(NoArgs(), 1)):
    try:
        f()
        print("accepted")
    except TypeError as e:
        print("TypeError:", e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a, object.__new__(OnlyInit).__dict__)
class OnlyNew:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj
print(OnlyNew(4).a)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
