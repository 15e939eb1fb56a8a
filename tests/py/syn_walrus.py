# Assignment expressions in every legal position, and the illegal ones.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(item, data)
print([y for x in range(5) if (y := x * x) > 3], y)
print([(last := v) for v in "abc"], last)
def f():
    [(z := i) for i in range(3)]
    return z
print(f())
print((a := 1, b := 2), a, b)
print(len(s := "hello"), s)
print({(k := "key"): (v := "val")}, k, v)
print(f"{(w := 7)} {w}")
fn = lambda: (q := 5) + q
print(fn())
print(max((m := 3), 2), m, [m := m + 1, m])
def g(x=(dflt := "default")):
    return x
print(g(), dflt)
total = 0
print(any((total := total + v) > 5 for v in range(10)), total)
import re
if (mo := re.match(r"(\d+)", "123abc")) is not None:
    print(mo.group(1))
print([y := 5, y ** 2])
print((x := 3) if (cond := True) else None, x, cond)
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "[i := 0 for i in range(3)]", "def h(a := 1): pass",
            "f(x := 1)", "(y := 1, z := 2)", "class C:\n    [(j := 1) for _ in ()]", "print(k := 1)",
            "[[(j := 0) for i in range(2)] for j in range(2)]", "lambda: (l := 1)", "x = y := 1"]:
    try:
        compile(src, "<w>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
