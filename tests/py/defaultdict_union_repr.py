# defaultdict | dict and dict | defaultdict keep the defaultdict's class and factory; reprs of
# subclasses of builtin containers that print their value (a C __repr__ or super().__repr__())
# are not mistaken for cycles, while a real cycle through the instance still prints [...].
from collections import defaultdict

i = defaultdict(int, {1: 1, 2: 2})
s = defaultdict(str, {0: 'zero', 1: 'one'})
for r in (i | s, s | i, i | dict(s), dict(s) | i):
    print(type(r).__name__, r.default_factory, r, list(r))
for bad in (lambda: i | list(s.items()), lambda: list(s.items()) | i):
    try:
        bad()
    except TypeError as e:
        print('TypeError')
i |= list(s.items())
print(i, repr(defaultdict()), repr(defaultdict(list)))


class Sub(defaultdict):
    pass


print(Sub(int, a=1) | {'b': 2}, type(Sub(int) | {}).__name__)


class L(list):
    def __repr__(self):
        return 'L' + super().__repr__()


class D(dict):
    def __repr__(self):
        return 'D' + super().__repr__()


l = L([1])
l.append(l)
d = D(a=1)
d['self'] = d
print(l, d, [L([2])], {'k': D(b=2)})


class RecSub(defaultdict):
    def _factory(self):
        return []


rd = RecSub()
rd.default_factory = rd._factory
print(repr(rd).replace(hex(id(rd)), 'ID').split(' at ')[0])
