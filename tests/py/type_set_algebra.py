# Set algebra on numbers with deterministic printing: laws, chained operations, comprehension-built sets.
A = set(range(0, 20, 2))
B = set(range(0, 20, 3))
C = {1, 5, 9, 12}
U = set(range(20))
show = lambda s: sorted(s)
print(show(A | B), show(A & B), show(A - B), show(B - A), show(A ^ B))
print((A | B) - (A & B) == A ^ B, A & (B | C) == (A & B) | (A & C), U - (A | B) == (U - A) & (U - B))
print(show(A & B & C), show(A | B | C), show((A ^ B) ^ C), A.isdisjoint(C - A), (A & B) <= A <= A | B)
s = set()
for x in range(10):
    s ^= {x % 4}
print(show(s))
frozen = frozenset(A)
print(type(frozen | B).__name__, type(B | frozen).__name__, show(frozen & B), frozen == A, hash(frozen) == hash(frozenset(A)))
powerset = [set()]
for x in [1, 2, 3]:
    powerset += [p | {x} for p in powerset]
print(sorted(sorted(p) for p in powerset))
print(len({frozenset(p) for p in powerset}), {frozenset({1}): "one"}[frozenset([1])])
print(show({x for x in range(30) if x % 2} & {x * x for x in range(6)}), show(set("abracadabra") - set("abc")))
