# f-string format specs with nested replacement fields and all presentation types.
import math
vals = [0, 1, -1, 255, 3.14159, -2.5, 1e10, 1234567.891]
for v in vals:
    w = 12
    print(f"|{v:>{w}}|{v:<{w}}|{v:^{w}}|{v:+}|{v:{'.3' if isinstance(v, float) else ''}}|")
for p in range(0, 5):
    print(f"{math.pi:.{p}f} {math.pi:.{p}e} {math.pi:.{p + 1}g} {math.pi * 1000:,.{p}f}")
for t in "bcdoxXn":
    print(t, f"{65:{t}}", f"{65:#{t}}" if t not in "cn" else "", f"{65:>8{t}}")
for t in "eEfFgG%":
    print(t, f"{1234.5678:{t}}", f"{1234.5678:.2{t}}", f"{-0.00012:{t}}", f"{1234.5678:_{t}}" if t not in "n" else "")
x = 42
print(f"{x!r:>{x // 6}}", f"{'s'!s:*^{3 + 2}}", f"{x:{'<'}{'+'}{8}}", f"{x:0{7}}", f"{x:_^+{9}}")
print(f"{'%':%>5}", f"{{}}{x}{{}}", f"{x:{x}}".count(" "), f"{3.0:#g}", f"{3:#x}")
d = {"width": 10, "prec": 2, "val": 2 / 3}
print(f"{d['val']:{d['width']}.{d['prec']}f}|", f"{d['val']:>{d['width']}.{d['prec']}%}|")
print(f"{1+2j:>10}", f"{-1.5e-7:.2e}", f"{2**100:.3e}", f"{10**30:,}", f"{-10**6:_}")
