# enumerate/zip/range idioms: index tracking, pairwise, windows, parallel iteration.
words = ["zero", "one", "two", "three"]
for i, w in enumerate(words, 1):
    print(i, w, end="; ")
print()
print([(i, c) for i, c in enumerate("abc") if i != 1], dict(enumerate("xy")), list(enumerate(range(3), start=100)))
pairs = list(zip(words, words[1:]))
print(pairs)
window = [words[i:i + 3] for i in range(len(words) - 2)]
print(window)
a, b = [1, 2, 3], [10, 20, 30]
print([x + y for x, y in zip(a, b)], sum(x * y for x, y in zip(a, b)), list(map(max, a, [2, 2, 2])))
print(list(zip(*enumerate("ab"))), [i for i, _ in enumerate(range(5)) if i % 2])
it = iter(range(6))
print(list(zip(it, it)))
idx = {w: i for i, w in enumerate(words)}
print(idx["two"], sorted(idx, key=idx.get, reverse=True))
for n, (x, y) in enumerate(zip("ab", "cd")):
    print(n, x + y)
