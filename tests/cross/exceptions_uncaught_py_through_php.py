# A Python exception crossing PHP frames and left uncaught: the program ends with the original Python
# exception (exit 1, last traceback line "KeyError: 'missing'").
def lookup(k):
    return {"a": 1}[k]
via_php = compile_php_func("function via_php($f, $k) { return $f($k); }")
print(via_php(lookup, "a"))
via_php(lookup, "missing")
