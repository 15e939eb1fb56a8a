# Instance __dict__ as a live mapping: vars() reflects attribute writes and vice versa, update(),
# setdefault, pop, keys order following assignment order, and deleting attributes through it.
class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2

o = Obj()
d = vars(o)
d["c"] = 3
o.d = 4
print(o.c, list(d), d is o.__dict__ or d == o.__dict__)
d.update(e=5, a=10)
print(o.a, o.e, sorted(d.items()))
print(d.setdefault("f", 6), o.f, d.pop("b"), hasattr(o, "b"))
del d["c"]
print(hasattr(o, "c"), "c" in d, len(d), d.get("zz", "default"))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)
o2 = Obj()
o2.__dict__.clear()
print(vars(o2), hasattr(o2, "a"))
print(list(vars(Obj())), {**vars(o)} == dict(vars(o)))
for k, v in sorted(vars(o).items()):
    setattr(o2, k, v * 2)
print(sorted(vars(o2).items()))
