# Lambdas: defaults, closures, varargs, keyword-only, nested, immediately invoked.
sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, y=2, *, z=3: x + y + z)(1), (lambda x, /, y: x - y)(10, y=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda v: v % 2, range(6))))
print(sq.__name__, (lambda: 0).__code__.co_argcount, (lambda a, b=1, *c, d, **e: 0).__code__.co_kwonlyargcount)
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(1), cond(-1), cond(0))
print((lambda: (yield))().__class__.__name__ if False else "skip")
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda x: (x, lambda: x))(4)[1]())
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError", e)
try:
    (lambda: 1)(1)
except TypeError as e:
    print("TypeError", e)
print(repr(sq).startswith("<function <lambda> at"), sq.__qualname__)
def outer():
    return lambda: outer.__name__
print(outer()(), outer().__qualname__)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), (lambda *a: sum(a))(*range(5)))
print((lambda **kw: sorted(kw))(b=1, a=2), (lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)())
