# Operator precedence and associativity.
x = a + b * c - d / e // f % g @ h
x = a ** b ** c, -a ** b, (-a) ** b, a ** -b, ~a, +a, not a, - - a
x = a << b >> c & d ^ e | f
x = a < b <= c > d >= e == f != g, a is b, a is not b, a in b, a not in b
x = a and b or c and not d, a or b or c, a and b and c
x = a if b else c if d else e, lambda: 1, lambda x, *y, z=1, **k: x
x = (a := 10), [y := f(x), y**2]
async def f():
    await x
    return await a.b(c) ** 2
x = a[1], a[1:2], a[::2], a[:], a[1:2, 3], a[..., 1], a[b:=1], a[*b], a[1:2:3, ::, :]
x = a.b.c(d)(e)[f].g, f(*args, **kw), f(a, *b, c=1, *d, **e), f(x for x in y)
x = (1,), (), [], {}, {1}, {1: 2, **d}, [*a, *b], {*a, 1}, (*a, *b)
