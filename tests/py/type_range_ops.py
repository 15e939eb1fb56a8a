# range: slicing, index/count, membership, big ranges, equality, reversed, repr, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], list(r[1:-1]), r.start, r.stop, r.step)
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 8.0 in r, "x" in r, r == range(2, 21, 3), range(0) == range(5, 2))
print(range(10)[::-1], list(range(10, 0, -3)), list(range(-5)), list(range(0, -5, -1)), range(5)[-2:], range(1, 10)[100:])
big = range(10 ** 20, 10 ** 21, 7)
print(big, 10 ** 20 + 14 in big, 10 ** 20 + 15 in big, bool(big), next(iter(big)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(5)), min(range(3, 9)), sorted(range(3), reverse=True))
for bad in [lambda: range(1, 2, 0), lambda: range(3).index(5), lambda: range(3)[5], lambda: range(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3, 1)), range(0, 3, 2) == range(0, 4, 2), bool(range(0)), bool(range(1)), repr(range(0, 5, 2)))
it = iter(range(3))
print(next(it), list(it), list(it), range(3) != range(4))
print([i for i in range(3) for _ in range(i)], dict(zip(range(3), "abc")), list(enumerate(range(5, 8))))
