# PHP Generator methods (current, next, send, valid) called from Python.
gen = compile_php_func("""
function acc() {
    $total = 0;
    while (true) {
        $x = yield $total;
        if ($x === null) return;
        $total += $x;
    }
}
""")
g = gen()
print(g.current())
print(g.send(5), g.send(10), g.send(1))
print(g.valid())
g.send(None)
print(g.valid())
