# next() on a PHP generator from Python: it is an iterator, as Python generators are.
gen = compile_php_func("""
function evens($n) {
    for ($i = 0; $i < $n; $i += 2) yield $i;
}
""")
g = gen(10)
print(next(g), next(g))
print(iter(g) is g)
print(list(g))
print(next(g, "done"))
