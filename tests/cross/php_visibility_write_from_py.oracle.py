class Acct:
    __slots__ = ("_balance", "_owner")
    def __init__(self):
        self._balance = 10
        self._owner = "sam"
    def balance(self): return self._balance
    def owner(self): return self._owner
def mk(): return Acct()
a = mk()
for name in ("balance", "owner"):
    try:
        setattr(a, name, 1000)   # not public: refused
        print(name, "written")
    except AttributeError:
        print(name, "refused")
print(a.balance(), a.owner())
