# generator.throw() keeps the thrown exception's traceback and continues it from the generator's
# frame (contextlib's exception handling and unittest's failure reports depend on it).
import contextlib
import sys


def frames(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def gen():
    try:
        yield
    except KeyError as e:
        print("in gen", frames(e.__traceback__))


def inner():
    raise KeyError(1)


for form in range(3):
    g = gen()
    next(g)
    try:
        inner()
    except KeyError as e:
        args = [(e,), (type(e), e, e.__traceback__), (KeyError, e)][form]
        try:
            g.throw(*args)
        except StopIteration:
            pass


@contextlib.contextmanager
def catching():
    try:
        yield
    except Exception:
        print("in manager", frames(sys.exc_info()[2]))


def outer():
    with catching():
        inner()


outer()
try:
    gen().throw(KeyError, KeyError(2), 5)
except TypeError as e:
    print(e)
