# sorted (key/reverse/stability), min/max (key/default), sum (start, floats), abs, reversed.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), sorted([], key=len), sorted((1.5, 1, True)))
recs = [("x", 1), ("y", 1), ("z", 0), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max("a", "B"), min([1, 2], key=lambda v: -v), max(["aa", "b"], key=len))
print(min([], default="empty"), max((), default=None), min([5], default=0), max([1, 3, 3, 2], key=lambda v: v // 2))
print(max([(1, "a"), (1, "b")]), min([[2], [1, 5]]), max(True, 2), min(-0.0, 0.0), max(0.0, -0.0))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=3), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1.5, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), start=-10))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([True, True]), sum([1j, 2]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(abs(-5), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(3 + 4j), abs(True), abs(-float("inf")))
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
