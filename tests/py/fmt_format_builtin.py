# format() and __format__ across built-in types, including empty specs and str() equivalence.
for v in [0, -0.0, 1.0, 1e16, 1.5e-7, 2 ** 70, True, None, "s", b"b", [1], (1,), {1: 2}, 1 + 2j, range(3)]:
    print(repr(v), "->", repr(format(v, "")), repr(format(v, "")) == repr(str(v)))
print(format(1.0), format(1e16), format(1e-5), format(123456789.0), format(0.1 + 0.2))
print(format(12345.6789, "n"), format(12345, "n"), format(0.0001, "n"), format(1e20, "n"))
print(format(3, ".2f"), format(3, "e"), format(3, "%"), format(-3, "g"), format(3, "08.3f"))
print(format(1.23456789e-5, ".3"), format(123456.0, ".3"), format(0.5, ".0"), format(1.5, ".0"), format(2.5, ".0f"))
print(format(float("inf"), "010.2f"), format(float("-inf"), "^10"), format(float("nan"), "+"), format(float("nan"), "=+8"))
print(format("abc", ""), format("abc", "s"), format("é", "x^5"), format("tab\t", ">6"))
print(format(True, "s") if False else format(str(True), ">5"), format(False, "^7"), format(True, "d"), format(True, "#x"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234.5)
print(format(m, "usd"), format(m, ".1f"), f"{m:usd}", "{:usd}".format(m), "{0:>10}".format(m))
class NoFormat:
    pass
print(format(NoFormat(), "")[:11])
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
