class BridgeError(Exception):
    pass
def compile_py_func(src): raise BridgeError("compile_py_func() from Python")
def compile_py_mod(n, src): raise BridgeError("compile_py_mod() from Python")
def import_py_mod(n): return __import__(n)
fns = {"compile_py_func": compile_py_func, "compile_py_mod": compile_py_mod, "import_py_mod": import_py_mod}
for name in ["compile_py_func", "compile_py_mod", "import_py_mod"]:
    try:
        fn = fns[name]
        if name == "compile_py_mod":
            fn("m", "x = 1")
        else:
            fn("def f(): pass" if name == "compile_py_func" else "math")
        print(name, "allowed")
    except BridgeError:
        print(name, "BridgeError")
