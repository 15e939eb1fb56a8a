# assert with messages and side effects; del in loops, on slices, of globals and closures' names.
def checked(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    assert v >= 0, ("negative", v)
    return v
for v in [3, -1, "x"]:
    try:
        print(checked(v))
    except AssertionError as e:
        print("AssertionError", e.args)
x = [0, 1, 2, 3, 4, 5, 6]
del x[::3]
print(x)
del x[-1], x[0]
print(x)
d = {i: i for i in range(6)}
for k in [k for k in d if k % 2]:
    del d[k]
print(d)
g1 = g2 = 1
del g1
print("g1" in globals(), "g2" in globals())
class C:
    a = 1
    b = 2
    del a
print(hasattr(C, "a"), C.b)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
lst = [1, 2, 3]
it = iter(lst)
del lst
print(list(it))
