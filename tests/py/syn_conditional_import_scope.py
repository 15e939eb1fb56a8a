# Scoping rules: class bodies don't enclose methods, comprehension scopes, global lookups at call time.
x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    lam = lambda self: x
    vals = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.vals)
def outer():
    x = "enclosing"
    class Inner:
        z = x
        def m(self):
            return x
    return Inner.z, Inner().m()
print(outer())
def late():
    return later_defined
later_defined = "defined after the function"
print(late())
def shadow_param(x):
    def inner():
        return x
    x = "reassigned param"
    return inner()
print(shadow_param("orig"))
def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
def try_scope():
    try:
        raise ValueError("v")
    except ValueError as err:
        kept = str(err)
    try:
        return err
    except NameError:
        return "err deleted after except: " + kept
print(try_scope())
import math as m, os.path as osp
print(m.sqrt(16), osp.join("a", "b"))
def local_import():
    from math import tau as T
    return T
print(round(local_import(), 4), "T" in globals())
