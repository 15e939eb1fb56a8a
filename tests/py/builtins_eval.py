# eval, exec (one namespace and separate locals), compile, SyntaxError.msg.
print(eval("1 + 2"), eval(" [x * 2 for x in range(3)]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)\n", ns)
print(ns["y"], sorted(k for k in ns if k != "__builtins__"))
g = {"z": 5}; l = {}
exec("w = z * 2", g, l)
print(l, "w" in g)
c = compile("3 * 4", "<expr>", "eval")
print(eval(c), type(c).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
x = 10
print(eval("x + 1"))
