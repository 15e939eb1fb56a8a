# A sequence class: __len__, __getitem__ with ints and slices (negative indexes, steps),
# __setitem__/__delitem__, __contains__, __iter__ fallback through __getitem__, __reversed__,
# __bool__ through __len__, and operator/builtin integration.
class Ring:
    """A fixed-size ring of values."""
    def __init__(self, items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Ring(self._items[i % len(self)] for i in range(*key.indices(len(self))))
        if not isinstance(key, int):
            raise TypeError(f"ring indices must be integers, not {type(key).__name__}")
        if not self._items:
            raise IndexError("empty ring")
        if key >= 2 * len(self._items):
            raise IndexError("ring walked twice")
        return self._items[key % len(self._items)]
    def __setitem__(self, key, value):
        self._items[key % len(self._items)] = value
    def __delitem__(self, key):
        del self._items[key % len(self._items)]
    def __repr__(self):
        return f"Ring({self._items})"

r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:4], r[::2], r[::-1], r[-2:])
print("c" in r, "z" in r)
it = iter(r)
print(next(it), next(it), type(it).__name__)
print([x for x, _ in zip(r, range(12))], list(r))
r[6] = "B"
del r[0]
print(r, bool(r), bool(Ring([])))
try:
    r["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    Ring([])[0]
except IndexError as e:
    print("IndexError:", e)

class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print("  __contains__", card)
        return card in self.cards
    def __reversed__(self):
        print("  __reversed__")
        return iter(self.cards[::-1])
    def __iter__(self):
        print("  __iter__")
        return iter(self.cards)

d = Deck()
print("2H" in d, list(reversed(d))[:2], sorted(d)[:3], d[1:3], max(d), list(enumerate(d))[-1])
import operator
print(operator.getitem(d, 0), operator.countOf(d, "AS"), operator.indexOf(d, "3S"))
print(operator.length_hint(d), len(d))
