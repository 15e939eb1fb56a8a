# Comprehension scopes: the loop variable does not leak, nested comprehensions, the walrus
# operator binding in the enclosing scope, comprehensions reading enclosing function locals,
# and generator expressions evaluating their first iterable immediately.
x = "outer"
squares = [x for x in range(3)]
print(squares, x)

def f():
    data = [1, 2, 3]
    k = 10
    return [v * k for v in data], {v: v * k for v in data}, {v % 2 for v in data}
print(f())

matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
print(matrix, [v for row in matrix for v in row if v % 2])

if any((found := n) > 3 for n in [1, 5, 2]):
    print("found", found)
vals = [y := 5, y ** 2]
print(vals, y)
print([last := i for i in range(4)], last)

def gen_first_iterable():
    it = iter([1, 2])
    g = (v for v in it)
    it = iter([9])
    return list(g)
print(gen_first_iterable())

def gen_error_early():
    try:
        (v for v in 5)
    except TypeError as e:
        return "TypeError at creation: %s" % e
print(gen_error_early())

def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closure_in_comp())

def nested_scopes():
    a = 1
    return [[a + b for b in range(2)] for _ in range(2)]
print(nested_scopes())
print(sorted({c for c in "hello"}), dict.fromkeys("ab", 0))
