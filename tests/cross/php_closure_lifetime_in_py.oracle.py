def make(prefix):
    n = 0
    def f(s):
        nonlocal n
        n += 1
        return f"{prefix}#{n}:{s}"
    return f
saved = [make("a"), make("b")]
for s in ["x", "y", "z"]:
    for f in saved:
        print(f(s))
registry = {"log": make("log")}
del saved
print(registry["log"]("kept"), registry["log"]("alive"))
