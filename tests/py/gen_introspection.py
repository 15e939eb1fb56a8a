# Generator attributes: gi_running, gi_frame (and its f_lineno / f_locals), gi_code, gi_yieldfrom,
# gi_suspended, __name__ / __qualname__, and "generator already executing".
def inner():
    yield "inner-1"
    yield "inner-2"

class Holder:
    def gen(self, n):
        total = 0
        for i in range(n):
            total += i
            yield total
        yield from inner()

h = Holder()
g = h.gen(3)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is Holder.gen.__code__)
print("before start:", g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame is not None)
print(next(g), g.gi_frame.f_locals["total"], g.gi_frame.f_lineno)
print(next(g), next(g), g.gi_suspended)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom is not None)
try:
    next(g)
except StopIteration:
    print("done:", g.gi_frame, g.gi_yieldfrom, g.gi_running, g.gi_suspended)

def self_aware():
    print("  running inside:", me.gi_running)
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("  ValueError:", e)
    yield 2

me = self_aware()
print(next(me), me.gi_running, next(me))

def named():
    yield
f = named()
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(type(f).__name__, type(f).__qualname__, hasattr(f, "__next__"), iter(f) is f)
import types, inspect
print(isinstance(f, types.GeneratorType), inspect.isgenerator(f), inspect.isgeneratorfunction(named))
print(inspect.getgeneratorstate(f))
next(f)
print(inspect.getgeneratorstate(f))
f.close()
print(inspect.getgeneratorstate(f))
