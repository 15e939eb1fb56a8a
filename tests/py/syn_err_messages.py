# compile() of broken sources: SyntaxError messages, line and offset, for common mistakes.
cases = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if x\n    pass",
    "return 5",
    "f(x for x in y, 1)",
    "a, b += 1",
    "del f()",
    "x = 1 +",
    "class C:\npass",
    "print 'hi'",
    "lambda x: (yield)",
    "f(**k, *a)",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "for x in range(3):\n    pass\nelse:\n    continue",
    "'abc",
    "x = 0777",
    "a = 1 if b",
    "with open(f) as 1: pass",
    "def f(a, a): pass",
    "f(a=1, a=2)",
    "def f(a=1, b): pass",
    "import a.b as",
    "x := 5",
    "match x:\n    case 1 | y:\n        pass",
]
for src in cases:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
