# Attribute hooks working together: __getattribute__ logging every lookup and delegating to
# object's, __getattr__ only for missing names, __setattr__/__delattr__ validating through
# super(), and a proxy forwarding to a wrapped object.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.value = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self.log.append(("set", name))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)

o = Logged()
print(o.value, o.auto_name)
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    o._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
o.value = 5
del o.value
print(hasattr(o, "value"), getattr(o, "value", "default"))
print(o.log)

class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = 0
    def __getattr__(self, name):
        self._calls += 1
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            setattr(self._target, name, value)
    def __len__(self):
        return len(self._target)
    def __repr__(self):
        return f"Proxy({self._target!r})"

items = [3, 1, 2]
p = Proxy(items)
p.append(0)
p.sort()
print(p, len(p), p.count(1), p._calls, items)
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)
class Ns:
    pass
n = Ns()
pn = Proxy(n)
pn.color = "red"
print(n.color, pn.color, vars(n))
print(getattr(o, "auto_x"), object.__getattribute__(o, "__class__").__name__)
