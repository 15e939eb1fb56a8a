# __set_name__: called for descriptors in the class body at class creation, with owner and name,
# not for attributes added later, errors inside it propagate, and the same object under two names.
class Field:
    def __init__(self):
        self.names = []
    def __set_name__(self, owner, name):
        self.names.append((owner.__name__, name))
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    name = Field()
    age = Field()

m = Model()
print(Model.name.names, Model.age.names)
print(m.name, m.age)
m.name = "ann"
m.age = 30
print(m.name, m.age, sorted(vars(m)))

shared = Field()
class Two:
    a = shared
    b = shared
print(shared.names, shared.private)

late = Field()
Model.late = late
print(late.names)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Host:
        x = Boom()
except (ValueError, RuntimeError) as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))

class Plain:
    __set_name__ = None
try:
    class Host2:
        p = Plain()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class OnlyClassAttr:
    def __set_name__(self, owner, name):
        print("set_name on instance attribute?", owner, name)
class Host3:
    def __init__(self):
        self.x = OnlyClassAttr()
Host3()
print("instance attribute: no call")

def make():
    class Local:
        f = Field()
    return Local
L = make()
print(L.f.names)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta new sees", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    g = Field()
print(WithMeta.g.names)
