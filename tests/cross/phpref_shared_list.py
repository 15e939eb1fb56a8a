# A Python list wrapped in PHPRef is shared with PHP: appending in PHP changes the cell's value.
push = compile_php_func("function push(&$arr, $v) { $arr[] = $v; return count($arr); }")
r = PHPRef([1, 2])
print(push(r, 3), push(r, 4))
print(list(r.deref().values()))
plain = [1, 2]
by_val = compile_php_func("function by_val($arr) { $arr[] = 99; return count($arr); }")
print(by_val(plain), plain)
