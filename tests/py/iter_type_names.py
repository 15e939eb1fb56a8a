# The classes of built-in iterators and generator-like objects as CPython names them, and the
# shape of their default repr.
import re

def shape(o):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(o))

def g():
    yield
async def c():
    pass
async def ag():
    yield

samples = [
    ("list", iter([1])), ("reversed list", reversed([1])), ("tuple", iter((1,))),
    ("str ascii", iter("ab")), ("str unicode", iter("héllo")), ("bytes", iter(b"ab")),
    ("bytearray", iter(bytearray(b"ab"))), ("range", iter(range(3))),
    ("reversed range", reversed(range(3))), ("set", iter({1})), ("frozenset", iter(frozenset({1}))),
    ("dict", iter({1: 2})), ("dict keys", iter({1: 2}.keys())), ("dict values", iter({1: 2}.values())),
    ("dict items", iter({1: 2}.items())), ("reversed dict", reversed({1: 2})),
    ("reversed values", reversed({1: 2}.values())), ("reversed items", reversed({1: 2}.items())),
    ("reversed tuple", reversed((1, 2))), ("callable", iter(lambda: 1, 1)),
    ("enumerate", enumerate([])), ("zip", zip()), ("map", map(abs, [])), ("filter", filter(None, [])),
    ("generator", g()), ("async generator", ag()),
]
for label, obj in samples:
    print(f"{label:16} {type(obj).__name__:26} {shape(obj)}")

co = c()
print("coroutine", type(co).__name__, shape(co).replace("c at", "c at"))
co.close()

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(type(iter(Seq())).__name__, list(iter(Seq())))

it = iter([1, 2])
print(type(it) is type(iter([])), isinstance(it, type(iter([3]))))
try:
    type(it)()
except TypeError as e:
    print("TypeError:", e)
import collections.abc as abc
for label, obj in samples[:6]:
    print(label, isinstance(obj, abc.Iterator), next(obj, "end"), next(obj, "end"))
