# Decorators: arbitrary expressions (PEP 614), stacking order, class decorators, arguments.
log = []
def tag(name):
    def deco(f):
        log.append(name)
        f.tags = getattr(f, "tags", ()) + (name,)
        return f
    return deco
decos = [tag("list0"), tag("list1")]
table = {"k": tag("dict")}
class Holder:
    deco = staticmethod(tag("attr"))
@decos[0]
@table["k"]
@Holder.deco
@(lambda f: (log.append("lambda"), f)[1])
@tag("a") if True else tag("b")
def target():
    return "called"
print(target(), target.tags, log)
def counter(f):
    count = 0
    def wrapper(*a, **k):
        nonlocal count
        count += 1
        return f(*a, **k), count
    return wrapper
@counter
def add(x, y=1):
    return x + y
print(add(1), add(2, y=5), add(0))
def register(cls):
    cls.registered = True
    return cls
@register
class C:
    @property
    def p(self):
        return 42
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(C.registered, C().p, C.s(), C.c())
x = 0
@(f := tag("walrus"))
def w():
    pass
print(w.tags, f is not None)
def replace(f):
    return "replaced " + f.__name__
@replace
def gone():
    pass
print(gone)
order = []
def mk(n):
    order.append("make" + n)
    def d(f):
        order.append("apply" + n)
        return f
    return d
@mk("1")
@mk("2")
@mk("3")
def z():
    pass
print(order)
try:
    @undefined_name
    def q():
        pass
except NameError as e:
    print("NameError", e)
