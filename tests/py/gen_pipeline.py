# Generator pipelines: chained generators processing a stream lazily, a consumer coroutine fed
# with send(), and itertools.tee/groupby over generator output.
import itertools

def read(lines):
    for line in lines:
        print("  read", line)
        yield line

def parse(rows):
    for row in rows:
        name, _, value = row.partition("=")
        yield name.strip(), int(value)

def only_even(pairs):
    return ((k, v) for k, v in pairs if v % 2 == 0)

data = ["a=1", "b=2", "c=4", "d=5"]
pipe = only_even(parse(read(data)))
print("built, nothing read yet")
print(next(pipe))
print(list(pipe))

def averager():
    total, count = 0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

left, right = itertools.tee(x * x for x in range(4))
print(list(left), list(right))
words = (w for w in "apple avocado banana blueberry cherry".split())
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
