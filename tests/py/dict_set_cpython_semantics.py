# dict and set details CPython's test_dict / test_set check: view .mapping, (k, v) in items
# by lookup, view comparisons by containment (errors of == propagate), setdefault hashing and
# comparing once, "dict mutated during update", stored hashes reused between containers,
# frozenset hashes (CPython's values), frozenset(f) is f, tuple/frozenset subclasses with their
# own __init__ take keyword arguments, sets of sets in remove/discard, str-subclass attribute
# names, reversed(instance.__dict__).
import types


class Counted:
    hashes = 0
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return 42

    def __eq__(self, other):
        Counted.eqs += 1
        return isinstance(other, Counted) and self.v == other.v


d = {'a': 1}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m) is types.MappingProxyType, m == d, m['a'])
print(('a', 1) in d.items(), ('a', 2) in d.items(), ('b', 1) in d.items(), 'a' in d.items(),
      1 in d.values())


class Raiser:
    def __eq__(self, other):
        raise RuntimeError('eq')


x, y = {1: Raiser()}, {1: Raiser()}
for op in ('==', '!=', '<=', '>='):
    try:
        print(op, eval('x.items() %s y.items()' % op))
    except RuntimeError as e:
        print(op, 'RuntimeError', e)
print(d.keys() == {'a'}, {'a'} == d.keys(), d.keys() < {'a', 'b'}, d.items() >= {('a', 1)},
      d.keys() == ['a'], d.keys() != ('a',))


class Clearing:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        d1.clear()
        return NotImplemented


d1 = {0: set()}
print((0, Clearing()) in d1.items(), d1)

c1 = Counted(1)
dd = {c1: 5}
Counted.hashes = Counted.eqs = 0
dd.setdefault(Counted(2), [])
print('setdefault', Counted.hashes, Counted.eqs, len(dd))


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 50))
other[X()] = 0
try:
    {X(): 0, 1: 1}.update(other)
except RuntimeError as e:
    print('RuntimeError', e)

keys = [Counted(i) for i in range(5)]
src = dict.fromkeys(keys)
Counted.hashes = 0
s = set(src)
f = frozenset(src)
s.difference(src)
s.symmetric_difference_update(src)
dict.fromkeys(set(src))
dict.fromkeys(f, 1)
s.issubset(f)
print('rehashed', Counted.hashes, len(s), len(f))

for items in ([], [1], [1, 2, 3], ['a'], [(1, 2)], [frozenset([1])], [-1, -2], [2 ** 70]):
    print(hash(frozenset(items)) == hash(frozenset(reversed(items))),
          hash(frozenset(items)) if all(isinstance(i, int) for i in items) else '')
print(hash(frozenset(range(100))), hash(frozenset([frozenset(), frozenset([frozenset()])])))
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) is fs, frozenset(set(fs)) is fs)


class FS(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


class TS(tuple):
    def __init__(self, arg, tag=None):
        self.tag = tag


class Plain(frozenset):
    pass


print(FS([1], newarg=3).newarg, TS([1], tag='t').tag, type(FS([2])).__name__)
for call in (lambda: Plain(sequence=()), lambda: frozenset(x=1), lambda: tuple(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


class SetSub(set):
    pass


class H(set):
    def __hash__(self):
        return 7


outer = {frozenset([1]), 5}
print(SetSub([1]) in outer, {1} in outer, H() in {H()})
outer.remove(SetSub([1]))
outer.discard({5})
print(outer)
try:
    outer.remove(SetSub([9]))
except KeyError as e:
    print('KeyError', e.args[0])


class Foo:
    def __init__(self):
        self.msg = 'hi'
        self.other = 2


class S(str):
    pass


foo = Foo()
print(getattr(foo, S('msg')), foo.__dict__[S('msg')], list(reversed(foo.__dict__)))
