# except*: each clause takes its part of the group; what is left propagates, what the handlers
# raise joins it in a new group; a naked exception is wrapped for the handler.
import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        out = []
        for x in e.exceptions:
            out.extend(leaves(x))
        return out
    return [repr(e)]

def run(label, body):
    print("==", label)
    try:
        body()
        print("  completed")
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e.message) if isinstance(e, BaseExceptionGroup) else "", leaves(e))

def basic():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError as eg:
        print("  values:", leaves(eg), eg.message)
    except* TypeError as eg:
        print("  types:", leaves(eg))
run("all handled", basic)

def partial():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), KeyError("k"), OSError("o")])
    except* ValueError:
        print("  handled values")
run("rest propagates", partial)

def naked():
    try:
        raise KeyError("solo")
    except* LookupError as eg:
        print("  wrapped:", type(eg).__name__, repr(eg), repr(sys.exc_info()[1]))
run("naked", naked)

def naked_unmatched():
    try:
        raise KeyError("solo")
    except* TypeError:
        print("  never")
run("naked unmatched", naked_unmatched)

def handler_raises():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError as eg:
        raise
run("handler raises", handler_raises)

def naked_raise_in_handler():
    try:
        raise ValueError("x")
    except* ValueError:
        raise IndexError("replacement")
run("naked, handler raises", naked_raise_in_handler)

def context_of_new():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise KeyError("new")
    except ExceptionGroup as eg:
        new = eg.exceptions[0]
        print("  context:", repr(new.__context__))
run("context", context_of_new)

def else_finally():
    for exc in (None, ValueError("v")):
        try:
            if exc:
                raise exc
        except* ValueError:
            print("  except* ran")
        else:
            print("  else ran")
        finally:
            print("  finally ran")
run("else/finally", else_finally)

def nested_trees():
    try:
        raise ExceptionGroup("top", [ExceptionGroup("a", [ValueError(1), OSError(2)]),
                                     ExceptionGroup("b", [OSError(3)]), ValueError(4)])
    except* OSError as eg:
        print("  os part:", repr(eg))
    except* ValueError as eg:
        print("  value part:", repr(eg))
run("nested", nested_trees)

def loop_inside():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as eg:
            for j in range(10):
                if j == i:
                    break
            print("  i, j =", i, j, eg.exceptions[0])
    print("  name cleared:", "eg" not in locals())
run("loops in handler", loop_inside)

def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("  interrupt handled")
run("base group", base_group)
