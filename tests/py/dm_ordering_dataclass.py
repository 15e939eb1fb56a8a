# Ordering: dataclass(order=True, frozen=True) comparisons, hashing and replace; functools
# total_ordering filling in the missing comparisons; NotImplemented against other types.
from dataclasses import dataclass, field, replace, astuple, asdict, FrozenInstanceError
from functools import total_ordering

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"

vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 0, "rc1"), Version(2)]
print([str(v) for v in sorted(vs)])
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1, 2) < Version(1, 2, 1), max(vs))
print(len({Version(1), Version(1, 0, 0, "a"), Version(2)}), hash(Version(3)) == hash(Version(3, 0, 0, "z")))
v = Version(1, 4)
try:
    v.major = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(v, patch=7), astuple(v), asdict(v))
print(repr(v))
try:
    v < (1, 4)
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(c) for c in ["KH", "2S", "TD", "AS", "TC"]]
print(sorted(hand), min(hand), max(hand))
print(Card("QH") >= Card("QS"), Card("3H") > Card("2C"), Card("3H") <= Card("2C"), Card("9D") != Card("9S"))
print(Card("AS") == "AS", [m for m in ("__le__", "__gt__", "__ge__") if m in vars(Card)])
try:
    Card("AS") > 3
except TypeError as e:
    print("TypeError:", e)
