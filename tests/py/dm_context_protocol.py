# The context manager protocol: __enter__'s result bound by `as`, __exit__ receiving the
# exception triple, a true return suppressing it, exceptions inside __exit__, missing
# __enter__/__exit__ errors, and __exit__ looked up on the type.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("suppressed by a truthy string")

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: None
ia.__exit__ = lambda *a: None
try:
    with ia:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

def early():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                return "returned at 1"
            continue
print(early())
with CM("x") as x, CM("y") as y:
    print("two managers", x, y)
