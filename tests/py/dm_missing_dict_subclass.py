# __missing__ in dict subclasses: called by d[key] only (not get(), in, setdefault or pop), its
# result is returned but not stored unless it stores it, exceptions from it propagate, and
# defaultdict's behaviour for comparison.
from collections import defaultdict

class Default(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        return "default-" + str(key)

d = Default(a=1)
print(d["a"], d["zz"], "zz" in d, d.get("zz"), d.get("zz", "G"))
print(d.setdefault("q", 5), d.pop("nope", "P"), sorted(d))

class Storing(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
s = Storing()
print(s["x"], s["y"], s["x"], s)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + key)
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__ + ":", e)

class NoMissing(dict):
    pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError:", e)

class MissingAttr(dict):
    pass
m = MissingAttr()
m.__missing__ = lambda key: "instance attr"
try:
    m["k"]
except KeyError as e:
    print("KeyError (instance __missing__ ignored):", e)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dict(dd), dd.default_factory is list, "c" in dd, dd.get("c"))
counter = defaultdict(int)
for ch in "mississippi":
    counter[ch] += 1
print(sorted(counter.items()))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

class Counting(dict):
    calls = 0
    def __missing__(self, key):
        Counting.calls += 1
        return 0
c = Counting()
for w in "a b a c".split():
    c[w] = c[w] + 1
print(c, Counting.calls)
