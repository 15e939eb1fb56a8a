class Tag:
    def __init__(self, name):
        object.__setattr__(self, "_attrs", {})
        object.__setattr__(self, "_name", name)
    def __str__(self):
        s = "<" + self._name
        for k, v in self._attrs.items():
            s += f' {k}="{v}"'
        return s + ">"
    def __getattr__(self, k): return self._attrs.get(k, "(unset)")
    def __setattr__(self, k, v): self._attrs[k] = v
def mk(n): return Tag(n)
t = mk("a")
print(str(t))
t.href = "/home"
t.title = "Home"
print(str(t))
print(t.href, t.rel)
print("link: %s" % t)
