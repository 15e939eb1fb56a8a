# A PHP generator throwing midway through a Python for loop: PHPException after the first items.
g = compile_php_func("""
function g() {
    yield 'a';
    yield 'b';
    throw new DomainException('php generator broke');
}
""")
try:
    for v in g():
        print("got", v)
except PHPException as e:
    print("caught:", e.message)
