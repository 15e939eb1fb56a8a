# Generator methods: send() values into yields, the first send must be None, throw() into a
# suspended generator (caught and uncaught), close() raising GeneratorExit inside, a generator
# yielding in finally during close, and calls on finished generators.
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("  GeneratorExit seen, received", received)
        raise

g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
print(g.gi_frame is None, g.close())

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(c)
except StopIteration:
    print("finished after uncaught throw")

def stubborn():
    try:
        yield 1
    finally:
        yield "in finally"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns():
    yield 1
    return "done"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    r.send(None)
except StopIteration as e:
    print("again:", e.value)

fresh = echo()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("throw before start:", e, fresh.gi_frame is None)
def ignore_exit():
    try:
        yield
    except GeneratorExit:
        return "ignored"
ie = ignore_exit()
next(ie)
print("close returns", ie.close())
print(type(echo()).__name__, echo().__name__, echo().__qualname__)
