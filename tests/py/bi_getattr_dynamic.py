# Dynamic attribute access: getattr chains, setattr on classes, hasattr with properties, dir filtering.
class Config:
    debug = False
    level = 1
cfg = Config()
for name in ["debug", "level", "missing"]:
    print(name, getattr(cfg, name, "<none>"), hasattr(cfg, name))
setattr(Config, "added", "class attr")
setattr(cfg, "level", 5)
print(cfg.added, cfg.level, Config.level, vars(cfg))
delattr(cfg, "level")
print(cfg.level)
def resolve(obj, path):
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj
import os
print(resolve(os, "path.sep"), resolve("text", "upper")(), resolve(3, "real.bit_length")())
methods = [m for m in dir(str) if m.startswith("is")]
print(methods)
print([getattr("a1", m)() for m in ["isalpha", "isalnum", "isdigit", "islower"]])
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.get_value(), getattr(d, "get_x")(), hasattr(d, "other"), getattr(d, "other", "fallback"))
