# itertools over generators: lazy chains that never materialize, groupby on sorted data,
# accumulate with a custom function, islice of an infinite generator, tee, product, pairwise,
# zip_longest, and the evaluation order they imply.
import itertools as it
import operator

def naturals(log):
    n = 0
    while True:
        log.append(n)
        yield n
        n += 1

log = []
evens = (x for x in naturals(log) if x % 2 == 0)
print(list(it.islice(evens, 3, 8)), log[-1])
print(list(it.takewhile(lambda x: x < 5, it.count(1))), list(it.dropwhile(lambda x: x < 5, range(8))))
sales = [("east", 10), ("west", 5), ("east", 7), ("north", 1), ("west", 8)]
for region, rows in it.groupby(sorted(sales), key=operator.itemgetter(0)):
    print(region, sum(v for _, v in rows))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
a, b = it.tee((c for c in "abc"), 2)
print(list(zip(a, b)), list(a), list(b))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations("abcd", 3)))
print(list(it.pairwise("abcd")), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.chain.from_iterable(([i] * i for i in range(4)))), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.repeat("x", 3)), list(it.filterfalse(str.isdigit, "a1b2")))
cyc = it.cycle("xy")
print([next(cyc) for _ in range(5)], list(it.combinations_with_replacement("ab", 2)))
def windowed(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)
print(list(windowed(range(6), 3)), sum(1 for _ in windowed(range(100), 10)))
batches = iter(range(10))
print([list(it.islice(batches, 4)) for _ in range(3)])
