# gc.collect() frees what only dead locals held, also when the frame running it was reached
# through a bound method, f(*args, **kw), an instance's __call__ or a class's __init__ (these
# calls push their frame in the interpreter loop, or mark the C caller as holding nothing else).
import gc
import weakref


class Thing:
    pass


def probe(tag):
    obj = Thing()
    r = weakref.ref(obj)
    p = weakref.proxy(set("abc"))
    obj = None
    gc.collect()
    try:
        str(p)
        proxy = "alive"
    except ReferenceError:
        proxy = "dead"
    print(tag, r() is None, proxy)


class Runner:
    def __init__(self, tag):
        probe(tag + " __init__")

    def method(self, tag):
        probe(tag)

    def __call__(self, tag, suffix=""):
        probe(tag + suffix)


def via_bound(tag):
    m = Runner("bound").method
    m(tag)


def via_star(tag, *args, **kw):
    Runner("star").method(tag, *args, **kw)


def via_star_func(*args, **kw):
    probe(*args, **kw)


via_bound("bound method")
via_star("star args")
via_star_func(*["star func"])
Runner("call")("instance", suffix=" __call__")
call = Runner("call2")
call("instance", **{"suffix": " kw"})
call(*("instance star",))


class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError", e)


class Deep:
    def __call__(self, n):
        return n if n == 0 else self(n - 1)


print(Deep()(50))


def star_error(a):
    return a


try:
    star_error(*(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    Runner("x").method(*(), **{"nope": 1})
except TypeError as e:
    print("TypeError", e)
