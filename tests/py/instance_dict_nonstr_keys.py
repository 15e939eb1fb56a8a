# An instance's __dict__ takes keys that are not strings, as CPython's does: item access, membership,
# the dict methods, comparison, and assigning a dict with such keys to __dict__.
class Foo: pass
f = Foo()
f.__dict__[1] = 1
f.a = 'a'
print(f.__dict__ == {1: 1, 'a': 'a'}, sorted(map(str, f.__dict__)), len(f.__dict__))
print(1 in f.__dict__, 2 in f.__dict__, f.__dict__[1], vars(f).get(1))
try:
    f.__dict__[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    [] in f.__dict__
except TypeError as e:
    print("TypeError", e)
print(f.__dict__.setdefault(2, 'two'), f.__dict__.pop(1), f.__dict__.pop(5, 'dflt'))
del f.__dict__[2]
try:
    del f.__dict__[2]
except KeyError as e:
    print("KeyError", e)
try:
    f.__dict__[(3,)]
except KeyError as e:
    print("KeyError", e)
f.__dict__ = {'x': 1, 7: 'seven'}
print(sorted(map(str, f.__dict__.items())), f.x)
f.__dict__ = {'y': 2}
print(f.__dict__)
g = Foo()
g.__dict__.update({4: 'four', 'k': 'v'})
print(g.__dict__ == {4: 'four', 'k': 'v'}, g.k)
g.__dict__.clear()
print(g.__dict__)
