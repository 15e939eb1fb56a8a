# Dict views are live: they reflect later mutations; iteration order follows insertion.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(list(k), list(v), list(i), len(k), "c" in k, 3 in v, ("b", 2) in i)
d["a"] = 0
print(list(k), sorted(v), list(i)[-1])
print(repr(k), repr(v), repr(i))
print(k == {"b", "c", "a"}, k - {"a"} == {"b", "c"}, i - {("a", 0)} == {("b", 2), ("c", 3)})
d.clear()
print(list(k), len(v), bool(i))
e = dict(zip("xyz", range(3)))
it = iter(e.items())
print(next(it), list(it))
print({**e}.keys() == e.keys(), e.keys() != {"x"}, e.values() == e.values())
