# set and frozenset: every method and operator, in-place forms, comparisons, hashing.
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s, 10 not in s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(a.union(b, [9])), sorted(a.intersection(b, {4})))
print(sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 5, 6])), a.isdisjoint({9}), {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a)
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(2, 4)), {1} == frozenset({1}), set() == frozenset())
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 20}
print(sorted(c))
c.update([7], (8,)); c.intersection_update({7, 8, 10, 99}); c.difference_update({7}); c.symmetric_difference_update({1})
print(sorted(c), c.pop() in {1, 8, 10}, len(c))
c.clear(); print(c, set(), bool(set()), repr(set()), repr({1}), repr(frozenset({2})), repr(frozenset()))
fs = frozenset([1, 2, 2, 3])
print(sorted(fs), hash(fs) == hash(frozenset({3, 2, 1})), {fs: "key"}[frozenset([1, 2, 3])], sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__)
for bad in [lambda: fs.add(1), lambda: hash({1}), lambda: {[1]}, lambda: set().pop(), lambda: {1} + {2}, lambda: {1} < [1]]:
    try:
        bad()
    except (AttributeError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted({x % 4 for x in range(10)}), set("hello") == set("olleh"), len(set("mississippi")), sorted(set([1, 1.0, True])))
print(sorted(set(range(5)) - set(range(3))), frozenset("ab") == {"a", "b"}, {1, 2}.copy(), fs.copy() is fs)
