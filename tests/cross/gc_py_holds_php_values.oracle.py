class Obj: pass
def mk(i):
    o = Obj()
    o.i = i
    o.tags = [f"t{i}", f"u{i}"]
    return [o, lambda x: x + i, {"k": i}]
keep = []
for i in range(2000):
    o, f, arr = mk(i)
    if i % 50 == 0:
        keep.append((o, f, arr))
total = 0
for o, f, arr in keep:
    total += o.i + f(1) + arr["k"] + len(o.tags)
print(len(keep), total)
