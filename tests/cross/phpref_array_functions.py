# PHP array functions that take arrays by reference (array_push, array_pop, array_shift, shuffle-free).
php = php_global_ns()
r = PHPRef([1, 2, 3])
php.array_push(r, 4, 5)
print(php.array_pop(r), php.array_shift(r))
php.array_unshift(r, 0)
print(list(r.deref().values()))
php.rsort(r)
print(list(r.deref().values()))
