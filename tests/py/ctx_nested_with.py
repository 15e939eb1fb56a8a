# Nested with statements: enter/exit order for multiple managers in one statement and nested
# blocks, an exception in the middle manager's __enter__ exits only the entered ones, inner
# suppression hides the exception from outer managers, and return/break through with.
class M:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return self.suppress

with M("a"), M("b"), M("c"):
    print("body abc")

try:
    with M("x"), M("y", fail_enter=True), M("z"):
        print("not reached")
except RuntimeError as e:
    print("caught:", e)

with M("outer"):
    with M("inner", suppress=True):
        raise KeyError("hidden")
    print("after inner")

def ret():
    with M("r1"):
        with M("r2"):
            return "returned"
print(ret())

for i in range(3):
    with M("loop%d" % i):
        if i == 1:
            break
print("loop done")

try:
    with M("p"), M("q", suppress=False):
        raise ValueError("both see it")
except ValueError as e:
    print("outer caught", e)

with (M("paren1") as p1,
      M("paren2") as p2):
    print("parenthesized", p1.name, p2.name)
