# A lazy pipeline alternating languages: Python generator -> PHP generator -> Python generator.
def numbers(n):
    for i in range(n):
        yield i
php_filter = compile_php_func("""
function php_filter($it) {
    foreach ($it as $v) {
        if ($v % 3 == 0) yield $v;
    }
}
""")
def squares(it):
    for v in it:
        yield v * v
print(list(squares(php_filter(numbers(20)))))
