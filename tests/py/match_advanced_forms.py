# match: class patterns with __match_args__ and keywords, mapping patterns with **rest, nested
# sequence patterns with star, or-patterns binding the same names, guards, value patterns
# (dotted names), captures with as, and literal/None/True matching.
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point

class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size):
        self.kind, self.size = kind, size
    def __repr__(self):
        return f"Shape({self.kind!r}, {self.size!r})"

def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case Color.RED:
            return "red"
        case Color():
            return f"other color {obj.name}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line {s} -> {e}"
        case Shape("circle", r):
            return f"circle r={r}"
        case Shape(kind="square", size=side) if side > 10:
            return "big square"
        case Shape(_, size):
            return f"shape of size {size}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [(a, b), *rest]:
            return f"pairs start {a},{b} rest {rest}"
        case [*_, 99]:
            return "ends with 99"
        case {"type": "user", "name": str(name), **rest} if not rest:
            return f"user {name}"
        case {"type": "user", "name": name, **rest}:
            return f"user {name} with {sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case _:
            return f"unknown {type(obj).__name__}"

samples = [None, True, 0, -5, 3.5, "", "hi", Color.RED, Color.GREEN, Point(0, 0), Point(0, 7),
           Point(4, 0), Point(3, 3), Point(1, 2), Line(Point(1, 1), Point(1, 9)),
           Line(Point(0, 0), Point(2, 3)), Shape("circle", 2), Shape("square", 12),
           Shape("square", 3), [], [7], [1, 2, 3, 4, 5], [(1, 2), 3], [5, 99], (5, 6),
           {"type": "user", "name": "ann"}, {"type": "user", "name": "bob", "age": 3},
           {"type": "admin"}, {"x": 1}, {1, 2}]
for s in samples:
    print(f"{s!r:45} -> {describe(s)}")
