# __init_subclass__ with class keywords as a plugin registry, __set_name__ ordering, and
# __class_getitem__ making parameterized aliases.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"  registered {cls.plugin_name} (priority {priority})")

class Csv(Plugin, name="csv", priority=2):
    pass

class Json(Plugin, priority=5):
    pass

class StrictJson(Json, name="json-strict"):
    pass

print(sorted((k, v.__name__, v.priority) for k, v in Plugin.registry.items()))
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    order = []
    def __set_name__(self, owner, name):
        Field.order.append((owner.__name__, name))

class Record:
    b = Field()
    a = Field()
    c = Field()
print(Field.order)

class Matrix:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}[{', '.join(p.__name__ if isinstance(p, type) else repr(p) for p in params)}]"

print(Matrix[int], Matrix[float, 3], Matrix["x"])

class Base:
    def __init_subclass__(cls, **kw):
        print("  Base.__init_subclass__", cls.__name__, sorted(kw))
class Mixin:
    def __init_subclass__(cls, **kw):
        print("  Mixin.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class Combined(Mixin, Base, flag=True):
    pass
print([c.__name__ for c in Combined.__mro__])
