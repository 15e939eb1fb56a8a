# super() inside __init_subclass__ (an implicit classmethod), __init_subclass__ keyword
# arguments, chaining up the hierarchy, and the error for unexpected keywords.
class Registry:
    registered = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.registered.append((cls.__name__, tag))

class Plugin(Registry, tag="plugin"):
    pass

class Special(Plugin, tag="special"):
    def __init_subclass__(cls, extra=0, **kw):
        print("Special.__init_subclass__", cls.__name__, extra, sorted(kw))
        super().__init_subclass__(**kw)
        cls.extra = extra

class Leaf(Special, extra=3, tag="leaf"):
    pass

class Plain(Special):
    pass

print(Registry.registered)
print(Leaf.tag, Leaf.extra, Plain.tag, Plain.extra)
print(type(Registry.__dict__["__init_subclass__"]).__name__)

try:
    class Bad(Plugin, nope=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(nope=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count
class One(Counter): pass
class Two(Counter): pass
class Three(One): pass
print(One.serial, Two.serial, Three.serial, Counter.count)

class Both:
    def __init_subclass__(cls, **kw):
        print("Both sees", cls.__name__, kw)
        super().__init_subclass__()
class M1(Both, a=1): pass
class M2(M1, b=2, c=3): pass
