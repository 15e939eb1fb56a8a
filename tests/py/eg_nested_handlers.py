# except* inside except*, inside loops and finally blocks, re-raising parts, and raise ... from
# inside an except* handler.
def show(tag, e):
    if isinstance(e, BaseExceptionGroup):
        return f"{tag}: {type(e).__name__}({e.message!r}, [{', '.join(show('', x).lstrip(': ') for x in e.exceptions)}])"
    return f"{tag}: {e!r}"

def inner_outer():
    try:
        try:
            raise ExceptionGroup("batch", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as g:
            print(" inner got", show("values", g))
        except* TypeError as g:
            raise ExceptionGroup("converted", [RuntimeError("from types")]) from g
    except* RuntimeError as g:
        print(" outer got", show("runtime", g))
        print(" its cause:", show("cause", g.exceptions[0].__cause__))
    except* KeyError as g:
        print(" outer got", show("keys", g))

inner_outer()

def loop():
    handled = []
    for batch in ([ValueError("a")], [TypeError("b"), ValueError("c")], [OSError("d")]):
        try:
            try:
                raise ExceptionGroup("b", batch)
            except* ValueError as g:
                handled.extend(str(e) for e in g.exceptions)
            finally:
                handled.append("|")
        except* TypeError:
            handled.append("T")
        except* OSError as g:
            handled.append("O")
    return handled
print(loop())

def handler_in_handler():
    try:
        raise ExceptionGroup("x", [ValueError("v")])
    except* ValueError as g:
        try:
            raise ExceptionGroup("y", [KeyError("k"), IndexError("i")])
        except* KeyError as inner:
            print(" nested handler", show("k", inner), "outer still", show("g", g))
try:
    handler_in_handler()
except ExceptionGroup as eg:
    print(show("escaped", eg))
    print(show("context", eg.exceptions[0].__context__))

def reraise_part():
    try:
        raise ExceptionGroup("orig", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        first, rest = g.split(lambda e: e.args[0] == 1)
        raise first
try:
    reraise_part()
except ExceptionGroup as eg:
    print(show("reraised", eg))
