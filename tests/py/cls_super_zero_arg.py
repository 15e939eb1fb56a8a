# super() with no arguments reads the calling frame at run time (CPython's errors when the
# first argument or the __class__ cell is missing), super objects and their attributes.


def show(f, *args):
    try:
        print(f(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


class A:
    def f(self):
        return "A.f"

    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__


class B(A):
    def f(self):
        return "B>" + super().f()

    @classmethod
    def cm(cls):
        return "B>" + super().cm()

    def captured(self):
        def inner():
            return self
        return super().f() + " " + str(inner() is self)

    def deleted(self):
        del self
        return super().f()


class Emptied(A):
    def empty(self):  # empties the cell all of Emptied's methods share
        nonlocal __class__
        del __class__
        return super().f()


b = B()
print(b.f(), B.cm(), b.cm(), b.captured())
show(b.deleted)
show(Emptied().empty)


def no_args():
    return super()


show(no_args)


def g(x):
    return super()


show(g, 1)
show(super, int, int, int)
show(super, 1, int)
show(super, A, 1)
show(lambda: super(A, None).__self__)
s = super(A, B())
print(s, s.__thisclass__, s.__self_class__, type(s.__self__).__name__)
u = super(A)
print(u, u.__self__, u.__self_class__)
bound = super(B).__get__(b)
print(bound, bound.f(), u.__get__(None, A) is u)
show(u.__get__, None)
print(super(B, B).cm(), super(B, B).f(b))
sp = super(float, 1.0)
for i in range(3):
    super.__init__(sp, int, i)
print(sp, sp.__self__)
show(super.__init__, 1, int)


class Shadow(A):
    def f(self):
        return super().f()
    __class__ = 413


print(Shadow().f(), Shadow().__class__)


class Outer:
    def m(self):
        class Inner:
            seen = __class__
        return Inner.seen


print(Outer().m() is Outer)
for i in range(200):  # the same call in a loop, for the JIT
    r = b.f()
print(r)
