class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
def parse(s, out):
    out.v = {}
    for pair in s.split(";"):
        if pair == "":
            continue
        k, v = pair.split("=")
        out.v[k.strip()] = v.strip()
    return len(out.v)
out = Ref(None)
n = parse("a = 1; b=two ;c=3", out)
print(n)
for k, v in out.deref().items():
    print(k, "->", v)
