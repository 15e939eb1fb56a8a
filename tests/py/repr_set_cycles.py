# Set reprs name a subclass and print a set met again inside its own repr as set(...) (CPython's
# Py_ReprEnter); nested comparisons count towards the recursion limit (RecursionError "in
# comparison" for a dict that contains itself).
class S(set):
    pass


class F(frozenset):
    pass


class L(list):
    pass


class T(tuple):
    pass


class W:
    def __repr__(self):
        return repr(self.value)


print(repr(S([1])), repr(F([1])), repr(S()), repr(F()), repr(L([1])), repr(T((1,))))
for t in (set, frozenset, S, F, list, L):
    w = W()
    s = t([w])
    w.value = s
    print(repr(s))
l = L()
l.append(l)
print(l, [l], {1: l}, (l,))
x = {}
x['foo'] = x
y = {'foo': x}
print(x, y)
z = {}
z['foo'] = z
print(x == {"foo": {"foo": x}})
for op in ('==', '!='):
    try:
        print(eval('x %s z' % op))
    except RecursionError as e:
        print('RecursionError', e)
a = []
a.append(a)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
print(set.__repr__(S([2])), S([3]).__repr__())
