# A full container emulation: __getitem__/__setitem__/__delitem__ with ints, negative indices and
# slices, __len__, __iter__, __contains__, __eq__, and what builtins (sorted, list, in, del,
# slice assignment, augmented item assignment) do with it.
class Vec:
    def __init__(self, items=()):
        self._d = list(items)
    def __len__(self):
        return len(self._d)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Vec(self._d[k])
        if not isinstance(k, int):
            raise TypeError("Vec indices must be integers or slices, not %s" % type(k).__name__)
        return self._d[k]
    def __setitem__(self, k, v):
        print("  set", k, v)
        self._d[k] = v
    def __delitem__(self, k):
        print("  del", k)
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __contains__(self, x):
        return x in self._d
    def __eq__(self, o):
        return isinstance(o, Vec) and self._d == o._d
    def __repr__(self):
        return "Vec(%r)" % (self._d,)

v = Vec([5, 3, 8, 1])
print(len(v), v[0], v[-1], v[1:3], v[::-1], 8 in v, 9 not in v)
v[0] = 50
v[1:3] = [30, 80]
v[-1] += 10
del v[0]
del v[::2]
print(v, sorted(Vec([3, 1, 2])), list(v), Vec([1]) == Vec([1]), Vec([1]) != Vec([2]))
try:
    v["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)
a, b = Vec([1, 2])
print(a, b, max(Vec([4, 9, 2])), dict(zip(Vec("ab"), Vec([1, 2]))))

class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
print(r[1, 2], r[1:2], r[..., None], r["key"])
for f in (lambda: r.__setitem__(0, 1), ):
    pass
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(r)
except TypeError as e:
    print("TypeError:", e)

class SliceShow:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step) if isinstance(k, slice) else k
s = SliceShow()
print(s[1:2], s[:], s[::3], s[1:2, 3], s[-1:])
