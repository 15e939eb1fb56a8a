# Star-unpacking: targets with a starred name in assignments, for loops and nested tuples;
# *args/**kwargs in calls (several of each), list/tuple/set/dict displays with * and **, and
# the errors for too few values and bad types.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(a, *b), c, [d, *e] = "xyz", 2, (3, 4, 5)
print(a, b, c, d, e)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys, end="; ")
print()
records = [("ann", 30, "nyc", "dev"), ("bob", 25, "la")]
for name, age, *extra in records:
    print(name, age, extra)

def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4,), *"ab", k=1, **{"m": 2}, **dict(n=3)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print([*range(3), *"hi", 9], (*[1], *(2, 3)), {*"aab", *[1, 1]} == {"a", "b", 1})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}, {"k": 0, **{}})
print(*[1, 2, 3], sep="-")
m = [[1, 2], [3, 4]]
print(list(zip(*m)), max(*[4, 9, 2]), "{}{}{}".format(*"xyz"))

for src in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "(*a,) = 5"]:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for src in ["f(1, *5)", "[*5]", "f(**[1])", "f(**{1: 2})", "f(a=1, **{'a': 2})"]:
    try:
        eval(src)
    except TypeError as e:
        print("TypeError:", e)
for src in ["*a, *b = [1, 2]", "a = *b", "print(*)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
