# __format__: format(), str.format and f-strings pass the spec to it; format_spec parsing of a
# custom mini-language; __str__ vs __repr__ with !s/!r/!a conversions; default object.__format__.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, num_spec or ".1f") + "°" + unit
    def __str__(self):
        return f"{self.celsius}C"
    def __repr__(self):
        return f"Temperature({self.celsius!r})"

t = Temperature(21.5)
print(format(t), format(t, "F"), format(t, ".3K"), format(t, ">10.0C"))
print("{}|{:F}|{:8.2K}|{!s}|{!r}".format(t, t, t, t, t))
print(f"{t}|{t:F}|{t!s:>8}|{t!r}|{t!a}")
width, prec = 12, 2
print(f"[{t:{width}.{prec}F}]")

class Plain:
    pass
p = Plain()
print(format(p, "") == str(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e.args[0].split(" for object")[0] if " for object" in e.args[0] else e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(self.cents / 100, spec or ",.2f")
m = Money(1234567)
print(f"{m}", f"{m:words}", f"{m:>15,.1f}", "{0:words}".format(m))

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print("{0.celsius:+.2e} {0!r:^24}".format(t))
print(format(3, "05d"), format(True, "d"), format(True), format(2.5, "%"), format(1e20, ","))
