# Implementing collections.abc mixins: a MutableSequence, a Set and a MutableMapping get their
# mixin methods (append, extend, pop, remove, __iadd__, index, count, set operators, update,
# setdefault, popitem...) from the few abstract methods.
import collections.abc as cabc

class MyList(cabc.MutableSequence):
    def __init__(self, items=()):
        self._d = list(items)
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v): self._d.insert(i, v)
    def __repr__(self): return "MyList(%r)" % self._d

l = MyList([3, 1])
l.append(4)
l.extend([1, 5])
l += [9]
print(l, l.index(1), l.count(1), l.pop(), l.pop(0), 4 in l, list(reversed(l)))
l.remove(1)
l.reverse()
print(l, isinstance(l, cabc.Sequence), isinstance(l, cabc.Hashable))
try:
    l.remove(100)
except ValueError as e:
    print("ValueError:", e)

class MySet(cabc.Set):
    def __init__(self, items=()):
        self._d = []
        for x in items:
            if x not in self._d:
                self._d.append(x)
    def __contains__(self, x): return x in self._d
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return "MySet(%r)" % sorted(self._d)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([9]))

class MyDict(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyDict()
m.update({"a": 1}, b=2)
print(m.setdefault("c", 3), m.pop("a"), m.get("zz"), sorted(m.items()), len(m))
print(m.popitem(), dict(m), m.pop("nope", "default"))
try:
    m.pop("nope")
except KeyError as e:
    print("KeyError:", e)
m.clear()
print(len(m), isinstance(m, cabc.Mapping), isinstance({}, cabc.MutableMapping))
