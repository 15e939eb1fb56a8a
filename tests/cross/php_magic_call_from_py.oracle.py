class Proxy:
    def __getattr__(self, n):
        return lambda *args: n + "(" + ",".join(str(a) for a in args) + ")"
class ProxyClass:
    def __getattr__(self, n):
        return lambda *args: "static " + n + "(" + str(len(args)) + ")"
def mk(): return Proxy()
p = mk()
print(p.anything(1, 2))
print(p.other())
print(ProxyClass().build("x"))
