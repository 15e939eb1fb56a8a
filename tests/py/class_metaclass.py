class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    @property
    def shout(cls):
        return cls.__name__.upper()
    def hello(cls):
        return "hello " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v

class B(A, flag=True):
    y: int = 2
    z: str
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

class C(B, color="red"):
    pass

print(type(A) is Meta, isinstance(B, Meta), A.tag, B.tag, A.shout, B.hello())
b = B(5)
print(b.v, B.__annotations__)
print(type(b).__name__, type(B).__name__)

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class D(dict):
            def __setitem__(self, k, v):
                print("set", k)
                super().__setitem__(k, v)
        return D()
class P(metaclass=Prep):
    a = 1
    def f(self): pass
print(P.a)
class Check(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class Any(metaclass=Check): pass
print(isinstance(42, Any), isinstance(41, Any))
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return ("get", self.name, obj is None)
    def __set__(self, obj, v):
        print("set", self.name, v)
class H:
    d = Desc()
h = H()
print(H.d, h.d)
h.d = 3
X = type('X', (object,), {'q': 9})
print(X.q, X.__name__)
