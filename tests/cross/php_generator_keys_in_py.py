# A PHP generator yielding key => value: Python iteration sees the values.
gen = compile_php_func("""
function kv() {
    yield "a" => 1;
    yield "b" => 2;
    yield "c" => 3;
}
""")
print([v for v in gen()])
print(dict(zip("xyz", gen())))
