# str.format field names: attribute chains, indexing with ints and strs, numbering, nesting depth.
class Obj:
    def __init__(self):
        self.items = {"k": [10, 20]}
        self.name = "obj"
        self.child = None
o = Obj()
o.child = Obj()
o.child.name = "child"
print("{0.name} {0.child.name} {0.items[k][1]} {0.child.items[k][0]}".format(o))
print("{a[0]}{a[1]}{a[2]}".format(a="xyz"), "{0[0]}{0[-1]}".format({0: "zero", -1: "neg"}) if False else "{0[0]}".format(["first"]))
print("{0}{1}{0}".format("ab", "cd"), "{}{}{}".format(1, 2, 3), "{2}{1}{0}".format(*"abc"))
print("{x}{y}{x}".format(x=1, y=2), "{0}{x}".format("pos", x="kw"), "{}{x}{}".format(1, 2, x="k"))
print("{:{}}|".format("v", 4), "{:{}{}}|".format("v", "^", 5), "{0:{1}.{2}f}".format(3.14159, 8, 3))
print("{!r:^12}".format("ü"), "{!a}".format("ü"), "{!s:>5}".format(1), "{0!r}{0!s}".format("q"))
print("{{literal}} {}".format("x"), "}}{{".format(), "{{{}}}".format(5))
print("{0:{1}}".format(12, "+"), "{:,}".format(1234567), "{:_b}".format(255), "{:#_x}".format(65535))
data = {"user": {"name": "ann", "langs": ["py", "php"]}}
print("{d[user][name]} knows {d[user][langs][1]}".format(d=data))
print("{0.real}+{0.imag}j".format(3 + 4j), "{0.__class__.__name__}".format(1.5), "{.numerator}".format(7))
for bad in ["{0:{1:{2:{3}}}}", "{:d}", "{0!}", "{-1}"]:
    try:
        print(repr(bad.format(1, 2, 3, 4)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__)
