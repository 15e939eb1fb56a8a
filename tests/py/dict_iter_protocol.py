# dict and set iterators: their classes, __length_hint__, reversed(), and the RuntimeErrors
# CPython raises when the container changes under them; dict.fromkeys on subclasses; the
# in-place operator methods of list, dict and set.
d = {1: 'a', 2: 'b', 3: 'c'}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()),
           reversed(d.items()), iter({1, 2})):
    print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d)
next(it)
print(it.__length_hint__(), list(reversed(d.keys())), list(reversed(d.items())))


def mutate(make, action):
    c = make()
    try:
        for _ in c if not isinstance(c, tuple) else c[1]:
            action(c if not isinstance(c, tuple) else c[0])
    except RuntimeError as e:
        print('RuntimeError:', e)
    else:
        print('no error')


def del_add(x):
    del x[0]
    x[0] = 0


mutate(lambda: {0: 0}, del_add)
mutate(lambda: (lambda x: (x, x.values()))({0: 0}), del_add)
mutate(lambda: (lambda x: (x, x.items()))({0: 0}), del_add)
mutate(lambda: {1: 1}, lambda x: x.__setitem__(len(x) + 1, 1))
mutate(lambda: {1, 2}, lambda x: x.add(len(x) + 10))
mutate(lambda: {'a', 'b'}, lambda x: x.discard('a'))
mutate(lambda: {1: 1, 2: 2}, lambda x: x.__setitem__(1, 5))
it = iter({1: 1})
d2 = {1: 1}
it = iter(d2)
d2[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print('again:', e)


class dictlike(dict):
    pass


class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


for cls in (dict, dictlike, Logging):
    r = cls.fromkeys('ab', 0)
    print(type(r).__name__, r, type(cls().fromkeys([1])).__name__)


def gen():
    yield 3
    yield 4


print(dict.fromkeys(gen()))
try:
    dict.fromkeys(3)
except TypeError as e:
    print('TypeError:', e)

a = {0: 0, 1: 1}
print(a.__ior__([(2, 2)]), a.__or__(None), a.__or__([]))
for bad in (None, 'BAD'):
    try:
        a.__ior__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = {1, 2}
print(s.__ior__({3}), s.__iand__({1, 3}), s.__ixor__({4}), s.__isub__({4}), s.__ior__([1]))
l = [1]
print(l.__iadd__((2,)), l.__imul__(2), l)
print(hasattr([], '__ior__'), hasattr({}, '__iadd__'), hasattr(frozenset(), '__ior__'))


class MyDict(dict):
    pass


m = MyDict(a=1)
m |= {'b': 2}
print(type(m).__name__, m, m.__ior__({'c': 3}) is m)
