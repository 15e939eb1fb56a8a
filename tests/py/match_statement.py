class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s:
            return f"str {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [1, 2, *rest]:
            return f"starts 1, 2 then {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t}:
            return f"shape {t}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case None:
            return "none"
        case True:
            return "unreachable"
        case _:
            return "something else"

for v in [0, 1, -5, 7, "hi", [], [9], [1, 2, 3, 4], (3, 4), {"type": "circle", "r": 2},
          {"type": "square"}, Point(0, 0), Point(5, 0), Point(2, 3), None, 2.5, [1, 3, 5]]:
    print(describe(v))

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if code >= 500:
            return "server error"
    return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
