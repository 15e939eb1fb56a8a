# Compile-time rules and small protocol details of test_grammar: an annotated name is bound (a
# function's local even without a value, never global/nonlocal), 'yield' is refused inside a
# comprehension (its first iterable aside), modules make __annotations__ on first use, and
# functions, methods and builtins have __call__.
import types

for src in [
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "x: int\nglobal x\n",
    "def g(): [(yield x) for x in ()]",
    "def g(): [x for x in () if not (yield x)]",
    "def g(): [y for x in () for y in [(yield x)]]",
    "def g(): {(yield x) for x in ()}",
    "def g(): {x: (yield x) for x in ()}",
    "def g(): ((yield x) for x in ())",
    "def g(): [x for x in [(yield 1)]]",
    "def g(): [x for x in [(yield from ())]]",
]:
    try:
        compile(src, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)


def fbad():
    x: int
    print(x)


try:
    fbad()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def fok():
    y: int = 5
    z: 1 / 0
    return y


print(fok(), fok.__annotations__)
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"a": 1}
print(m.__annotations__)
del m.__annotations__
print("__annotations__" in m.__dict__)


def h(a=1):
    return a


print(h.__call__(), h.__call__.__call__(2), len.__call__([1]), "x".upper.__call__())
print(str.__call__(5), (lambda: 3).__call__(), [].append.__call__(1))


class K:
    def m(self):
        return "m"


print(K().m.__call__(), callable(h.__call__))
