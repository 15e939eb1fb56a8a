# Lambdas as keys and callbacks: sorting, map/filter/reduce, dispatch tables.
from functools import reduce
nums = [5, -3, 2, -8, 7]
print(sorted(nums, key=lambda n: abs(n)), sorted(nums, key=lambda n: (n < 0, n)), max(nums, key=lambda n: n * n))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(lambda a, b: a if a > b else b, nums))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[t](a, b))
        else:
            st.append(int(t))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, inc), range(3))))
print((lambda *a, **k: (len(a), sorted(k)))(1, 2, z=3, y=4), (lambda: (lambda: "inner")())())
