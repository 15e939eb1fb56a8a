# len, enumerate(start), zip (strict=), map with several iterables, filter(None).
print(len("héllo"), len(b"h\xc3\xa9"), len([1, 2]), len({}), len(range(10, 0, -3)), len({1: 2}.items()), len(set("aab")))
class L:
    def __len__(self):
        return 7
class Bad:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2 ** 70
print(len(L()))
for obj in [Bad(), 5, None]:
    try:
        print(len(obj))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate(iter([5, 6]))
print(next(e), list(e), type(e).__name__)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", [True] * 3)))
print(list(zip("ab", "cd", strict=True)), dict(zip("ab", range(2))))
for args in [("abc", "de"), ("a", "bc")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str.upper, "ab")), list(map(len, ["", "ab"])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda v: v > 1, range(4))), list(filter(str.isdigit, "a1b2")), type(map(abs, [])).__name__, type(filter(None, [])).__name__)
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
unzipped = list(zip(*[(1, "a"), (2, "b")]))
print(unzipped)
