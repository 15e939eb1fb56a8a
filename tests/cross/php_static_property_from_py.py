# PHP static properties through the class value from Python: read, and written back for PHP to see.
register = compile_php_func("""
class Registry { public static $count = 0; public static $names = []; }
function register($n) { Registry::$count++; Registry::$names[] = $n; }
""")
R = php_global_ns().Registry

register("a")
register("b")
print(R.count, list(R.names.values()))
R.count = 10
read = compile_php_func("function read() { return Registry::$count; }")
print(read())
