# __getattr__ (fallback only), __getattribute__ (every lookup), __setattr__ and __delattr__
# overrides, object.__setattr__ bypass, and AttributeError messages for instances and classes.
class Fallback:
    present = "class attr"
    def __init__(self):
        self.inst = "inst attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

f = Fallback()
print(f.present, f.inst, f.dyn_hello)
try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "nope", "default"), hasattr(f, "dyn_x"), hasattr(f, "zzz"))

class Everything:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr(" + name + ")"
    def method(self):
        return "m"

e = Everything()
print(e.method(), e.secret, e.missing)
print(object.__getattribute__(e, "log"))

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private " + name)
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        super().__delattr__(name)

g = Guarded()
g.a = 5
print(g.a)
try:
    g._b = 1
except AttributeError as e:
    print("AttributeError:", e)
g.keep = 1
try:
    del g.keep
except AttributeError as e:
    print("AttributeError:", e)
del g.a
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
object.__setattr__(g, "_direct", 1)
print(g._direct)

class Plain:
    pass
try:
    Plain().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(Plain(), 5, 1)
except TypeError as e:
    print("TypeError:", e)

class Recur:
    def __getattr__(self, name):
        if name == "loop":
            return self.loop2
        raise AttributeError(name)
try:
    Recur().loop
except AttributeError as e:
    print("AttributeError:", e)
