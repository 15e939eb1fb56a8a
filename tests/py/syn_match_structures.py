# match: sequence, mapping, class patterns with __match_args__, star and ** captures, as-patterns.
class Point:
    __match_args__ = ("x", "y")  # as @dataclass would set it
    def __init__(self, x, y):
        self.x, self.y = x, y
class Vec:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
def describe(v):
    match v:
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *mid, z) if len(mid) > 1:
            return f"long {a} {b} {mid} {z}"
        case [a, b]:
            return f"pair {a} {b}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect extras {sorted(rest)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case Vec(1, b=q):
            return f"vec starting 1 with b={q}"
        case Vec(p, q):
            return f"vec {p} {q}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"str {s}"
        case ((1, 2) as inner, [3, *_]):
            return f"nested {inner}"
        case _:
            return "unknown"
cases = [[], [5], [1, 2, 3], (1, 2, 3, 4, 5), [7, 8], {"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2},
         {"other": 1}, Point(0, 0), Point(0, 5), Point(3, 4), Vec(1, 9), Vec(2, 3), 7, 2.5, "text", ((1, 2), [3, 4]),
         "ab", object, range(2), {1, 2}, b"xy"]
for c in cases:
    print(type(c).__name__, "->", describe(c))
class Bad:
    __match_args__ = ("a",)
    a = 1
try:
    match Bad():
        case Bad(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
match {"k": 1, "extra": 2}:
    case {"k": 1}:
        print("mapping patterns ignore extra keys")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "abc":
    case [*_]:
        print("str is a sequence?")
    case _:
        print("str is not matched as a sequence")
