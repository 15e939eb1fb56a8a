# raise ... from ...: __cause__, __context__, __suppress_context__, raise from None, raising a
# class vs an instance, from a class, bad causes, and re-raise with bare raise keeping the
# original exception object.
def show(e):
    print(type(e).__name__, repr(e), "| cause:", repr(e.__cause__), "| context:",
          repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as e:
    show(e)

try:
    raise RuntimeError from KeyError
except RuntimeError as e:
    show(e)

try:
    raise RuntimeError("x") from "not an exception"
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)

original = None
try:
    try:
        raise KeyError("orig")
    except KeyError as k:
        original = k
        raise
except KeyError as again:
    print("same object:", again is original)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
try:
    e.__cause__ = "bad"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError:", err)

def gen_context():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise KeyError("second")
        except KeyError as inner:
            return inner
inner = gen_context()
print(repr(inner), repr(inner.__context__))
