# ExceptionGroup construction rules and split/subgroup by type, tuple of types and predicate,
# on a nested tree of exceptions.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("bad msg", lambda: ExceptionGroup(42, [ValueError()]))
attempt("not seq", lambda: ExceptionGroup("m", ValueError()))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("non-exc", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("base in eg", lambda: ExceptionGroup("m", [SystemExit(1)]))
attempt("auto class", lambda: BaseExceptionGroup("m", [ValueError(1), KeyError(2)]))
attempt("stays base", lambda: BaseExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
attempt("tuple ok", lambda: ExceptionGroup("m", (OSError(2, "nope"),)))

print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), [c.__name__ for c in ExceptionGroup.__mro__])

tree = ExceptionGroup("root", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("inner", [ValueError("v2"), KeyError("k1"), ExceptionGroup("deep", [ValueError("v3")])]),
    ZeroDivisionError("z"),
])
print(repr(tree))
print(str(tree), len(tree.exceptions), tree.message)

def show(label, pair):
    m, r = pair
    print(label)
    print("  match:", repr(m))
    print("  rest: ", repr(r))

show("split ValueError", tree.split(ValueError))
show("split (KeyError, ArithmeticError)", tree.split((KeyError, ArithmeticError)))
show("split LookupError", tree.split(LookupError))
show("split Exception", tree.split(Exception))
show("split OSError", tree.split(OSError))
show("split predicate", tree.split(lambda e: isinstance(e, ValueError) and "2" in str(e)))
show("split on groups", tree.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "deep"))
print("subgroup TypeError:", repr(tree.subgroup(TypeError)))
print("subgroup none:", tree.subgroup(MemoryError))
print("subgroup self:", tree.subgroup(ExceptionGroup) is tree)
attempt("split bad", lambda: tree.split(42))
attempt("split bad tuple", lambda: tree.split((ValueError, int)))

m, r = tree.split(ValueError)
print(type(m.exceptions[0]).__name__, m.exceptions[0] is tree.exceptions[0])
print(m.exceptions[1].exceptions[0] is tree.exceptions[2].exceptions[0])

eg = ExceptionGroup("eg", [ValueError(1)])
d = eg.derive([TypeError(2)])
print(repr(d), d is eg, type(eg.derive([KeyboardInterrupt()])).__name__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
