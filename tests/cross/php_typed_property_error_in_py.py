# Assigning a wrong type to a typed PHP property from Python raises the PHP TypeError as PHPException.
mk = compile_php_func("class T { public int $n = 0; } function mk() { return new T(); }")
t = mk()
t.n = 5
print(t.n)
try:
    t.n = "not a number"
except PHPException as e:
    print("PHPException")
print(t.n)
