# Importing source modules and packages from sys.path: binding forms, module attributes, the
# sys.modules cache, `from m import *` with and without __all__, and the __main__ guard.
import sys

sys.path.insert(0, "modules")


def rel(path):
    """The part of an absolute path from modules/ on (paths differ between checkouts)."""
    return path[path.index("modules/"):]


print(__name__)
import imp_basic_mod
import imp_basic_mod as again
from imp_basic_mod import VALUE, bump as b, Thing
print(imp_basic_mod is again, VALUE, b(), b(), imp_basic_mod.counter)
print(imp_basic_mod.__name__, rel(imp_basic_mod.__file__), repr(imp_basic_mod.__package__))
print(hasattr(imp_basic_mod, "__spec__"), hasattr(imp_basic_mod, "__loader__"))
print(repr(imp_basic_mod)[:30], repr(imp_basic_mod).endswith("modules/imp_basic_mod.py'>"))
print(Thing(), type(imp_basic_mod).__name__)
print(sys.modules["imp_basic_mod"] is imp_basic_mod, "imp_basic_mod" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)


def in_function():
    import imp_basic_mod as m
    from imp_basic_mod import VALUE as v
    return m.bump(), v


print(in_function())

import imp_pkg.sub.leaf
print(imp_pkg.__name__, imp_pkg.sub.__name__, imp_pkg.sub.leaf.__name__)
print(rel(imp_pkg.__file__), [rel(p) for p in imp_pkg.__path__])
print(imp_pkg.__package__, imp_pkg.sub.__package__, imp_pkg.sub.leaf.__package__)
import imp_pkg.sub as sub
print(sub is imp_pkg.sub, sub.leaf.describe())
from imp_pkg.sub import leaf, sibling
print(leaf is imp_pkg.sub.leaf, sibling.shout("x"))
from imp_pkg import consts
print(consts.NAME, imp_pkg.helper(5))

from imp_star_all import *
print(alpha, _beta, "gamma" in globals())
from imp_star_noall import *
print(one, two, "_three" in globals(), "_sys" in globals())


class Holder:
    from imp_star_all import alpha as in_class


print(Holder.in_class)
print(sorted(k for k in sys.modules if k.startswith("imp_")))

if __name__ == "__main__":
    print("main guard: ran as a script")
