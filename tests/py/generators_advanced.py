def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield f"node{depth}"
    yield from tree(depth - 1)
print(list(tree(2)))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
for v in (10, 20, 30):
    print(acc.send(v))

def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen cleanup")
for x in gen_with_finally():
    print(x)

g = (i * i for i in range(4))
print(type(g).__name__, sum(g), sum(g))
def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught"
pairs = list(zip(fib(), "abc"))
print(pairs)
print(sorted((n % 5 for n in range(12)), reverse=True))
it = iter(range(3))
print(list(it), list(it))
def counter():
    i = 0
    while i < 3:
        i += 1
        yield i
print(max(counter()), min(counter()), any(v > 2 for v in counter()))
