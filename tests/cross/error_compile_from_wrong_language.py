# Calling a PHP-side compile_* function from Python is a BridgeError.
php = php_global_ns()
for name in ["compile_py_func", "compile_py_mod", "import_py_mod"]:
    try:
        fn = getattr(php, name)
        if name == "compile_py_mod":
            fn("m", "x = 1")
        else:
            fn("def f(): pass" if name == "compile_py_func" else "math")
        print(name, "allowed")
    except BridgeError:
        print(name, "BridgeError")
