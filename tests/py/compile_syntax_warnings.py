# The compiler's SyntaxWarnings, as CPython's: assert on a tuple, "is" with a literal, a call or
# subscript of a literal (a missed comma). A warning filter set to "error" turns each into a
# SyntaxError with the same message; other code compiles silently.
import warnings

SOURCES = [
    'assert(x, "msg")', "assert(False,)", 'assert x, "msg"',
    "x is 1", 'x is "thing"', "1 is x", "x is y is 1", "x is not 1", "x is None", "x is ...",
    "[(1, 2) (3, 4)]", "[[1, 2] (3, 4)]", "[{1: 2} (3, 4)]", '[f"{x}" (3, 4)]', "[None (3, 4)]",
    "[(i for i in ()) (3, 4)]", "(lambda: 0)()", "[{1, 2} [i, j]]", "[(lambda x: x) [i]]",
    "[12.3j [i, j]]", '["abc" [i, j]]', "[[1, 2] [{3: 4}]]", "[[1, 2] [None]]", "[[1, 2] [True]]",
    "[[1, 2] [1:2]]", "[[1, 2] [i]]", "x[1]",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", SyntaxWarning)
        compile(src, "<testcase>", "exec")
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile("\n" + src, "<testcase>", "exec")
        except SyntaxError as e:
            print("  SyntaxError", e.msg, e.lineno)
    if w:
        print("  leaked", w)


class Boom(Exception):
    pass


def hook(*args, **kw):
    raise Boom("from showwarning")


with warnings.catch_warnings():
    warnings.simplefilter("always", SyntaxWarning)
    warnings.showwarning = hook
    try:
        compile("x is 2", "<t>", "exec")
    except Boom as e:
        print("Boom", e)
