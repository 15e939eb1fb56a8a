# Descriptor precedence: data descriptors beat the instance dict, the instance dict beats non-data
# descriptors, __get__ receives instance None on class access, and __delete__ alone is data.
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("Data.__set__", value)

class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)

class DelOnly:
    def __get__(self, obj, owner):
        return "delonly get"
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class Host:
    d = Data()
    n = NonData()
    x = DelOnly()
    s = SetOnly()

h = Host()
print(h.d, Host.d)
print(h.n, Host.n)
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d)
print(h.n)
h.d = 5
del h.n
print(h.n)
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
del h.x
h.__dict__["x"] = "instance x"
print(h.x)
print(type(h.s).__name__)
h.s = 9
h.__dict__["s"] = "inst s"
print(h.s)

class Sub(Host):
    pass
print(Sub().d, Sub.n)

class Chain:
    def __get__(self, obj, owner=None):
        return "owner=%s" % (owner.__name__ if owner else None)
class H2:
    c = Chain()
print(H2.c, H2().c, H2.__dict__["c"].__get__(None, H2), H2.__dict__["c"].__get__(H2()))

class GetRaises:
    def __get__(self, obj, owner):
        raise AttributeError("from descriptor")
class H3:
    g = GetRaises()
    def __getattr__(self, name):
        return "fallback " + name
print(H3().g)
try:
    H3.g
except AttributeError as e:
    print("AttributeError:", e)

class FuncLike:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda: "bound to " + type(obj).__name__
class H4:
    m = FuncLike()
print(H4().m(), type(H4.m).__name__)
