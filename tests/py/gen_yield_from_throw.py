# throw() and close() on a generator suspended in `yield from` go to the innermost delegate first:
# generators, and plain iterator objects that define throw/close.
def leaf(name):
    try:
        while True:
            try:
                x = yield f"{name} ready"
                print(f"  {name} got {x!r}")
            except KeyError as e:
                print(f"  {name} handled {e!r}")
                yield f"{name} recovered"
    finally:
        print(f"  {name} cleanup")

def middle():
    result = yield from leaf("leaf")
    print("  middle never resumes normally", result)

def top():
    try:
        yield from middle()
    except ValueError as e:
        print("  top caught", repr(e))
        yield "top after error"
    return "top done"

g = top()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)

def finite():
    yield 1
    return "finite result"

def wrapper():
    try:
        r = yield from finite()
        print("  finite returned", r)
        yield 2
    except GeneratorExit:
        print("  wrapper saw GeneratorExit")
        raise

w = wrapper()
print(next(w), next(w))
w.close()

class Ticker:
    """An iterator with the generator protocol's throw/close."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration(self.n)
        return self.n
    def throw(self, exc):
        print("  Ticker.throw", type(exc).__name__)
        if isinstance(exc, RuntimeError):
            raise StopIteration("ticker stopped by throw")
        raise exc
    def close(self):
        print("  Ticker.close")

def over_ticker():
    r = yield from Ticker()
    print("  ticker returned", r)
    yield "after ticker"

t = over_ticker()
print(next(t), next(t))
print(t.throw(RuntimeError("stop")))
t = over_ticker()
next(t)
t.close()
t = over_ticker()
next(t)
try:
    t.throw(IndexError("i"))
except IndexError as e:
    print("propagated", repr(e))
print(list(over_ticker()))

class NoThrow:
    def __iter__(self):
        return iter([1, 2, 3])

def plain():
    yield from NoThrow()
p = plain()
next(p)
try:
    p.throw(OSError("os"))
except OSError as e:
    print("thrown at the yield from:", repr(e))
