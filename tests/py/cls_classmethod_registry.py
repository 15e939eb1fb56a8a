# Class-level state: registries filled by __init_subclass__ and classmethods, class attributes
# shared through inheritance until a subclass assigns its own, counting instances per class
# with cls, and type() introspection of the registry.
class Plugin:
    registry = {}
    instances = 0
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def create(cls, name):
        return cls.registry[name]()
    @classmethod
    def count(cls):
        return cls.instances

class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class StrictJson(Json, name="strict"):
    pass

print(sorted(Plugin.registry), Plugin.registry["strict"].__name__)
j = Plugin.create("json")
Plugin.create("json")
Plugin.create("yaml")
StrictJson()
print(Json.count(), Yaml.count(), StrictJson.count(), Plugin.count())
print("instances" in Json.__dict__, "instances" in StrictJson.__dict__, Plugin.instances)
try:
    Plugin.create("xml")
except KeyError as e:
    print("KeyError:", e)
print(type(j).__mro__[1].__name__, isinstance(j, Plugin), [c.__name__ for c in Plugin.__subclasses__()])
