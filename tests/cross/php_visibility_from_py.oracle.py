class Obj:
    __slots__ = ("pub", "_priv", "_prot")
    def __init__(self):
        self.pub = "public"
        self._priv = "private"
        self._prot = "protected"
    def _hidden(self): return "hidden"
    def reveal(self): return self._priv + "/" + self._prot + "/" + self._hidden()
o = Obj()
print(o.pub)
print(o.reveal())
for name in ("priv", "prot", "hidden"):
    try:
        v = getattr(o, name)   # the names are not public: refused
        print(name, "visible", v)
    except AttributeError:
        print(name, "refused")
