# Rich comparisons: reflected operations (a < b tries b > a), NotImplemented fallbacks, subclass
# priority for the reflected method, == falling back to identity, and TypeError messages.
log = []

class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        log.append("A.__gt__")
        return self.v > getattr(o, "v", o)
    def __eq__(self, o):
        log.append("A.__eq__")
        return NotImplemented

class B(A):
    def __gt__(self, o):
        log.append("B.__gt__")
        return True
    def __lt__(self, o):
        log.append("B.__lt__")
        return False

def show(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: %s" % e
    print(label, r, log)

show("A(1) < A(2):", lambda: A(1) < A(2))
show("A(3) < 2:", lambda: A(3) < 2)
show("2 < A(3):", lambda: 2 < A(3))
show("A(1) < B(2):", lambda: A(1) < B(2))
show("B(1) > A(2):", lambda: B(1) > A(2))
show("A(1) == A(1):", lambda: A(1) == A(1))
a = A(1)
show("a == a:", lambda: a == a)
show("a != a:", lambda: a != a)
show("A(1) <= A(2):", lambda: A(1) <= A(2))

class Plain:
    pass
show("Plain() < Plain():", lambda: Plain() < Plain())
show("1 < 'x':", lambda: 1 < "x")
show("[] >= ():", lambda: [] >= ())
show("None < None:", lambda: None < None)

class OnlyEq:
    def __eq__(self, o):
        return "eq-result"
show("OnlyEq() == 1:", lambda: OnlyEq() == 1)
show("1 == OnlyEq():", lambda: 1 == OnlyEq())
show("OnlyEq() != 1:", lambda: OnlyEq() != 1)

class NeOnly:
    def __ne__(self, o):
        return "custom ne"
show("NeOnly() != 0:", lambda: NeOnly() != 0)
show("NeOnly() == 0:", lambda: NeOnly() == 0)

class Chain:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Chain(1) < Chain(2) < Chain(3), Chain(1) < Chain(3) < Chain(2))
print(sorted([Chain(3), Chain(1), Chain(2)], key=lambda c: c.v)[0].v, min(Chain(5), Chain(4)).v)
