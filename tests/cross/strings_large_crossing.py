# Large strings cross both ways intact.
php = php_global_ns()
big = "abc" * 200000
print(php.strlen(big))
print(php.substr_count(big, "ca"))
made = php.str_repeat("xyz", 100000)
print(len(made), made[:6], made[-3:])
print(php.strtoupper(made[:9]))
