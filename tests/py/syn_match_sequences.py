# match on sequences: lengths, star captures, nested, tuples vs lists, strings/bytes excluded.
def shape(v):
    match v:
        case ():
            return "empty"
        case (x,):
            return f"single {x!r}"
        case (x, y) if x == y:
            return f"equal pair {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *middle, last] if middle:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [*all_items]:
            return f"other seq {all_items!r}"
        case _:
            return "not a sequence"
for v in [(), [], (1,), ["a"], (2, 2), [1, 2], (1, 2, 3), list(range(6)), range(3), "ab", b"ab", bytearray(b"x"), {1: 2}, {1, 2}, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", shape(v))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", item, *rest] if not rest:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking many {items}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"
for line in ["go north", "go up", "take lamp", "take lamp key", "quit", "", "dance now"]:
    print(repr(line), cmd(line))
match [1, [2, 3], (4, [5])]:
    case [a, [b, c], (d, [e])]:
        print(a + b + c + d + e)
match (1, 2, 3, 4, 5):
    case (1, *rest) if sum(rest) == 14:
        print("rest", rest, type(rest).__name__)
