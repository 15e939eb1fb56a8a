# dict: every method, ordering, views and their set operations, comparisons, merge operators.
d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("g", 7))
print(d.pop("g"), d.pop("zz", "default"), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
ks, vs, its = d.keys(), d.values(), d.items()
d["new"] = 0
print(list(ks), list(vs), list(its), len(ks), "a" in ks, 1 in vs, ("a", 1) in its)
print(ks & {"a", "zz"}, sorted(ks | {"x"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}), its & {("a", 1)}, ks == {"a", "b", "c", "d", "e", "new"})
print(ks.isdisjoint({"q"}), sorted(reversed(d)) == sorted(d), list(reversed(d.items()))[:2], list(reversed(d.values()))[:2])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
m = {"a": 1} | {"b": 2, "a": 3}
m |= {"c": 4}
m |= [("d", 5)]
print(m, {1: 1} == {1: 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}))
c = d.copy(); c["a"] = 100; print(d["a"], c["a"])
d.clear(); print(d, bool(d))
od = {}
for k in [3, 1, 2]:
    od[k] = k
del od[1]
od[1] = "re-added"
print(od, list(od))
try:
    for k in od:
        od["x"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError", e)
print({True: "t", 1: "one", 1.0: "float"}, {0: "a", False: "b"}, {(): 1, frozenset(): 2}, repr({"k": [1, {2: 3}]}))
class Missing(dict):
    def __missing__(self, k):
        return k * 2
mm = Missing(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, {}.keys() == set())
