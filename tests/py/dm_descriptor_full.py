# Descriptors: __set_name__, data vs non-data precedence over the instance dict, __delete__,
# descriptors on the class itself (instance None), a typed field validator and a lazy property.
class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.owner, self.name, self.slot = owner.__name__, name, "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.slot)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @Lazy
    def total(self):
        "price times quantity"
        return self.price * self.qty

p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total, p.total)
print(sorted(vars(p)))
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["price"] = 99.0
print("data descriptor wins:", p.price)
p.__dict__["total"] = -1
print("non-data loses:", p.total)
del p.qty
print("after delete:", p.qty)
print(type(Product.name).__name__, Product.name.name, Product.name.slot, Product.total.__doc__)
print(Product.__dict__["price"].owner)

class Counter:
    calls = 0
    def __get__(self, obj, objtype):
        Counter.calls += 1
        return (obj is None, objtype.__name__)

class Host:
    c = Counter()
class SubHost(Host):
    pass
print(Host.c, Host().c, SubHost.c, SubHost().c, Counter.calls)

class Bound:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        return self.fn if obj is None else self.fn.__get__(obj, objtype)
class Greeter:
    def __init__(self, who):
        self.who = who
    @Bound
    def hello(self):
        return "hello " + self.who
print(Greeter("ann").hello(), Greeter.hello(Greeter("bob")))
