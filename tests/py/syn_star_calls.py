# Unpacking in calls with every parameter kind; **kwargs collection and ordering.
def show(a, b=0, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(show(1, c=3))
print(show(*[1, 2, 3, 4], c=5, e=6))
print(show(*"xy", **{"c": 1, "z": 2, "d": 9}))
print(show(1, *(), *[2], c=3, **{}, **{"q": 0}))
kw = {"c": "C", "b": "B"}
print(show("A", **kw))
args = (10, 20)
print(show(*args, *args, c=None), show(**{"a": 1, "c": 2}))
def kwonly_collect(**kw):
    return list(kw.items())
print(kwonly_collect(z=1, a=2, m=3), kwonly_collect(**dict(b=1, a=2)))
def pos(*a):
    return a
print(pos(*range(3), *"ab", *{"k": 1}, *{7}), pos(*(i * i for i in range(3))))
print(max(*[3, 9, 2]), min(*"zyx"), print(*[], sep="-") is None)
for bad in [lambda: show(1, 2, c=3, b=4), lambda: show(c=1), lambda: show(1, c=1, **{"c": 2}), lambda: show(1, **{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
