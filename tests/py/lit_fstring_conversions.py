# f-string conversions !r !s !a and the = specifier with specs.
class P:
    def __repr__(self):
        return "P<repr>"
    def __str__(self):
        return "P<str>"
    def __format__(self, spec):
        return "P<format:" + spec + ">"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p!a}", f"{p:abc}", f"{p!r:>10}", f"{p!s:*<8}")
s = "caf\xe9\n"
print(f"{s!r}", f"{s!a}", f"{s!s}", f"{s!r:^14}")
n = 42
print(f"{n=}", f"{n = }", f"{n=:#06x}", f"{n=!r}")
print(f"{p=}", f"{p=!s}", f"{p=:spec}", f"{s=}")
items = [1, 2]
print(f"{items[0]=}", f"{len(items)=}", f"{items!r:>10}|", f"{'x'*3=}")
print(f"{3.0=:.2f}", f"{1+1=}", f"{ n  =  }", f"{n=  }")
nested = f"{f'{n!r:>5}'!r}"
print(nested, f"{nested!a}")
print(f"{None!r}", f"{True!s:>6}", f"{b'x'!a}", f"{'é'!a:>8}", f"{[s]!a}")
print(f"{n:{'>'}{10}}", f"{n:{'^'}{n // 6}}", f"{'ab'!r:{'*'}^{9}}")
