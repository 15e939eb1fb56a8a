class Cfg:
    def __init__(self):
        self.port = 80
        self.host = None
def mk(): return Cfg()
c = mk()
print(c.port, c.host)
c.port = 8080
c.host = "example.org"
print(c.port, c.host)
print(hasattr(c, "port"), hasattr(c, "nope"))
setattr(c, "extra", [1, 2])
def read(o): return str(o.port) + '@' + o.host + '#' + str(len(o.extra))
print(read(c))
print(getattr(c, "missing", "default"))
