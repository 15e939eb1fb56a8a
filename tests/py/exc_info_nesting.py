# sys.exc_info() and the "handled exception": inside nested handlers, restored after an inner
# handler ends, cleared after the outer one, seen from called functions, and in generators that
# yield inside an except block.
import sys

def current():
    t, v, tb = sys.exc_info()
    return None if t is None else f"{t.__name__}({v})"

print("start:", current())
try:
    raise KeyError("outer")
except KeyError:
    print("outer handler:", current())
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handler:", current())
    print("back in outer:", current())
    def helper():
        return current()
    print("from a call:", helper())
print("after:", current())

def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield current()
        yield current()
    yield current()

g = gen()
print("gen 1:", next(g))
print("between:", current())
print("gen 2:", next(g))
print("gen 3:", next(g))

try:
    try:
        raise TypeError("first")
    finally:
        print("finally sees:", current())
except TypeError:
    pass

try:
    raise OSError("x")
except OSError as e:
    print(sys.exception() is e if hasattr(sys, "exception") else "no sys.exception", repr(e))
print(current())

def reraiser():
    try:
        raise RuntimeError("saved")
    except RuntimeError:
        return sys.exc_info()
t, v, tb = reraiser()
print(t.__name__, v, tb.tb_frame.f_code.co_name, current())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
