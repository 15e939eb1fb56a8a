# Function and class definitions, decorators, parameters, annotations.
def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs) -> int: return a
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c, d=3): pass
def f(a: int, *args: str, b: 'x' = 1, **kw: dict) -> None: ...
def f(*, a): pass
def f(*args: *Ts): pass
def f(a, b, /): pass
@decorator
@decorator.attr(1)
@(lambda f: f)
@x[0]
def g(): return
@dec
async def h(): return 1
@dec
class C(Base, metaclass=Meta, **kw):
    x: int = 0
    def method(self): return self
class D: pass
class E(): pass
class F(*bases): pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield from gen()
    x = yield
lambda: 0
lambda *a, **k: 0
lambda a, /, b, *, c: 0
lambda a=1, *, b=2: 0
def outer():
    nonlocal_ = 1
    def inner():
        nonlocal nonlocal_
        global gg
