# A global statement in any function makes the module body's own uses of that name global
# (visible when exec runs code with separate globals and locals); compile-time SyntaxErrors
# carry their columns.
g, l = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    r9 = g()
    r2 = h()
    """, g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
print(g["y"], l["r9"], l["r2"])

for src in ["f(a=1, a=2)", "def f():\n    from sys import *\n", "def f(a):\n  global a\n",
            "x = 1\nnonlocal x\n", "f(\u00e9=1, \u00e9=2)", "def f():\n  x = 1\n  global x\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.text, e.lineno, e.offset, e.end_lineno, e.end_offset)
