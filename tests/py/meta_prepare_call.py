# Metaclasses: __prepare__ returning a recording namespace, __new__ rewriting the class dict,
# __call__ implementing singletons, __instancecheck__/__subclasscheck__, and metaclass inheritance.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  __prepare__ {name} {sorted(kw)}")
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw

class Form(metaclass=Ordered, strict=True):
    username = str
    password = str
    age = int
    def validate(self):
        return True

print(Form.field_order, Form.options, type(Form).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            print(f"  creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]

class Settings(metaclass=Singleton):
    def __init__(self, env):
        self.env = env

a, b = Settings("prod"), Settings("dev")
print(a is b, a.env)

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker))

class Meta(type):
    def describe(cls):
        return f"{cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"
class Base(metaclass=Meta):
    x = 1
class Child(Base):
    y = 2
print(Child.describe(), type(Child) is Meta, isinstance(Child, Meta))
try:
    Child().describe()
except AttributeError as e:
    print("AttributeError:", e)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
