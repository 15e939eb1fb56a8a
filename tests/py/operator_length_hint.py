# operator.length_hint: len(), else __length_hint__ (a TypeError from it means no hint), else
# the default; and the hints of builtin iterators.
import operator


class X:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if type(self.value) is type:
            raise self.value
        return self.value


print(operator.length_hint([], 2), operator.length_hint(iter([1, 2, 3])), operator.length_hint(X(2)),
      operator.length_hint(X(NotImplemented), 4), operator.length_hint(X(TypeError), 12))
for v, exc in (('abc', TypeError), (-2, ValueError), (LookupError, LookupError)):
    try:
        operator.length_hint(X(v))
    except exc as e:
        print(type(e).__name__)
d = {1: 2, 3: 4}
for it in (iter(d), iter(d.items()), reversed(d), iter({5, 6, 7}), iter(range(4)), iter('abc'),
           iter((1, 2))):
    before = operator.length_hint(it)
    next(it)
    print(before, operator.length_hint(it))
