# A generator's handled exception is its own: yielding inside an except block does not leak it
# to the caller, and the generator still has it when resumed. A bare raise adds no traceback
# entry of its own. An explicit __context__ = None survives being re-raised through calls.
import sys
import traceback
from contextlib import contextmanager


def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
        raise


g = gen()
print(repr(next(g)), sys.exc_info())
try:
    raise ValueError("caller")
except ValueError:
    print(repr(next(g)), repr(sys.exc_info()[1]))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e), e.__context__)
print(sys.exc_info())


def plain():
    yield sys.exc_info()[1]


try:
    raise TypeError("outer")
except TypeError:
    print("plain sees", repr(next(plain())))


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])


class MyError(Exception):
    pass


@contextmanager
def cm():
    try:
        yield
    except BaseException:
        exc = MyError()
        try:
            raise exc
        finally:
            exc.__context__ = None


try:
    with cm():
        raise IndexError()
except MyError as e:
    print("context", e.__context__)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise KeyError("second")
except KeyError as e:
    print("chained", repr(e.__context__))
