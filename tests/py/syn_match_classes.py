# match class patterns: __match_args__, keyword patterns, builtins matching self, nested classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end
def where(v):
    match v:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz < 0:
            return f"below {x},{y},{zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0):
            return "on y axis"
        case Point(y=0, x=x):
            return f"on x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line from ({s.x},{s.y}) to ({e.x},{e.y})"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case list([first, *_]) | tuple((first, *_)):
            return f"sequence starting {first!r}"
        case dict({"id": ident}):
            return f"record {ident}"
        case object(__class__=cls):
            return f"some {cls.__name__}"
for v in [Point3(0, 0, 0), Point3(1, 2, -3), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1),
          Line(Point(1, 0), Point(1, 9)), Line(Point(0, 0), Point(2, 3)), -4, -0.5, True, 9, "123", "abc",
          [5, 6], (7,), {"id": 42, "x": 1}, None, 2.5]:
    print(where(v))
