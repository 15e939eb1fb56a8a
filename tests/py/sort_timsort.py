# list.sort / sorted as a timsort: natural runs (ascending, strictly descending), short runs
# extended by binary insertion, galloping merges, stability with ties and reverse=True, key
# functions, keys of mixed kinds, errors raised by < (the list keeps every item), and mutation
# of the list during the sort (ValueError; the list looks empty meanwhile).


def lcg(seed, n, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append((seed >> 8) % mod)
    return out


def checksum(items):
    h = 0
    for x in items:
        for c in repr(x):
            h = (h * 131 + ord(c)) % 1000000007
    return h


for n in [0, 1, 2, 3, 31, 32, 33, 64, 65, 200, 1500]:
    r = lcg(n + 1, n, 100)
    s = sorted(r)
    assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
    print(n, checksum(s), checksum(sorted(r, reverse=True)))
    runs = list(range(n)) + list(range(n, 0, -1)) + lcg(n + 7, n // 2, n + 1)
    print(" runs", checksum(sorted(runs)))
    pairs = [(v, i) for i, v in enumerate(lcg(n + 3, n, 7))]
    by_v = sorted(pairs, key=lambda p: p[0])
    assert by_v == sorted(pairs), "stable"
    print(" stable", checksum(by_v), checksum(sorted(pairs, key=lambda p: p[0], reverse=True)))
    fl = [x / 7 for x in lcg(n + 5, n, 1000)]
    print(" floats", checksum(sorted(fl)), " strs", checksum(sorted(str(x) for x in r)))

# galloping: long stretches won by one side
a = list(range(0, 3000, 2)) + list(range(1, 30, 2)) + list(range(3000, 6000))
print(checksum(sorted(a)), sorted(a)[:20])
b = [1] * 500 + [0] * 500 + [1] * 500
print(sorted(b) == [0] * 500 + [1] * 1000)

# reverse keeps equal items in their original order, as CPython's
recs = [("k%d" % (i % 5), i) for i in range(40)]
print(sorted(recs, key=lambda t: t[0], reverse=True)[:8])
print(sorted(["b", "A", "a", "B", "é", "ab"], key=str.lower))
print(sorted([3, 1.5, True, -2, 0.0, 2]), sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 and other.v == 7:
            raise ValueError("13 < 7 refused")
        return self.v < other.v


items = [Cmp(v) for v in [5, 13, 1, 7, 9, 2, 8] * 20]
try:
    items.sort()
except ValueError as e:
    print("error:", e, len(items), sorted(c.v for c in items) == sorted([5, 13, 1, 7, 9, 2, 8] * 20))

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)

L = list(range(50))


def key_that_mutates(x):
    L.append(x)
    return -x


try:
    L.sort(key=key_that_mutates)
except ValueError as e:
    print("ValueError:", e, len(L), L[:3])

seen = []
M = [3, 1, 2]
M.sort(key=lambda x: seen.append(len(M)) or x)
print(M, seen)
