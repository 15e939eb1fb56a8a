# Python closures and lambdas are callable from PHP: usort, array_map, array_filter, direct calls.
php = php_global_ns()
def make_adder(n):
    return lambda x: x + n
add10 = make_adder(10)
r = php.array_map(add10, php.range(1, 4))
print(list(r.values()))
evens = php.array_filter(php.range(1, 10), lambda v: v % 2 == 0)
print(list(evens.items()))
call = compile_php_func("function call($f, $a, $b) { return $f($a, $b); }")
print(call(lambda a, b: a * b, 6, 7))
total = [0]
def acc(v):
    total[0] += v
    return total[0]
print(call(lambda a, b: acc(a) + acc(b), 1, 2), total[0])
