# Annotations: __annotations__ of modules, classes and functions; evaluation and targets.
x: int = 5
y: "forward"
z: list[int]
print(__annotations__)
print("y" in globals(), x)
def f(a: int, b: "str" = "d", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(p, q=1):
    pass
print(g.__annotations__, (lambda: 0).__annotations__)
class C:
    attr: int
    other: str = "set"
    def m(self) -> "C":
        return self
print(C.__annotations__, hasattr(C, "attr"), C.other, C.m.__annotations__)
class D(C):
    extra: float
print(D.__annotations__)
order = []
def ann(v):
    order.append(v)
    return v
w: ann("annotation evaluated") = ann("value")
print(order)
def local_ann():
    loc: ann("not evaluated in function")
    loc2: int = 3
    return loc2
print(local_ann(), order)
obj = C()
obj.field: int = 7
d = {}
d["k"]: str = "v"
print(obj.field, d)
(paren): int = 1
print(paren, "paren" in __annotations__)
def h(x: 1 + 2, *, y: [1, 2] = None):
    pass
print(h.__annotations__)
f.__annotations__["new"] = str
print(sorted(f.__annotations__))
for src in ["a, b: int", "[a]: int = 1", "a: int, b: int = 1, 2", "f(): int"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
