# Cooperative multiple inheritance: every __init__ in a diamond runs once through super(),
# keyword arguments peeled off along the MRO, a method resolved through the linearization, and
# super() skipping to the next class in the MRO of the instance, not of the defining class.
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
        super().__init__()
    def who(self):
        return ["Root"]

class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
    def who(self):
        return ["Left"] + super().who()

class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
    def who(self):
        return ["Bottom"] + super().who()

b = Bottom(left=1, right=2, extra=3)
print(b.who(), [c.__name__ for c in Bottom.__mro__])
print(Left.who(b), Right().who())
try:
    Root(x=1) and object.__init__(b, 1)
except TypeError as e:
    print("TypeError:", e)

class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    pass
print(D().hello(), B().hello(), super(B, D()).hello(), super(C, D()).hello())
