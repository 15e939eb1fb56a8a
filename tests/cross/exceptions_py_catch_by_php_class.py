# A PHP exception is also catchable in Python by its PHP class name (through php_global_ns()).
php = php_global_ns()
f = compile_php_func("""
class NotFound extends Exception {}
function find($k) {
    if ($k != "ok") throw new NotFound("no $k");
    return "found";
}
""")
NotFound = php.NotFound
try:
    f("x")
except NotFound as e:
    print("caught NotFound:", e.message)
try:
    f("y")
except php.Exception as e:
    print("caught as Exception:", e.message)
print(f("ok"))
