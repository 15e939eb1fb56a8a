# Positional-only and keyword-only parameters, and the errors their misuse raises.
def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
for args, kw in [((1,), {"b": 2, "c": 3, "e": 5}), ((1, 2, 3), {}), ((1, 2, 3, 4, 5), {}), ((1, 2, 3), {"e": 1, "g": 2}),
                 ((1, 2), {"c": 1, "c2": 1, "e": 1}), ((1, 2, 3), {"e": 1, "a": 1})]:
    try:
        print(f(*args, **kw))
    except TypeError as err:
        print("TypeError", err)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
try:
    h(1)
except TypeError as err:
    print("TypeError", err)
try:
    h()
except TypeError as err:
    print("TypeError", err)
def k(*args, last):
    return args, last
print(k(1, 2, last=3))
def many(a, b, c, /):
    return a + b + c
try:
    many(1, 2)
except TypeError as err:
    print("TypeError", err)
try:
    many(1, 2, c=3)
except TypeError as err:
    print("TypeError", err)
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:6])
print(f.__defaults__, f.__kwdefaults__)
def m(a, /, b=2, *, c):
    return a, b, c
print(m(1, c=3), m(1, 5, c=3))
for src in ["def x(a, /, /): pass", "def x(/, a): pass", "def x(*, **k): pass", "def x(a=1, b): pass",
            "def x(*a, *b): pass", "def x(a, a): pass", "lambda a, /, *, b: 0", "def x(**k, a): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as err:
        print("SyntaxError", src, err.msg)
