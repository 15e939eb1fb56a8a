# Metaclass protocol order: __prepare__, body execution, __new__, __set_name__, __init_subclass__,
# __init__; __call__ controlling instance creation; class keywords flowing to each hook.
log = []

class Desc:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, "injected" in ns, sorted(kw)))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, sorted(kw)))

class Child(Base, flavor="x"):
    log.append(("body", "Child"))
    d = Desc()
    def __init__(self, v):
        log.append(("__init__", v))
        self.v = v

for entry in log:
    print(entry)
log.clear()
obj = Child(7)
for entry in log:
    print(entry)
print(obj.v, obj.made_by_meta, Child.injected, type(Child).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, n=0):
        self.n = n
a = Conf(1)
b = Conf(2)
print(a is b, a.n)

class NoInit(type):
    def __call__(cls, *a):
        return ("not an instance", cls.__name__, a)
class Odd(metaclass=NoInit):
    pass
print(Odd(1, 2))

def func_meta(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
class NotAClass(metaclass=func_meta, answer=42):
    x = 1
print(NotAClass)
