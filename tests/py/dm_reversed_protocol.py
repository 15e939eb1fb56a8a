# reversed(): __reversed__ when defined, the sequence protocol (__len__ + __getitem__) otherwise,
# __reversed__ = None, errors for non-sequences, and reversed of builtins (list, range, dict).
class R:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 2
class NoRev(Seq):
    __reversed__ = None
class OnlyGetitem:
    def __getitem__(self, i):
        return i

print(list(reversed(R())), list(reversed(Seq())), type(reversed(Seq())).__name__)
for obj in (NoRev(), OnlyGetitem(), 5, {1, 2}, frozenset()):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)

print(list(reversed([1, 2, 3])), list(reversed(range(1, 10, 3))), list(reversed((1, 2))),
      list(reversed("abc")), list(reversed({"x": 1, "y": 2})),
      list(reversed({"x": 1, "y": 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))

class ListSub(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(ListSub([1, 2]))))

class BadReversed:
    def __reversed__(self):
        return 42
res = reversed(BadReversed())
print(res)
