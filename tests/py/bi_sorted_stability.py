# Sort stability and multi-key sorting, key functions from operator, reverse keeps stability.
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, 0.5), ("a", 2, 0.1), ("c", 1, 0.9), ("a", 1, 0.3), ("b", 1, 0.2)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1), reverse=True))
print(sorted(rows, key=itemgetter(0, 1)))
step = sorted(rows, key=itemgetter(2))
step = sorted(step, key=itemgetter(0))
print(step)
class R:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"{self.name}:{self.age}"
people = [R("x", 3), R("y", 1), R("z", 3), R("w", 2)]
print(sorted(people, key=attrgetter("age")), sorted(people, key=attrgetter("age", "name"), reverse=True))
print(sorted(["b  ", " a", "c"], key=methodcaller("strip")), sorted(["B", "a", "C"], key=str.casefold))
lst = [3, 1, 2]
print(lst.sort() is None, lst, sorted(lst) is not lst)
big = [(i % 3, i) for i in range(12)]
print(sorted(big, key=lambda t: t[0]) == sorted(big, key=lambda t: (t[0], big.index(t))))
print(sorted([0.5, -1, 3, True, -0.0]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
