# PHP catches a Python exception and throws its own with the PyException as previous.
def parse(s):
    return int(s)
wrap = compile_php_func("""
function wrap($f, $s) {
    try {
        return $f($s);
    } catch (PyException $e) {
        throw new RuntimeException("could not parse '$s'", 0, $e);
    }
}
""")
print(wrap(parse, "12"))
try:
    wrap(parse, "x1")
except PHPException as e:
    print(e.message)
    print(e.php_exception.getPrevious().getMessage())
