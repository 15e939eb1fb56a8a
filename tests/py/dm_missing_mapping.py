# __missing__ on dict subclasses (only [] uses it, not get() or in), a counting dict, a
# case-insensitive dict, and a mapping class with keys()/__getitem__ used by dict() and **.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(sorted(c.items()), c["dog"], "dog" in c, c.get("dog"))

class AutoTree(dict):
    def __missing__(self, key):
        value = self[key] = AutoTree()
        return value

t = AutoTree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t, len(t["a"]))

class Lower(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __missing__(self, key):
        raise KeyError(f"no header {key!r}")
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

h = Lower({"Content-Type": "text/html"}, Host="example")
print(h["CONTENT-TYPE"], h["host"], sorted(h))
try:
    h["Accept"]
except KeyError as e:
    print("KeyError:", e)

class Config:
    def __init__(self, **values):
        self._values = values
    def keys(self):
        return sorted(self._values)
    def __getitem__(self, key):
        return self._values[key] * 10

cfg = Config(b=2, a=1)
print(dict(cfg), {**cfg, "z": 0})
def show(**kw):
    return sorted(kw.items())
print(show(**cfg))

class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map(Default(name="Ann")))
