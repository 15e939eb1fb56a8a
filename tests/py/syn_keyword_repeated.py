# A keyword argument given twice is a SyntaxError from the compiler, at the repeated keyword.
for src in ["f(a=1, a=2)", "f(p, k1=50, *(1, 2), k1=100)", "f(x=1, **d, x=2)",
            "class C(m=1, m=2): pass", "f(a=1,\n  b=2,\n  a=3)", "f(a=1, b=2)", "f(**a, **a)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
