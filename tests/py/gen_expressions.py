# Generator expressions: laziness (side effects happen on demand), single use, sum/any/all
# short-circuiting over them, nesting, conditions, and a genexpr as the sole call argument.
calls = []
def noisy(v):
    calls.append(v)
    return v

g = (noisy(i) * 2 for i in range(5))
print(calls, next(g), calls)
print(list(g), calls)
print(list(g))
calls.clear()
print(any(noisy(v) > 1 for v in range(10)), calls)
calls.clear()
print(all(noisy(v) < 2 for v in range(10)), calls)
print(sum(x * x for x in range(4)), max(len(w) for w in "a bb ccc".split()))
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
print(sorted(x for x in "hello" if x not in "l"), "".join(c.upper() for c in "abc"))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
ge = (x for x in [1, 2])
print(type(ge).__name__, iter(ge) is ge, ge.__name__)
print(dict((k, len(k)) for k in ("ab", "c")), set(v % 3 for v in range(7)), tuple(i for i in ()))
