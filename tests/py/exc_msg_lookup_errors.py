# The exact text of KeyError, IndexError, AttributeError, ZeroDivisionError, NameError,
# UnboundLocalError, ValueError from unpacking, and OverflowError messages.
def catch(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

x_global = 1
def unbound():
    print(x_local)
    x_local = 1
def unbound_global_shadow():
    x_global += 1
def free_var():
    def inner():
        return late
    r = catch(inner)
    late = 1
    return r
class C:
    __slots__ = ()
    attr = 1

cases = [
    lambda: {}["missing"],
    lambda: {"a": 1}[("t", 1)],
    lambda: {}[None],
    lambda: [][0],
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "abc"[10],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: C().nope,
    lambda: C.nope,
    lambda: (1).nope,
    lambda: "s".nope,
    lambda: None.nope,
    lambda: [].nope,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: undefined_name,
    unbound,
    unbound_global_shadow,
    lambda: print("  free:", free_var()),
    lambda: [a, b] == (lambda: None)(),
    lambda: (lambda: [*range(3)])() and exec("a, b = range(3)"),
    lambda: exec("a, b, c = [1, 2]"),
    lambda: exec("a, = ()"),
    lambda: exec("a, *b, c = [1]"),
    lambda: [].index(3),
    lambda: "abc".index("z"),
    lambda: [1].remove(2),
    lambda: int("zz"),
    lambda: 2.0 ** 10000,
    lambda: chr(-1),
    lambda: [1] * (2 ** 70),
]
for i, c in enumerate(cases):
    print(i, catch(c))
