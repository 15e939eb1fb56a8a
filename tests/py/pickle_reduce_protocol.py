# pickle and copy through object.__reduce_ex__ (copyreg, protocols 0-5), object.__getstate__,
# __getnewargs__ of builtin values, builtin functions pickled by name, the iterators of dicts,
# sets, lists, strs and ranges, range itself, and str under protocol 0 (raw-unicode-escape).
import copy
import pickle


class Plain:
    def __init__(self):
        self.a = [1, 2]
        self.b = 'x'


class Slotted:
    __slots__ = ('x', 'y')


class Both(Plain):
    __slots__ = ('z',)


class IntSub(int):
    pass


class StrSub(str):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class SetSub(set):
    pass


class KwNew:
    def __new__(cls, *, n):
        o = super().__new__(cls)
        o.n = n
        return o

    def __getnewargs_ex__(self):
        return (), {'n': self.n}


def show(o):
    if isinstance(o, (Plain, Slotted, KwNew)):
        return (type(o).__name__, sorted((k, getattr(o, k)) for k in ('a', 'b', 'x', 'y', 'z', 'n')
                                         if hasattr(o, k)))
    return (type(o).__name__, o, getattr(o, '__dict__', None))


s = Slotted()
s.x = 1
both = Both()
both.z = 3
i = IntSub(7)
i.tag = 'i'
ls = ListSub([1, 2])
ls.tag = 'l'
ds = DictSub(a=1)
ds.tag = 'd'
ss = SetSub([3])
ss.tag = 's'
objs = [Plain(), s, both, i, StrSub('s\u20ac'), ls, ds, ss, KwNew(n=5), 'caf\u00e9 \U0001f600',
        range(2, 9, 3), b'\x00\xff', (1, 'two'), {1, 2}, frozenset({3})]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in objs:
        try:
            print(proto, show(pickle.loads(pickle.dumps(o, proto))))
        except Exception as e:
            print(proto, type(o).__name__, type(e).__name__, e)
for o in objs:
    print('copy', show(copy.copy(o)), show(copy.deepcopy(o)))

print(Plain().__getstate__(), s.__getstate__(), both.__getstate__(), Plain().__reduce_ex__(2)[1:])
print(IntSub(3).__getnewargs__(), 'ab'.__getnewargs__(), (1,).__getnewargs__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = {1: 'a', 2: 'b', 3: 'c'}
    for make in (iter, lambda d: iter(d.values()), lambda d: iter(d.items()), reversed,
                 lambda d: reversed(d.items()), lambda d: iter(set(d)), lambda d: iter(list(d)),
                 lambda d: iter('h\u00e9llo'), lambda d: iter(range(1, 10, 2)),
                 lambda d: iter(tuple(d))):
        it = make(data)
        next(it)
        print(proto, list(pickle.loads(pickle.dumps(it, proto))), list(it))
    it = iter([1, 2, 3])
    list(it)
    print(list(pickle.loads(pickle.dumps(it, proto))))
    print(pickle.loads(pickle.dumps(len, proto)) is len,
          pickle.loads(pickle.dumps([5].count, proto))(5))
it = iter('abcdef')
it.__setstate__(4)
print(it.__reduce__(), list(it))
it = iter([1, 2, 3])
it.__setstate__(-3)
print(it.__length_hint__(), list(it), iter(range(5)).__length_hint__())
print(range(1, 5).__reduce__(), iter({1: 2}).__reduce__())
