# slice objects: attributes, indices(), use with built-ins and __getitem__, equality, errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1), repr(slice("a", [1])))
for sl in [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, None, -1), slice(100, -100, -3), slice(-100, 100), slice(2, 2)]:
    print(sl, sl.indices(7), list(range(10))[sl], "abcdefghij"[sl])
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print("ValueError", e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q[1:2:3].step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None).start is None)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
lst = list(range(10))
lst[slice(2, 4)] = ["x"]
del lst[slice(None, None, 3)]
print(lst, (1, 2, 3)[slice(1, None)], b"bytes"[slice(1, 3)], range(10)[slice(2, 8, 2)])
try:
    [1, 2][slice("a", None)]
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3][Idx():], "abc"[Idx()], slice(Idx(), None).indices(5), [1, 2, 3][slice(None, Idx())])
