# Or-patterns whose alternatives capture before a value that fails (the failure paths must leave
# the stack as the next alternative expects), nested or-patterns, or-patterns inside sequences,
# mappings and class patterns, with guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def classify(v):
    match v:
        case (a, b, 1) | (b, a, 2):
            return f"tagged a={a} b={b}"
        case (a, 1, 2) | (a, 1, 3) | (a, 2, 3):
            return f"triple a={a}"
        case [x, (1 | 2) as y, *rest] if rest:
            return f"list x={x} y={y} rest={rest}"
        case {"k": (1, z) | (2, z) | [3, z]}:
            return f"map z={z}"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"axis {yy}"
        case ((a, 9) | (9, a), (b, 8) | (8, b)):
            return f"nested a={a} b={b}"
        case _:
            return "other"


for v in [(5, 6, 1), (5, 6, 2), (5, 6, 3), (7, 1, 2), (7, 1, 3), (7, 2, 3), (7, 2, 4),
          [0, 2, 9, 9], [0, 2], {"k": (1, "one")}, {"k": [3, "three"]}, {"k": (4, 4)},
          Point(0, 5), Point(6, 0), Point(1, 1), ((1, 9), (8, 2)), ((9, 3), (4, 8)),
          ((1, 2), (3, 4))]:
    print(v, "->", classify(v))
