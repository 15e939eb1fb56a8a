# Nested handlers: an exception raised in an except block chains implicitly, handlers in called
# functions, re-raising a different exception from finally replacing the pending one,
# sys.exc_info() inside and after handlers, and exceptions escaping through several frames.
import sys

def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 saw %s" % e)
def level1():
    try:
        level2()
    finally:
        print("  level1 finally")
try:
    level1()
except ValueError as e:
    print("top:", e, "| context:", repr(e.__context__))

try:
    try:
        raise TypeError("pending")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print("replaced:", repr(e), "| context:", repr(e.__context__))

print("before:", sys.exc_info())
try:
    raise ZeroDivisionError("zd")
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print("inside:", t.__name__, v, tb is not None)
    try:
        raise KeyError("nested")
    except KeyError:
        print("nested inside:", sys.exc_info()[0].__name__)
    print("back to outer:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())

def handler_in_generator():
    try:
        yield 1
        raise RuntimeError("gen")
    except RuntimeError as e:
        yield "gen caught %s" % e
print(list(handler_in_generator()))

def swallow_all():
    for exc in (ValueError, KeyError, StopIteration, GeneratorExit):
        try:
            raise exc("x")
        except BaseException as e:
            print("  swallowed", type(e).__name__)
swallow_all()
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
