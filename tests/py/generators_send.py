def gen(n):
    for i in range(n):
        yield i * i

print(list(gen(5)))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(3))))

def sub():
    yield 1
    yield 2
    return "sub-result"

def deleg():
    r = yield from sub()
    yield r

print(list(deleg()))
squares = (x * x for x in range(10) if x % 2)
print(sum(squares))
print(next(iter([]), "empty"))
