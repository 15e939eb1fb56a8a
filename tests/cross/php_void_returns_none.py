# A PHP function without a return value gives None in Python; echo output from PHP interleaves
# with Python's print in order.
f = compile_php_func("function f($x) { echo 'php echo ', $x, \"\\n\"; }")
print("before")
r = f(1)
print("returned", r)
f(2)
print("after")
