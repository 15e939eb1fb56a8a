# Comprehensions: list/set/dict/nested, scoping rules, class scope, iteration variable leakage.
print([x * x for x in range(5)], {x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)})
print([(i, j) for i in range(3) for j in range(i)], [y for x in [[1, 2], [3]] for y in x])
print([x for x in range(20) if x % 2 if x % 3], [x if x % 2 else -x for x in range(5)])
x = "outer"
r = [x for x in "abc"]
print(x, r)
print([[j for j in range(i)] for i in range(4)])
def f():
    y = 10
    return [y + i for i in range(3)], [lambda: i for i in range(3)][0]()
print(f())
class K:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        bad = [v + len(data) for v in data]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
funcs = [lambda n=n: n for n in range(3)]
print([g() for g in funcs])
print({k: v for k, v in zip("abc", range(3)) if v != 1}, dict.fromkeys("ab", 0))
print(sorted({(a, b) for a in range(2) for b in range(2)}))
gen_sum = sum(i for i in range(101))
print(gen_sum, [*(c for c in "xy")], list(map(lambda t: t[0], [(1, 2)])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in range(3) for n in range(n + 1)])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError", e)
def outer():
    val = 5
    def inner():
        return [val * k for k in range(2)]
    return inner()
print(outer())
print({i: {j for j in range(i)} for i in range(3)})
print([i for i in range(3)] == list(i for i in range(3)), type(i for i in ()).__name__)
