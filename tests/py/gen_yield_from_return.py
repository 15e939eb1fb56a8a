# yield from: delegation of next/send to a subgenerator, the subgenerator's return
# value as the yield from expression's value, yield from over plain iterables, and chains.
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def outer():
    r1 = yield from inner(2)
    print("  inner returned", r1)
    r2 = yield from inner(1)
    print("  second inner returned", r2)
    return r1 + r2

g = outer()
print(next(g), g.send(10), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("outer returned", e.value)

def over_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    x = yield from []
    yield x
print(list(over_iterables()))

def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    r = yield from chain(depth - 1)
    return r + 1
c = chain(5)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("depth returned", e.value)

def gen_with_stop():
    yield from iter([1])
    return "explicit"
print(list(gen_with_stop()))
def relay():
    got = yield from echo_twice()
    yield "relay got %r" % (got,)
def echo_twice():
    a = yield "first"
    b = yield "second:%s" % a
    return (a, b)
r = relay()
print(next(r), r.send("x"), r.send("y"))
