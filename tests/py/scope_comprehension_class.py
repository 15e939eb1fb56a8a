# Comprehension scopes: the iteration variable does not leak, the first iterable is evaluated in
# the enclosing scope (so it can see class variables) while the rest cannot, walrus inside a
# comprehension binds in the enclosing function, and nested comprehensions see outer targets.
x = "module x"
nums = [x for x in range(3)]
print(x, nums)

class Table:
    size = 3
    names = ["a", "b", "c"]
    rows = [n * 2 for n in names]
    indexes = [i for i in range(size)]
    try:
        pairs = [(n, size) for n in names]
    except NameError as e:
        pairs = f"NameError: {e}"
    lookup = {n: i for i, n in enumerate(names)}
    squares = list(map(lambda v: v * v, range(size)))

print(Table.rows, Table.indexes, Table.pairs, Table.lookup, Table.squares)

def walrus_scope():
    data = [3, 8, 1, 9, 4]
    if any((big := v) > 7 for v in data):
        print("first big value:", big)
    totals = [total := 0] + [total := total + v for v in data]
    print(totals, total)
    print([y for v in data if (y := v * 2) > 10], y)
walrus_scope()

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print({k: [v for v in range(k)] for k in range(4)})
g = (i * j for i in range(3) for j in range(3) if i != j)
print(list(g))

def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closure_in_comp())

for src in ["[i := 0 for i in range(3)]", "[x for x in (y := [1, 2]) if (x := 1)]",
            "class C:\n    [(z := 1) for _ in range(2)]"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
