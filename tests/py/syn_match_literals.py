# match: literal, capture, wildcard, value (dotted), or-patterns and guards.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "limit"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case x if x == "guarded":
            return "guard matched"
        case _:
            return f"other {v!r}"
for v in [0, 1, 3, -1, 1.5, 2j, "hi", b"bytes", None, True, False, 1.0, Color.RED, Color.GREEN, 10, 500,
          "elaborate", "guarded", "x", 0.0]:
    print(repr(v), "->", classify(v))
def capture(v):
    match v:
        case name:
            return name
print(capture(42))
count = 0
def side(v):
    global count
    count += 1
    return v
for v in [1, 2, 3]:
    match v:
        case n if side(n) > 2:
            print("guard true", n)
        case n:
            print("fallthrough", n)
print("guard evaluations", count)
for src in ["match x:\n case a | b:\n  pass", "match x:\n case _:\n  pass\n case 1:\n  pass",
            "match x:\n case y:\n  pass\n case 1:\n  pass", "match x:\n case 1 | y:\n  pass",
            "match x:\n case (a, a):\n  pass", "match x:\n case 1 + 2:\n  pass"]:
    try:
        compile(src, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
match = 5
case = 6
print(match + case, [match for match in range(2)])
