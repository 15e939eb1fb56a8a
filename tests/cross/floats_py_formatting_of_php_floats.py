# Floats computed in PHP print by Python's rules in Python (repr, str, format).
vals = compile_php_func("function vals() { return [0.1 + 0.2, 1/3, 10/4, 2**0.5, 7E-10, INF]; }")()
for v in vals.values():
    print(repr(v), str(v), f"{v:.3g}", type(v).__name__)
print(compile_php_func("function i() { return 10/5; }")(), compile_php_func("function j() { return intdiv(7, 2); }")())
