# SyntaxError details from compile(): msg, filename, lineno, offset and text for common
# mistakes, IndentationError subclasses, SyntaxError's constructor with a position and its str().
sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "x = 1\n  y = 2",
    "for x in range(3):\nprint(x)",
    "x = = 2",
    "f(**k, *a)",
    "a + 1 = 2",
    "del f()",
    "print 'hello'",
    "lambda: (yield)" if False else "def g():\n    x = yield = 1",
    "x = 1 +",
    "import",
    "from x import (a, b",
    "else: pass",
]
for src in sources:
    try:
        compile(src, "snippet.py", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, "|", repr(e.text))
try:
    exec("x ===")
except SyntaxError as e:
    print("exec:", e.msg, e.filename)
e = SyntaxError("custom", ("f.py", 3, 4, "bad line\n", 3, 5))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
