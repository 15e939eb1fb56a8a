# The exact text of common TypeErrors: calling with wrong argument counts, unexpected and
# duplicate keywords, missing keyword-only arguments, unsupported operands, non-callables,
# non-subscriptables, bad unpacking targets and string/int mixing.
def f(a, b, *, c):
    return a + b + c
def g(a, b=2, /, *args, d, **kw):
    return a
class K:
    def m(self, x):
        return x

cases = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, c=3, e=5),
    lambda: f(1, a=1, b=2, c=3),
    lambda: g(),
    lambda: g(1, d=1, a=2) and g(a=1, d=2),
    lambda: g(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: len(5),
    lambda: abs("x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + {},
    lambda: "a" * "b",
    lambda: None(),
    lambda: 5[0],
    lambda: None[0],
    lambda: {}[[]],
    lambda: {[]: 1},
    lambda: {1, []},
    lambda: "abc".index(1),
    lambda: sorted([1, "a"]),
    lambda: int("5", base="x"),
    lambda: "x".join([1]),
    lambda: iter(None),
    lambda: max(),
    lambda: min(1),
    lambda: object(1),
    lambda: K(1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
