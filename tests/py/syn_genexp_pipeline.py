# Generator-expression pipelines: lazy chaining, early termination, and consumption by builtins.
log = []
def source():
    for i in range(10):
        log.append(i)
        yield i
evens = (x for x in source() if x % 2 == 0)
squares = (x * x for x in evens)
first_big = next(s for s in squares if s > 10)
print(first_big, log)
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
print(dict((k, v) for k, v in zip("abc", range(3))), set(c for c in "hello"  if c != "l") == {"h", "e", "o"})
print(list(zip((i for i in range(3)), (j * 10 for j in range(5)))), sorted(x % 3 for x in range(7)))
g = (x for x in [1, 2, 3])
print(list(g), list(g), sum(g))
total = 0
for chunk in ((i, i + 1) for i in range(0, 6, 2)):
    total += sum(chunk)
print(total)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
words = ["Apple", "bob", "Cat"]
print(",".join(w.lower() for w in words if w[0].isupper()), "".join(reversed([c for c in "abc"])))
print(min((abs(x - 7), x) for x in [1, 5, 8, 12])[1], tuple(str(i) for i in range(3)))
