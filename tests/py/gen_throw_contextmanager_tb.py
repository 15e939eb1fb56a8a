# generator.throw() raises the exception with the traceback it already carries: a context
# manager's generator sees the frames of the with block (unittest prints them).
import contextlib
import sys


@contextlib.contextmanager
def cm():
    try:
        yield
    except Exception:
        tb = sys.exc_info()[2]
        while tb:
            print(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next


def fail():
    raise ValueError


def run():
    with cm():
        fail()


run()


def gen():
    try:
        yield 1
    except KeyError as e:
        tb, names = e.__traceback__, []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('names', names)


def raiser():
    raise KeyError


g = gen()
next(g)
try:
    raiser()
except KeyError as e:
    try:
        g.throw(e)
    except StopIteration:
        print('stopped')
