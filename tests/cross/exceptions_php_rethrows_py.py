# PHP catches a Python exception (as PyException) and rethrows it: Python sees the original again.
class Quota(Exception):
    pass
def spend(n):
    if n > 3:
        raise Quota("over quota: %d" % n)
    return n
guard = compile_php_func("""
function guard($f, $n) {
    try {
        return $f($n);
    } catch (PyException $e) {
        echo "php logged: ", $e->getMessage(), "\n";
        throw $e;
    }
}
""")
print(guard(spend, 2))
try:
    guard(spend, 5)
except Quota as q:
    print("python caught Quota:", q)
