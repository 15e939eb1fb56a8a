# PEP 479: a StopIteration escaping a generator body becomes RuntimeError (its cause is the
# StopIteration); return values travel in StopIteration.value; send()/throw() errors.
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

def explicit():
    yield 1
    raise StopIteration("manual")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def returns(v):
    yield "first"
    return v

for v in (None, 0, (1, 2), "text"):
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("value:", repr(e.value), "args:", e.args)

g = returns(5)
try:
    g.send("early")
except TypeError as e:
    print("TypeError:", e)
print(next(g))
try:
    g.send("x")
except StopIteration as e:
    print("send finished:", e.value)
try:
    g.send(None)
except StopIteration as e:
    print("exhausted again:", e.value, e.args)

def thrower():
    yield 1
g = thrower()
try:
    g.throw(ValueError)
except ValueError as e:
    print("unstarted throw:", repr(e))
g = thrower()
next(g)
for args in [(TypeError,), (TypeError, "msg"), (TypeError, TypeError("inst")), (TypeError("i2"),)]:
    g = thrower()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("throw", len(args), "->", repr(e))
g = thrower()
next(g)
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError("v"), 1)
except TypeError as e:
    print("TypeError:", e)

gen = (x for x in range(3))
print(next(gen), list(gen), list(gen))
def stop_in_genexp():
    return list(next(iter([])) for _ in range(2))
try:
    print(stop_in_genexp())
except RuntimeError as e:
    print("genexp:", e)
