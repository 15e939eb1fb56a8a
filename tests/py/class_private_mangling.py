# Private name mangling: __x in a class body (and the functions, comprehensions and handlers in it)
# is _Class__x for names, attributes, parameters, defs, nested classes, except targets and __slots__.
class A:
    __slots__ = ('__s', 'plain')
    def __init__(self):
        self.__s = 1
        self.plain = 2
    def __hidden(self):
        return "hidden"
    def show(self):
        return self.__hidden(), self.__s
class B(A):
    __slots__ = ()
    def __hidden(self):
        return "B hidden"
class C:
    def __init__(self):
        self.__x = 10
        self.__dunder__ = 5
    def get(self):
        return self.__x
    class __Inner:
        pass
    def inner(self):
        return self.__Inner.__name__, self.__Inner.__qualname__
class D(C):
    def __init__(self):
        super().__init__()
        self.__x = 20
    def both(self):
        return self.__x, self._C__x
def outside(__p):
    return __p
class E:
    def m(self, __arg):
        return __arg
    def n(self):
        __local = 3
        g = [__local + i for i in range(2)]
        return g, locals().get('_E__local')
    def f(self):
        try:
            raise ValueError
        except ValueError as __e:
            return type(__e).__name__
class ___:
    def __x(self): return 1
print(A().show(), B().show())
print(sorted(k for k in vars(C()) ), C().get(), C().inner())
print(D().both(), sorted(vars(D())))
print(outside(4), E().m(7), E().n(), E().f())
print([k for k in vars(A) if 'hidden' in k], A.__dict__['_A__hidden'].__name__, A._A__hidden.__qualname__)
print(hasattr(___(), '__x'), hasattr(___(), '____x'))
try:
    E().m(__arg=1)
except TypeError as e:
    print("TypeError", e)
print(A._A__s)
