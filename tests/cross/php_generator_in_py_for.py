# Python `for` over a PHP generator; list(), sum() and next() work on it.
gen = compile_php_func("""
function evens($n) {
    for ($i = 0; $i < $n; $i += 2) {
        echo "php yields $i\n";
        yield $i;
    }
}
""")
for v in gen(6):
    print("py got", v)
print(list(gen(5)))
print(sum(gen(100)))
