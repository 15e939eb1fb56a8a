import types
def compile_py_mod(name, src):
    m = types.ModuleType(name)
    exec(compile(src, name, "exec"), m.__dict__)
    return m
try:
    compile_py_mod("broken_mod", "def f(:\n    pass")
except SyntaxError as e:
    print("SyntaxError")
try:
    compile_py_mod("failing_mod", "x = 1\ny = x / 0")
except Exception as e:
    print(type(e).__name__ + ": " + str(e))
ok = compile_py_mod("fine_mod", "z = 3")
print(ok.z)
