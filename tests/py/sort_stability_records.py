# Sorting records: stability across multiple passes (sort by secondary key, then primary),
# reverse=True keeping equal items in order, key functions with tuples and negation, sorting
# with functools.cmp_to_key, operator.itemgetter/attrgetter, and sorted() on mixed keys errors.
from functools import cmp_to_key
from operator import itemgetter, attrgetter

people = [("ann", "eng", 31), ("bob", "ops", 25), ("cid", "eng", 25), ("dee", "ops", 31),
          ("eve", "eng", 40), ("fay", "hr", 25), ("gus", "hr", 31), ("hal", "eng", 31)]
by_age = sorted(people, key=itemgetter(2))
print([p[0] for p in by_age])
two_pass = sorted(sorted(people, key=itemgetter(0), reverse=True), key=itemgetter(1))
print([p[0] for p in two_pass])
print([p[0] for p in sorted(people, key=itemgetter(2), reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2], p[0]))])

def by_dept_then_age_desc(a, b):
    if a[1] != b[1]:
        return -1 if a[1] < b[1] else 1
    return b[2] - a[2]
print([p[0] for p in sorted(people, key=cmp_to_key(by_dept_then_age_desc))])

class Emp:
    def __init__(self, name, dept, age):
        self.name, self.dept, self.age = name, dept, age
    def __repr__(self):
        return self.name
emps = [Emp(*p) for p in people]
emps.sort(key=attrgetter("dept", "age"))
print(emps)
emps.sort(key=attrgetter("age"), reverse=True)
print(emps)

stable = [(k, i) for i, k in enumerate([3, 1, 3, 2, 1, 3, 2])]
print(sorted(stable, key=lambda t: t[0]))
print(sorted(stable, key=lambda t: t[0], reverse=True))
data = list(range(20))
data.sort(key=lambda x: x % 4)
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [(1, "a"), (1, 2)].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, 1, True, -2, 1.0, False]), sorted({3: "c", 1: "a"}), sorted("hello", reverse=True))
print(min(people, key=itemgetter(2)), max(people, key=itemgetter(2, 0)), sorted([], key=len))
