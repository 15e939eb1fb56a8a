# Callables: __call__ on instances, functools.partial (nesting, keywords, repr of args), bound
# methods (__self__, __func__, equality), staticmethod/classmethod objects, callable() and
# operator.methodcaller.
import functools, operator

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return self.k * x + offset

triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
two_to = functools.partial(power, 2)
print(square(9), cube_mod(4), two_to(10), two_to(exp=5))
p2 = functools.partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, sorted(p2.keywords.items()))
try:
    square(2, 3)
except TypeError as e:
    print("TypeError:", e)

class Account:
    rate = 0.1
    def __init__(self, owner):
        self.owner = owner
    def interest(self, amount):
        return amount * self.rate
    @classmethod
    def with_rate(cls, r):
        cls.rate = r
        return cls
    @staticmethod
    def fee():
        return 2

a = Account("ann")
m = a.interest
print(m(100), m.__self__ is a, m.__func__ is Account.interest, m == a.interest, m is a.interest)
print(a.interest == Account("bob").interest, Account.interest(a, 50), type(m).__name__)
print(Account.with_rate(0.2).rate, a.interest(100), Account.fee(), a.fee(), type(Account.__dict__["fee"]).__name__)
up = operator.methodcaller("upper")
rep = operator.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), operator.attrgetter("owner")(a), operator.itemgetter(1, 0)("xy"))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0, fib.__wrapped__.__name__)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.title, len)("  hello world "))
