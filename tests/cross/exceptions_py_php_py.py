# Python -> PHP -> Python: a Python exception raised by a Python callback inside PHP code
# comes back to the outer Python as itself.
class Stop(Exception):
    pass
def cb(x):
    if x == 3:
        raise Stop("stop at %d" % x)
    return x * 10
walk = compile_php_func("""
function walk($f) {
    $out = [];
    for ($i = 1; $i <= 5; $i++) $out[] = $f($i);
    return $out;
}
""")
try:
    walk(cb)
except Stop as e:
    print("caught", type(e).__name__, e)
print(list(walk(lambda x: x).values()))
