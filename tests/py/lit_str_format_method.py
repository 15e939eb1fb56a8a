# str.format: positional, keyword, attribute, index, nested fields, conversions, escaping.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
p = Pt(3, 4)
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{0[1]}{0[0]}".format("ab"), "{d[key]}".format(d={"key": "v"}))
print("{0[0][1]}".format([[1, 2]]), "{x[1].y}".format(x=[0, p]), "{0!r:>12}".format(p), "{0!s}".format(p))
print("{{}} {{{0}}} }}{{".format(5), "{:>{width}}".format("r", width=6), "{:{}.{}f}".format(3.14159, 8, 2))
print("{0:{1}{2}}".format(42, "<", 5) + "|", "{:{fill}{align}{w}}".format("c", fill="-", align="^", w=5))
print("{d[1]} {d[a]}".format(d={1: "int key", "a": "str key"}), "{0[-1]}".format({"-1": "neg"}))
print("{:%}".format(0.25), "{:,}".format(10**9), "{!a}".format("\xe9"), "{0:}".format(5))
errs = ["{", "}", "{0} {}", "{} {0}", "{5}", "{x}", "{0.nope}", "{0[5]}", "{:d}", "{0!x}", "{a.}"]
for f in errs:
    try:
        print(repr(f.format("s")))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
print("{0}{1}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}), "{}".format(*[[1, 2]]))
print("{:>5}|{:<5}|{:^5}".format(*range(3)), "{0:.{1}}".format("abcdef", 3))
print("{self}".format(self="kw named self"), "{0[a]}".format({"a": "x"}))
print("{:=+10.2f}".format(3.5), "{:_^+10,}".format(12345), "{0:#b}".format(5))
