# Debian's collections, functools, operator, heapq and bisect.
import collections
from collections import namedtuple, OrderedDict, Counter, ChainMap, UserDict, UserList
import functools
import operator
import heapq
import bisect

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), Point._fields, tuple(p))
a, b = p
print(a, b, Point._make([3, 4]))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od.move_to_end('b')
print(od, list(od.keys()), od.popitem(last=False))

c = Counter('abracadabra')
print(c.most_common(2), c['a'], c['z'], sorted(c.elements())[:5])
c.update('aaz')
print(c['a'], (c + Counter('zz'))['z'])

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))

class D(UserDict):
    pass
d = D(x=1)
d['y'] = 2
print(sorted(d.items()), len(d))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul[0])

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
inc = functools.partial(operator.add, 1)
print(inc(41), inc.func is operator.add, inc.args)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)

@functools.cache
def sq(x):
    return x * x
print(sq(9), sq(9))

def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__(3))

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"))

class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
o = C()
print(o.val, o.val)

print(operator.itemgetter(1)([5, 6]), operator.attrgetter('x')(p), operator.methodcaller('upper')('a'))
print(operator.itemgetter(0, 2)('abc'), operator.mul(3, 4), operator.neg(5), operator.contains([1], 1))
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]))
print(list(heapq.merge([1, 3], [2, 4])))
s = [1, 3, 5]
bisect.insort(s, 4)
print(s, bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 10))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), len(dq))
dd = collections.defaultdict(list)
dd['k'].append(1)
print(dict(dd), dd['z'], dd.default_factory)
