# Star unpacking in calls, literals, assignment targets, for targets, return and yield.
def f(*a, **k):
    return a, k
l = [1, 2]
d = {"x": 1}
print(f(*l, *l, 3, *(), **d, **{"y": 2}), f(*"ab", *range(2)))
print([*l, *l], (*l, 0), {*l, *"ab"} == {1, 2, "a", "b"}, {**d, "z": 3, **{"x": 9}})
print([*range(3), *[], *{}.keys()], (*"x",), [*map(str, l)])
a, *b = [1, 2, 3]
*c, e = "xyz"
g, *h, i = range(5)
print(a, b, c, e, g, h, i)
[j, *k], m = [1, 2, 3], 4
print(j, k, m)
(p, q), *r = (1, 2), 3, 4
print(p, q, r)
for first, *rest in [(1, 2, 3), "ab", [4]]:
    print(first, rest)
for (x, y), *z in [((1, 2), 3)]:
    print(x, y, z)
def ret():
    return *l, 3
def gen():
    yield *l, 4
print(ret(), list(gen()))
*empty, = []
print(empty)
try:
    a, *b, c = [1]
except ValueError as err:
    print("ValueError", err)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError", err)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as err:
    print("TypeError", err)
try:
    f(**[1])
except TypeError as err:
    print("TypeError", err)
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "print(*)", "[*a for a in []]", "*a, b = 1, 2", "del *a, b"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as err:
        print("SyntaxError", src, err.msg)
s = [0, 1, 2, 3]
s[1:3], *t = [["x"], ["y"]], 9
print(s, t)
