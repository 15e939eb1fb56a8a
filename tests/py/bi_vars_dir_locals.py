# vars, dir, locals and globals in module, function and class scopes.
g_value = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc["c"]
print(f(1))
def nested():
    x = 1
    def inner():
        return sorted(locals())
    y = 2
    return inner(), sorted(locals())
print(nested())
print("g_value" in globals(), globals()["g_value"], globals() is vars(), "__name__" in globals(), __name__)
globals()["dyn"] = "created via globals()"
print(dyn)
class K:
    a = 1
    def m(self):
        pass
    local_names = sorted(k for k in locals() if not k.startswith("__"))
print(K.local_names, sorted(k for k in vars(K) if not k.startswith("__")))
o = K()
o.z = 3
print(vars(o), [n for n in dir(o) if not n.startswith("__")])
print([n for n in dir(K) if not n.startswith("_")], "append" in dir([]), "upper" in dir(""), "keys" in dir({}))
import math
print("sqrt" in dir(math), vars(math)["pi"] == math.pi, sorted(dir())[:3] == sorted(dir())[:3])
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
